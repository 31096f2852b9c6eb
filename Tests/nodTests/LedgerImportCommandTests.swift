import Foundation
import NodTestSupport
import Testing

/// `nod batch --ledger` and `nod ledger import`: a batch becomes a season of the office's
/// ledger, matched by registration, once; what cannot be matched is named.
struct LedgerImportCommandTests {
    @Test func aBatchBecomesASeasonOnceAndAnUnregisteredCoOpIsNamed() throws {
        try TemporaryDirectory.with { dir in
            let input = dir.appendingPathComponent("in"), out = dir.appendingPathComponent("out"), data = dir.appendingPathComponent("office")
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            for example in ["gofal-dyffryn", "bristol-adaptations"] {
                try FileManager.default.copyItem(at: RepositoryPaths.examples.appendingPathComponent(example), to: input.appendingPathComponent(example))
            }
            let unregistered = input.appendingPathComponent("eryri")
            try FileManager.default.copyItem(at: RepositoryPaths.examples.appendingPathComponent("eryri-byw-annibynnol"), to: unregistered)
            let manifest = unregistered.appendingPathComponent("manifest.yaml")
            let text = try String(contentsOf: manifest, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.contains("registration:") }.joined(separator: "\n")
            try text.write(to: manifest, atomically: true, encoding: .utf8)

            let batch = try NodProcess.run(["batch", input.path, "--out", out.path, "--date", "2026-06-30", "--ledger", data.path])
            #expect(batch.status == 0, "\(batch.stderr)")
            #expect(batch.stderr.contains("\(unregistered.path): not imported: no registration in its manifest, so no organisation to match"))
            #expect(batch.stderr.contains("imported 2 reports into season 2026; 0 already there; 1 skipped"))
            #expect(FileManager.default.fileExists(atPath: data.appendingPathComponent("ledger.sqlite").path))
            let reports = try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("reports").path)
            #expect(reports.count == 2 && reports.allSatisfy { $0.hasSuffix(".json") })

            let again = try NodProcess.run(["ledger", "import", out.path, "--data", data.path])
            #expect(again.status == 0 && again.stderr.contains("imported 0 reports into season 2026; 2 already there; 1 skipped"))
            let named = try NodProcess.run(["ledger", "import", out.path, "--data", data.path, "--season", "2026-spring"])
            #expect(named.stderr.contains("imported 2 reports into season 2026-spring"))
            let bad = try NodProcess.run(["ledger", "import", out.path, "--data", data.path, "--season", "../x"])
            #expect(bad.status == 2 && bad.stderr.contains("season '../x' must be"))
            let notABatch = try NodProcess.run(["ledger", "import", input.path, "--data", data.path])
            #expect(notABatch.status == 2 && notABatch.stderr.contains("summary.json: not a batch summary nod can read"))
            #expect(try NodProcess.run(["ledger", "verify", "--data", data.path]).status == 0)
        }
    }
}
