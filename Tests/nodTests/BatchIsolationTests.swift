import Foundation
import NodTestSupport
import Testing

/// One bundle never takes down the others: each worker of `nod batch` is a supervised child
/// process, and a trap, a hang or memory past its budget in one audit makes that bundle a
/// row saying so while the batch goes on. The faults are injected (NOD_BATCH_WORKER_FAULT),
/// as no input nod knows of still causes one.
@Suite(.timeLimit(.minutes(2)))
struct BatchIsolationTests {
    /// Runs a batch with `faults` injected and returns each bundle's reason.
    static func reasons(faults: String, timeout: Int) throws -> [String: String] {
        try TemporaryDirectory.with { dir in
            let input = try BatchCommandTests.inputs(in: dir), out = dir.appendingPathComponent("out")
            var environment = ProcessInfo.processInfo.environment
            environment["NOD_BATCH_WORKER_FAULT"] = faults
            let outcome = try NodProcess.run(["batch", input.path, "--out", out.path, "--date", "2026-06-30", "--jobs", "2",
                                              "--bundle-timeout", "\(timeout)", "--worker-memory", "1024"], environment: environment)
            #expect(outcome.status == 3, "\(outcome.stderr)")
            let rows = try BatchCommandTests.rows(out)
            #expect(rows.count == 4)
            return Dictionary(uniqueKeysWithValues: rows.map { (($0["bundle"] as? String).map { ($0 as NSString).lastPathComponent } ?? "", $0["reason"] as? String ?? "") })
        }
    }

    /// A trap and runaway memory are crashes, never timeouts: the generous timeout only
    /// matters to a loaded runner (the whole suite in parallel made a debug worker slow).
    @Test func aTrapAndRunawayMemoryCostOnlyTheirBundles() throws {
        let reasons = try Self.reasons(faults: "trap:gofal-dyffryn.zip,memory:eryri-byw-annibynnol", timeout: 110)
        // How a trap's ending is seen (a signal, or the worker's output closing first) may differ.
        let trapped = reasons["gofal-dyffryn.zip"] ?? ""
        #expect(trapped.contains("internal error while auditing") && !trapped.contains("took more than"), "\(reasons)")
        #expect(reasons["eryri-byw-annibynnol"]?.contains("internal error while auditing") == true, "\(reasons)")
        #expect(reasons["bristol-adaptations"] == "", "\(reasons)")
        #expect(reasons["broken.tar.gz"]?.contains("not a readable archive") == true, "\(reasons)")
    }

    /// A hang is stopped at the bundle timeout, and the batch goes on.
    @Test func aHangCostsOnlyItsBundle() throws {
        let reasons = try Self.reasons(faults: "hang:bristol-adaptations", timeout: 3)
        #expect(reasons["bristol-adaptations"]?.contains("internal error while auditing: it took more than 3 s") == true, "\(reasons)")
        #expect(reasons["broken.tar.gz"]?.contains("not a readable archive") == true, "\(reasons)")
    }

    /// Isolated or not, a batch writes the same reports and summaries.
    @Test func isolatedAndInProcessBatchesWriteTheSameFiles() throws {
        try TemporaryDirectory.with { dir in
            let input = try BatchCommandTests.inputs(in: dir)
            var outputs: [[String: Data]] = []
            for (name, extra) in [("isolated", [String]()), ("in-process", ["--in-process"])] {
                let out = dir.appendingPathComponent(name)
                let outcome = try NodProcess.run(["batch", input.path, "--out", out.path, "--date", "2026-06-30", "--jobs", "2", "--format", "md"] + extra)
                #expect(outcome.status == 3, "\(outcome.stderr)")
                var files: [String: Data] = [:]
                for file in try FileManager.default.contentsOfDirectory(atPath: out.path) {
                    files[file] = try Data(contentsOf: out.appendingPathComponent(file))
                }
                outputs.append(files)
            }
            #expect(outputs[0].keys.sorted() == outputs[1].keys.sorted())
            #expect(outputs[0] == outputs[1])
        }
    }
}
