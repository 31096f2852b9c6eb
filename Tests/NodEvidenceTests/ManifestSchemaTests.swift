import Foundation
import NodCore
import NodEvidence
import NodTestSupport
import Testing

/// `Schemas/manifest.schema.json` agrees with the decoder and accepts the examples.
struct ManifestSchemaTests {
    static let schema = RepositoryPaths.root().appendingPathComponent("Schemas/manifest.schema.json")

    static func validate(_ documents: [URL]) throws -> (status: Int32, output: String) {
        try SchemaValidator.validate(schema: "manifest.schema.json", documents)
    }

    @Test func exampleManifestsValidate() throws {
        let examples = try FileManager.default.contentsOfDirectory(at: RepositoryPaths.examples, includingPropertiesForKeys: nil)
            .map { $0.appendingPathComponent("manifest.yaml") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        #expect(!examples.isEmpty)
        let result = try Self.validate(examples)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func aBrokenManifestFails() throws {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write(["manifest.yaml": "bundle-format: 1\norganisation: {name: x, model: modle, nation: wales}\nperiod: {start: 2025-04-01}\ncolour: blue\n"], under: dir)
            let result = try Self.validate([dir.appendingPathComponent("manifest.yaml")])
            #expect(result.status == 1)
            #expect(result.output.contains("organisation/model: 'modle' is not one of"))
            #expect(result.output.contains("'end' is a required property"))
            #expect(result.output.contains("'colour' was unexpected"))
        }
    }

    /// The schema's vocabularies are the decoder's: a value added to one and not the other fails here.
    @Test func vocabulariesMatchTheDecoder() throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schema)) as? [String: Any]
        let definitions = try #require(json?["$defs"] as? [String: Any])
        func values(_ name: String) -> [String] {
            ((definitions[name] as? [String: Any])?["enum"] as? [String]) ?? []
        }
        #expect(values("model") == CoopModel.allCases.map(\.rawValue))
        #expect(values("legal-form") == LegalForm.allCases.map(\.rawValue))
        #expect(values("nation") == Nation.allCases.map(\.rawValue))
        #expect(values("language") == Language.allCases.map(\.rawValue))
        #expect(values("stakeholder-class") == StakeholderClass.allCases.map(\.rawValue))
        let properties = try #require(json?["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(Manifest.keys))
    }
}
