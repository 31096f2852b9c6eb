import Foundation
package import NodCore
import SQLKit

/// A condition of an award: a rule not met that the organisation must put right by a date,
/// with the evidence of closure it sent and the certifier's answer.
package struct CorrectiveAction: Sendable, Equatable {
    package enum Status: String, Sendable, CaseIterable { case open, closureSubmitted = "closure-submitted", closed }
    package var id: Int
    package var publicID: String
    package var certificateID: Int
    package var rule: String
    package var severity: String
    package var raised: LocalDate
    package var due: LocalDate
    package var status: Status
    package var closureSubmissionID: Int?
    package var warned: LocalDate?
    package var resolved: LocalDate?
    package var note: String

    /// Past its due date and not closed.
    package func isOverdue(on date: LocalDate) -> Bool { status != .closed && due < date }
}

extension Ledger {
    private static let actionColumns = """
        id, public_id, certificate_id, rule, severity, raised, due, status, closure_submission_id, warned, resolved, note
        """

    /// Raises the actions of a new certificate.
    package func raiseActions(_ actions: [(rule: String, severity: String, due: LocalDate)], certificate: Certificate,
                              on date: LocalDate, actor: String) async throws {
        for action in actions {
            let publicID = Self.publicID()
            try await database.raw("""
                INSERT INTO corrective_actions (public_id, certificate_id, rule, severity, raised, due, status)
                VALUES (\(bind: publicID), \(bind: certificate.id), \(bind: action.rule), \(bind: action.severity),
                        \(bind: date.description), \(bind: action.due.description), 'open')
                """).run()
            try await record(.correctiveAction, actor: actor, organisationID: certificate.organisationID, subject: publicID, detail: [
                "certificate": certificate.number, "rule": action.rule, "due": action.due.description, "status": "open",
            ])
        }
    }

    package func actions(certificateID: Int) async throws -> [CorrectiveAction] {
        try await database.raw("SELECT \(unsafeRaw: Self.actionColumns) FROM corrective_actions WHERE certificate_id = \(bind: certificateID) ORDER BY due, id")
            .all().map(Self.action)
    }

    package func action(publicID: String) async throws -> CorrectiveAction? {
        guard Self.isPublicID(publicID) else { return nil }
        return try await database.raw("SELECT \(unsafeRaw: Self.actionColumns) FROM corrective_actions WHERE public_id = \(bind: publicID)")
            .first().map(Self.action)
    }

    /// Actions not yet closed whose due date is before `date`.
    package func overdueActions(on date: LocalDate) async throws -> [CorrectiveAction] {
        try await database.raw("""
            SELECT \(unsafeRaw: Self.actionColumns) FROM corrective_actions WHERE status != 'closed' AND due < \(bind: date.description) ORDER BY due, id
            """).all().map(Self.action)
    }

    /// The organisation sent evidence that an action is closed (a submission being audited).
    package func submitClosure(of action: CorrectiveAction, submission: Submission, actor: String) async throws {
        try await database.raw("""
            UPDATE corrective_actions SET status = 'closure-submitted', closure_submission_id = \(bind: submission.id) WHERE id = \(bind: action.id)
            """).run()
        try await record(.correctiveAction, actor: actor, organisationID: submission.organisationID, subject: action.publicID,
                         detail: ["status": "closure-submitted", "submission": submission.publicID])
    }

    /// The certifier's answer to a closure: closed, or open again with the reason.
    package func resolve(_ action: CorrectiveAction, accepted: Bool, note: String, by accountID: Int, on date: LocalDate,
                         organisationID: Int, actor: String) async throws {
        try await database.raw("""
            UPDATE corrective_actions SET status = \(bind: accepted ? "closed" : "open"), resolved = \(bind: accepted ? date.description : nil),
                resolved_by = \(bind: accountID), note = \(bind: note)
            WHERE id = \(bind: action.id)
            """).run()
        try await record(.correctiveAction, actor: actor, organisationID: organisationID, subject: action.publicID,
                         detail: ["status": accepted ? "closed" : "open", "note": note, "date": date.description])
    }

    /// Notes that the organisation was warned of an overdue action.
    package func markWarned(_ action: CorrectiveAction, on date: LocalDate, organisationID: Int) async throws {
        try await database.raw("UPDATE corrective_actions SET warned = \(bind: date.description) WHERE id = \(bind: action.id)").run()
        try await record(.correctiveAction, actor: "office", organisationID: organisationID, subject: action.publicID,
                         detail: ["status": "overdue", "due": action.due.description, "date": date.description])
    }

    private static func action(_ row: any SQLRow) throws -> CorrectiveAction {
        CorrectiveAction(
            id: try row.decode(column: "id", as: Int.self), publicID: try row.decode(column: "public_id", as: String.self),
            certificateID: try row.decode(column: "certificate_id", as: Int.self), rule: try row.decode(column: "rule", as: String.self),
            severity: try row.decode(column: "severity", as: String.self), raised: date(try row.decode(column: "raised", as: String.self)),
            due: date(try row.decode(column: "due", as: String.self)),
            status: CorrectiveAction.Status(rawValue: try row.decode(column: "status", as: String.self)) ?? .open,
            closureSubmissionID: try row.decode(column: "closure_submission_id", as: Int?.self),
            warned: try row.decode(column: "warned", as: String?.self).flatMap { LocalDate(iso8601: $0) },
            resolved: try row.decode(column: "resolved", as: String?.self).flatMap { LocalDate(iso8601: $0) },
            note: try row.decode(column: "note", as: String.self))
    }
}
