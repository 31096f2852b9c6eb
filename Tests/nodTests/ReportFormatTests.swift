import Foundation
import NodArchive
import NodArchiveTesting
import NodCheckers
import NodTestSupport
import Testing

/// JUnit, SARIF, diff, and the determinism of the JSON report across containers.
struct ReportFormatTests {
    static let date = "2026-06-30"

    /// An audit of the example bundle with `changes`, in `format`.
    static func audit(_ changes: [String: String?], format: String, in dir: URL, name: String = "bundle") throws -> NodProcess.Outcome {
        var files = ExampleBundle.files
        for (path, text) in changes { files[path] = text }
        let bundle = dir.appendingPathComponent(name)
        try TemporaryDirectory.write(files.compactMapValues { $0 }, under: bundle)
        return try NodProcess.run(["audit", bundle.path, "--date", date, "--profile", "governance-only", "--format", format])
    }

    static let failing: [String: String?] = [
        "minutes/2025-09-20-agm.md": ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-10"),
        "accounts/2024-25.yaml": ExampleBundle.accounts.replacingOccurrences(of: "surplus: 4000", with: "surplus: 4100"),
        // Last year's AGM a fortnight later: GOV-01 still passes, but its measure moves.
        "minutes/2024-09-21-agm.md": nil,
        "minutes/2024-10-05-agm.md": ExampleBundle.agm(
            date: "2024-10-05", notice: "2024-09-14",
            resolutions: "  - { id: R2, kind: audit-disapplication, result: passed, for: 7, against: 0, abstain: 1 }"),
    ]

    @Test func junitIsWellFormedWithAFailurePerRuleNotMet() throws {
        try TemporaryDirectory.with { dir in
            let outcome = try Self.audit(Self.failing, format: "junit", in: dir)
            let file = dir.appendingPathComponent("junit.xml")
            try Data(outcome.stdout.utf8).write(to: file)
            let check = Process()
            check.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            check.arguments = ["-c", "import sys, xml.etree.ElementTree as E; r = E.parse(sys.argv[1]).getroot(); print(len(r.findall('.//failure')), len(r.findall('.//testcase')))", file.path]
            let output = dir.appendingPathComponent("out.txt")
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            check.standardOutput = try FileHandle(forWritingTo: output)
            try check.run()
            check.waitUntilExit()
            #expect(check.terminationStatus == 0)
            #expect(try String(contentsOf: output, encoding: .utf8) == "2 \(ShippedRules.count(in: "governance-only"))\n")
            #expect(outcome.stdout.contains("<failure type=\"minor fail\""))
        }
    }

    @Test(arguments: ["cy", "en"])
    func htmlIsWellFormedAndCarriesEveryRule(lang: String) throws {
        try TemporaryDirectory.with { dir in
            let page = dir.appendingPathComponent("report.html")
            let outcome = try NodProcess.run(["audit", "Examples/gofal-dyffryn", "--date", Self.date, "--format", "html", "--lang", lang, "--output", page.path])
            #expect(outcome.status == 0)
            // A strict XML parser: every tag closed, every entity escaped. Prints each rule id found in a row or list item.
            let script = """
            import sys, re, xml.etree.ElementTree as E
            ns = {'h': 'http://www.w3.org/1999/xhtml'}
            root = E.parse(sys.argv[1]).getroot()
            ids = set()
            for element in root.findall('.//h:tr', ns) + root.findall('.//h:li', ns):
                text = ''.join(element.itertext())
                m = re.match(r'\\s*([A-Z]+-[0-9]+)', text)
                if m: ids.add(m.group(1))
            print(len(ids), len(root.findall('.//{http://www.w3.org/2000/svg}svg')), root.get('lang'))
            """
            let check = Process()
            check.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            check.arguments = ["-c", script, page.path]
            let output = dir.appendingPathComponent("out.txt")
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            check.standardOutput = try FileHandle(forWritingTo: output)
            check.standardError = check.standardOutput
            try check.run()
            check.waitUntilExit()
            #expect(try String(contentsOf: output, encoding: .utf8) == "\(ShippedRules.count(in: "care-quality-mark")) 3 \(lang)\n")
            let html = try String(contentsOf: page, encoding: .utf8)
            #expect(html.contains("<style>") && !html.contains("<script") && !html.contains("src=\"http"))
            #expect(html.contains(lang == "cy" ? "<h1>Dyfarnwyd</h1>" : "<h1>Awarded</h1>"))
        }
    }

    @Test func sarifPlacesEachFindingAtItsFileAndLine() throws {
        try TemporaryDirectory.with { dir in
            let outcome = try Self.audit(Self.failing, format: "sarif", in: dir)
            let log = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
            #expect(log["version"] as? String == "2.1.0")
            let run = try #require((log["runs"] as? [[String: Any]])?.first)
            let rules = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
            #expect(rules?.count == ShippedRules.count(in: "governance-only"))
            let results = try #require(run["results"] as? [[String: Any]])
            #expect(results.map { $0["ruleId"] as? String } == ["FIN-07", "GOV-03"])
            let fin07 = results[0]
            #expect(fin07["level"] as? String == "error")
            let location = ((fin07["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "accounts/2024-25.yaml")
            #expect((location?["region"] as? [String: Any])?["startLine"] as? Int == 4)
            let index = try #require(fin07["ruleIndex"] as? Int)
            #expect(rules?[index]["id"] as? String == "FIN-07")
        }
    }

    @Test func diffShowsRulesAndMeasuresThatMoved() throws {
        try TemporaryDirectory.with { dir in
            let old = dir.appendingPathComponent("old.json"), new = dir.appendingPathComponent("new.json")
            try Data(try Self.audit(Self.failing, format: "json", in: dir, name: "a").stdout.utf8).write(to: old)
            try Data(try Self.audit([:], format: "json", in: dir, name: "b").stdout.utf8).write(to: new)
            let json = try NodProcess.run(["diff", old.path, new.path, "--format", "json"])
            #expect(json.status == 0)
            let diff = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect((diff["newly-met"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } == ["FIN-07", "GOV-03"])
            #expect((diff["newly-failed"] as? [Any])?.isEmpty == true)
            let moved = (diff["measures"] as? [[String: Any]]) ?? []
            let gap = try #require(moved.first { $0["measure"] as? String == "months-since-previous-agm" })
            #expect(gap["rule"] as? String == "GOV-01")
            #expect(gap["before"] as? Double == 11.5)
            #expect(gap["after"] as? Double == 11.96)
            let back = try NodProcess.run(["diff", new.path, old.path, "--lang", "en"])
            #expect(back.stdout.contains("## Newly not met\n\n- **FIN-07**"))
            #expect(back.stdout.contains("| Decision | Awarded | Not awarded |"))
            #expect(back.stdout.contains("| | Before (2026-06-30) | After (2026-06-30) |"))
            // --fail-on-regression: worse is exit 1, better or the same is 0.
            #expect(back.status == 0)
            #expect(try NodProcess.run(["diff", new.path, old.path, "--fail-on-regression"]).status == 1)
            #expect(try NodProcess.run(["diff", old.path, new.path, "--fail-on-regression"]).status == 0)
            #expect(try NodProcess.run(["diff", new.path, new.path, "--fail-on-regression"]).status == 0)
        }
    }

    @Test func theSameEvidenceInEveryContainerGivesByteIdenticalJSON() throws {
        try TemporaryDirectory.with { dir in
            let root = RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn")
            var entries: [ArchiveBuilder.Entry] = []
            let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
            while let url = enumerator?.nextObject() as? URL {
                guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
                entries.append(.file("gofal-dyffryn/" + String(url.path.dropFirst(root.path.count + 1)), .bytes(Array(try Data(contentsOf: url)))))
            }
            func normalised(_ path: String) throws -> String {
                let outcome = try NodProcess.run(["audit", path, "--date", Self.date, "--format", "json"])
                #expect(outcome.status == 0, "\(path): \(outcome.stderr)")
                return outcome.stdout.replacingOccurrences(of: #"\n    "archive-sha256" : "[0-9a-f]{64}","#, with: "", options: .regularExpression)
            }
            let reference = try normalised(root.path)
            #expect(reference == (try normalised(root.path)))
            for format in ArchiveBuilder.Format.allCases {
                let archive = dir.appendingPathComponent("gofal.\(format.rawValue)")
                try ArchiveBuilder.build(entries, format: format).write(to: archive)
                #expect(try normalised(archive.path) == reference, "\(format.rawValue)")
            }
        }
    }
}
