import Foundation
import NodArchive
import NodArchiveTesting
import NodTestSupport
import Testing

/// `nod batch` end to end.
struct BatchCommandTests {
    /// A folder with the three examples (one as a zip) and a broken archive.
    static func inputs(in dir: URL) throws -> URL {
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input.appendingPathComponent("region-a"), withIntermediateDirectories: true)
        for example in ["eryri-byw-annibynnol", "bristol-adaptations"] {
            try FileManager.default.copyItem(at: RepositoryPaths.examples.appendingPathComponent(example),
                                             to: input.appendingPathComponent("region-a/\(example)"))
        }
        let root = RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn")
        var entries: [ArchiveBuilder.Entry] = []
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            entries.append(.file("gofal-dyffryn/" + String(url.path.dropFirst(root.path.count + 1)), .bytes(Array(try Data(contentsOf: url)))))
        }
        try ArchiveBuilder.build(entries, format: .zip).write(to: input.appendingPathComponent("gofal-dyffryn.zip"))
        try Data("not an archive".utf8).write(to: input.appendingPathComponent("broken.tar.gz"))
        return input
    }

    static func summary(_ out: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any])
    }

    static func rows(_ out: URL) throws -> [[String: Any]] {
        try #require(try Self.summary(out)["rows"] as? [[String: Any]])
    }

    @Test func auditsEveryBundleRecordsTheRejectedOneAndGoesOn() throws {
        try TemporaryDirectory.with { dir in
            let input = try Self.inputs(in: dir), out = dir.appendingPathComponent("out")
            let outcome = try NodProcess.run(["batch", input.path, "--out", out.path, "--date", "2026-06-30", "--jobs", "2"])
            #expect(outcome.status == 3)
            #expect(outcome.stderr.hasPrefix("4 found: 2 awarded, 1 with conditions, 0 not awarded, 1 rejected, 0 not bundles in "))
            #expect(outcome.stderr.split(separator: "\n").count == 1)
            let rows = try Self.rows(out)
            #expect(rows.map { ($0["bundle"] as? String).map { ($0 as NSString).lastPathComponent } ?? "" } ==
                    ["broken.tar.gz", "gofal-dyffryn.zip", "bristol-adaptations", "eryri-byw-annibynnol"])
            #expect((rows[0]["reason"] as? String)?.contains("not a readable archive") == true)
            for name in ["gofal-dyffryn.json", "bristol-adaptations.json", "eryri-byw-annibynnol.json", "summary.csv", "summary.html"] {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
            }
            // summary.json is laid out as the reports are: keys sorted, two-space indents, ` : `.
            let summaryJSON = try Data(contentsOf: out.appendingPathComponent("summary.json"))
            let laidOut = try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: summaryJSON),
                                                     options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            #expect(String(decoding: summaryJSON, as: UTF8.self) == String(decoding: laidOut + Data("\n".utf8), as: UTF8.self))
            let summary = try Self.summary(out)
            #expect(summary["counts"] as? [String: Int] == ["items": 4, "bundles": 4, "awarded": 2, "awarded-with-conditions": 1, "rejected": 1])
            #expect((summary["tool"] as? [String: String])?["name"] == "nod" && summary["batch-format"] as? Int == 1)
            let csv = try String(contentsOf: out.appendingPathComponent("summary.csv"), encoding: .utf8)
            #expect(csv.hasPrefix("bundle,status,organisation,decision,"))
            #expect(csv.contains("\"") && csv.split(separator: "\r\n").count == 5)
            // Each batch report is the report `nod audit` writes for the same bundle.
            let single = try NodProcess.run(["audit", input.appendingPathComponent("gofal-dyffryn.zip").path, "--date", "2026-06-30", "--format", "json"])
            #expect(try String(contentsOf: out.appendingPathComponent("gofal-dyffryn.json"), encoding: .utf8) == single.stdout)
        }
    }

    @Test func resumeSaysWhatItReusedAndWhyItAuditedAgain() throws {
        try TemporaryDirectory.with { dir in
            let input = try Self.inputs(in: dir), out = dir.appendingPathComponent("out")
            try FileManager.default.removeItem(at: input.appendingPathComponent("broken.tar.gz"))
            #expect(try NodProcess.run(["batch", input.path, "--out", out.path, "--date", "2026-06-30"]).status == 0)
            // One bundle's evidence changes, one report goes missing: those two are audited again.
            let minutes = input.appendingPathComponent("region-a/bristol-adaptations/manifest.yaml")
            try (try String(contentsOf: minutes, encoding: .utf8) + "\n# changed\n").write(to: minutes, atomically: true, encoding: .utf8)
            try FileManager.default.removeItem(at: out.appendingPathComponent("eryri-byw-annibynnol.json"))
            let again = try NodProcess.run(["batch", input.path, "--out", out.path, "--date", "2026-06-30", "--resume"])
            #expect(again.status == 0)
            #expect(again.stderr.contains("--resume: 1 report reused (same evidence, rules, profile, date and version); "
                                          + "2 audited again: 1 — no earlier report, 1 — the evidence changed"), "\(again.stderr)")
            #expect(try Self.rows(out).map { $0["resumed"] as? Bool ?? false } == [true, false, false])
            #expect(try !String(contentsOf: out.appendingPathComponent("summary.json"), encoding: .utf8).contains("audited-again"))
        }
    }

    /// A run with another --format leaves no report of the format it no longer writes, and a
    /// reused report is written in the new format too.
    @Test func anotherFormatReplacesTheReportsOfTheOldOne() throws {
        try TemporaryDirectory.with { dir in
            let input = try Self.inputs(in: dir), out = dir.appendingPathComponent("out")
            try FileManager.default.removeItem(at: input.appendingPathComponent("broken.tar.gz"))
            _ = try NodProcess.run(["batch", input.path, "--out", out.path, "--date", "2026-06-30", "--format", "md"])
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("gofal-dyffryn.md").path))
            _ = try NodProcess.run(["batch", input.path, "--out", out.path, "--date", "2026-06-30", "--format", "html", "--resume"])
            let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
            #expect(!names.contains { $0.hasSuffix(".md") }, "\(names)")
            #expect(names.filter { $0.hasSuffix(".html") }.count == 4, "\(names)")
            let html = try String(contentsOf: out.appendingPathComponent("summary.html"), encoding: .utf8)
            #expect(html.contains("<a href=\"./gofal-dyffryn.html\">HTML"))
        }
    }

    /// The inbox a new user tried: a good bundle, a folder without manifest.yaml, a PDF, a zip two
    /// folders down and a bundle whose register is a spreadsheet. Every item is a row.
    @Test func noItemFoundIsLeftOut() throws {
        try TemporaryDirectory.with { dir in
            let inbox = dir.appendingPathComponent("inbox"), out = dir.appendingPathComponent("out")
            let manager = FileManager.default
            try manager.createDirectory(at: inbox.appendingPathComponent("deep/er"), withIntermediateDirectories: true)
            try manager.createDirectory(at: inbox.appendingPathComponent("notes"), withIntermediateDirectories: true)
            try manager.createDirectory(at: inbox.appendingPathComponent("wrapper/inner"), withIntermediateDirectories: true)
            try manager.copyItem(at: RepositoryPaths.examples.appendingPathComponent("eryri-byw-annibynnol"), to: inbox.appendingPathComponent("good"))
            try manager.copyItem(at: RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn"),
                                 to: inbox.appendingPathComponent("wrapper/inner/gofal-dyffryn"))
            try Data("read me".utf8).write(to: inbox.appendingPathComponent("wrapper/readme.txt"))
            try Data("minutes".utf8).write(to: inbox.appendingPathComponent("notes/minutes.md"))
            try Data("%PDF-1.7\n".utf8).write(to: inbox.appendingPathComponent("report.pdf"))
            let input = try Self.inputs(in: dir)
            try manager.moveItem(at: input.appendingPathComponent("gofal-dyffryn.zip"), to: inbox.appendingPathComponent("deep/er/nested.zip"))
            let spreadsheet = inbox.appendingPathComponent("xlsx-register")
            try manager.copyItem(at: RepositoryPaths.examples.appendingPathComponent("bristol-adaptations"), to: spreadsheet)
            try manager.moveItem(at: spreadsheet.appendingPathComponent("members/register.csv"),
                                 to: spreadsheet.appendingPathComponent("members/register.xlsx"))

            let outcome = try NodProcess.run(["batch", inbox.path, "--out", out.path, "--date", "2026-06-30", "--jobs", "2"])
            #expect(outcome.status == 3)
            #expect(outcome.stderr.hasPrefix("7 found: 3 awarded, 0 with conditions, 1 not awarded, 0 rejected, 3 not bundles in "), "\(outcome.stderr)")
            let rows = try Self.rows(out)
            func row(_ name: String) -> [String: Any]? { rows.first { $0["bundle"] as? String == inbox.appendingPathComponent(name).path } }
            #expect(row("report.pdf")?["status"] as? String == "not-a-bundle")
            #expect((row("report.pdf")?["reason"] as? String)?.hasPrefix("a PDF, not an archive") == true)
            #expect((row("notes")?["reason"] as? String) == "no manifest.yaml in this folder or below it (1 file), so not a bundle")
            #expect((row("wrapper")?["reason"] as? String) == "no manifest.yaml, so its 1 loose file was not audited; found a bundle "
                    + "two folders down at \(inbox.appendingPathComponent("wrapper/inner/gofal-dyffryn").path), audited on its own")
            #expect(row("wrapper/inner/gofal-dyffryn")?["status"] as? String == "audited")
            #expect(row("deep/er/nested.zip")?["status"] as? String == "audited")
            #expect(row("good")?["decision"] as? String == "awarded")
            // The spreadsheet register is audited, and its report says what to do with the file.
            #expect(row("xlsx-register")?["decision"] as? String == "not-awarded")
            let report = try String(contentsOf: out.appendingPathComponent("xlsx-register.json"), encoding: .utf8)
            #expect(report.contains("save it as CSV (UTF-8) named members/register.csv"))
            #expect(rows.count == 7)

            // A path that does not exist is a usage error, not an empty batch.
            let missing = try NodProcess.run(["batch", dir.appendingPathComponent("no-such-inbox").path, "--out", out.path])
            #expect(missing.status == 2 && missing.stderr.contains("no-such-inbox: no such file or folder"))
        }
    }

    /// --fail-on makes a pipeline fail on an outcome, or worse; rejections still exit 3.
    @Test func failOnSetsTheExitCode() throws {
        try TemporaryDirectory.with { dir in
            let input = try Self.inputs(in: dir), out = dir.appendingPathComponent("out")
            try FileManager.default.removeItem(at: input.appendingPathComponent("broken.tar.gz"))
            // The examples: two awarded, one awarded with conditions.
            let date = ["--date", "2026-06-30", "--out", out.path]
            #expect(try NodProcess.run(["batch", input.path] + date).status == 0)
            #expect(try NodProcess.run(["batch", input.path, "--fail-on", "not-awarded", "--resume"] + date).status == 0)
            #expect(try NodProcess.run(["batch", input.path, "--fail-on", "conditions", "--resume"] + date).status == 1)
            #expect(try NodProcess.run(["batch", input.path, "--fail-on", "rejected", "--resume"] + date).status == 0)
            try Data("not an archive".utf8).write(to: input.appendingPathComponent("broken.zip"))
            #expect(try NodProcess.run(["batch", input.path, "--fail-on", "conditions", "--resume"] + date).status == 3)
            #expect(try NodProcess.run(["batch", input.path, "--fail-on", "sometimes"] + date).status == 2)
        }
    }

    @Test func thePortfolioPageIsWellFormedAndInTheChosenLanguage() throws {
        try TemporaryDirectory.with { dir in
            let input = try Self.inputs(in: dir), out = dir.appendingPathComponent("out")
            _ = try NodProcess.run(["batch", input.path, "--out", out.path, "--date", "2026-06-30", "--lang", "cy"])
            let page = out.appendingPathComponent("summary.html")
            let html = try String(contentsOf: page, encoding: .utf8)
            #expect(html.contains("class=\"awarded-with-conditions\">Dyfarnwyd gydag amodau</td><td data-label=\"Lefel\">Sylfaen</td>"), "\(html)")
            #expect(html.contains("<span class=\"label\">Gwrthodwyd</span> <strong>1</strong>"))
            #expect(!html.contains(">awarded<"))
            // The rejection is said in Welsh, nod's detail quoted after it.
            #expect(html.contains("<strong>Gwrthodwyd</strong>: nid yw'n ffolder nac yn archif y gellir ei darllen (“"), "\(html)")
            // Most serious first, and the table says so: the rejected row leads, and the decision
            // column carries aria-sort; the filters offer the levels and models found.
            let body = try #require(html.range(of: "<tbody>").map { html[$0.upperBound...] })
            #expect(body.hasPrefix("\n<tr data-decision=\"rejected\""))
            #expect(html.contains("<th scope=\"col\" aria-sort=\"ascending\"><button type=\"button\" data-column=\"2\">Penderfyniad</button></th>"))
            #expect(html.contains("<option value=\"user-led\">dan arweiniad defnyddwyr</option>"))
            #expect(html.contains("<option value=\"foundation\">Sylfaen</option>"))
            let check = Process()
            check.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            check.arguments = ["-c", "import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])", page.path]
            try check.run()
            check.waitUntilExit()
            #expect(check.terminationStatus == 0)
        }
    }

    @Test func shardsPartitionTheBundlesStably() throws {
        try TemporaryDirectory.with { dir in
            let input = try Self.inputs(in: dir)
            var seen: [String] = []
            for shard in ["1/2", "2/2"] {
                let out = dir.appendingPathComponent("out-\(shard.prefix(1))")
                _ = try NodProcess.run(["batch", input.path, "--out", out.path, "--date", "2026-06-30", "--shard", shard])
                seen += try Self.rows(out).compactMap { $0["bundle"] as? String }
            }
            #expect(seen.sorted() == Set(seen).sorted())
            #expect(seen.count == 4)
            #expect(try NodProcess.run(["batch", input.path, "--out", dir.path, "--shard", "3/2"]).status == 2)
        }
    }
}
