import Foundation
import NodArchive
import NodEvidence
import NodPluginProtocol
@testable import NodPlugins
import NodTestSupport
import Testing

/// What nod sends, and what a conforming plug-in answers, match the schemas in Schemas/.
struct MessageSchemaTests {
    static func write(_ objects: [Data], to url: URL) throws {
        for (index, data) in objects.enumerated() {
            try data.write(to: url.appendingPathComponent("m\(index).json"))
        }
    }

    @Test func hostMessagesAndTheEvidenceSnapshotMatchTheirSchemas() throws {
        let contents = try BundleReader().read(path: RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn").path)
        let model = try EvidenceLoader().load(files: contents.files, source: "x", digest: contents.digest, archiveSHA256: nil)
        let snapshot = try JSONEncoder().encode(EvidenceSnapshot(model))
        let request = CheckRequest(id: "r-1", check: "count-words", rule: "PLG-01", params: .object(["min": .number(3)]),
                                               lang: "cy", auditDate: "2026-06-30",
                                               evidence: try JSONDecoder().decode(JSONValue.self, from: snapshot), files: [])
        let encoder = JSONEncoder()
        try TemporaryDirectory.with { dir in
            let messages = try [HostMessage.hello(nod: "0.1.0"), .check(request), .bye].map { try encoder.encode($0) }
            try Self.write(messages, to: dir)
            let files = (0..<messages.count).map { dir.appendingPathComponent("m\($0).json") }
            let result = try SchemaValidator.validate(schema: "plugin-host-message.schema.json", files)
            #expect(result.status == 0, "\(result.output)")
            let snapshotFile = dir.appendingPathComponent("snapshot.json")
            try snapshot.write(to: snapshotFile)
            let snapshotResult = try SchemaValidator.validate(schema: "evidence-snapshot.schema.json", [snapshotFile])
            #expect(snapshotResult.status == 0, "\(snapshotResult.output)")
        }
    }

    @Test func pluginAnswersAreCheckedAndABadOneFails() throws {
        try TemporaryDirectory.with { dir in
            let good = [#"{"type":"hello","protocol":1,"plugin":"p","version":"1","checks":["a"]}"#,
                        #"{"type":"result","id":"r","status":"pass","message":{"en":"ok","cy":"iawn"},"evidence":[{"path":"minutes/a.md","line":3}],"measures":{"rate":0.8}}"#,
                        #"{"type":"error","id":"r","message":"no data"}"#]
            try Self.write(good.map { Data($0.utf8) }, to: dir)
            let result = try SchemaValidator.validate(schema: "plugin-message.schema.json", (0..<3).map { dir.appendingPathComponent("m\($0).json") })
            #expect(result.status == 0, "\(result.output)")
            let bad = dir.appendingPathComponent("bad.json")
            try Data(#"{"type":"result","id":"r","status":"maybe","message":{"en":"?"}}"#.utf8).write(to: bad)
            #expect(try SchemaValidator.validate(schema: "plugin-message.schema.json", [bad]).status == 1)
            let manifest = dir.appendingPathComponent("plugin.yaml")
            try Data("plugin: board-attendance\nversion: 1.0.0\nprotocol: 1\nrun: [python3, main.py]\nchecks:\n  - { id: board-attendance-rate, needs: [\"minutes/*.md\"] }\n".utf8).write(to: manifest)
            #expect(try SchemaValidator.validate(schema: "plugin-manifest.schema.json", [manifest]).status == 0)
        }
    }
}
