import ArgumentParser
import Foundation
import NodAudit
import NodCore

/// Exit codes of the CLI (docs/cli.md).
enum ExitStatus {
    static let passed: Int32 = 0
    static let notAwarded: Int32 = 1
    static let usage: Int32 = 2
    static let rejected: Int32 = 3
    static let internalError: Int32 = 4
}

/// Writes to standard error (Swift 6 refuses the C global `stderr`).
enum StandardError {
    /// Writes `text` (a line is added at its end) with every control character in it shown,
    /// not obeyed: messages quote names and cells from bundles.
    static func write(_ text: String) {
        let visible = OutputEscaping.terminal(text, keepingLines: true)
        FileHandle.standardError.write(Data((visible.hasSuffix("\n") ? visible : visible + "\n").utf8))
    }

    /// `path: error: message`, the form compilers use, so editors and CI can jump to it.
    static func report(_ location: FileLocation, _ message: String) {
        write("\(location): error: \(message)")
    }

    /// Prints every problem of a setup that failed and exits 2 (4 when nod itself failed).
    static func exit(_ failure: AuditSetupError) -> ExitCode {
        for problem in failure.problems {
            if let location = problem.location { report(location, problem.message) } else { write("error: \(problem.message)") }
        }
        return ExitCode(failure.kind == .internal ? ExitStatus.internalError : ExitStatus.usage)
    }

    /// The `path: error: …` line of a rejected bundle (`path: gwall: …` in Welsh), and exit code 3.
    static func exit(_ rejection: BundleRejection, language: Language = .en) -> ExitCode {
        write("\(rejection.location): \(language == .cy ? "gwall" : "error"): \(rejection.message(in: language))")
        return ExitCode(ExitStatus.rejected)
    }

    /// The language of messages: `--lang`, else the locale's (LANG=cy_GB.UTF-8 is Welsh).
    static func language(_ explicit: Language?) -> Language {
        MessageLanguage.resolve(explicit: explicit, environment: ProcessInfo.processInfo.environment)
    }
}

/// Writes to standard output without `print`'s block buffering surprises.
enum StandardOutput {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// Runs a step of the application layer, turning its failure into the CLI's message and exit code.
func setUp<T>(_ step: () throws(AuditSetupError) -> T) throws(ExitCode) -> T {
    do {
        return try step()
    } catch {
        throw StandardError.exit(error)
    }
}
