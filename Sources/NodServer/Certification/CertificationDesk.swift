import Crypto
import Foundation
import NodCore
import Logging
import NodReport
import NodStore
import NodSigning

/// Decisions and certificates: who may decide what on an audited submission, and what an
/// award issues — a numbered, signed certificate with its expiry and surveillance dates, and
/// one corrective action per condition. The outcome can only be one the engine's report
/// allows: the certifier stakes the mark on the evidence, never on a hand-edited status.
struct CertificationDesk {
    let office: Office

    /// Why a decision was not recorded.
    enum Refusal: Error, Equatable {
        case notAudited, notReviewed, alreadyDecided, reviewerMayNotDecide, outcomeNotAllowed, notCertifier
    }

    /// What the report lets a certifier decide.
    static func allowedOutcomes(_ decision: NodCore.Decision) -> [DecisionOutcome] {
        switch decision {
        case .awarded: [.award, .refuse]
        case .awardedWithConditions: [.awardWithConditions, .refuse]
        case .notAwarded: [.refuse]
        }
    }

    /// Whether `account` may decide on a submission reviewed by `review`.
    func mayDecide(_ account: Account, review: Review?) -> Bool {
        guard account.role == .certifier, let review, review.completed != nil else { return false }
        return review.reviewerID != account.id || office.configuration.policy.reviewerMayDecide
    }

    /// Records the decision and, for an award, issues the certificate.
    func decide(_ submission: Submission, organisation: Organisation, outcome: DecisionOutcome, reason: String,
                by account: Account) async throws -> Result<NodStore.Certificate?, Refusal> {
        guard account.role == .certifier else { return .failure(.notCertifier) }
        guard submission.status == .audited, let report = office.storedReport(submission.publicID) else { return .failure(.notAudited) }
        let review = try await office.ledger.review(submissionID: submission.id)
        guard let review, review.completed != nil else { return .failure(.notReviewed) }
        guard try await office.ledger.decision(submissionID: submission.id) == nil else { return .failure(.alreadyDecided) }
        guard mayDecide(account, review: review) else { return .failure(.reviewerMayNotDecide) }
        guard Self.allowedOutcomes(report.decision).contains(outcome) else { return .failure(.outcomeNotAllowed) }
        let today = office.clock.today
        let decision = try await office.ledger.recordDecision(
            submission: submission, outcome: outcome, reviewerID: review.reviewerID, deciderID: account.id, decided: today,
            reason: reason, actor: account.email)
        guard outcome != .refuse else { return .success(nil) }
        let reviewer = try await office.ledger.account(id: review.reviewerID)?.email ?? "account \(review.reviewerID)"
        return .success(try await issue(report, submission: submission, organisation: organisation, decision: decision,
                                        reviewer: reviewer, decider: account.email))
    }

    private func issue(_ report: AuditReport, submission: Submission, organisation: Organisation, decision: NodStore.Decision,
                       reviewer: String, decider: String) async throws -> NodStore.Certificate {
        let policy = office.configuration.policy
        let decided = decision.decided
        let expires = decided.adding(months: 12 * policy.certificateYears)
        let surveillance = stride(from: policy.surveillanceMonths, to: 12 * policy.certificateYears, by: policy.surveillanceMonths)
            .map { decided.adding(months: $0) }
        let conditions = decision.outcome == .awardWithConditions
            ? report.correctiveActions.map { CertificateDocument.Condition(rule: $0.rule, due: $0.due) } : []
        let number = try await office.ledger.nextCertificateNumber(year: decided.year)
        let reportBytes = (try? JSONReportRenderer.render(report)) ?? Data()
        let document = CertificateDocument(
            number: number, organisation: organisation.name,
            scope: .init(profile: report.rules.profile, profileTitle: report.rules.profileTitle, level: report.level ?? report.rules.profile,
                         levelTitle: report.levelTitle),
            standard: .init(profileVersion: report.rules.profileVersion,
                            packs: report.rules.packs.map { .init(id: $0.id, version: $0.version, sha256: $0.sha256) }),
            decision: .init(outcome: decision.outcome.rawValue, date: decided, reviewer: reviewer, decider: decider, samePerson: decision.samePerson),
            conditions: conditions, expires: expires, surveillanceDue: surveillance,
            audit: .init(submission: submission.publicID, auditDate: report.auditDate, bundleSHA256: report.bundle.sha256,
                         reportSHA256: SHA256.hash(data: reportBytes).hexString),
            register: office.registerURL(number))
        let key = office.body.key
        let signed = try CertificationDesk.sign(document, key: key)
        let record = NodStore.Certificate(
            id: 0, number: number, organisationID: organisation.id, organisationName: organisation.name, decisionID: decision.id,
            profile: document.scope.profile, level: document.scope.level, standardVersion: report.rules.profileVersion,
            decided: decided, expires: expires, status: .active, statusReason: "decision", statusChanged: decided,
            document: String(decoding: signed, as: UTF8.self))
        let milestones = surveillance.map { (CycleMilestone.Kind.surveillance, $0) } + [(CycleMilestone.Kind.recertification, expires)]
        // A recertification replaces the organisation's earlier certificate on the same standard.
        let earlier = try await office.ledger.certificates(organisationID: organisation.id)
            .filter { $0.profile == record.profile && [.active, .suspended].contains($0.status) }
        let certificate = try await office.ledger.issueCertificate(record, milestones: milestones, subject: submission.publicID, actor: decider)
        for old in earlier {
            try await office.ledger.changeStatus(of: old, to: .expired, reason: "superseded:\(number)", on: decided, actor: decider)
        }
        let severities = Dictionary(report.results.map { ($0.rule, $0.severity.rawValue) }, uniquingKeysWith: { first, _ in first })
        try await office.ledger.raiseActions(conditions.map { ($0.rule, severities[$0.rule] ?? "minor", $0.due) }, certificate: certificate,
                                             on: decided, actor: decider)
        office.logger.notice("certificate issued", metadata: ["certificate": "\(number)", "submission": "\(submission.publicID)"])
        return certificate
    }

    static func sign(_ document: CertificateDocument, key: SigningKeyPair) throws -> Data {
        try CertificateSigning.sign(document, keyID: key.publicKey.keyID, sign: key.sign).canonical()
    }
}
