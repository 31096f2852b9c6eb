import CSQLite3
package import Foundation

/// `nod ledger backup`: an online, consistent copy of `ledger.sqlite` made with SQLite's
/// backup API while the server goes on writing. The copy is written beside the target under a
/// temporary name and renamed into place only when complete, so a cut-off backup never leaves
/// a half file under the name asked for.
///
/// This uses the system's SQLite (a separate library from the one the server's connection
/// uses), so it runs in its own process (the `nod ledger backup` command), never inside a
/// process that has the same database open through the other library: POSIX locks on one file
/// are shared by a whole process, and two SQLite libraries would not know of each other's.
package enum LedgerBackup {
    /// What the copy holds.
    package struct Summary: Sendable, Equatable {
        package var pages: Int
        package var bytes: Int64
    }

    package struct Failure: Error, CustomStringConvertible, Sendable {
        package var description: String
    }

    /// Copies the database at `source` to `target` (which must not exist yet).
    package static func copy(source: URL, to target: URL, pagesPerStep: Int32 = 256) throws(Failure) -> Summary {
        guard FileManager.default.fileExists(atPath: source.path) else { throw Failure(description: "\(source.path): no ledger here") }
        guard !FileManager.default.fileExists(atPath: target.path) else {
            throw Failure(description: "\(target.path) already exists: give a new file name (a backup never overwrites)")
        }
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(getpid())")
        var from: OpaquePointer?, to: OpaquePointer?
        defer {
            sqlite3_close_v2(from)
            sqlite3_close_v2(to)
            unlink(partial.path)
        }
        guard sqlite3_open_v2(source.path, &from, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK else {
            throw Failure(description: "\(source.path): \(message(from))")
        }
        sqlite3_busy_timeout(from, 5000)
        guard sqlite3_open_v2(partial.path, &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK else {
            throw Failure(description: "\(partial.path): \(message(to))")
        }
        guard let backup = sqlite3_backup_init(to, "main", from, "main") else {
            throw Failure(description: "the backup could not start: \(message(to))")
        }
        var status: Int32
        repeat {
            status = sqlite3_backup_step(backup, pagesPerStep)
            if status == SQLITE_BUSY || status == SQLITE_LOCKED { usleep(20_000) }
        } while status == SQLITE_OK || status == SQLITE_BUSY || status == SQLITE_LOCKED
        let pages = Int(sqlite3_backup_pagecount(backup))
        sqlite3_backup_finish(backup)
        guard status == SQLITE_DONE else { throw Failure(description: "the backup stopped: \(String(cString: sqlite3_errstr(status)))") }
        // The copy is a plain database file, not in WAL mode: one file to keep or send.
        guard sqlite3_exec(to, "PRAGMA journal_mode = DELETE", nil, nil, nil) == SQLITE_OK else {
            throw Failure(description: "the copy could not be finished: \(message(to))")
        }
        sqlite3_close_v2(to)
        to = nil
        guard rename(partial.path, target.path) == 0 else {
            throw Failure(description: "\(target.path): \(String(cString: strerror(errno)))")
        }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: target.path)[.size] as? Int64) ?? 0
        return Summary(pages: pages, bytes: bytes)
    }

    private static func message(_ handle: OpaquePointer?) -> String {
        handle.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "out of memory"
    }
}
