import Crypto
package import Foundation
import NodCore
import SQLKit

/// One thing that happened in the office, as the audit trail keeps it: who did what to which
/// submission, certificate or action, and the hash that chains it to every row before it.
package struct LedgerEvent: Sendable, Equatable, Codable {
    package var id: Int
    package var recorded: String
    package var kind: EventKind
    package var actor: String
    package var organisationID: Int?
    package var subject: String
    package var detail: String
    package var previousHash: String
    package var hash: String

    enum CodingKeys: String, CodingKey {
        case id, recorded, kind, actor, organisationID = "organisation-id", subject, detail, previousHash = "previous-hash", hash
    }

    /// The hash a row must carry: SHA-256 over the previous row's hash and every field of this
    /// row, as one JSON array of strings (no separator can be forged inside a field).
    package static func chainHash(previous: String, id: Int, recorded: String, kind: String, actor: String,
                                  organisationID: Int?, subject: String, detail: String) -> String {
        let fields = [previous, String(id), recorded, kind, actor, organisationID.map(String.init) ?? "", subject, detail]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let bytes = (try? encoder.encode(fields)) ?? Data()
        return SHA256.hash(data: bytes).hexString
    }

    /// The hash this row should carry given its fields and `previous`.
    package func expectedHash(previous: String) -> String {
        Self.chainHash(previous: previous, id: id, recorded: recorded, kind: kind.rawValue, actor: actor,
                       organisationID: organisationID, subject: subject, detail: detail)
    }
}

/// What an event records. New kinds are added at the end; a name never changes meaning.
package enum EventKind: String, Sendable, Codable, CaseIterable {
    case submission, judgement, evidenceViewed = "evidence-viewed", review, attestation, waiver
    case evidenceRequest = "evidence-request", decision, certificateStatus = "certificate-status"
    case correctiveAction = "corrective-action", surveillance
}

/// What `nod ledger verify` found: every row chained, or the first row that is not.
package enum ChainCheck: Sendable, Equatable {
    case intact(events: Int)
    case broken(row: Int, reason: String)
}

extension Ledger {
    /// The hash before the first event.
    package static let genesisHash = String(repeating: "0", count: 64)

    /// Appends one event to the chain. `detail` is a JSON object of plain fields.
    ///
    /// The new row's number and hash follow from the last row; the row is added only if no other
    /// writer (a task, a command, another replica) added that number first, else it is tried
    /// again after the newer row. So two writers never chain to the same row and numbers have no
    /// gaps, on SQLite and on PostgreSQL alike, without a lock held between the two statements.
    @discardableResult
    package func record(_ kind: EventKind, actor: String, organisationID: Int?, subject: String,
                        detail: [String: String] = [:], now: Date = Date()) async throws -> LedgerEvent {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let detailText = String(decoding: try encoder.encode(detail), as: UTF8.self)
        let recorded = now.formatted(.iso8601)
        for _ in 0..<Self.appendAttempts {
            let last = try await database.raw("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1").first()
            let id = try (last?.decode(column: "id", as: Int.self) ?? 0) + 1
            let previous = try last?.decode(column: "hash", as: String.self) ?? Self.genesisHash
            let event = LedgerEvent(id: id, recorded: recorded, kind: kind, actor: actor, organisationID: organisationID, subject: subject,
                                    detail: detailText, previousHash: previous, hash: "")
            let hash = event.expectedHash(previous: previous)
            let added = try await database.raw("""
                INSERT INTO events (id, recorded, kind, actor, organisation_id, subject, detail, previous_hash, hash)
                VALUES (\(bind: id), \(bind: recorded), \(bind: kind.rawValue), \(bind: actor), \(bind: organisationID), \(bind: subject),
                        \(bind: detailText), \(bind: previous), \(bind: hash))
                ON CONFLICT (id) DO NOTHING RETURNING id
                """).first()
            if added != nil { return LedgerEvent(id: id, recorded: recorded, kind: kind, actor: actor, organisationID: organisationID,
                                                 subject: subject, detail: detailText, previousHash: previous, hash: hash) }
        }
        throw LedgerFailure.noRow("a place in the audit trail after \(Self.appendAttempts) tries")
    }

    /// How often an append is tried while other writers keep taking the next number.
    private static let appendAttempts = 1000

    /// How an account appears in the trail: its email, or who acted without one.
    package func actorName(accountID: Int?) async throws -> String {
        guard let accountID else { return "api" }
        return try await database.raw("SELECT email FROM accounts WHERE id = \(bind: accountID)").first()?
            .decode(column: "email", as: String.self) ?? "account \(accountID)"
    }

    /// Events in order, `after` the given id, at most `limit`.
    package func events(after: Int = 0, limit: Int = 1000) async throws -> [LedgerEvent] {
        try await database.raw("""
            SELECT \(unsafeRaw: Self.eventColumns) FROM events WHERE id > \(bind: after) ORDER BY id LIMIT \(bind: limit)
            """).all().map(Self.event)
    }

    /// Events about one subject (a submission's or certificate's public id), oldest first.
    package func events(subject: String) async throws -> [LedgerEvent] {
        try await database.raw("SELECT \(unsafeRaw: Self.eventColumns) FROM events WHERE subject = \(bind: subject) ORDER BY id")
            .all().map(Self.event)
    }

    /// Recomputes the chain from the first row: names the first row whose hash, link or number
    /// does not follow from the rows before it.
    package func verifyChain() async throws -> ChainCheck {
        var previous = Self.genesisHash, expectedID = 1, after = 0
        while true {
            let batch = try await database.raw("""
                SELECT \(unsafeRaw: Self.eventColumns) FROM events WHERE id > \(bind: after) ORDER BY id LIMIT 1000
                """).all()
            if batch.isEmpty { return .intact(events: expectedID - 1) }
            for row in batch {
                let id = (try? row.decode(column: "id", as: Int.self)) ?? -1
                guard let event = try? Self.event(row) else { return .broken(row: id, reason: "a field is missing or of the wrong type") }
                guard event.id == expectedID else {
                    return .broken(row: event.id, reason: "row \(expectedID) is missing (rows are numbered without gaps)")
                }
                guard event.previousHash == previous else {
                    return .broken(row: event.id, reason: "its previous-hash is not the hash of row \(event.id - 1)")
                }
                guard event.hash == event.expectedHash(previous: previous) else {
                    return .broken(row: event.id, reason: "its contents do not match its hash (the row was changed)")
                }
                previous = event.hash
                expectedID += 1
                after = event.id
            }
        }
    }

    private static let eventColumns = "id, recorded, kind, actor, organisation_id, subject, detail, previous_hash, hash"

    private static func event(_ row: any SQLRow) throws -> LedgerEvent {
        let kindText = try row.decode(column: "kind", as: String.self)
        guard let kind = EventKind(rawValue: kindText) else { throw LedgerFailure.noRow("an event of kind '\(kindText)'") }
        return LedgerEvent(
            id: try row.decode(column: "id", as: Int.self), recorded: try row.decode(column: "recorded", as: String.self), kind: kind,
            actor: try row.decode(column: "actor", as: String.self), organisationID: try row.decode(column: "organisation_id", as: Int?.self),
            subject: try row.decode(column: "subject", as: String.self), detail: try row.decode(column: "detail", as: String.self),
            previousHash: try row.decode(column: "previous_hash", as: String.self), hash: try row.decode(column: "hash", as: String.self))
    }
}
