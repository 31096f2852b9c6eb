import ArgumentParser
import Foundation
import NodCore

/// The `nod` command: quality marks for co-operatives that provide social care.
@main
struct Nod: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nod",
        abstract: "Audit a co-operative's evidence bundle against quality-mark standards.",
        discussion: """
        nod reads an evidence bundle — a folder or an archive (.zip, .tar, .tar.gz, .tar.xz, \
        .tar.zst, .tar.bz2, .7z) holding manifest.yaml, registers, minutes, accounts and \
        surveys — and reports what it shows. Nothing in a bundle is ever extracted to disk.

        Exit codes: 0 awarded / read, 1 not awarded, 2 usage error or invalid rules, \
        3 bundle rejected (unreadable, over a limit, hostile, bad manifest), 4 internal error.
        """,
        version: NodVersion.current,
        subcommands: [Audit.self, Batch.self, Inspect.self, Init.self, Rules.self, Explain.self, Diff.self, Keygen.self, Verify.self, Plugins.self]
    )

    /// Runs the command; maps usage errors to exit code 2 as cli.md requires.
    static func main() {
        do {
            // `nod audit`: the bundle is read and the built-in rules loaded while ArgumentParser works.
            AuditHeadStart.begin(CommandLine.arguments)
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                StandardError.write(fullMessage(for: error))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// Exit codes of cli.md.
enum ExitStatus {
    static let passed: Int32 = 0
    static let notAwarded: Int32 = 1
    static let usage: Int32 = 2
    static let rejected: Int32 = 3
    static let internalError: Int32 = 4
}

/// Writes to standard error (Swift 6 refuses the C global `stderr`).
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// `path: error: message`, the form compilers use, so editors and CI can jump to it.
    static func report(_ location: FileLocation, _ message: String) {
        write("\(location): error: \(message)")
    }
}

/// Writes to standard output without `print`'s block buffering surprises.
enum StandardOutput {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
