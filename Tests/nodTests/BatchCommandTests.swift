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
            #expect(outcome.stderr.hasPrefix("4 bundles: 2 awarded, 1 with conditions, 0 not awarded, 1 rejected in "))
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
            #expect(summary["counts"] as? [String: Int] == ["bundles": 4, "awarded": 2, "awarded-with-conditions": 1, "rejected": 1])
            #expect((summary["tool"] as? [String: String])?["name"] == "nod" && summary["batch-format"] as? Int == 1)
            let csv = try String(contentsOf: out.appendingPathComponent("summary.csv"), encoding: .utf8)
            #expect(csv.hasPrefix("bundle,status,organisation,decision,"))
            #expect(csv.contains("\"") && csv.split(separator: "\r\n").count == 5)
            // Each batch report is the report `nod audit` writes for the same bundle.
            let single = try NodProcess.run(["audit", input.appendingPathComponent("gofal-dyffryn.zip").path, "--date", "2026-06-30", "--format", "json"])
            #expect(try String(contentsOf: out.appendingPathComponent("gofal-dyffryn.json"), encoding: .utf8) == single.stdout)
        }
    }

    @Test func resumeSaysNothingAndReusesTheReports() throws {
        try TemporaryDirectory.with { dir in
            let input = try Self.inputs(in: dir), out = dir.appendingPathComponent("out")
            try FileManager.default.removeItem(at: input.appendingPathComponent("broken.tar.gz"))
            #expect(try NodProcess.run(["batch", input.path, "--out", out.path, "--date", "2026-06-30"]).status == 0)
            #expect(try NodProcess.run(["batch", input.path, "--out", out.path, "--date", "2026-06-30", "--resume"]).status == 0)
            #expect(try Self.rows(out).allSatisfy { $0["resumed"] as? Bool == true })
        }
    }

    @Test func thePortfolioPageIsWellFormedAndInTheChosenLanguage() throws {
        try TemporaryDirectory.with { dir in
            let input = try Self.inputs(in: dir), out = dir.appendingPathComponent("out")
            _ = try NodProcess.run(["batch", input.path, "--out", out.path, "--date", "2026-06-30", "--lang", "cy"])
            let page = out.appendingPathComponent("summary.html")
            let html = try String(contentsOf: page, encoding: .utf8)
            #expect(html.contains("<td class=\"awarded-with-conditions\">Dyfarnwyd gydag amodau</td><td>Sylfaen</td>"))
            #expect(html.contains("Gwrthodwyd (annarllenadwy neu faleisus): <strong>1</strong>"))
            #expect(!html.contains(">awarded<"))
            // The rejection is said in Welsh, nod's detail quoted after it.
            #expect(html.contains("</code>: nid yw'n ffolder nac yn archif y gellir ei darllen (“"), "\(html)")
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
