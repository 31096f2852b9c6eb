import Foundation
import Logging
import NodCore
import NodStore
import ServiceLifecycle

/// What the cycle does by itself as days pass: a certificate past its expiry expires; an open
/// corrective action past its due date warns, and past the scheme's grace suspends the
/// certificate; a surveillance not done within its grace suspends it. Runs at start, hourly,
/// and whenever a page asks (the register is never a day behind). Idempotent: a second sweep on
/// the same day changes nothing.
struct CycleSweep: Service {
    let office: Office

    func run() async throws {
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            do {
                try await sweep()
            } catch {
                office.logger.error("the certification cycle could not be brought up to date", metadata: ["error": "\(error)"])
            }
            // Graceful shutdown is not cancellation: the hour's wait must end with it.
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(3600)) }
        }
    }

    /// Brings every certificate up to `today`; returns the status changes made.
    @discardableResult
    func sweep() async throws -> [(number: String, status: CertificateStatus, reason: String)] {
        let today = office.clock.today, policy = office.configuration.policy
        var changes: [(number: String, status: CertificateStatus, reason: String)] = []
        let certificates = try await office.ledger.certificates()
        let byID = Dictionary(uniqueKeysWithValues: certificates.map { ($0.id, $0) })
        func change(_ certificate: NodStore.Certificate, to status: CertificateStatus, _ reason: String) async throws {
            try await office.ledger.changeStatus(of: certificate, to: status, reason: reason, on: today, actor: "office")
            changes.append((certificate.number, status, reason))
        }
        for certificate in certificates where certificate.expires < today && [.active, .suspended].contains(certificate.status) {
            try await change(certificate, to: .expired, "expired:\(certificate.expires)")
        }
        var suspended = Set<Int>()
        for action in try await office.ledger.overdueActions(on: today) {
            guard let certificate = byID[action.certificateID], certificate.status == .active, certificate.expires >= today else { continue }
            if action.warned == nil { try await office.ledger.markWarned(action, on: today, organisationID: certificate.organisationID) }
            if action.due.adding(days: policy.actionGraceDays) < today, !suspended.contains(certificate.id) {
                try await change(certificate, to: .suspended, "action-overdue:\(action.rule):\(action.due)")
                suspended.insert(certificate.id)
            }
        }
        for milestone in try await office.ledger.milestones(openDueBy: today.adding(days: -policy.surveillanceGraceDays - 1))
        where milestone.kind == .surveillance {
            guard let certificate = byID[milestone.certificateID], certificate.status == .active, certificate.expires >= today,
                  !suspended.contains(certificate.id) else { continue }
            try await change(certificate, to: .suspended, "surveillance-missed:\(milestone.due)")
            suspended.insert(certificate.id)
        }
        if !changes.isEmpty { office.logger.notice("certificates changed by the cycle", metadata: ["changes": "\(changes.count)"]) }
        return changes
    }
}
