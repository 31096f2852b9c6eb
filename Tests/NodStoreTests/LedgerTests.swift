import Foundation
@testable import NodStore
import NodTestSupport
import SQLKit
import Testing

/// The ledger's schema is brought up to date at start, never rebuilt: a database made by the
/// previous schema is upgraded with its rows kept.
struct LedgerTests {
    @Test func aNewLedgerHasTheLatestSchema() async throws {
        let place = try await TestLedger.make()
        defer { place.remove() }
        let ledger = try await place.open()
        #expect(try await ledger.schemaVersion() == Ledger.migrations.last?.version)
        try await ledger.close()
        // Opening again applies nothing twice.
        let again = try await place.open()
        let applied = try await again.database.raw("SELECT COUNT(*) AS n FROM schema_migrations").first()?.decode(column: "n", as: Int.self)
        #expect(applied == Ledger.migrations.count)
        try await again.close()
    }

    @Test func aDatabaseMadeByThePreviousSchemaIsUpgradedWithItsRows() async throws {
        let place = try await TestLedger.make()
        defer { place.remove() }
        let previous = Ledger.migrations.count - 1
        let old = try await place.open(upTo: previous)
        #expect(try await old.schemaVersion() == Ledger.migrations[previous - 1].version)
        try await old.database.raw("INSERT INTO organisations (name, registration) VALUES ('Gofal Cydweithredol Dyffryn Cyf.', 'RS008812')").run()
        try await old.close()

        let upgraded = try await place.open()
        #expect(try await upgraded.schemaVersion() == Ledger.migrations.last?.version)
        let name = try await upgraded.database.raw("SELECT name FROM organisations WHERE registration = 'RS008812'").first()?.decode(column: "name", as: String.self)
        #expect(name == "Gofal Cydweithredol Dyffryn Cyf.")
        // The newest migration's tables exist and enforce their rules.
        try await upgraded.database.raw("INSERT INTO accounts (email, password_hash, role) VALUES ('a@example.org', 'x', 'admin')").run()
        await #expect(throws: (any Error).self) {
            try await upgraded.database.raw("INSERT INTO accounts (email, password_hash, role) VALUES ('b@example.org', 'x', 'owner')").run()
        }
        try await upgraded.close()
    }
}

/// Accounts: bcrypt hashes, one email once, co-op accounts tied to an organisation.
struct AccountTests {
    @Test func anAccountIsAddedWithABcryptHashAndChecked() async throws {
        let place = try await TestLedger.make()
        defer { place.remove() }
        let ledger = try await place.open()
        #expect(try await ledger.accountCount() == 0)
        try await ledger.addAccount(email: "Ysgrifennydd@Example.coop", password: "tri gair hir iawn", role: .admin)
        #expect(try await ledger.accountCount() == 1)
        let hash = try await ledger.database.raw("SELECT password_hash FROM accounts").first()?.decode(column: "password_hash", as: String.self)
        #expect(hash?.hasPrefix("$2b$12$") == true)
        #expect(try await ledger.verifyPassword(email: "ysgrifennydd@example.coop", password: "tri gair hir iawn"))
        #expect(try await !ledger.verifyPassword(email: "ysgrifennydd@example.coop", password: "tri gair hir iawN"))
        #expect(try await !ledger.verifyPassword(email: "nobody@example.coop", password: "tri gair hir iawn"))
        await #expect(throws: AccountError.exists("ysgrifennydd@example.coop")) {
            try await ledger.addAccount(email: "ysgrifennydd@example.coop", password: "another long phrase", role: .certifier)
        }
        await #expect(throws: AccountError.weakPassword(minimum: 12)) {
            try await ledger.addAccount(email: "b@example.coop", password: "short", role: .admin)
        }
        await #expect(throws: AccountError.organisationNeeded) {
            try await ledger.addAccount(email: "c@example.coop", password: "a long enough phrase", role: .coOp)
        }
        await #expect(throws: AccountError.badEmail("not an email")) {
            try await ledger.addAccount(email: "not an email", password: "a long enough phrase", role: .admin)
        }
        try await ledger.addAccount(email: "swyddog@gofal.coop", password: "a long enough phrase", role: .coOp, organisation: "Gofal Cyf.")
        try await ledger.addAccount(email: "trysorydd@gofal.coop", password: "a long enough phrase", role: .coOp, organisation: "Gofal Cyf.")
        let organisations = try await ledger.database.raw("SELECT COUNT(*) AS n FROM organisations").first()?.decode(column: "n", as: Int.self)
        #expect(organisations == 1)
        try await ledger.close()
    }
}

/// Server-side sessions: the cookie's token is random, the ledger keeps only its digest, and an
/// expired session is gone.
struct SessionTests {
    @Test func aSessionLivesItsLifetimeThenIsGone() async throws {
        let place = try await TestLedger.make()
        defer { place.remove() }
        let ledger = try await place.open()
        let account = try await ledger.addAccount(email: "a@example.coop", password: "a long enough phrase", role: .admin)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let (token, session) = try await ledger.startSession(accountID: account, now: start)
        #expect(token.count == 64 && session.csrfToken.count == 64 && token != session.csrfToken)
        // The ledger holds the token's digest, never the token.
        let stored = try await ledger.database.raw("SELECT id FROM sessions").first()?.decode(column: "id", as: String.self)
        #expect(stored != nil && stored != token)
        #expect(try await ledger.session(token: token, now: start.addingTimeInterval(60)) == session)
        #expect(try await ledger.session(token: String(repeating: "0", count: 64), now: start) == nil)
        #expect(try await ledger.session(token: "short", now: start) == nil)
        #expect(try await ledger.session(token: token, now: start.addingTimeInterval(Ledger.sessionLifetime + 1)) == nil)
        let left = try await ledger.database.raw("SELECT COUNT(*) AS n FROM sessions").first()?.decode(column: "n", as: Int.self)
        #expect(left == 0)
        let (second, _) = try await ledger.startSession(accountID: account, now: start)
        try await ledger.endSession(token: second)
        #expect(try await ledger.session(token: second, now: start) == nil)
        try await ledger.close()
    }
}
