import ArgumentParser
import Foundation
import NodCore
import NodReport
import NodSigning

/// `nod verify REPORT --key PUB`: is this signed report exactly what the key's holder signed?
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a signed JSON report against a public key: valid (exit 0) or invalid and why (exit 1).",
        discussion: """
        Any change to a signed report — one byte, a reordered field, extra spaces — makes it
        invalid. A valid report can be reproduced on appeal: re-run the audit with the same
        nod version, rule packs (their SHA-256 are in the report), bundle and --date.

        Example:
          nod verify report.json --key certifier-2026.pub
        """)

    @Argument(help: ArgumentHelp("The signed JSON report.", valueName: "report"))
    var report: String

    @Option(help: ArgumentHelp("The signer's public key (NAME.pub from nod keygen).", valueName: "pub"))
    var key: String

    func run() throws {
        let keyText = String(decoding: try InputArgument.read(key, limit: InputFile.keyLimit), as: UTF8.self)
        let publicKey: VerificationKey
        do {
            publicKey = try VerificationKey(publicKeyText: keyText)
        } catch {
            StandardError.write("\(key): error: \(error.message)")
            throw ExitCode(ExitStatus.usage)
        }
        let data = Data(try InputArgument.read(report, limit: InputFile.reportLimit))
        switch ReportSigning.verify(data, keyID: publicKey.keyID, isValid: publicKey.isValid) {
        case .valid(let keyID):
            let parsed = try JSONReportRenderer.decode(data)
            StandardOutput.write("valid: signed by key \(keyID); \(OutputEscaping.terminal(parsed.bundle.organisation)), \(parsed.decision.rawValue), audited \(parsed.auditDate), bundle sha256:\(parsed.bundle.sha256)\n")
        case .invalid(let reason):
            StandardOutput.write("invalid: \(OutputEscaping.terminal(reason))\n")
            throw ExitCode(ExitStatus.notAwarded)
        }
    }
}
