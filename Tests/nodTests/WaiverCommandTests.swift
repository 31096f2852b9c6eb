import Foundation
import NodCheckers
import NodTestSupport
import Testing

/// `--waivers` and `--attestations` end to end.
struct WaiverCommandTests {
    static let lateNotice = ["minutes/2025-09-20-agm.md": ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-10")]

    static func waivers(_ rule: String, expires: String = "2026-12-31") -> String {
        "waivers-format: 1\nwaivers:\n  - { rule: \(rule), justification: \"Post strike\", approver: \"Panel\", granted: 2026-01-01, expires: \(expires) }\n"
    }

    static func run(_ files: [String: String?], extra: [String: String], arguments: [String], date: String = "2026-06-30") throws -> [String: Any] {
        try TemporaryDirectory.with { dir in
            let bundle = dir.appendingPathComponent("bundle")
            var texts = ExampleBundle.files
            for (path, text) in files { texts[path] = text }
            try TemporaryDirectory.write(texts.compactMapValues { $0 }, under: bundle)
            try TemporaryDirectory.write(extra, under: dir)
            let args = arguments.map { $0.replacingOccurrences(of: "DIR", with: dir.path) }
            let outcome = try NodProcess.run(["audit", bundle.path, "--date", date, "--profile", "governance-only", "--format", "json"] + args)
            return try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        }
    }

    static func result(_ report: [String: Any], _ rule: String) -> [String: Any]? {
        (report["results"] as? [[String: Any]])?.first { $0["rule"] as? String == rule }
    }

    @Test func anActiveWaiverKeepsTheRuleVisibleAndLiftsTheCondition() throws {
        let report = try Self.run(Self.lateNotice, extra: ["w.yaml": Self.waivers("GOV-03")], arguments: ["--waivers", "DIR/w.yaml"])
        #expect(report["decision"] as? String == "awarded")
        #expect(Self.result(report, "GOV-03")?["status"] as? String == "waived")
        #expect((Self.result(report, "GOV-03")?["waiver"] as? [String: Any])?["approver"] as? String == "Panel")
    }

    @Test func anExpiredWaiverIsReportedAndNotApplied() throws {
        let report = try Self.run(Self.lateNotice, extra: ["w.yaml": Self.waivers("GOV-03", expires: "2026-03-31")], arguments: ["--waivers", "DIR/w.yaml"])
        #expect(report["decision"] as? String == "awarded-with-conditions")
        #expect(((report["waivers"] as? [String: Any])?["expired"] as? [[String: Any]])?.first?["rule"] as? String == "GOV-03")
    }

    @Test func anUnusedWaiverIsReported() throws {
        let report = try Self.run([:], extra: ["w.yaml": Self.waivers("GOV-03")], arguments: ["--waivers", "DIR/w.yaml"])
        #expect(((report["waivers"] as? [String: Any])?["unused"] as? [[String: Any]])?.first?["rule"] as? String == "GOV-03")
    }

    @Test func aCheckThatCouldNotRunCannotBeWaived() throws {
        let report = try Self.run(["members/register.csv": "member_id,class,joined,left\n\"M1\n"], extra: ["w.yaml": Self.waivers("GOV-09")],
                                  arguments: ["--waivers", "DIR/w.yaml"])
        #expect(Self.result(report, "GOV-09")?["status"] as? String == "error")
        #expect(report["decision"] as? String == "not-awarded")
    }

    @Test func attestationsAreRecorded() throws {
        let attestations = """
        attestations-format: 1
        attestations:
          - { rule: GOV-01, attester: "E. Hughes", date: 2026-06-12, outcome: met, note: "Saw the signed AGM minutes at the office." }
          - { rule: GOV-08, attester: "E. Hughes", date: 2026-06-12, outcome: not-met, note: "Directors present were not recorded." }
        """
        let report = try Self.run(["minutes/2025-09-20-agm.md": nil], extra: ["a.yaml": attestations], arguments: ["--attestations", "DIR/a.yaml"])
        #expect(Self.result(report, "GOV-01")?["status"] as? String == "attested")
        #expect(Self.result(report, "GOV-08")?["status"] as? String == "fail")
        #expect(((Self.result(report, "GOV-08")?["message"] as? [String: Any])?["en"] as? String)?.contains("Attested as not met by E. Hughes") == true)
    }

    @Test func malformedFilesAreUsageErrorsWithLocations() throws {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write(["w.yaml": "waivers-format: 1\nwaivers:\n  - { rule: GOV-03, justification: x, approver: y, granted: 2026-05-01, expires: 2026-01-01 }\n"], under: dir)
            let outcome = try NodProcess.run(["audit", "Examples/gofal-dyffryn", "--waivers", dir.appendingPathComponent("w.yaml").path])
            #expect(outcome.status == 2)
            #expect(outcome.stderr.contains("w.yaml:3:82: error: 'expires': the waiver expires (2026-01-01) before it was granted"))
        }
    }

    @Test func exampleFilesMatchTheirSchemas() throws {
        let examples = RepositoryPaths.examples
        #expect(try SchemaValidator.validate(schema: "waivers.schema.json", [examples.appendingPathComponent("waivers-example.yaml")]).status == 0)
        #expect(try SchemaValidator.validate(schema: "attestations.schema.json", [examples.appendingPathComponent("attestations-example.yaml")]).status == 0)
        #expect(try SchemaValidator.validate(schema: "waivers.schema.json", [examples.appendingPathComponent("attestations-example.yaml")]).status == 1)
    }
}
