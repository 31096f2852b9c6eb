import Foundation
import NodTestSupport
import Testing

/// SARIF for code-scanning viewers: every result not met has a place, a missing register the
/// path where it was expected; rules carry their title and guidance.
struct SARIFLocationTests {
    @Test func everyResultHasALocationAndAMissingFileIsWhereItWasExpected() throws {
        try TemporaryDirectory.with { dir in
            let bundle = dir.appendingPathComponent("bundle")
            try FileManager.default.copyItem(at: RepositoryPaths.examples.appendingPathComponent("bristol-adaptations"), to: bundle)
            try FileManager.default.removeItem(at: bundle.appendingPathComponent("members/register.csv"))
            let outcome = try NodProcess.run(["audit", bundle.path, "--date", "2026-06-30", "--format", "sarif", "--lang", "en"])
            let log = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
            let run = try #require((log["runs"] as? [[String: Any]])?.first)
            let results = try #require(run["results"] as? [[String: Any]])
            #expect(!results.isEmpty)
            func uris(_ result: [String: Any]) -> [String] {
                (result["locations"] as? [[String: Any]] ?? []).compactMap {
                    (($0["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
                }
            }
            for result in results { #expect(!uris(result).isEmpty, "\(result["ruleId"] ?? "")") }
            let quorum = try #require(results.first { $0["ruleId"] as? String == "GOV-04" })
            #expect(uris(quorum) == ["members/register.csv"])
            let rules = try #require((run["tool"] as? [String: Any]).flatMap { ($0["driver"] as? [String: Any])?["rules"] as? [[String: Any]] })
            let gov04 = try #require(rules.first { $0["id"] as? String == "GOV-04" })
            let full = try #require((gov04["fullDescription"] as? [String: Any])?["text"] as? String)
            #expect(full.hasPrefix("General meetings were quorate. "), "\(full)")
        }
    }
}
