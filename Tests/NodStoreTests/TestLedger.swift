import Foundation
@testable import NodStore

/// Where one test's ledger lives. By default a new folder for an SQLite file; when
/// `NOD_TEST_POSTGRES` names a PostgreSQL server (Scripts/test.sh starts one and runs this
/// suite a second time with it), a new database on that server: the same tests, both databases.
struct TestLedger {
    let location: LedgerLocation
    private let folder: URL

    static var postgresServer: String? { ProcessInfo.processInfo.environment["NOD_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 } }

    /// A place no other test uses.
    static func make() async throws -> TestLedger {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nod-ledger-\(UUID().uuidString)")
        guard let server = postgresServer else { return TestLedger(location: .file(folder: folder), folder: folder) }
        let name = "nod_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        return TestLedger(location: .postgres(url: try await PostgresPool.createDatabase(named: name, onServer: server)), folder: folder)
    }

    /// Opens the ledger here (again, after a close: the same database).
    func open(upTo: Int = Ledger.migrations.count) async throws -> Ledger {
        try await Ledger.open(location, upTo: upTo)
    }

    /// Removes the SQLite folder (a test server's databases go with the server).
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs `body` with a new ledger, closed and removed afterwards, whether or not `body` threw.
    static func with(_ body: (Ledger) async throws -> Void) async throws {
        let place = try await make()
        defer { place.remove() }
        let ledger = try await place.open()
        do { try await body(ledger) } catch {
            try? await ledger.close()
            throw error
        }
        try await ledger.close()
    }
}
