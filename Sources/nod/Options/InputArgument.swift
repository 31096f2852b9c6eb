import ArgumentParser
import NodCore

/// A file named on the command line (a key, a report): read whole within its kind's limit, or
/// `path: error: why` and exit code 2.
enum InputArgument {
    static func read(_ path: String, limit: Int) throws -> [UInt8] {
        do {
            return try InputFile.read(path, limit: limit)
        } catch {
            StandardError.write("\(path): error: \(error.description)")
            throw ExitCode(ExitStatus.usage)
        }
    }
}
