import ArgumentParser
import NodCore
import NodSigning

/// A public key named on the command line (`--key NAME.pub`): read within the key limit and
/// parsed, or `path: error: why` and exit code 2.
enum KeyArgument {
    static func read(_ path: String) throws -> VerificationKey {
        let text = String(decoding: try InputArgument.read(path, limit: InputFile.keyLimit), as: UTF8.self)
        do {
            return try VerificationKey(publicKeyText: text)
        } catch {
            StandardError.write("\(path): error: \(error.message)")
            throw ExitCode(ExitStatus.usage)
        }
    }
}
