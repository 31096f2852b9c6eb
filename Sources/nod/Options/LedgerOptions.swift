import ArgumentParser
import Foundation
import NodStore

/// Where a command finds the web office's ledger: `--data` (the folder `nod serve` uses, with
/// its ledger.sqlite) or `--database` (the PostgreSQL database several servers share).
struct LedgerOptions: ParsableArguments {
    @Option(help: "The web office's data folder (where ledger.sqlite is).")
    var data: String?

    @Option(help: "The PostgreSQL database the office's servers share (postgres://USER@HOST/DATABASE).")
    var database: String?

    func validate() throws {
        guard data != nil || database != nil else { throw ValidationError("give --data (the office's folder) or --database (its PostgreSQL database)") }
        do { _ = try location() } catch { throw ValidationError(error.description) }
    }

    func location() throws(LedgerLocationProblem) -> LedgerLocation {
        try LedgerLocation.named(database, data: URL(fileURLWithPath: data ?? "."))
    }

    /// How messages name the ledger.
    var described: String { (try? location().described) ?? data ?? "" }

    /// Opens the ledger, runs `body`, closes it; a folder with no ledger is a usage error
    /// unless `creating` (an import may start a regulator's ledger, an account the office's).
    func withLedger<T: Sendable>(creating: Bool = false, _ body: @escaping @Sendable (Ledger) async throws -> T) throws -> T {
        let location: LedgerLocation
        do { location = try self.location() } catch {
            StandardError.write("error: \(error.description)")
            throw ExitCode(ExitStatus.usage)
        }
        if case .file(let folder) = location, !creating,
           !FileManager.default.fileExists(atPath: folder.appendingPathComponent("ledger.sqlite").path) {
            StandardError.write("error: \(folder.path) has no ledger.sqlite (give the folder nod serve --data uses)")
            throw ExitCode(ExitStatus.usage)
        }
        let outcome = Blocking.run { () async -> Result<T, any Error> in
            let ledger: Ledger
            do { ledger = try await Ledger.open(location) } catch { return .failure(error) }
            let result: Result<T, any Error>
            do { result = .success(try await body(ledger)) } catch { result = .failure(error) }
            try? await ledger.close()
            return result
        }
        switch outcome {
        case .success(let value): return value
        case .failure(let error):
            StandardError.write("error: the ledger in \(location.described) could not be used: \(error)")
            throw ExitCode(ExitStatus.internalError)
        }
    }
}
