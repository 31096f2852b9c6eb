package import Foundation
package import Logging
package import SQLKit
import NodCore
import SQLiteKit

/// The web office's database, an embedded SQLite file under `DATA/ledger.sqlite` (no server to
/// install): organisations, their submissions and the people who may see them. Its schema is
/// a list of numbered migrations, applied at start in order, each in a transaction and
/// recorded, so a database made by an earlier nod is brought up to date and never rebuilt.
/// Queries go through SQLKit, written once in the SQL both databases share, so the same ledger
/// lives in PostgreSQL (`LedgerLocation.postgres`) when several servers share it.
package final class Ledger: Sendable {
    /// Which SQL this ledger's database speaks.
    package let dialect: LedgerDialect
    package let database: any SQLDatabase
    /// What `close` releases: `nil` for a ledger bound to one transaction's connection.
    private let owned: Owned?

    private enum Owned: Sendable {
        case sqlite(SQLiteConnection)
        case postgres(Task<Void, Never>)
    }

    private init(database: any SQLDatabase, dialect: LedgerDialect, owned: Owned?) {
        self.database = database
        self.dialect = dialect
        self.owned = owned
    }

    /// Opens (creating if need be) `DATA/ledger.sqlite` and applies the migrations it lacks,
    /// up to `upTo` (all of them unless a test asks otherwise).
    package static func open(data: URL, upTo: Int = Ledger.migrations.count, logger: Logger = Logger(label: "nod.ledger")) async throws -> Ledger {
        try await open(.file(folder: data), upTo: upTo, logger: logger)
    }

    /// Opens the ledger at `location` and applies the migrations it lacks. Several servers may
    /// open one PostgreSQL ledger at once: its migrations run under a lock, once.
    package static func open(_ location: LedgerLocation, upTo: Int = Ledger.migrations.count,
                             logger: Logger = Logger(label: "nod.ledger")) async throws -> Ledger {
        let ledger: Ledger
        switch location {
        case .file(let data):
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let file = data.appendingPathComponent("ledger.sqlite").path
            let connection = try await SQLiteConnection.open(storage: .file(path: file), logger: logger)
            ledger = Ledger(database: connection.sql(), dialect: .sqlite, owned: .sqlite(connection))
        case .postgres(let url):
            let pool = try PostgresPool(url: url, logger: logger)
            try await pool.reachable()
            ledger = Ledger(database: pool, dialect: .postgres, owned: .postgres(Task { await pool.run() }))
            await pool.started()
        }
        do {
            try await ledger.migrate(upTo: upTo)
        } catch {
            try? await ledger.close()
            throw error
        }
        return ledger
    }

    /// The latest migration applied.
    package func schemaVersion() async throws -> Int {
        let row = try await database.raw("SELECT MAX(version) AS version FROM schema_migrations").first()
        return try row?.decode(column: "version", as: Int?.self) ?? 0
    }

    private func migrate(upTo: Int) async throws {
        let pending = { @Sendable (current: Int) in Self.migrations.prefix(upTo).filter { $0.version > current } }
        switch dialect {
        case .sqlite:
            // WAL: a crash (even kill -9) leaves the last committed state; readers never block the writer.
            try await database.raw("PRAGMA journal_mode = WAL").run()
            // In WAL mode, NORMAL syncs at checkpoints, not at every commit: a crash of the process
            // (kill -9) loses nothing committed; a power cut may lose the last commits, never the
            // database's consistency. Every upload would otherwise wait for three disk flushes.
            try await database.raw("PRAGMA synchronous = NORMAL").run()
            try await database.raw("PRAGMA busy_timeout = 5000").run()
            try await database.raw("PRAGMA foreign_keys = ON").run()
            try await database.raw(SQLQueryString(dialect.migrationsTable)).run()
            for migration in pending(try await schemaVersion()) {
                try await transaction(on: database) { database in try await Self.apply(migration, to: database, in: .sqlite) }
            }
        case .postgres:
            // Replicas starting together: the first takes the lock and migrates, the others
            // wait for it and then find nothing left to do.
            try await database.withSession { database in
                try await self.transaction(on: database) { database in
                    try await database.raw("SELECT pg_advisory_xact_lock(\(bind: Self.migrationLock))").run()
                    try await database.raw(SQLQueryString(LedgerDialect.postgres.migrationsTable)).run()
                    let current = try await database.raw("SELECT MAX(version) AS version FROM schema_migrations").first()?
                        .decode(column: "version", as: Int?.self) ?? 0
                    for migration in pending(current) { try await Self.apply(migration, to: database, in: .postgres) }
                }
            }
        }
    }

    /// The advisory lock's key while a PostgreSQL ledger migrates (any number fixed for nod).
    private static let migrationLock = 0x6e6f_645f_6d69_67

    private static func apply(_ migration: Migration, to database: any SQLDatabase, in dialect: LedgerDialect) async throws {
        for statement in migration.statements { try await database.raw(SQLQueryString(dialect.adapted(statement))).run() }
        try await database.raw("INSERT INTO schema_migrations (version, name) VALUES (\(bind: migration.version), \(bind: migration.name))").run()
    }

    /// Runs `body` between BEGIN and COMMIT on `database` (one connection), rolling back on error.
    private func transaction<T: Sendable>(on database: any SQLDatabase, immediate: Bool = false,
                                          _ body: (any SQLDatabase) async throws -> T) async throws -> T {
        try await database.raw(immediate && dialect == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN").run()
        do {
            let result = try await body(database)
            try await database.raw("COMMIT").run()
            return result
        } catch {
            try? await database.raw("ROLLBACK").run()
            throw error
        }
    }

    /// Whether the database is sound: SQLite's `PRAGMA integrity_check` ("ok" when the file is
    /// sound); for PostgreSQL, which checks its own pages, "ok" when it answers.
    package func integrityCheck() async throws -> String {
        switch dialect {
        case .sqlite:
            try await database.raw("PRAGMA integrity_check").first()?.decode(column: "integrity_check", as: String.self) ?? "no answer"
        case .postgres:
            try await database.raw("SELECT 'ok' AS answer").first()?.decode(column: "answer", as: String.self) ?? "no answer"
        }
    }

    /// A new random id for a row a URL names (128 bits as hex): never sequential, never guessable.
    package static func publicID() -> String { .randomHex(bytes: 16) }

    package func close() async throws {
        switch owned {
        case .sqlite(let connection): try await connection.close()
        case .postgres(let pool): pool.cancel()
        case nil: break
        }
    }

    /// Runs `body` as one transaction, all or nothing, with a ledger whose every statement is
    /// part of it. On SQLite only for a ledger this process alone uses one task at a time (`nod
    /// ledger import`): the server's tasks share its connection, and a statement of another task
    /// would join the transaction. On PostgreSQL the transaction has a connection of its own.
    package func soleTransaction<T: Sendable>(_ body: @escaping @Sendable (Ledger) async throws -> T) async throws -> T {
        switch dialect {
        case .sqlite:
            return try await transaction(on: database, immediate: true) { _ in try await body(self) }
        case .postgres:
            return try await database.withSession { session in
                try await self.transaction(on: session) { session in
                    try await body(Ledger(database: session, dialect: .postgres, owned: nil))
                }
            }
        }
    }
}
