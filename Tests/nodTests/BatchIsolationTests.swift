import Foundation
import NodTestSupport
import Testing

/// One bundle never takes down the others: each worker of `nod batch` is a supervised child
/// process, and a trap, a hang or memory past its budget in one audit makes that bundle a
/// row saying so while the batch goes on. The faults are injected (NOD_BATCH_WORKER_FAULT),
/// as no input nod knows of still causes one.
@Suite(.timeLimit(.minutes(2)))
struct BatchIsolationTests {
    @Test func aTrapAHangAndRunawayMemoryCostOnlyTheirBundles() throws {
        try TemporaryDirectory.with { dir in
            let input = try BatchCommandTests.inputs(in: dir), out = dir.appendingPathComponent("out")
            var environment = ProcessInfo.processInfo.environment
            // 20 s, not less: on a loaded 2-core runner (the whole suite in parallel) a debug
            // worker reading a real bundle took over 8 s, and the trap was reported as a timeout.
            environment["NOD_BATCH_WORKER_FAULT"] = "trap:gofal-dyffryn.zip,hang:bristol-adaptations,memory:eryri-byw-annibynnol"
            let outcome = try NodProcess.run(["batch", input.path, "--out", out.path, "--date", "2026-06-30", "--jobs", "2",
                                              "--bundle-timeout", "20", "--worker-memory", "1024"], environment: environment)
            #expect(outcome.status == 3, "\(outcome.stderr)")
            let rows = try BatchCommandTests.rows(out)
            let reasons = Dictionary(uniqueKeysWithValues: rows.map { (($0["bundle"] as? String).map { ($0 as NSString).lastPathComponent } ?? "", $0["reason"] as? String ?? "") })
            // A trap is a crash, never a timeout; how the ending is seen (a signal, or the
            // worker's output closing first on a loaded runner) may differ.
            let trapped = reasons["gofal-dyffryn.zip"] ?? ""
            #expect(trapped.contains("internal error while auditing") && !trapped.contains("took more than"), "\(reasons)")
            #expect(reasons["bristol-adaptations"]?.contains("internal error while auditing: it took more than 20 s") == true, "\(reasons)")
            #expect(reasons["eryri-byw-annibynnol"]?.contains("internal error while auditing") == true, "\(reasons)")
            #expect(reasons["broken.tar.gz"]?.contains("not a readable archive") == true, "\(reasons)")
            #expect(rows.count == 4)
        }
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
