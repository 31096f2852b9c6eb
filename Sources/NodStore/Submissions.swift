package import Foundation
import NodCore
import SQLKit

/// Where a submission is on its way from upload to report.
package enum SubmissionStatus: String, Sendable, CaseIterable, Codable {
    case queued, auditing, audited, rejected
}

/// One upload of one organisation's evidence, and what its audit found. URLs name it by its
/// random `publicID`, never by its row number.
package struct Submission: Sendable, Equatable {
    package var id: Int
    package var publicID: String
    package var organisationID: Int
    package var accountID: Int?
    package var bundleSHA256: String
    package var fileName: String
    package var bytes: Int64
    package var keepEvidence: Bool
    package var submitted: Date
    package var finished: Date?
    package var status: SubmissionStatus
    package var decision: String?
    package var level: String?
    package var scoreEarned: Int?
    package var scorePossible: Int?
    package var rejection: String?
    package var rejectionCode: String?
    /// Why it was sent: the cycle's audit, or a certificate's surveillance audit (judged with
    /// the reduced profile its profile names).
    package var purpose: SubmissionPurpose = .initial
}

/// What a submission is for in the certification cycle.
package enum SubmissionPurpose: String, Sendable, CaseIterable {
    case initial, surveillance
}

/// An organisation whose evidence the office holds.
package struct Organisation: Sendable, Equatable {
    package var id: Int
    package var publicID: String
    package var name: String

    package init(id: Int, publicID: String, name: String) {
        self.id = id
        self.publicID = publicID
        self.name = name
    }
}

/// What an audit ended with, as the ledger records it.
package enum AuditOutcome: Sendable, Equatable {
    case audited(decision: String, level: String?, earned: Int, possible: Int)
    case rejected(reason: String, code: String)
}

extension Ledger {
    private static let submissionColumns = """
        id, public_id, organisation_id, account_id, bundle_sha256, file_name, bytes, keep_evidence, submitted, finished,
        status, decision, level, score_earned, score_possible, rejection, rejection_code, purpose
        """

    /// The same columns named through the alias `s`, for queries that join.
    static let qualifiedSubmissionColumns: String = submissionColumns.split(separator: ",")
        .map { column -> String in let name = column.trimmingCharacters(in: .whitespacesAndNewlines); return String("s.") + name + " AS " + name }
        .joined(separator: ", ")

    /// Records an accepted upload, queued for audit; returns it.
    package func addSubmission(organisationID: Int, accountID: Int?, bundleSHA256: String, fileName: String, bytes: Int64,
                               keepEvidence: Bool, purpose: SubmissionPurpose = .initial, now: Date = Date()) async throws -> Submission {
        let publicID = Self.publicID()
        let row = try await database.raw("""
            INSERT INTO submissions (public_id, organisation_id, account_id, bundle_sha256, file_name, bytes, keep_evidence, submitted, status, purpose)
            VALUES (\(bind: publicID), \(bind: organisationID), \(bind: accountID), \(bind: bundleSHA256), \(bind: fileName), \(bind: bytes),
                    \(bind: keepEvidence ? 1 : 0), \(bind: Self.timestamp(now)), 'queued', \(bind: purpose.rawValue))
            RETURNING \(unsafeRaw: Self.submissionColumns)
            """).first()
        guard let row else { throw LedgerFailure.noRow("the new submission") }
        let submission = try Self.submission(row)
        try await record(.submission, actor: try await actorName(accountID: accountID), organisationID: organisationID,
                         subject: publicID, detail: ["bundle-sha256": bundleSHA256, "bytes": String(bytes), "file": fileName, "purpose": purpose.rawValue], now: now)
        return submission
    }

    /// The submission a URL names, or `nil`.
    package func submission(publicID: String) async throws -> Submission? {
        guard Self.isPublicID(publicID) else { return nil }
        return try await database.raw("SELECT \(unsafeRaw: Self.submissionColumns) FROM submissions WHERE public_id = \(bind: publicID)")
            .first().map(Self.submission)
    }

    /// The submission a URL names with its organisation, in one query (every submission page asks).
    package func submission(id: Int) async throws -> Submission? {
        try await database.raw("SELECT \(unsafeRaw: Self.submissionColumns) FROM submissions WHERE id = \(bind: id)").first().map(Self.submission)
    }

    package func submissionAndOrganisation(publicID: String) async throws -> (Submission, Organisation)? {
        guard Self.isPublicID(publicID) else { return nil }
        guard let row = try await database.raw("""
            SELECT \(unsafeRaw: Self.qualifiedSubmissionColumns), o.public_id AS organisation_public_id, o.name AS organisation_name
            FROM submissions s JOIN organisations o ON o.id = s.organisation_id WHERE s.public_id = \(bind: publicID)
            """).first() else { return nil }
        let submission = try Self.submission(row)
        return (submission, Organisation(id: submission.organisationID, publicID: try row.decode(column: "organisation_public_id", as: String.self),
                                         name: try row.decode(column: "organisation_name", as: String.self)))
    }

    /// Every submission of an organisation, oldest first.
    package func submissions(organisationID: Int) async throws -> [Submission] {
        try await database.raw("""
            SELECT \(unsafeRaw: Self.submissionColumns) FROM submissions WHERE organisation_id = \(bind: organisationID) ORDER BY submitted, id
            """).all().map(Self.submission)
    }

    /// Every submission the office holds, newest first (regulators, certifiers, the API).
    package func allSubmissions(limit: Int = 500) async throws -> [Submission] {
        try await database.raw("SELECT \(unsafeRaw: Self.submissionColumns) FROM submissions ORDER BY submitted DESC, id DESC LIMIT \(bind: limit)")
            .all().map(Self.submission)
    }

    /// Takes the oldest queued submission for audit, in one statement so two workers (or two
    /// servers) never take the same one; `nil` when the queue is empty. The claim is
    /// `claimant`'s until `lease` from `now`, and must be renewed while the audit runs.
    package func claimNextSubmission(by claimant: String = "office", lease: Duration = .seconds(60),
                                     now: Date = Date()) async throws -> Submission? {
        try await database.raw("""
            UPDATE submissions SET status = 'auditing', claimed_by = \(bind: claimant), claim_expires = \(bind: Self.expiry(now, lease))
            WHERE id = (SELECT id FROM submissions WHERE status = 'queued' ORDER BY id LIMIT 1 \(unsafeRaw: dialect.skipLockedRows))
              AND status = 'queued'
            RETURNING \(unsafeRaw: Self.submissionColumns)
            """).first().map(Self.submission)
    }

    /// Keeps `claimant`'s claim on a submission it is auditing for another `lease`; false when
    /// the claim is no longer its own (it ran out and another server took the submission).
    @discardableResult
    package func renewClaim(submissionID: Int, by claimant: String, lease: Duration, now: Date = Date()) async throws -> Bool {
        try await database.raw("""
            UPDATE submissions SET claim_expires = \(bind: Self.expiry(now, lease))
            WHERE id = \(bind: submissionID) AND status = 'auditing' AND claimed_by = \(bind: claimant) RETURNING id
            """).first() != nil
    }

    /// Queues again every submission whose claim ran out before its audit was recorded (its
    /// server stopped or died); returns how many.
    @discardableResult
    package func requeueExpiredClaims(now: Date = Date()) async throws -> Int {
        try await database.raw("""
            UPDATE submissions SET status = 'queued', claimed_by = NULL, claim_expires = NULL
            WHERE status = 'auditing' AND (claim_expires IS NULL OR claim_expires < \(bind: Self.seconds(now)))
            RETURNING id
            """).all().count
    }

    private static func seconds(_ date: Date) -> Int { Int(date.timeIntervalSince1970.rounded(.down)) }

    private static func expiry(_ now: Date, _ lease: Duration) -> Int { seconds(now) + Int(lease.components.seconds) }

    /// Records how an audit ended. Only a submission being audited changes, so a late
    /// answer for a deleted or already finished submission changes nothing (and returns false).
    @discardableResult
    /// With a `claimant`, only its own claim is finished: a server whose claim ran out while it
    /// audited records nothing, as another has the submission.
    package func finish(submissionID: Int, outcome: AuditOutcome, claimant: String? = nil, now: Date = Date()) async throws -> Bool {
        let changed: (any SQLRow)?
        var detail: [String: String]
        let claimed: SQLQueryString = claimant.map { "AND claimed_by = \(bind: $0)" } ?? ""
        switch outcome {
        case .audited(let decision, let level, let earned, let possible):
            changed = try await database.raw("""
                UPDATE submissions SET status = 'audited', decision = \(bind: decision), level = \(bind: level),
                    score_earned = \(bind: earned), score_possible = \(bind: possible), finished = \(bind: Self.timestamp(now))
                WHERE id = \(bind: submissionID) AND status = 'auditing' \(claimed)
                RETURNING public_id, organisation_id
                """).first()
            detail = ["decision": decision, "score": "\(earned)/\(possible)"]
            if let level { detail["level"] = level }
        case .rejected(let reason, let code):
            changed = try await database.raw("""
                UPDATE submissions SET status = 'rejected', rejection = \(bind: reason), rejection_code = \(bind: code),
                    finished = \(bind: Self.timestamp(now))
                WHERE id = \(bind: submissionID) AND status = 'auditing' \(claimed)
                RETURNING public_id, organisation_id
                """).first()
            detail = ["rejected": code]
        }
        guard let changed else { return false }
        try await record(.judgement, actor: "office", organisationID: try changed.decode(column: "organisation_id", as: Int.self),
                         subject: try changed.decode(column: "public_id", as: String.self), detail: detail, now: now)
        return true
    }

    /// After a crash or a stop mid-audit of the only server (SQLite): every submission left
    /// `auditing` is queued again, so each accepted upload is audited to its end exactly once.
    /// Returns how many.
    @discardableResult
    package func requeueInterruptedAudits() async throws -> Int {
        try await database.raw("""
            UPDATE submissions SET status = 'queued', claimed_by = NULL, claim_expires = NULL WHERE status = 'auditing' RETURNING id
            """).all().count
    }

    /// How many submissions wait for a worker.
    package func queueLength() async throws -> Int {
        try await database.raw("SELECT COUNT(*) AS n FROM submissions WHERE status = 'queued'").first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Removes a submission and its evidence log; returns whether any other submission still
    /// refers to the same stored bundle (then the bundle file must stay).
    package func deleteSubmission(id: Int, bundleSHA256: String) async throws -> Bool {
        try await database.raw("DELETE FROM evidence_views WHERE submission_id = \(bind: id)").run()
        try await forgetSeason(submissionID: id)
        try await database.raw("DELETE FROM submissions WHERE id = \(bind: id)").run()
        let others = try await database.raw("SELECT COUNT(*) AS n FROM submissions WHERE bundle_sha256 = \(bind: bundleSHA256) AND keep_evidence = 1")
            .first()?.decode(column: "n", as: Int.self) ?? 0
        return others > 0
    }

    /// Whether a stored bundle is still wanted as evidence by any submission.
    package func bundleIsKept(_ sha256: String) async throws -> Bool {
        try await database.raw("SELECT COUNT(*) AS n FROM submissions WHERE bundle_sha256 = \(bind: sha256) AND keep_evidence = 1")
            .first()?.decode(column: "n", as: Int.self) ?? 0 > 0
    }

    /// Notes that `accountID` opened `path` of a submission's evidence (personal data: the
    /// office keeps a log of who read what).
    package func logEvidenceView(accountID: Int, submissionID: Int, path: String, now: Date = Date()) async throws {
        try await database.raw("""
            INSERT INTO evidence_views (account_id, submission_id, path, viewed)
            VALUES (\(bind: accountID), \(bind: submissionID), \(bind: path), \(bind: Self.timestamp(now)))
            """).run()
        let submission = try await database.raw("SELECT public_id, organisation_id FROM submissions WHERE id = \(bind: submissionID)").first()
        try await record(.evidenceViewed, actor: try await actorName(accountID: accountID),
                         organisationID: try submission?.decode(column: "organisation_id", as: Int.self),
                         subject: try submission?.decode(column: "public_id", as: String.self) ?? "", detail: ["path": path], now: now)
    }

    /// Who opened which evidence file of a submission, newest first.
    package func evidenceViews(submissionID: Int) async throws -> [(email: String, path: String, viewed: Date)] {
        try await database.raw("""
            SELECT a.email AS email, v.path AS path, v.viewed AS viewed FROM evidence_views v JOIN accounts a ON a.id = v.account_id
            WHERE v.submission_id = \(bind: submissionID) ORDER BY v.id DESC LIMIT 200
            """).all().map {
                (try $0.decode(column: "email", as: String.self), try $0.decode(column: "path", as: String.self),
                 Self.parse(try $0.decode(column: "viewed", as: String.self)) ?? Date(timeIntervalSince1970: 0))
            }
    }

    // MARK: organisations

    /// The organisation a URL names, or `nil`.
    package func organisation(publicID: String) async throws -> Organisation? {
        guard Self.isPublicID(publicID) else { return nil }
        return try await database.raw("SELECT id, public_id, name FROM organisations WHERE public_id = \(bind: publicID)").first().map(Self.organisation)
    }

    package func organisation(id: Int) async throws -> Organisation? {
        try await database.raw("SELECT id, public_id, name FROM organisations WHERE id = \(bind: id)").first().map(Self.organisation)
    }

    /// Every organisation, by name.
    package func organisations() async throws -> [Organisation] {
        try await database.raw("SELECT id, public_id, name FROM organisations ORDER BY name, id").all().map(Self.organisation)
    }

    /// Adds an organisation (or returns the one of that name).
    package func addOrganisation(name: String) async throws -> Organisation {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200 else { throw LedgerFailure.badName }
        if let found = try await database.raw("SELECT id, public_id, name FROM organisations WHERE name = \(bind: name)").first() {
            return try Self.organisation(found)
        }
        guard let row = try await database.raw("""
            INSERT INTO organisations (name, public_id) VALUES (\(bind: name), \(bind: Self.publicID())) RETURNING id, public_id, name
            """).first() else { throw LedgerFailure.noRow("the new organisation") }
        return try Self.organisation(row)
    }

    /// 32 lower-case hex digits, as `publicID()` makes them; anything else names nothing.
    package static func isPublicID(_ text: String) -> Bool { text.isLowercaseHex(digits: 32) }

    private static func organisation(_ row: any SQLRow) throws -> Organisation {
        Organisation(id: try row.decode(column: "id", as: Int.self), publicID: try row.decode(column: "public_id", as: String.self),
                     name: try row.decode(column: "name", as: String.self))
    }

    static func submission(_ row: any SQLRow) throws -> Submission {
        Submission(
            id: try row.decode(column: "id", as: Int.self),
            publicID: try row.decode(column: "public_id", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: Int.self),
            accountID: try row.decode(column: "account_id", as: Int?.self),
            bundleSHA256: try row.decode(column: "bundle_sha256", as: String.self),
            fileName: try row.decode(column: "file_name", as: String.self),
            bytes: Int64(try row.decode(column: "bytes", as: Int.self)),
            keepEvidence: try row.decode(column: "keep_evidence", as: Int.self) != 0,
            submitted: parse(try row.decode(column: "submitted", as: String.self)) ?? Date(timeIntervalSince1970: 0),
            finished: try row.decode(column: "finished", as: String?.self).flatMap(parse),
            status: SubmissionStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .queued,
            decision: try row.decode(column: "decision", as: String?.self),
            level: try row.decode(column: "level", as: String?.self),
            scoreEarned: try row.decode(column: "score_earned", as: Int?.self),
            scorePossible: try row.decode(column: "score_possible", as: Int?.self),
            rejection: try row.decode(column: "rejection", as: String?.self),
            rejectionCode: try row.decode(column: "rejection_code", as: String?.self),
            purpose: SubmissionPurpose(rawValue: try row.decode(column: "purpose", as: String.self)) ?? .initial)
    }
}

/// A ledger operation that could not be done as asked.
package enum LedgerFailure: Error, Sendable, Equatable, CustomStringConvertible {
    case noRow(String)
    case badName
    case unreachable(String)

    package var description: String {
        switch self {
        case .noRow(let what): "the ledger did not return \(what)"
        case .badName: "a name must have between 1 and 200 characters"
        case .unreachable(let why): "the ledger's database cannot be reached: \(why)"
        }
    }
}
