package import Foundation
import NodCore
import SQLKit

/// A token a script sends as `Authorization: Bearer …` instead of signing in: made in the
/// account page, shown once, kept only as its SHA-256, revocable.
package struct APIToken: Sendable, Equatable {
    package var publicID: String
    package var label: String
    package var created: Date
    package var revoked: Date?
}

extension Ledger {
    /// Makes a token for `accountID`; returns the secret (shown once) and its record.
    package func createAPIToken(accountID: Int, label: String, now: Date = Date()) async throws -> (secret: String, token: APIToken) {
        let secret = "nod_" + Self.randomToken()
        let label = String(label.trimmingCharacters(in: .whitespacesAndNewlines).prefix(100))
        let publicID = Self.publicID()
        try await database.raw("""
            INSERT INTO api_tokens (id, public_id, account_id, label, created)
            VALUES (\(bind: Self.digest(secret)), \(bind: publicID), \(bind: accountID), \(bind: label), \(bind: Self.timestamp(now)))
            """).run()
        return (secret, APIToken(publicID: publicID, label: label, created: Self.parse(Self.timestamp(now)) ?? now, revoked: nil))
    }

    /// The account a live (unrevoked) token belongs to.
    package func accountID(apiToken secret: String) async throws -> Int? {
        guard secret.hasPrefix("nod_"), secret.utf8.count == 68 else { return nil }
        return try await database.raw("SELECT account_id FROM api_tokens WHERE id = \(bind: Self.digest(secret)) AND revoked IS NULL")
            .first()?.decode(column: "account_id", as: Int.self)
    }

    /// An account's tokens, newest first.
    package func apiTokens(accountID: Int) async throws -> [APIToken] {
        try await database.raw("SELECT public_id, label, created, revoked FROM api_tokens WHERE account_id = \(bind: accountID) ORDER BY created DESC")
            .all().map {
                APIToken(publicID: try $0.decode(column: "public_id", as: String.self), label: try $0.decode(column: "label", as: String.self),
                         created: Self.parse(try $0.decode(column: "created", as: String.self)) ?? Date(timeIntervalSince1970: 0),
                         revoked: try $0.decode(column: "revoked", as: String?.self).flatMap(Self.parse))
            }
    }

    /// Revokes one of the account's own tokens.
    package func revokeAPIToken(accountID: Int, publicID: String, now: Date = Date()) async throws {
        try await database.raw("""
            UPDATE api_tokens SET revoked = \(bind: Self.timestamp(now))
            WHERE account_id = \(bind: accountID) AND public_id = \(bind: publicID) AND revoked IS NULL
            """).run()
    }
}
