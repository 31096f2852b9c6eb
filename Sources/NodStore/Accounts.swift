import Foundation
import HummingbirdBcrypt
import SQLKit

/// Who may use the web office, and as what: a co-op's member (one organisation, several
/// accounts each), a certifier, a regulator (reads every organisation) or an administrator.
package enum AccountRole: String, CaseIterable, Sendable {
    case coOp = "co-op", certifier, regulator, admin
}

/// Why an account could not be added.
package enum AccountError: Error, Sendable, Equatable, CustomStringConvertible {
    case badEmail(String)
    case weakPassword(minimum: Int)
    case exists(String)
    case organisationNeeded
    case organisationNotAllowed(AccountRole)

    package var description: String {
        switch self {
        case .badEmail(let email): "'\(email)' is not an email address"
        case .weakPassword(let minimum): "the password must have at least \(minimum) characters (a passphrase of a few words is easiest)"
        case .exists(let email): "an account for \(email) already exists"
        case .organisationNeeded: "a co-op account belongs to one organisation: give --organisation"
        case .organisationNotAllowed(let role): "a \(role.rawValue) account does not belong to one organisation"
        }
    }
}

extension Ledger {
    /// The shortest password accepted (NCSC: length over complexity).
    package static let minimumPasswordLength = 12

    /// Adds an account, its password hashed with bcrypt; a co-op account's organisation is
    /// found by name or created. Returns the account's id.
    @discardableResult
    package func addAccount(email: String, password: String, role: AccountRole, organisation: String? = nil) async throws -> Int {
        let email = email.trimmingCharacters(in: .whitespaces).lowercased()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !email.contains(where: \.isWhitespace), email.count <= 254 else {
            throw AccountError.badEmail(email)
        }
        guard password.count >= Self.minimumPasswordLength else { throw AccountError.weakPassword(minimum: Self.minimumPasswordLength) }
        if role == .coOp, organisation == nil { throw AccountError.organisationNeeded }
        if role != .coOp, organisation != nil { throw AccountError.organisationNotAllowed(role) }
        let existing = try await database.raw("SELECT id FROM accounts WHERE email = \(bind: email)").first()
        guard existing == nil else { throw AccountError.exists(email) }
        var organisationID: Int?
        if let organisation {
            organisationID = try await addOrganisation(name: organisation).id
        }
        let hash = Bcrypt.hash(password, cost: 12)
        return try await database.raw("""
            INSERT INTO accounts (email, password_hash, role, organisation_id)
            VALUES (\(bind: email), \(bind: hash), \(bind: role.rawValue), \(bind: organisationID)) RETURNING id
            """).first()?.decode(column: "id", as: Int.self) ?? 0
    }

    /// Whether `password` is the password of the account for `email`.
    package func verifyPassword(email: String, password: String) async throws -> Bool {
        guard let row = try await database.raw("SELECT password_hash FROM accounts WHERE email = \(bind: email.lowercased())").first() else {
            // Hash anyway, so that an unknown address costs as long as a wrong password.
            _ = Bcrypt.verify(password, hash: "$2b$12$0000000000000000000000000000000000000000000000000000")
            return false
        }
        return Bcrypt.verify(password, hash: try row.decode(column: "password_hash", as: String.self))
    }

    /// How many accounts exist: none means the first administrator must be made.
    package func accountCount() async throws -> Int {
        try await database.raw("SELECT COUNT(*) AS n FROM accounts").first()?.decode(column: "n", as: Int.self) ?? 0
    }
}

/// A person who may sign in, as the pages need them: never their password hash.
package struct Account: Sendable, Equatable {
    package var id: Int
    package var email: String
    package var role: AccountRole
    package var organisationID: Int?

    /// Whether this account may read what `organisationID` submitted: its own co-op, or any
    /// organisation for a certifier, a regulator or an administrator.
    package func mayRead(organisationID other: Int) -> Bool {
        role == .coOp ? organisationID == other : true
    }
}

extension Ledger {
    package func account(id: Int) async throws -> Account? {
        try await database.raw("SELECT id, email, role, organisation_id FROM accounts WHERE id = \(bind: id)").first().map(Self.account)
    }

    package func account(email: String) async throws -> Account? {
        try await database.raw("SELECT id, email, role, organisation_id FROM accounts WHERE email = \(bind: email.lowercased())")
            .first().map(Self.account)
    }

    /// Every account, by email (the administrator's page).
    package func accounts() async throws -> [Account] {
        try await database.raw("SELECT id, email, role, organisation_id FROM accounts ORDER BY email").all().map(Self.account)
    }

    private static func account(_ row: any SQLRow) throws -> Account {
        Account(id: try row.decode(column: "id", as: Int.self), email: try row.decode(column: "email", as: String.self),
                role: AccountRole(rawValue: try row.decode(column: "role", as: String.self)) ?? .coOp,
                organisationID: try row.decode(column: "organisation_id", as: Int?.self))
    }
}
