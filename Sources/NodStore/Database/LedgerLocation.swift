package import Foundation

/// Where the ledger lives: the embedded SQLite file under the data folder (one server, nothing
/// to install), or a PostgreSQL server that several `nod serve` replicas share.
package enum LedgerLocation: Sendable, Equatable {
    /// `FOLDER/ledger.sqlite`.
    case file(folder: URL)
    /// A `postgres://user[:password]@host[:port]/database[?sslmode=…]` address.
    case postgres(url: String)

    /// The location `--database` names: a PostgreSQL address, or (when the option is absent)
    /// the SQLite file under the data folder. Anything else is refused with the reason.
    package static func named(_ database: String?, data: URL) throws(LedgerLocationProblem) -> LedgerLocation {
        guard let database, !database.isEmpty else { return .file(folder: data) }
        guard let scheme = database.split(separator: ":", maxSplits: 1).first.map({ $0.lowercased() }),
              ["postgres", "postgresql"].contains(scheme) else {
            throw .notPostgres(database.redactingPassword)
        }
        guard let parts = URLComponents(string: database), parts.user?.isEmpty == false, parts.host?.isEmpty == false,
              parts.path.count > 1 else {
            throw .incomplete(database.redactingPassword)
        }
        return .postgres(url: database)
    }

    /// How logs and messages name it: the address without its password.
    package var described: String {
        switch self {
        case .file(let folder): folder.appendingPathComponent("ledger.sqlite").path
        case .postgres(let url): url.redactingPassword
        }
    }
}

/// Why a `--database` value names no ledger nod can open.
package enum LedgerLocationProblem: Error, Equatable, CustomStringConvertible {
    case notPostgres(String)
    case incomplete(String)

    package var description: String {
        switch self {
        case .notPostgres(let value):
            "--database '\(value)' is not a PostgreSQL address: write postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE, or leave the option out for the SQLite file under --data"
        case .incomplete(let value):
            "--database '\(value)' needs a user, a host and a database name: postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE"
        }
    }
}

extension String {
    /// A database address with any password replaced by `***`, for logs and messages.
    package var redactingPassword: String {
        guard var parts = URLComponents(string: self), parts.password != nil else { return self }
        parts.password = "***"
        return parts.string ?? self
    }
}
