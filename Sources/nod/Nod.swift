import ArgumentParser
import Foundation
import NodAudit
import NodCore

/// The `nod` command: quality marks for co-operatives that provide social care.
@main
struct Nod: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nod",
        abstract: "Audit a co-operative's evidence bundle against quality-mark standards.",
        discussion: HelpText.flow("""
        nod reads an evidence bundle — a folder or an archive (.zip, .tar, .tar.gz, .tar.xz, \
        .tar.zst, .tar.bz2, .7z) holding manifest.yaml, registers, minutes, accounts and \
        surveys — and reports what it shows. Nothing in a bundle is ever extracted to disk.

        Exit codes: 0 awarded / read, 1 not awarded, 2 usage error or invalid rules, \
        3 bundle rejected (unreadable, over a limit, hostile, bad manifest), 4 internal error.

        Defaults a team shares (profile, language, rule and plug-in folders, limits) can live \
        in nod.yaml in the current folder, or in the file --config FILE names; options on the \
        command line win.
        """),
        version: NodVersion.current,
        subcommands: [Audit.self, Render.self, Batch.self, BatchWorkerCommand.self, Inspect.self, Init.self, Rules.self, Explain.self, Diff.self, Keygen.self, Verify.self, Plugins.self, Users.self, Serve.self, LedgerCommand.self]
    )

    /// Runs the command; maps usage errors to exit code 2 as the CLI documents (docs/cli.md).
    static func main() {
        let given = Array(CommandLine.arguments.dropFirst())
        if let suggestion = CommandSuggestion.message(for: given) {
            StandardError.write("error: \(suggestion)")
            Foundation.exit(ExitStatus.usage)
        }
        // A team's defaults (nod.yaml, or --config FILE) join the command line, which wins.
        let arguments: [String]
        do {
            arguments = try ConfigArguments.apply(to: given).arguments
        } catch {
            for problem in error.problems { StandardError.write("\(problem.location.map { "\($0): " } ?? "")error: \(problem.message)") }
            Foundation.exit(ExitStatus.usage)
        }
        do {
            var command = try parseAsRoot(arguments)
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
