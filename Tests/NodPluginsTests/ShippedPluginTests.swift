import Foundation
import NodTestSupport
import Testing

/// The plug-ins in Plugins/ (one Python, one Swift with the kit), end to end through `nod audit`.
struct ShippedPluginTests {
    static func report(_ arguments: [String]) throws -> [String: Any] {
        let outcome = try NodProcess.run(["audit", "Examples/gofal-dyffryn", "--date", "2026-06-30", "--format", "json",
                                          "--profile", "care-quality-mark-extended"] + arguments)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    }

    static func result(_ report: [String: Any], _ rule: String) -> [String: Any]? {
        (report["results"] as? [[String: Any]])?.first { $0["rule"] as? String == rule }
    }

    @Test func bothShippedPluginsJudgeTheExample() throws {
        let report = try Self.report([])
        let attendance = try #require(Self.result(report, "EXT-01"))
        #expect(attendance["status"] as? String == "pass")
        #expect((attendance["measures"] as? [String: Double])?["board-attendance-percent"] == 82.5)
        #expect((attendance["evidence"] as? [[String: Any]])?.first?["path"] as? String == "minutes/2025-05-14-board.md")
        let readability = try #require(Self.result(report, "EXT-02"))
        #expect(readability["status"] as? String == "pass")
        #expect(((readability["message"] as? [String: Any])?["cy"] as? String)?.hasPrefix("Mae'r cofnodion yn") == true)
    }

    @Test func aProfileCanTightenAPluginRuleUntilItFails() throws {
        try TemporaryDirectory.with { dir in
            let profile = dir.appendingPathComponent("strict.yaml")
            try Data("""
            profile-format: 1
            profile: strict-board
            version: 1.0.0
            title: { en: Strict, cy: Llym }
            description: { en: D, cy: Disgrifiad }
            packs: [plugin-extras]
            tailor:
              EXT-01: { with: { min-rate: 0.9 } }
            """.utf8).write(to: profile)
            let outcome = try NodProcess.run(["audit", "Examples/gofal-dyffryn", "--date", "2026-06-30", "--format", "json",
                                              "--rules", profile.path, "--with-default-rules", "--profile", "strict-board"])
            #expect(outcome.status == 0)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
            #expect(Self.result(report, "EXT-01")?["status"] as? String == "fail")
            #expect(report["decision"] as? String == "awarded-with-conditions")
        }
    }
}
