import ArgumentParser
import Foundation
import NodStore
import Synchronization

/// `nod users`: the web office's accounts, made at the terminal — the first administrator
/// before anyone can sign in, and others by an administrator later.
struct Users: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Manage the web office's accounts.",
        subcommands: [Add.self, Token.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add an account; the password is read from standard input, never from the command line.",
            discussion: HelpText.flow("""
            Roles: co-op (belongs to one organisation: give --organisation), certifier, regulator
            (reads every organisation), admin. The password (at least 12 characters) is stored only
            as a bcrypt hash in DATA/ledger.sqlite.

            Examples:
              nod users add secretary@example.coop --role admin --data /srv/nod
              printf '%s\\n' "$PASSWORD" | nod users add swyddog@gofal.coop \\
                --role co-op --organisation "Gofal Cyf." --data /srv/nod
            """))

        @Argument(help: "The account's email address.")
        var email: String

        @Option(help: "co-op, certifier, regulator or admin.")
        var role: String

        @Option(help: "The organisation a co-op account belongs to (created if new).")
        var organisation: String?

        @OptionGroup var ledger: LedgerOptions

        func run() throws {
            guard let role = AccountRole(rawValue: role) else {
                StandardError.write("error: '\(role)' is not a role (one of: \(AccountRole.allCases.map(\.rawValue).joined(separator: ", ")))")
                throw ExitCode(ExitStatus.usage)
            }
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                StandardError.write("error: give the password on standard input (one line)")
                throw ExitCode(ExitStatus.usage)
            }
            let (email, organisation) = (email, organisation)
            let outcome = try ledger.withLedger(creating: true) { ledger -> Result<Int, AccountError> in
                do { return .success(try await ledger.addAccount(email: email, password: line, role: role, organisation: organisation)) } catch let error as AccountError {
                    return .failure(error)
                }
            }
            switch outcome {
            case .success(let id):
                StandardOutput.write("account \(id) added: \(email.lowercased()) (\(role.rawValue))\n")
            case .failure(let error):
                StandardError.write("error: \(error)")
                throw ExitCode(ExitStatus.usage)
            }
        }
    }
}

extension Users {
    /// `nod users token EMAIL`: an API token for scripts, printed once (the page makes them too).
    struct Token: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "token",
            abstract: "Make an API token for an account and print it (once: only its hash is kept).",
            discussion: HelpText.flow("""
            Scripts send it as 'Authorization: Bearer TOKEN' to the office's API (/api/openapi.json).
            Revoke it in the account page.

            Example:
              nod users token officer@regulator.example --label "season 2026" --data /srv/nod
            """))

        @Argument(help: "The account's email address.")
        var email: String

        @Option(help: "What the token is for, shown in the account page.")
        var label = "command line"

        @OptionGroup var ledger: LedgerOptions

        func run() throws {
            let (email, label) = (email, label)
            let outcome = try ledger.withLedger { ledger -> String? in
                guard let account = try await ledger.account(email: email) else { return nil }
                return try await ledger.createAPIToken(accountID: account.id, label: label).secret
            }
            switch outcome {
            case let secret?: StandardOutput.write(secret + "\n")
            case nil:
                StandardError.write("error: no account for \(email.lowercased()) in \(ledger.described)")
                throw ExitCode(ExitStatus.usage)
            }
        }
    }
}

/// Runs async work to its end from a synchronous command (the CLI's `main` is synchronous).
enum Blocking {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
        let result = Mutex<T?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            let value = await work()
            result.withLock { $0 = value }
            done.signal()
        }
        done.wait()
        // The task stored its value before it signalled.
        return result.withLock { $0 }!
    }
}
