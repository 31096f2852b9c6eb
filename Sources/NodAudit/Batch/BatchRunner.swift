import Foundation
import NodCore
package import Logging
package import NodReport
import Synchronization

/// How a batch runs: where its reports go, how many workers, which other format beside JSON,
/// and whether reports already in `out` are reused.
package struct BatchSettings: Sendable {
    package var out: String
    package var jobs: Int
    package var format: ReportFormat?
    package var resume: Bool

    package init(out: String, jobs: Int = 1, format: ReportFormat? = nil, resume: Bool = false) {
        self.out = out
        self.jobs = jobs
        self.format = format
        self.resume = resume
    }
}

/// Many bundles in one process: a pool of workers, each with its own compiled rules and
/// plug-ins, taking the next bundle until none is left; one report each, written atomically,
/// and the portfolio summary (summary.csv, summary.json, summary.html) at the end. A bundle
/// that is rejected becomes a row of the summary and the batch goes on.
package struct BatchRunner: Sendable {
    package let audit: AuditSettings
    package let batch: BatchSettings
    package let logger: Logger

    package init(audit: AuditSettings, batch: BatchSettings, logger: Logger = Logger(label: "nod.batch")) {
        self.audit = audit
        self.batch = batch
        self.logger = logger
    }

    /// Audits `bundles` (in that order in the summary), calling `progress` after each one from
    /// the worker that did it; writes and returns the summary. Setting up the rules and
    /// plug-ins fails before anything is written; a summary that cannot be written throws.
    /// `refused` are rows decided without reading (entries whose names nod cannot use); they
    /// join the summary in path order.
    package func run(_ bundles: [String], refused: [BatchRow] = [], progress: @escaping @Sendable (BatchRow) -> Void = { _ in }) throws -> BatchSummary {
        let plan = try AuditPlan(rules: audit.rules, profile: audit.profile, auditDate: audit.auditDate, language: audit.language)
        let workers = min(batch.jobs, max(1, bundles.count))
        // Each worker has its own plug-in processes and compiled rules. They are made before
        // anything is written; the first compilation also reports every rule error.
        var sessions: [AuditSession] = []
        do {
            for index in 0..<workers { sessions.append(try plan.openSession(plugins: audit.plugins, reportingErrors: index == 0)) }
        } catch {
            for session in sessions { session.close() }
            throw error
        }
        do {
            try Self.prepare(folder: batch.out)
        } catch {
            for session in sessions { session.close() }
            throw error
        }
        let names = ReportNames.assign(bundles)
        let rows = Mutex([BatchRow?](repeating: nil, count: bundles.count))
        let next = Atomic(0)
        let group = DispatchGroup()
        let loader = BundleLoader(bundleLimits: audit.bundleLimits, yamlLimits: audit.yamlLimits, logger: logger)
        for session in sessions {
            let worker = BatchWorker(pipeline: plan.pipeline(session), loader: loader, out: batch.out, format: batch.format, resume: batch.resume)
            group.enter()
            Thread.detachNewThread {
                while case let index = next.wrappingAdd(1, ordering: .relaxed).oldValue, index < bundles.count {
                    let row = worker.process(bundles[index], name: names[index])
                    rows.withLock { $0[index] = row }
                    progress(row)
                }
                session.close()
                group.leave()
            }
        }
        group.wait()
        var all = rows.withLock { $0.compactMap { $0 } }
        if !refused.isEmpty {
            for row in refused { progress(row) }
            all = (all + refused).sorted { $0.bundle < $1.bundle }
        }
        let summary = BatchSummary(rows: all, profile: plan.profile, auditDate: plan.auditDate,
                                   language: audit.language ?? .en, packs: plan.packs)
        try write(summary)
        return summary
    }

    /// Makes `--out` (and its parents) unless it is a folder already; a file, or an empty path,
    /// is a usage error before anything is audited.
    static func prepare(folder: String) throws(AuditSetupError) {
        guard !folder.isEmpty else { throw AuditSetupError(.usage, [.init(at: nil, "--out names no folder")]) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw AuditSetupError(.usage, [.init(at: FileLocation(file: folder), "is a file; --out names the folder the reports go to")])
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw AuditSetupError(.usage, [.init(at: FileLocation(file: folder), "the folder could not be made: \((error as NSError).localizedDescription)")])
        }
    }

    /// summary.csv, summary.json and summary.html, each written durably and atomically.
    package func write(_ summary: BatchSummary) throws {
        func path(_ name: String) -> String { (batch.out as NSString).appendingPathComponent(name) }
        try AtomicFile.write(summary.csv, to: path("summary.csv"), durable: true)
        try AtomicFile.write(summary.json, to: path("summary.json"), durable: true)
        try AtomicFile.write(Data(PortfolioHTMLRenderer.render(summary).utf8), to: path("summary.html"), durable: true)
    }
}
