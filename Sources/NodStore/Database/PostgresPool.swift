import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
package import PostgresKit
import PostgresNIO
package import SQLKit
import Synchronization

/// PostgreSQL through SQLKit: each statement runs on a connection leased from PostgresNIO's
/// pool (`PostgresClient`), and `withSession` keeps one connection for a transaction. PostgresKit
/// gives the SQL dialect and one connection's `SQLDatabase`; this type adds the pool to it.
package struct PostgresPool: SQLDatabase {
    let client: PostgresClient
    private let running = RunningFlag()
    package let logger: Logger
    package var eventLoop: any EventLoop { MultiThreadedEventLoopGroup.singleton.any() }
    package var dialect: any SQLDialect { PostgresDialect() }
    package var queryLogLevel: Logger.Level? { .trace }

    /// A pool for `url` (`postgres://…`, with `sslmode=disable|prefer|require`); its connections
    /// open as statements need them, and `run` must be running for any to open.
    package init(url: String, logger: Logger, connections: Int = 20) throws {
        let parsed = try SQLPostgresConfiguration(url: url).coreConfiguration
        guard let host = parsed.host else { throw LedgerFailure.unreachable("the address names no host") }
        let tls: PostgresClient.Configuration.TLS = switch (parsed.tls.isEnforced, parsed.tls.isAllowed) {
        case (true, _): .require(parsed.tls.sslContext?.configuration ?? .makeClientConfiguration())
        case (_, true): .prefer(parsed.tls.sslContext?.configuration ?? .makeClientConfiguration())
        default: .disable
        }
        var configuration = PostgresClient.Configuration(host: host, port: parsed.port ?? 5432, username: parsed.username,
                                                         password: parsed.password, database: parsed.database, tls: tls)
        configuration.options.maximumConnections = connections
        configuration.options.connectTimeout = .seconds(10)
        client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.logger = logger
        probeConfiguration = parsed
    }

    /// The same address for one connection of its own (`reachable`).
    private let probeConfiguration: PostgresConnection.Configuration

    /// Connects once, outside the pool, and says why not: the pool itself would wait for the
    /// server without end, retrying, and a mistyped address or a stopped server must be told.
    package func reachable() async throws {
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: probeConfiguration, id: 0, logger: Logger(label: "nod.ledger.probe"))
        } catch let error as PSQLError {
            throw LedgerFailure.unreachable(Self.reason(error))
        }
        try? await connection.close()
    }

    /// What went wrong, in words: the server's own message, else the connection's failure.
    static func reason(_ error: PSQLError) -> String {
        if let message = error.serverInfo?[.message] { return message }
        if let underlying = error.underlying { return "\(underlying)" }
        return "\(error.code)"
    }

    /// Keeps the pool's connections until the task running it is cancelled.
    package func run() async {
        running.flag.store(true, ordering: .releasing)
        await client.run()
    }

    /// Returns once `run` has begun (a statement before it would wait, with a warning in the log).
    package func started() async {
        while !running.flag.load(ordering: .acquiring) { try? await Task.sleep(for: .milliseconds(1)) }
        // `run` marks the client running as its first step, a moment after the flag.
        try? await Task.sleep(for: .milliseconds(2))
    }

    package func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        let promise = eventLoop.makePromise(of: Void.self)
        promise.completeWithTask { try await self.execute(sql: query, onRow) }
        return promise.futureResult
    }

    package func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await client.withConnection { connection in
            try await connection.sql(queryLogLevel: queryLogLevel, logger: logger).execute(sql: query, onRow)
        }
    }

    package func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await client.withConnection { connection in
            try await closure(connection.sql(queryLogLevel: queryLogLevel, logger: logger))
        }
    }
}

/// Whether a pool's `run` has begun.
private final class RunningFlag: Sendable {
    let flag = Atomic<Bool>(false)
}

extension PostgresPool {
    /// Makes a new, empty database on the server `server` names (its user may create
    /// databases), replacing one of that name; returns its address. For tests and benchmarks.
    package static func createDatabase(named name: String, onServer server: String) async throws -> String {
        let pool = try PostgresPool(url: server, logger: Logger(label: "nod.ledger"), connections: 1)
        let running = Task { await pool.run() }
        defer { running.cancel() }
        await pool.started()
        try await pool.raw("DROP DATABASE IF EXISTS \(ident: name)").run()
        try await pool.raw("CREATE DATABASE \(ident: name)").run()
        guard var address = URLComponents(string: server) else { throw LedgerFailure.unreachable("'\(server.redactingPassword)' is not an address") }
        address.path = "/" + name
        return address.string ?? server
    }
}
