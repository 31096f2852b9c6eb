import Foundation
package import NodCore
import SQLKit

/// A milestone of a certificate's cycle: a surveillance audit (at least yearly) or the
/// recertification before it expires, and the submission that met it.
package struct CycleMilestone: Sendable, Equatable {
    package enum Kind: String, Sendable, CaseIterable { case surveillance, recertification }
    package var id: Int
    package var certificateID: Int
    package var kind: Kind
    package var due: LocalDate
    package var submissionID: Int?
    package var completed: LocalDate?
}

extension Ledger {
    private static let certificateColumns = """
        c.id AS id, c.number AS number, c.organisation_id AS organisation_id, o.name AS organisation_name, c.decision_id AS decision_id,
        c.profile AS profile, c.level AS level, c.standard_version AS standard_version, c.decided AS decided, c.expires AS expires,
        c.status AS status, c.status_reason AS status_reason, c.status_changed AS status_changed, c.document AS document
        """

    /// The next free number of a year: `NOD-2026-0007`.
    package func nextCertificateNumber(year: Int) async throws -> String {
        let prefix = "NOD-\(year)-"
        let count = try await database.raw("SELECT COUNT(*) AS n FROM certificates WHERE number LIKE \(bind: prefix + "%")")
            .first()?.decode(column: "n", as: Int.self) ?? 0
        let digits = String(count + 1)
        return prefix + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Stores an issued certificate (active), its milestones, and the event that records it.
    package func issueCertificate(_ certificate: Certificate, milestones: [(CycleMilestone.Kind, LocalDate)], subject: String,
                                  actor: String) async throws -> Certificate {
        let row = try await database.raw("""
            INSERT INTO certificates (number, organisation_id, decision_id, profile, level, standard_version, decided, expires,
                                      status, status_reason, status_changed, document)
            VALUES (\(bind: certificate.number), \(bind: certificate.organisationID), \(bind: certificate.decisionID),
                    \(bind: certificate.profile), \(bind: certificate.level), \(bind: certificate.standardVersion),
                    \(bind: certificate.decided.description), \(bind: certificate.expires.description), 'active',
                    \(bind: certificate.statusReason), \(bind: certificate.decided.description), \(bind: certificate.document))
            RETURNING id
            """).first()
        guard let id = try row?.decode(column: "id", as: Int.self) else { throw LedgerFailure.noRow("the new certificate") }
        for (kind, due) in milestones {
            try await database.raw("""
                INSERT INTO surveillance (certificate_id, kind, due) VALUES (\(bind: id), \(bind: kind.rawValue), \(bind: due.description))
                """).run()
        }
        try await database.raw("""
            INSERT INTO certificate_statuses (certificate_id, status, reason, changed, actor)
            VALUES (\(bind: id), 'active', \(bind: certificate.statusReason), \(bind: certificate.decided.description), \(bind: actor))
            """).run()
        try await record(.certificateStatus, actor: actor, organisationID: certificate.organisationID, subject: certificate.number, detail: [
            "status": "active", "reason": certificate.statusReason, "date": certificate.decided.description,
            "submission": subject, "document-sha256": certificate.document.sha256Hex,
        ])
        guard let issued = try await self.certificate(number: certificate.number) else { throw LedgerFailure.noRow("the new certificate") }
        return issued
    }

    /// Changes a certificate's status (the reason and date kept in its history and the trail).
    package func changeStatus(of certificate: Certificate, to status: CertificateStatus, reason: String, on date: LocalDate, actor: String) async throws {
        try await database.raw("""
            UPDATE certificates SET status = \(bind: status.rawValue), status_reason = \(bind: reason), status_changed = \(bind: date.description)
            WHERE id = \(bind: certificate.id)
            """).run()
        try await database.raw("""
            INSERT INTO certificate_statuses (certificate_id, status, reason, changed, actor)
            VALUES (\(bind: certificate.id), \(bind: status.rawValue), \(bind: reason), \(bind: date.description), \(bind: actor))
            """).run()
        try await record(.certificateStatus, actor: actor, organisationID: certificate.organisationID, subject: certificate.number,
                         detail: ["status": status.rawValue, "reason": reason, "date": date.description, "was": certificate.status.rawValue])
    }

    package func certificate(number: String) async throws -> Certificate? {
        guard number.utf8.count <= 40 else { return nil }
        return try await database.raw("""
            SELECT \(unsafeRaw: Self.certificateColumns) FROM certificates c JOIN organisations o ON o.id = c.organisation_id
            WHERE c.number = \(bind: number)
            """).first().map(Self.certificate)
    }

    package func certificate(decisionID: Int) async throws -> Certificate? {
        try await database.raw("""
            SELECT \(unsafeRaw: Self.certificateColumns) FROM certificates c JOIN organisations o ON o.id = c.organisation_id
            WHERE c.decision_id = \(bind: decisionID)
            """).first().map(Self.certificate)
    }

    /// Every certificate, or one organisation's, newest first.
    package func certificates(organisationID: Int? = nil) async throws -> [Certificate] {
        let filter = organisationID.map { SQLQueryString("WHERE c.organisation_id = \(bind: $0)") } ?? ""
        return try await database.raw("""
            SELECT \(unsafeRaw: Self.certificateColumns) FROM certificates c JOIN organisations o ON o.id = c.organisation_id
            \(filter) ORDER BY c.decided DESC, c.id DESC
            """).all().map(Self.certificate)
    }

    /// The public register: certificates in force or suspended, by organisation name,
    /// optionally those whose organisation or number contains `search` (case-insensitive).
    package func register(search: String = "") async throws -> [Certificate] {
        let pattern = "%" + search.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
        return try await database.raw("""
            SELECT \(unsafeRaw: Self.certificateColumns) FROM certificates c JOIN organisations o ON o.id = c.organisation_id
            WHERE c.status IN ('active', 'suspended')
              AND (lower(o.name) LIKE lower(\(bind: pattern)) ESCAPE '\\' OR lower(c.number) LIKE lower(\(bind: pattern)) ESCAPE '\\')
            ORDER BY lower(o.name), c.number LIMIT 1000
            """).all().map(Self.certificate)
    }

    package func statusHistory(certificateID: Int) async throws -> [CertificateStatusChange] {
        try await database.raw("""
            SELECT status, reason, changed, actor FROM certificate_statuses WHERE certificate_id = \(bind: certificateID) ORDER BY id
            """).all().map { row in
                CertificateStatusChange(
                    status: CertificateStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .withdrawn,
                    reason: try row.decode(column: "reason", as: String.self),
                    changed: Self.date(try row.decode(column: "changed", as: String.self)), actor: try row.decode(column: "actor", as: String.self))
            }
    }

    /// A certificate's milestones, by due date; or every open one due on or before `dueBy`.
    package func milestones(certificateID: Int? = nil, openDueBy: LocalDate? = nil) async throws -> [CycleMilestone] {
        var conditions: [SQLQueryString] = []
        if let certificateID { conditions.append("certificate_id = \(bind: certificateID)") }
        if let openDueBy { conditions.append("completed IS NULL AND due <= \(bind: openDueBy.description)") }
        let filter: SQLQueryString = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try await database.raw("""
            SELECT id, certificate_id, kind, due, submission_id, completed FROM surveillance \(filter) ORDER BY due, id
            """).all().map { row in
                CycleMilestone(
                    id: try row.decode(column: "id", as: Int.self), certificateID: try row.decode(column: "certificate_id", as: Int.self),
                    kind: CycleMilestone.Kind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .surveillance,
                    due: Self.date(try row.decode(column: "due", as: String.self)), submissionID: try row.decode(column: "submission_id", as: Int?.self),
                    completed: try row.decode(column: "completed", as: String?.self).flatMap { LocalDate(iso8601: $0) })
            }
    }

    /// Marks a milestone met by a submission on a date.
    package func completeMilestone(_ milestone: CycleMilestone, submission: Submission, on date: LocalDate, actor: String) async throws {
        try await database.raw("""
            UPDATE surveillance SET submission_id = \(bind: submission.id), completed = \(bind: date.description) WHERE id = \(bind: milestone.id)
            """).run()
        try await record(.surveillance, actor: actor, organisationID: submission.organisationID, subject: submission.publicID,
                         detail: ["kind": milestone.kind.rawValue, "due": milestone.due.description, "completed": date.description])
    }

    static func date(_ text: String) -> LocalDate { LocalDate(iso8601: text) ?? LocalDate(year: 1970, month: 1, day: 1)! }

    private static func certificate(_ row: any SQLRow) throws -> Certificate {
        Certificate(
            id: try row.decode(column: "id", as: Int.self), number: try row.decode(column: "number", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: Int.self),
            organisationName: try row.decode(column: "organisation_name", as: String.self),
            decisionID: try row.decode(column: "decision_id", as: Int.self), profile: try row.decode(column: "profile", as: String.self),
            level: try row.decode(column: "level", as: String.self), standardVersion: try row.decode(column: "standard_version", as: String.self),
            decided: date(try row.decode(column: "decided", as: String.self)), expires: date(try row.decode(column: "expires", as: String.self)),
            status: CertificateStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .withdrawn,
            statusReason: try row.decode(column: "status_reason", as: String.self),
            statusChanged: date(try row.decode(column: "status_changed", as: String.self)), document: try row.decode(column: "document", as: String.self))
    }
}
