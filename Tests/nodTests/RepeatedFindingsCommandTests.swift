import Foundation
import NodTestSupport
import Testing

/// `nod audit --previous`: a minor not met in two consecutive audits is reported as repeated
/// and, under the care mark (`repeated-finding-severity: major`), judged as a major; the
/// previous audit's corrective actions still open are listed. A previous audit that met the
/// rule changes nothing.
struct RepeatedFindingsCommandTests {
    static let bristol = RepositoryPaths.root().appendingPathComponent("Examples/bristol-adaptations").path
    static let eryri = RepositoryPaths.root().appendingPathComponent("Examples/eryri-byw-annibynnol").path

    static func audit(_ bundle: String, date: String, extra: [String] = []) throws -> (report: [String: Any], text: String) {
        let outcome = try NodProcess.run(["audit", bundle, "--date", date, "--format", "json"] + extra)
        return (try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]), outcome.stdout)
    }

    static func result(_ report: [String: Any], _ rule: String) -> [String: Any]? {
        (report["results"] as? [[String: Any]])?.first { $0["rule"] as? String == rule }
    }

    @Test func aMinorNotMetTwiceRunningIsRepeatedAndWeighsAsAMajor() throws {
        try TemporaryDirectory.with { dir in
            let first = try Self.audit(Self.bristol, date: "2026-06-30")
            #expect(first.report["decision"] as? String == "awarded-with-conditions" && first.report["history"] == nil)
            let previous = dir.appendingPathComponent("2026.json")
            try Data(first.text.utf8).write(to: previous)

            let second = try Self.audit(Self.bristol, date: "2027-06-30", extra: ["--previous", previous.path])
            #expect(second.report["decision"] as? String == "not-awarded")
            let history = try #require(second.report["history"] as? [String: Any])
            #expect(history["previous-audit-date"] as? String == "2026-06-30")
            #expect((history["repeated"] as? [String]) == ["GOV-07", "SV-01", "WB-01", "WB-02", "WB-03", "WB-05"])
            #expect(((history["unclosed-actions"] as? [[String: Any]]) ?? []).compactMap { $0["rule"] as? String } == ["GOV-07", "SV-01", "WB-02", "WB-05"])
            #expect(Self.result(second.report, "GOV-07")?["severity"] as? String == "major")
            #expect(Self.result(second.report, "GOV-07")?["escalated-from"] as? String == "minor")
            // An observation is repeated but never escalated.
            #expect(Self.result(second.report, "WB-01")?["severity"] as? String == "observation")
            #expect(Self.result(second.report, "WB-01")?["escalated-from"] == nil)

            let welsh = try NodProcess.run(["audit", Self.bristol, "--date", "2027-06-30", "--previous", previous.path, "--format", "md", "--lang", "cy"])
            #expect(welsh.stdout.contains("Canfyddiad a ailadroddwyd") && welsh.stdout.contains("Camau cywiro’r archwiliad blaenorol"))
        }
    }

    @Test func aPreviousAuditThatMetTheRulesChangesNothing() throws {
        try TemporaryDirectory.with { dir in
            let previous = dir.appendingPathComponent("met.json")
            try Data(try Self.audit(Self.eryri, date: "2026-06-30").text.utf8).write(to: previous)
            let second = try Self.audit(Self.bristol, date: "2027-06-30", extra: ["--previous", previous.path])
            #expect(second.report["decision"] as? String == "awarded-with-conditions")
            let history = try #require(second.report["history"] as? [String: Any])
            #expect((history["repeated"] as? [String]) == [] && (history["unclosed-actions"] as? [Any])?.isEmpty == true)
            #expect(Self.result(second.report, "GOV-07")?["severity"] as? String == "minor")
        }
    }

    @Test func aPreviousFileThatIsNotAReportOrIsLaterIsAUsageError() throws {
        try TemporaryDirectory.with { dir in
            let notReport = dir.appendingPathComponent("x.json")
            try Data("{\"hello\": 1}".utf8).write(to: notReport)
            let refused = try NodProcess.run(["audit", Self.bristol, "--date", "2027-06-30", "--previous", notReport.path])
            #expect(refused.status == 2 && refused.stderr.contains("not a nod JSON report"))
            let later = dir.appendingPathComponent("later.json")
            try Data(try Self.audit(Self.bristol, date: "2028-01-01").text.utf8).write(to: later)
            let backwards = try NodProcess.run(["audit", Self.bristol, "--date", "2027-06-30", "--previous", later.path])
            #expect(backwards.status == 2 && backwards.stderr.contains("is after this one"))
        }
    }
}
