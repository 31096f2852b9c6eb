import ArgumentParser
import Foundation
import NodSigning

/// `nod keygen NAME`: an Ed25519 key pair for signing reports.
struct Keygen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Make an Ed25519 key pair for signing reports: NAME.key (private) and NAME.pub (public).",
        discussion: HelpText.flow("""
        Keep NAME.key secret (it is written readable by you only); give NAME.pub to anyone who
        must check your certificates with 'nod verify'. Existing files are never overwritten.

        Example:
          nod keygen certifier-2026
          nod audit bundle.zip --sign certifier-2026.key --output report.json
        """))

    @Argument(help: ArgumentHelp("Path and name for the two files, without extension.", valueName: "name"))
    var name: String

    func run() throws {
        let keys = SigningKeyPair.generate()
        let privatePath = name + ".key", publicPath = name + ".pub"
        for path in [privatePath, publicPath] where FileManager.default.fileExists(atPath: path) {
            StandardError.write("\(path): error: the file exists; nod keygen never overwrites a key")
            throw ExitCode(ExitStatus.usage)
        }
        guard FileManager.default.createFile(atPath: privatePath, contents: Data(keys.privateKeyText.utf8), attributes: [.posixPermissions: 0o600]) else {
            StandardError.write("\(privatePath): error: could not write the private key")
            throw ExitCode(ExitStatus.usage)
        }
        try Data(keys.publicKey.text.utf8).write(to: URL(fileURLWithPath: publicPath))
        StandardOutput.write("Wrote \(privatePath) (private, keep it secret) and \(publicPath) (public). Key id: \(keys.publicKey.keyID)\n")
    }
}
