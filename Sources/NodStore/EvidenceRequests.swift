import Foundation
package import NodCore
import SQLKit

/// A certifier's request to a co-op for evidence a rule needs, and the submission that answered it.
package struct EvidenceRequest: Sendable, Equatable {
    package var id: Int
    package var publicID: String
    package var submissionID: Int
    package var rule: String
    package var message: String
    package var asked: LocalDate
    package var answerSubmissionID: Int?
}

extension Ledger {
    package func askForEvidence(submission: Submission, rule: String, message: String, by accountID: Int, on date: LocalDate, actor: String) async throws {
        let publicID = Self.publicID()
        try await database.raw("""
            INSERT INTO evidence_requests (public_id, submission_id, rule, message, asked_by, asked)
            VALUES (\(bind: publicID), \(bind: submission.id), \(bind: rule), \(bind: message), \(bind: accountID), \(bind: date.description))
            """).run()
        try await record(.evidenceRequest, actor: actor, organisationID: submission.organisationID, subject: submission.publicID,
                         detail: ["request": publicID, "rule": rule, "message": message, "asked": date.description])
    }

    package func evidenceRequests(submissionID: Int) async throws -> [EvidenceRequest] {
        try await database.raw("""
            SELECT id, public_id, submission_id, rule, message, asked, answer_submission_id FROM evidence_requests
            WHERE submission_id = \(bind: submissionID) ORDER BY id
            """).all().map { row in
                EvidenceRequest(
                    id: try row.decode(column: "id", as: Int.self), publicID: try row.decode(column: "public_id", as: String.self),
                    submissionID: try row.decode(column: "submission_id", as: Int.self), rule: try row.decode(column: "rule", as: String.self),
                    message: try row.decode(column: "message", as: String.self), asked: Self.date(try row.decode(column: "asked", as: String.self)),
                    answerSubmissionID: try row.decode(column: "answer_submission_id", as: Int?.self))
            }
    }

    /// The co-op answered a submission's open requests with a new submission: the requests are
    /// marked answered and the review (its attestations, waivers and notes, not its completion)
    /// moves to the new submission, whose audit judges the rules again.
    package func answerRequests(of old: Submission, with new: Submission, on date: LocalDate, actor: String) async throws {
        try await database.raw("""
            UPDATE evidence_requests SET answer_submission_id = \(bind: new.id), answered = \(bind: date.description)
            WHERE submission_id = \(bind: old.id) AND answer_submission_id IS NULL
            """).run()
        try await database.raw("""
            INSERT INTO reviews (submission_id, reviewer_id, attestations, waivers, notes, completed)
            SELECT \(bind: new.id), reviewer_id, attestations, waivers, notes, NULL FROM reviews WHERE submission_id = \(bind: old.id)
            ON CONFLICT DO NOTHING
            """).run()
        try await record(.evidenceRequest, actor: actor, organisationID: old.organisationID, subject: old.publicID,
                         detail: ["answered-by": new.publicID, "date": date.description])
    }

    /// The organisation's last certification audit before `submissionID`: the latest earlier
    /// submission a decision was made on or that served as a surveillance audit. Re-sent
    /// bundles within one review, closures and self-checks are not audits of the cycle.
    package func previousCertificationAudit(organisationID: Int, before submissionID: Int) async throws -> Submission? {
        try await database.raw("""
            SELECT \(unsafeRaw: Self.qualifiedSubmissionColumns) FROM submissions s
            WHERE s.organisation_id = \(bind: organisationID) AND s.id < \(bind: submissionID) AND s.status = 'audited'
              AND (EXISTS (SELECT 1 FROM decisions d WHERE d.submission_id = s.id) OR EXISTS (SELECT 1 FROM surveillance m WHERE m.submission_id = s.id))
            ORDER BY s.id DESC LIMIT 1
            """).first().map(Self.submission)
    }

    /// Queues an audited submission to be judged again (its review changed).
    package func requeue(submissionID: Int) async throws {
        try await database.raw("""
            UPDATE submissions SET status = 'queued' WHERE id = \(bind: submissionID) AND status IN ('audited', 'rejected')
            """).run()
    }

    /// Submissions audited but with no finished review, and finished reviews with no decision, oldest first.
    package func certificationQueue() async throws -> (awaitingReview: [Submission], awaitingDecision: [Submission]) {
        let review = try await database.raw("""
            SELECT \(unsafeRaw: Self.qualifiedSubmissionColumns) FROM submissions s LEFT JOIN reviews r ON r.submission_id = s.id
            WHERE s.status = 'audited' AND (r.completed IS NULL) AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.submission_id = s.id)
              AND NOT EXISTS (SELECT 1 FROM corrective_actions a WHERE a.closure_submission_id = s.id)
              AND NOT EXISTS (SELECT 1 FROM surveillance m WHERE m.submission_id = s.id)
              AND NOT EXISTS (SELECT 1 FROM evidence_requests e WHERE e.submission_id = s.id AND e.answer_submission_id IS NOT NULL)
            ORDER BY s.id LIMIT 200
            """).all().map(Self.submission)
        let decision = try await database.raw("""
            SELECT \(unsafeRaw: Self.qualifiedSubmissionColumns) FROM submissions s JOIN reviews r ON r.submission_id = s.id
            WHERE r.completed IS NOT NULL AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.submission_id = s.id)
            ORDER BY s.id LIMIT 200
            """).all().map(Self.submission)
        return (review, decision)
    }

    /// Every submission awaiting an answer to a corrective action's closure.
    package func closuresToCheck() async throws -> [CorrectiveAction] {
        try await database.raw("SELECT public_id FROM corrective_actions WHERE status = 'closure-submitted' ORDER BY id").all()
            .asyncCompactMap { try await self.action(publicID: try $0.decode(column: "public_id", as: String.self)) }
    }
}

extension Array {
    func asyncCompactMap<T>(_ transform: (Element) async throws -> T?) async rethrows -> [T] {
        var out: [T] = []
        for element in self { if let value = try await transform(element) { out.append(value) } }
        return out
    }
}
