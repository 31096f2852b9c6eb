import Foundation
import NodAudit
import NodCore
import NodReport
import NodTestSupport
import Synchronization
import Testing

/// The batch runner in process: workers, rows in bundle order, rejection as a row, resume.
struct BatchRunnerTests {
    static let date = LocalDate(year: 2026, month: 6, day: 30)!

    /// Two examples as folders and a file that is not an archive.
    static func inputs(in dir: URL) throws -> [String] {
        var bundles: [String] = []
        for example in ["bristol-adaptations", "eryri-byw-annibynnol"] {
            let copy = dir.appendingPathComponent("in/\(example)")
            try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: RepositoryPaths.examples.appendingPathComponent(example), to: copy)
            bundles.append(copy.path)
        }
        let broken = dir.appendingPathComponent("in/broken.tar.gz")
        try Data("not an archive".utf8).write(to: broken)
        return [broken.path] + bundles
    }

    static func runner(out: URL, jobs: Int = 2, resume: Bool = false, date: LocalDate = date) -> BatchRunner {
        var settings = AuditSettings(auditDate: date)
        settings.plugins = PluginSearch(paths: [], environment: [], installed: nil)
        return BatchRunner(audit: settings, batch: BatchSettings(out: out.path, jobs: jobs, format: .md, resume: resume))
    }

    @Test func everyBundleIsARowInOrderAndTheRejectedOneSaysWhy() throws {
        try TemporaryDirectory.with { dir in
            let bundles = try Self.inputs(in: dir), out = dir.appendingPathComponent("out")
            let seen = Mutex(0)
            let summary = try Self.runner(out: out).run(bundles) { _ in seen.withLock { $0 += 1 } }
            #expect(seen.withLock { $0 } == 3)
            #expect(summary.rows.map(\.bundle) == bundles)
            #expect(summary.rows.map(\.status) == ["rejected", "audited", "audited"])
            #expect(summary.rows[0].reason?.contains("not a readable archive") == true)
            #expect(summary.counts["bundles"] == 3 && summary.counts["rejected"] == 1)
            for name in ["bristol-adaptations.json", "bristol-adaptations.md", "eryri-byw-annibynnol.json", "summary.csv", "summary.json", "summary.html"] {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
            }
            // A batch's report is the report a single audit gives.
            var settings = AuditSettings(auditDate: Self.date)
            settings.plugins = PluginSearch(paths: [], environment: [], installed: nil)
            let auditor = try Auditor(settings)
            defer { auditor.close() }
            let single = try ReportFormat.json.render(try auditor.audit(bundles[1]).get())
            #expect(try Data(contentsOf: out.appendingPathComponent("bristol-adaptations.json")) == single)
        }
    }

    @Test func resumeSkipsWhatIsUpToDateAndRedoesWhatChanged() throws {
        try TemporaryDirectory.with { dir in
            let bundles = Array(try Self.inputs(in: dir).dropFirst()), out = dir.appendingPathComponent("out")
            _ = try Self.runner(out: out).run(bundles)
            let again = try Self.runner(out: out, resume: true).run(bundles)
            #expect(again.rows.map { $0.resumed == true } == [true, true])
            try Data("# Cymuned / Community\n\nUpdated.\n".utf8).write(to: URL(fileURLWithPath: bundles[1]).appendingPathComponent("policies/cymuned-community.md"))
            // Reports are not flushed one by one: a report a power cut left empty is audited again.
            try Data().write(to: out.appendingPathComponent("bristol-adaptations.json"))
            let changed = try Self.runner(out: out, jobs: 1, resume: true).run(bundles)
            #expect(changed.rows.map { $0.resumed == true } == [false, false])
            #expect(try Data(contentsOf: out.appendingPathComponent("bristol-adaptations.json")).count > 1000)
            let otherDate = try Self.runner(out: out, resume: true, date: LocalDate(year: 2026, month: 7, day: 1)!).run(bundles)
            #expect(otherDate.rows.allSatisfy { $0.resumed == nil })
            #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).allSatisfy { !$0.hasSuffix(".tmp") })
        }
    }

    @Test func reportNamesAreSafeAndUnique() {
        let names = ReportNames.assign(["a/gofal.zip", "b/gofal.tar.gz", "c/ty unnos.tgz", "d/plain"])
        #expect(names[2] == "ty_unnos" && names[3] == "plain")
        #expect(names[0] != names[1] && names[0].hasPrefix("gofal-") && names[1].hasPrefix("gofal-"))
    }

    @Test func shardsPartitionStably() {
        let paths = (0..<50).map { "in/bundle-\($0).zip" }
        let shards = (1...3).map { Shard("\($0)/3")! }
        for path in paths { #expect(shards.count(where: { $0.contains(path) }) == 1) }
        #expect(Shard("0/3") == nil && Shard("4/3") == nil && Shard("x") == nil)
    }
}
