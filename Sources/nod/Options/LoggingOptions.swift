import ArgumentParser
import Logging

/// `--verbose` / `--quiet`, shared by every command; logs go to standard error.
struct LoggingOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Say more on standard error (timings, limits).")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Say nothing on standard error but errors.")
    var quiet = false

    func validate() throws {
        if verbose && quiet { throw ValidationError("--verbose and --quiet cannot be used together") }
    }

    func makeLogger(_ label: String) -> Logger {
        var handler = StreamLogHandler.standardError(label: label)
        handler.logLevel = verbose ? .debug : (quiet ? .error : .notice)
        return Logger(label: label) { _ in handler }
    }
}
