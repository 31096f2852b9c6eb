import Crypto
import Foundation
package import NodCore
import SQLKit

/// What the certifier who decides may do with an audited submission.
package enum DecisionOutcome: String, Sendable, CaseIterable, Codable {
    case award, awardWithConditions = "award-with-conditions", refuse
}

/// Where a certificate stands today. Only `active` means the mark may be used.
package enum CertificateStatus: String, Sendable, CaseIterable, Codable {
    case active, suspended, withdrawn, expired
}

/// One certificate as the ledger keeps it: its number, scope, dates, the signed document
/// given to the organisation, and its status with the reason and date of the last change.
package struct Certificate: Sendable, Equatable {
        package init(id: Int, number: String, organisationID: Int, organisationName: String, decisionID: Int, profile: String, level: String, standardVersion: String, decided: LocalDate, expires: LocalDate, status: CertificateStatus, statusReason: String, statusChanged: LocalDate, document: String) {
            self.id = id
            self.number = number
            self.organisationID = organisationID
            self.organisationName = organisationName
            self.decisionID = decisionID
            self.profile = profile
            self.level = level
            self.standardVersion = standardVersion
            self.decided = decided
            self.expires = expires
            self.status = status
            self.statusReason = statusReason
            self.statusChanged = statusChanged
            self.document = document
        }
    package var id: Int
    package var number: String
    package var organisationID: Int
    package var organisationName: String
    package var decisionID: Int
    package var profile: String
    package var level: String
    package var standardVersion: String
    package var decided: LocalDate
    package var expires: LocalDate
    package var status: CertificateStatus
    package var statusReason: String
    package var statusChanged: LocalDate
    /// The signed certificate file (canonical JSON), exactly as issued.
    package var document: String
}

/// One change of a certificate's status, for its history.
package struct CertificateStatusChange: Sendable, Equatable {
    package var status: CertificateStatus
    package var reason: String
    package var changed: LocalDate
    package var actor: String
}

/// A certifier's review of one submission: the attestation and waiver files it writes (the
/// same YAML `nod audit --attestations/--waivers` reads), notes, and when it was finished.
package struct Review: Sendable, Equatable {
        package init(submissionID: Int, reviewerID: Int, attestations: String, waivers: String, notes: String, completed: LocalDate?) {
            self.submissionID = submissionID
            self.reviewerID = reviewerID
            self.attestations = attestations
            self.waivers = waivers
            self.notes = notes
            self.completed = completed
        }
    package var submissionID: Int
    package var reviewerID: Int
    package var attestations: String
    package var waivers: String
    package var notes: String
    package var completed: LocalDate?
}

/// A recorded decision on one submission.
package struct Decision: Sendable, Equatable {
    package var id: Int
    package var submissionID: Int
    package var outcome: DecisionOutcome
    package var reviewerID: Int
    package var deciderID: Int
    package var samePerson: Bool
    package var decided: LocalDate
    package var reason: String
}

extension Ledger {
    // MARK: reviews

    /// The review of a submission, if one was started.
    package func review(submissionID: Int) async throws -> Review? {
        try await database.raw("""
            SELECT submission_id, reviewer_id, attestations, waivers, notes, completed FROM reviews WHERE submission_id = \(bind: submissionID)
            """).first().map { row in
                Review(submissionID: try row.decode(column: "submission_id", as: Int.self), reviewerID: try row.decode(column: "reviewer_id", as: Int.self),
                       attestations: try row.decode(column: "attestations", as: String.self), waivers: try row.decode(column: "waivers", as: String.self),
                       notes: try row.decode(column: "notes", as: String.self),
                       completed: try row.decode(column: "completed", as: String?.self).flatMap { LocalDate(iso8601: $0) })
            }
    }

    /// Writes a review's files and notes (whoever saves last is its reviewer) and records it.
    package func saveReview(_ review: Review, submission: Submission, actor: String, event: EventKind = .review,
                            detail extra: [String: String] = [:]) async throws {
        try await database.raw("""
            INSERT INTO reviews (submission_id, reviewer_id, attestations, waivers, notes, completed)
            VALUES (\(bind: review.submissionID), \(bind: review.reviewerID), \(bind: review.attestations), \(bind: review.waivers),
                    \(bind: review.notes), \(bind: review.completed?.description))
            ON CONFLICT (submission_id) DO UPDATE SET reviewer_id = excluded.reviewer_id, attestations = excluded.attestations,
                waivers = excluded.waivers, notes = excluded.notes, completed = excluded.completed
            """).run()
        var detail = ["attestations-sha256": review.attestations.sha256Hex, "waivers-sha256": review.waivers.sha256Hex, "notes": review.notes]
        if let completed = review.completed { detail["completed"] = completed.description }
        detail.merge(extra) { _, new in new }
        try await record(event, actor: actor, organisationID: submission.organisationID, subject: submission.publicID, detail: detail)
    }

    // MARK: decisions

    /// The decision on a submission, if made.
    package func decision(submissionID: Int) async throws -> Decision? {
        try await database.raw("""
            SELECT id, submission_id, outcome, reviewer_id, decider_id, same_person, decided, reason FROM decisions
            WHERE submission_id = \(bind: submissionID)
            """).first().map(Self.decision)
    }

    /// Records a decision; returns it. One decision per submission (a second is refused by the schema).
    package func recordDecision(submission: Submission, outcome: DecisionOutcome, reviewerID: Int, deciderID: Int,
                                decided: LocalDate, reason: String, actor: String) async throws -> Decision {
        let row = try await database.raw("""
            INSERT INTO decisions (submission_id, outcome, reviewer_id, decider_id, same_person, decided, reason)
            VALUES (\(bind: submission.id), \(bind: outcome.rawValue), \(bind: reviewerID), \(bind: deciderID),
                    \(bind: reviewerID == deciderID ? 1 : 0), \(bind: decided.description), \(bind: reason))
            RETURNING id, submission_id, outcome, reviewer_id, decider_id, same_person, decided, reason
            """).first()
        guard let row else { throw LedgerFailure.noRow("the new decision") }
        let decision = try Self.decision(row)
        try await record(.decision, actor: actor, organisationID: submission.organisationID, subject: submission.publicID, detail: [
            "outcome": outcome.rawValue, "decided": decided.description, "reason": reason,
            "same-person": decision.samePerson ? "yes" : "no",
        ])
        return decision
    }

    private static func decision(_ row: any SQLRow) throws -> Decision {
        let outcome = try row.decode(column: "outcome", as: String.self)
        return Decision(
            id: try row.decode(column: "id", as: Int.self), submissionID: try row.decode(column: "submission_id", as: Int.self),
            outcome: DecisionOutcome(rawValue: outcome) ?? .refuse, reviewerID: try row.decode(column: "reviewer_id", as: Int.self),
            deciderID: try row.decode(column: "decider_id", as: Int.self), samePerson: try row.decode(column: "same_person", as: Int.self) != 0,
            decided: LocalDate(iso8601: try row.decode(column: "decided", as: String.self)) ?? LocalDate(year: 1970, month: 1, day: 1)!,
            reason: try row.decode(column: "reason", as: String.self))
    }
}

extension String {
    /// The SHA-256 of the text's UTF-8, in hex: how the audit trail names a file it does not copy.
    var sha256Hex: String { SHA256.hash(data: Data(utf8)).hexString }
}
