import Foundation
import NodCore
import NodRules
import NodTestSupport
import Testing

/// The packs and profiles in Rules/: embedded up to date, valid, and complete in both languages.
struct ShippedRulesTests {
    static var ruleFiles: [URL] {
        get throws {
            try FileManager.default.contentsOfDirectory(at: RepositoryPaths.root().appendingPathComponent("Rules"), includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "yaml" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        }
    }

    @Test func embeddedCopyMatchesRulesFolder() throws {
        let onDisk = try Self.ruleFiles.map { ($0.lastPathComponent, Array(try Data(contentsOf: $0))) }
        let embedded = EmbeddedRules.files
        #expect(embedded.map(\.name) == onDisk.map(\.0), "run Scripts/embed-rules.py")
        for (file, disk) in zip(embedded, onDisk) {
            #expect(file.bytes == disk.1, "\(file.name) is stale in the binary: run Scripts/embed-rules.py")
        }
    }

    @Test func shippedRulesLoadWithoutErrors() {
        let (library, errors) = RuleLibrary.load(EmbeddedRules.sources)
        #expect(errors.map(\.description) == [])
        #expect(library.profile("care-quality-mark") != nil)
        #expect(library.profile("self-check")?.blocking == false)
        #expect(library.profile("governance-only") != nil)
    }

    @Test func packsAndProfilesValidateAgainstTheirSchemas() throws {
        let files = try Self.ruleFiles
        let packs = try files.filter { try String(contentsOf: $0, encoding: .utf8).contains("\npack: ") }
        let profiles = try files.filter { try String(contentsOf: $0, encoding: .utf8).contains("\nprofile: ") }
        #expect(!packs.isEmpty && !profiles.isEmpty)
        #expect(packs.count + profiles.count == files.count)
        let packResult = try SchemaValidator.validate(schema: "rule-pack.schema.json", packs)
        #expect(packResult.status == 0, "\(packResult.output)")
        let profileResult = try SchemaValidator.validate(schema: "profile.schema.json", profiles)
        #expect(profileResult.status == 0, "\(profileResult.output)")
    }

    @Test func theSchemaRejectsABrokenPack() throws {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write(["bad.yaml": """
            pack-format: 1
            pack: Bad Pack
            version: 1
            title: { en: Only English }
            rules: []
            """], under: dir)
            let result = try SchemaValidator.validate(schema: "rule-pack.schema.json", [dir.appendingPathComponent("bad.yaml")])
            #expect(result.status == 1)
            #expect(result.output.contains("'cy' is a required property"))
            #expect(result.output.contains("does not match"))
        }
    }

    @Test func everyRuleSpeaksBothLanguages() {
        let (library, _) = RuleLibrary.load(EmbeddedRules.sources)
        for (rule, _) in library.allRules {
            #expect(!rule.needsTranslation, "\(rule.id) awaits its Welsh translation: the shipped packs are fully bilingual")
            for text in [rule.title, rule.requirement, rule.evidence, rule.threshold, rule.guidance] {
                #expect(!text.en.isEmpty && !text.cy.isEmpty && text.en != text.cy, "\(rule.id): \(text.en)")
            }
        }
    }
}
