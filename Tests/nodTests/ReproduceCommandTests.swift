import Crypto
import Foundation
import NodTestSupport
import Testing

/// The report's "reproduce" line names every input that changed the result, and running it
/// gives the same report.
struct ReproduceCommandTests {
    static func sha256(_ url: URL) throws -> String {
        SHA256.hash(data: try Data(contentsOf: url)).map { String(format: "%02x", $0) }.joined()
    }

    @Test func theReproduceLineNamesTheAttestationsAndRunningItGivesTheSameScore() throws {
        try TemporaryDirectory.with { dir in
            let bundle = RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn").path
            let attestations = RepositoryPaths.examples.appendingPathComponent("attestations-example.yaml")
            let base = ["audit", bundle, "--date", "2026-06-30", "--lang", "en"]
            let json = try NodProcess.run(base + ["--attestations", attestations.path, "--format", "json"])
            let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let inputs = try #require(report["inputs"] as? [String: Any])
            #expect(inputs["attestations-sha256"] as? String == (try Self.sha256(attestations)))
            #expect(inputs.keys.sorted() == ["attestations-sha256"])
            let file = dir.appendingPathComponent("report.json")
            try Data(json.stdout.utf8).write(to: file)
            let schema = try SchemaValidator.validate(schema: "report.schema.json", [file])
            #expect(schema.status == 0, "\(schema.output)")

            let markdown = try NodProcess.run(base + ["--attestations", attestations.path, "--format", "md"]).stdout
            let line = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("Reproduce: `") })
            let command = String(line.dropFirst("Reproduce: `".count).dropLast())
            #expect(command == "nod audit BUNDLE --profile care-quality-mark --date 2026-06-30 --lang en --attestations ATTESTATIONS.yaml")
            #expect(markdown.contains("- `ATTESTATIONS.yaml: \(try Self.sha256(attestations))`"))
            // The command as printed, with the files put in, gives the same report.
            let words = command.split(separator: " ").dropFirst().map { word -> String in
                switch word {
                case "BUNDLE": bundle
                case "ATTESTATIONS.yaml": attestations.path
                default: String(word)
                }
            }
            let again = try NodProcess.run(words + ["--format", "json"])
            #expect(again.stdout == json.stdout)
            // Without the attestations the score differs, and the line says nothing of them.
            let plain = try NodProcess.run(base + ["--format", "md"]).stdout
            #expect(plain.contains("Reproduce: `nod audit BUNDLE --profile care-quality-mark --date 2026-06-30 --lang en`"))
            #expect(!plain.contains("SHA-256:"))
        }
    }

    @Test func pluginsAndRuleFilesAreNamed() throws {
        let bundle = RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn").path
        let extended = try NodProcess.run(["audit", bundle, "--date", "2026-06-30", "--lang", "en", "--profile", "care-quality-mark-extended",
                                           "--format", "md"])
        #expect(extended.stdout.contains("--plugin-path PLUGINS`"), "\(extended.stdout.suffix(800))")
        #expect(extended.stdout.contains("- `PLUGINS: board-attendance "))
        let rules = RepositoryPaths.root().appendingPathComponent("Rules").path
        let custom = try NodProcess.run(["audit", bundle, "--date", "2026-06-30", "--lang", "en", "--rules", rules, "--format", "md"])
        #expect(custom.stdout.contains("--rules RULES`") && custom.stdout.contains("- `RULES: governance "))
    }
}
