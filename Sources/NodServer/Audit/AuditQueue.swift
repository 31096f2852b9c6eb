import Foundation
import Logging
import NodAudit
import NodCore
import NodReport
import NodStore
import NodRules
import ServiceLifecycle

/// The audits of accepted uploads, taken oldest first by a fixed number of workers, each
/// driving a supervised child process (`nod batch-worker`): a slow or hostile bundle costs
/// its own child and never a page of the server. The queue is the ledger itself, so an upload
/// accepted before a crash is audited after the restart, exactly once.
package final class AuditQueue: Service, Sendable {
    let ledger: Ledger
    let store: BundleStore
    let configuration: OfficeConfiguration
    let metrics: OfficeMetrics
    let bell: QueueBell
    let logger: Logger
    /// The shipped rules, to find a surveillance audit's reduced profile.
    let library: RuleLibrary?

    init(ledger: Ledger, store: BundleStore, configuration: OfficeConfiguration, metrics: OfficeMetrics, bell: QueueBell, logger: Logger) {
        self.ledger = ledger
        self.bell = bell
        self.store = store
        self.configuration = configuration
        self.metrics = metrics
        self.logger = logger
        library = try? RuleChoice().load()
    }

    package func run() async throws {
        try FileManager.default.createDirectory(at: configuration.reports, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        // The only server (SQLite) takes back every claim at start; among replicas sharing
        // PostgreSQL, only claims whose lease ran out are anyone's to take back.
        let requeued = try await ledger.dialect == .sqlite ? ledger.requeueInterruptedAudits() : ledger.requeueExpiredClaims()
        if requeued > 0 { logger.notice("queued again after an interrupted run", metadata: ["submissions": "\(requeued)"]) }
        await withDiscardingTaskGroup { group in
            for index in 0..<max(1, configuration.jobs) {
                group.addTask { await self.work(index) }
            }
            group.addTask { await self.takeBackExpiredClaims() }
        }
    }

    /// Every half lease, queues again the submissions whose server stopped renewing its claim.
    private func takeBackExpiredClaims() async {
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            // A stop ends the wait at once (a plain sleep would hold the server's shutdown).
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: self.configuration.claimLease / 2) }
            guard !Task.isShuttingDownGracefully, !Task.isCancelled else { return }
            if let requeued = try? await ledger.requeueExpiredClaims(), requeued > 0 {
                logger.notice("queued again: their server stopped renewing its claim", metadata: ["submissions": "\(requeued)"])
                bell.ring()
            }
        }
    }

    /// One worker: takes a submission, audits it in its child, records the outcome; stops
    /// taking new ones when the server shuts down (the one in hand finishes first).
    private func work(_ index: Int) async {
        let child = WorkerChild(command: configuration.workerCommand + [
            "--out", configuration.reports.path, "--date", configuration.auditDate?.description ?? "today",
        ], timeout: configuration.auditTimeout)
        defer { child.close() }
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            let claimed: Submission?
            do {
                claimed = try await ledger.claimNextSubmission(by: configuration.replica, lease: configuration.claimLease)
            } catch {
                logger.error("the queue could not be read", metadata: ["error": "\(error)"])
                claimed = nil
            }
            guard let submission = claimed else {
                if let length = try? await ledger.queueLength() { metrics.queueLength(length) }
                await bell.wait(longest: .seconds(1))
                continue
            }
            // The claim is renewed while the audit runs, so it outlives a slow audit and not its server.
            let renewal = Task { [ledger, configuration] in
                while !Task.isCancelled {
                    try? await Task.sleep(for: configuration.claimLease / 3)
                    if Task.isCancelled { return }
                    _ = try? await ledger.renewClaim(submissionID: submission.id, by: configuration.replica, lease: configuration.claimLease)
                }
            }
            await audit(submission, with: child, worker: index)
            renewal.cancel()
        }
    }

    private func audit(_ submission: Submission, with child: WorkerChild, worker: Int) async {
        let clock = ContinuousClock(), start = clock.now
        let outcome: AuditOutcome
        var season: SeasonalAudit?
        let stored: BundleStore.StoredBundle?
        do { stored = try store.bundle(submission.bundleSHA256) } catch { stored = nil }
        if let stored {
            let review = ReviewFiles(folder: configuration.reviews, submission: submission.publicID)
            let previous = await previousReport(before: submission)
            let row = await child.audit(stored.url.path, name: submission.publicID, waivers: review.existingWaivers,
                                        attestations: review.existingAttestations, previous: previous,
                                        profile: await surveillanceProfile(for: submission))
            if row.status == "audited" {
                outcome = .audited(decision: row.decision ?? "not-awarded", level: row.level, earned: row.earned ?? 0, possible: row.possible ?? 0)
                // The regulator's season is the audit date's year.
                season = SeasonalAudit(season: String((configuration.auditDate ?? .today).year), decision: row.decision ?? "not-awarded",
                                       level: row.level, earned: row.earned ?? 0, possible: row.possible ?? 0, notMet: row.notMet ?? [])
            } else {
                outcome = .rejected(reason: Self.plain(row.reason ?? "", bundle: stored.url.path, name: submission.fileName),
                                    code: row.code ?? "bundle.rejected")
            }
        } else {
            outcome = .rejected(reason: "the stored bundle is missing", code: "batch.internal-error")
        }
        do {
            if try await ledger.finish(submissionID: submission.id, outcome: outcome, claimant: configuration.replica), let season { try await ledger.recordSeason(organisationID: submission.organisationID, submissionID: submission.id, audit: season) }
            if !submission.keepEvidence, try await !ledger.bundleIsKept(submission.bundleSHA256) {
                try? store.remove(submission.bundleSHA256)
            }
        } catch {
            logger.error("an audit's outcome could not be recorded", metadata: ["submission": "\(submission.publicID)", "error": "\(error)"])
        }
        if case .rejected(_, let code) = outcome { metrics.auditFinished(rejectedCode: code) } else { metrics.auditFinished(rejectedCode: nil) }
        let summary = switch outcome {
        case .audited(let decision, _, let earned, let possible): "\(decision) \(earned)/\(possible)"
        case .rejected(_, let code): "rejected \(code)"
        }
        logger.info("audited", metadata: [
            "submission": "\(submission.publicID)", "worker": "\(worker)", "duration": "\(clock.now - start)", "outcome": "\(summary)",
        ])
    }

    /// For a surveillance audit, the reduced profile its certificate's profile names (`nil`: the usual one).
    private func surveillanceProfile(for submission: Submission) async -> String? {
        guard submission.purpose == .surveillance,
              let certificates = try? await ledger.certificates(organisationID: submission.organisationID),
              let certificate = certificates.first(where: { [.active, .suspended].contains($0.status) }) else { return nil }
        return library?.profile(certificate.profile)?.surveillanceProfile?.value
    }

    /// The report of the organisation's previous certification audit (decided on, or recorded as
    /// surveillance), for repeated findings; `nil` before its first.
    private func previousReport(before submission: Submission) async -> String? {
        guard let earlier = try? await ledger.previousCertificationAudit(organisationID: submission.organisationID, before: submission.id)
        else { return nil }
        let path = configuration.reports.appendingPathComponent("\(earlier.publicID).json").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// A rejection names the file as the person uploaded it, not where the office keeps it.
    static func plain(_ reason: String, bundle: String, name: String) -> String {
        reason.replacingOccurrences(of: bundle, with: name.isEmpty ? "bundle" : name)
    }
}

/// One worker's child process, used by that worker's task alone, one audit at a time; its
/// blocking reads run on a thread of their own, off the server's event loops.
final class WorkerChild: @unchecked Sendable {
    private let worker: IsolatedWorker
    private let lock = NSLock()

    init(command: [String], timeout: Duration) {
        worker = IsolatedWorker(command: command, timeout: timeout)
    }

    func audit(_ path: String, name: String, waivers: String? = nil, attestations: String? = nil, previous: String? = nil,
               profile: String? = nil) async -> BatchRow {
        await OffLoop.run { [self] in
            lock.withLock { worker.process(path, name: name, waivers: waivers, attestations: attestations, previous: previous, profile: profile) }
        }
    }

    func close() { lock.withLock { worker.close() } }
}
