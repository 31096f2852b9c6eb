package import Foundation
import Crypto
import NodCore
import SQLKit

/// A signed-in person's server-side session: the cookie carries only a random token; the
/// ledger keeps its SHA-256 (a copy of the database gives no one a way in), the account, a
/// CSRF token for every form, and when it ends.
package struct Session: Sendable, Equatable {
    package var accountID: Int
    package var csrfToken: String
    package var expires: Date
}

extension Ledger {
    /// How long a session lasts without signing in again.
    package static let sessionLifetime: TimeInterval = 8 * 60 * 60

    /// Starts a session for `accountID`; returns the token for the cookie and the session.
    package func startSession(accountID: Int, now: Date = Date()) async throws -> (token: String, session: Session) {
        let token = Self.randomToken(), csrf = Self.randomToken()
        let expires = now.addingTimeInterval(Self.sessionLifetime)
        try await database.raw("""
            INSERT INTO sessions (id, account_id, csrf_token, expires)
            VALUES (\(bind: Self.digest(token)), \(bind: accountID), \(bind: csrf), \(bind: Self.timestamp(expires)))
            """).run()
        return (token, Session(accountID: accountID, csrfToken: csrf, expires: Self.parse(Self.timestamp(expires)) ?? expires))
    }

    /// The live session a cookie's token names; an expired one is removed and gives `nil`.
    package func session(token: String, now: Date = Date()) async throws -> Session? {
        guard token.utf8.count == 64 else { return nil }
        let id = Self.digest(token)
        guard let row = try await database.raw("SELECT account_id, csrf_token, expires FROM sessions WHERE id = \(bind: id)").first() else {
            return nil
        }
        guard let expires = Self.parse(try row.decode(column: "expires", as: String.self)), expires > now else {
            try await database.raw("DELETE FROM sessions WHERE id = \(bind: id)").run()
            return nil
        }
        return Session(accountID: try row.decode(column: "account_id", as: Int.self),
                       csrfToken: try row.decode(column: "csrf_token", as: String.self), expires: expires)
    }

    /// The live session a cookie's token names and its account, in one query (every page asks).
    package func sessionAndAccount(token: String, now: Date = Date()) async throws -> (Session, Account)? {
        guard token.utf8.count == 64 else { return nil }
        let id = Self.digest(token)
        guard let row = try await database.raw("""
            SELECT s.account_id AS account_id, s.csrf_token AS csrf_token, s.expires AS expires,
                   a.email AS email, a.role AS role, a.organisation_id AS organisation_id
            FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.id = \(bind: id)
            """).first() else { return nil }
        guard let expires = Self.parse(try row.decode(column: "expires", as: String.self)), expires > now else {
            try await database.raw("DELETE FROM sessions WHERE id = \(bind: id)").run()
            return nil
        }
        let accountID = try row.decode(column: "account_id", as: Int.self)
        return (Session(accountID: accountID, csrfToken: try row.decode(column: "csrf_token", as: String.self), expires: expires),
                Account(id: accountID, email: try row.decode(column: "email", as: String.self),
                        role: AccountRole(rawValue: try row.decode(column: "role", as: String.self)) ?? .coOp,
                        organisationID: try row.decode(column: "organisation_id", as: Int?.self)))
    }

    /// Signs out: the session is gone.
    package func endSession(token: String) async throws {
        try await database.raw("DELETE FROM sessions WHERE id = \(bind: Self.digest(token))").run()
    }

    /// 32 random bytes as hex, from the system's cryptographic generator.
    static func randomToken() -> String { .randomHex(bytes: 32) }

    static func digest(_ token: String) -> String { SHA256.hash(data: Data(token.utf8)).hexString }

    /// Seconds since 1970, whole, as the ledger keeps times (sortable, no time zone).
    static func timestamp(_ date: Date) -> String { String(Int64(date.timeIntervalSince1970.rounded(.down))) }
    static func parse(_ text: String) -> Date? { Int64(text).map { Date(timeIntervalSince1970: TimeInterval($0)) } }
}
