import ArgumentParser
import Foundation
import NodLedgerBackup
import NodServer
import NodStore

/// `nod ledger`: the web office's audit trail and database, for the people who answer for
/// them — check that no row of the trail was changed, export it, and back the database up
/// while the server runs.
struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "Check, export, back up and import batches into the web office's ledger.",
        subcommands: [VerifyChain.self, Export.self, Backup.self, Import.self])

    struct VerifyChain: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Recompute the audit trail's hash chain: intact (exit 0) or the first broken row (exit 1).",
            discussion: HelpText.flow("""
            Each event row carries the SHA-256 of its own fields and of the row before it, so
            changing, deleting or inserting any row breaks the chain from that row on.

            Example:
              nod ledger verify --data /srv/nod
            """))

        @OptionGroup var data: LedgerOptions

        func run() throws {
            switch try data.withLedger({ try await $0.verifyChain() }) {
            case .intact(let events):
                StandardOutput.write("intact: \(events) events, each chained to the one before\n")
            case .broken(let row, let reason):
                StandardOutput.write("broken at event \(row): \(reason)\n")
                throw ExitCode(ExitStatus.notAwarded)
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the audit trail and the certificates as JSON Lines to standard output.",
            discussion: HelpText.flow("""
            One JSON object per line: {"type":"event",…} for each event in order, then
            {"type":"certificate",…} for each certificate with its status history.

            Example:
              nod ledger export --data /srv/nod > trail.jsonl
            """))

        @OptionGroup var data: LedgerOptions

        func run() throws {
            try data.withLedger { ledger in
                try await LedgerExport.write(ledger) { StandardOutput.write($0) }
            }
        }
    }

    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Copy the ledger, consistent and online (SQLite's backup API), while the server runs.",
            discussion: HelpText.flow("""
            The copy is one SQLite file, made under a temporary name and renamed when complete;
            an existing file is never overwritten. Bundles and reports are files under the data
            folder: copy them with any file tool (they are never changed once written).

            Example:
              nod ledger backup --data /srv/nod --to /backups/ledger-$(date +%F).sqlite
            """))

        @OptionGroup var data: LedgerOptions

        @Option(help: "The new file to write.")
        var to: String

        func run() throws {
            guard data.database == nil, let folder = data.data else {
                StandardError.write("error: backup copies the SQLite ledger of --data; back a PostgreSQL ledger up with pg_dump")
                throw ExitCode(ExitStatus.usage)
            }
            do {
                let file = URL(fileURLWithPath: folder).appendingPathComponent("ledger.sqlite")
                let summary = try LedgerBackup.copy(source: file, to: URL(fileURLWithPath: to))
                StandardOutput.write("backed up: \(to) (\(summary.pages) pages, \(summary.bytes) bytes)\n")
            } catch {
                StandardError.write("error: \(error.description)")
                throw ExitCode(ExitStatus.internalError)
            }
        }
    }
}
