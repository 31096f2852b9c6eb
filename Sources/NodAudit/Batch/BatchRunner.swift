import Foundation
import NodPlugins
import NodCore
package import Logging
package import NodReport
import NodRules
import Synchronization

/// How a batch runs: where its reports go, how many workers, which other format beside JSON,
/// and whether reports already in `out` are reused.
package struct BatchSettings: Sendable {
    package var out: String
    package var jobs: Int
    package var format: ReportFormat?
    package var resume: Bool
    /// Where the audits run: in this process, or each worker in a supervised child.
    package var isolation: Isolation

    /// In-process workers share the process: the fastest, but a trap in one audit would end the
    /// batch. Child workers (`nod batch-worker`) cost a process each, started once.
    package enum Isolation: Sendable {
        case inProcess
        /// `command` starts one worker (`[nod, "batch-worker", …]`); a bundle taking longer than
        /// `timeout` has its child killed and becomes a row saying so.
        case childProcesses(command: [String], timeout: Duration)
    }

    package init(out: String, jobs: Int = 1, format: ReportFormat? = nil, resume: Bool = false, isolation: Isolation = .inProcess) {
        self.out = out
        self.jobs = jobs
        self.format = format
        self.resume = resume
        self.isolation = isolation
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
        if case .childProcesses = batch.isolation {
            // A worker that traps must end at once, not spend seconds symbolicating its stack
            // for a backtrace nobody reads (its row says what happened). Set before any thread
            // starts a worker: the environment is not safe to change while others read it.
            setenv("SWIFT_BACKTRACE", "enable=no", 0)
        }
        for session in sessions {
            let process: @Sendable (String, String) -> BatchRow
            let finish: @Sendable () -> Void
            switch batch.isolation {
            case .inProcess:
                let worker = BatchWorker(pipeline: plan.pipeline(session), loader: loader, out: batch.out, format: batch.format, resume: batch.resume)
                process = worker.process
                finish = { session.close() }
            case .childProcesses(let command, let timeout):
                // The rules were checked above; the children load them again for themselves.
                session.close()
                let worker = Mutex(IsolatedWorker(command: command, timeout: timeout))
                process = { bundle, name in worker.withLock { $0.process(bundle, name: name) } }
                finish = { worker.withLock { $0.close() } }
            }
            group.enter()
            Thread.detachNewThread {
                while case let index = next.wrappingAdd(1, ordering: .relaxed).oldValue, index < bundles.count {
                    let row = process(bundles[index], names[index])
                    rows.withLock { $0[index] = row }
                    progress(row)
                }
                finish()
                group.leave()
            }
        }
        group.wait()
        var all = rows.withLock { $0.compactMap { $0 } }
        if !refused.isEmpty {
            for row in refused { progress(row) }
            all = (all + refused).sorted { $0.bundle < $1.bundle }
        }
        let formats = [ReportFormat.json] + (batch.format.map { $0 == .json ? [] : [$0] } ?? [])
        removeFormatsNoLongerWritten(for: all, keeping: formats)
        let summary = BatchSummary(rows: all, profile: plan.profile, auditDate: plan.auditDate,
                                   language: audit.language ?? .en, packs: plan.packs, formats: formats.map(\.fileExtension))
        try write(summary)
        return summary
    }

    /// A run into an `--out` that an earlier run wrote with another `--format` removes that
    /// format's report of each bundle audited now, so no report in the folder is older than its
    /// summary. Only files named as this batch's own reports are touched.
    private func removeFormatsNoLongerWritten(for rows: [BatchRow], keeping formats: [ReportFormat]) {
        for row in rows {
            guard let report = row.report, report.hasSuffix(".json") else { continue }
            let name = String(report.dropLast(".json".count))
            for format in ReportFormat.allCases where !formats.contains(format) {
                try? FileManager.default.removeItem(atPath: (batch.out as NSString).appendingPathComponent("\(name).\(format.fileExtension)"))
            }
        }
    }

    /// The child side of an isolated batch (`nod batch-worker`): reads one `BatchRequest` a
    /// line from standard input, audits it, writes its reports, and answers one `BatchRow` a
    /// line on standard output, until its input ends. Setup failures are thrown before any line.
    package func serve(faults: WorkerFaults = WorkerFaults()) throws {
        let plan = try AuditPlan(rules: audit.rules, profile: audit.profile, auditDate: audit.auditDate, language: audit.language)
        let session = try plan.openSession(plugins: audit.plugins)
        // Other profiles a request names (a surveillance audit's reduced profile), opened once each.
        var others: [String: (plan: AuditPlan, session: AuditSession)] = [:]
        defer {
            session.close()
            for other in others.values { other.session.close() }
        }
        let loader = BundleLoader(bundleLimits: audit.bundleLimits, yamlLimits: audit.yamlLimits, logger: logger)
        let worker = BatchWorker(pipeline: plan.pipeline(session), loader: loader, out: batch.out, format: batch.format, resume: batch.resume)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        while let line = readLine(strippingNewline: true) {
            guard let request = try? JSONDecoder().decode(BatchRequest.self, from: Data(line.utf8)) else { continue }
            faults.strike(request.bundle)
            var row: BatchRow
            if request.waivers != nil || request.attestations != nil || request.previous != nil || request.profile != nil {
                do {
                    var (chosenPlan, chosenSession) = (plan, session)
                    if let profile = request.profile, profile != plan.profile.id {
                        if others[profile] == nil {
                            let other = try AuditPlan(rules: audit.rules, profile: profile, auditDate: audit.auditDate, language: audit.language)
                            others[profile] = (other, try other.openSession(plugins: audit.plugins, reportingErrors: false))
                        }
                        (chosenPlan, chosenSession) = others[profile]!
                    }
                    let exceptions = try chosenPlan.readExceptions(waivers: request.waivers, attestations: request.attestations)
                    let history = try chosenPlan.readHistory(previous: request.previous)
                    row = BatchWorker(pipeline: chosenPlan.pipeline(chosenSession, exceptions: exceptions, history: history), loader: loader,
                                      out: batch.out, format: batch.format, resume: false).process(request.bundle, name: request.name)
                } catch {
                    let reason = error.problems.map { ($0.location.map { "\($0): " } ?? "") + $0.message }.joined(separator: "; ")
                    row = BatchRow(bundle: request.bundle, rejectedBecause: "the audit could not be set up: \(reason)", code: "review.bad-file")
                }
            } else {
                row = worker.process(request.bundle, name: request.name)
            }
            var answer = try encoder.encode(row)
            answer.append(0x0A)
            FileHandle.standardOutput.write(answer)
        }
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
        try Self.write(summary, to: batch.out)
    }

    /// The three summaries of a batch (or of merged shards) into `folder`.
    package static func write(_ summary: BatchSummary, to folder: String) throws {
        func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
        try AtomicFile.write(summary.csv, to: path("summary.csv"), durable: true)
        try AtomicFile.write(summary.json, to: path("summary.json"), durable: true)
        try AtomicFile.write(Data(PortfolioHTMLRenderer.render(summary).utf8), to: path("summary.html"), durable: true)
    }
}
