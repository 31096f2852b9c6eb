import ArgumentParser
import Foundation
import NodCore
import NodReport
import NodSigning

/// `nod verify REPORT --key PUB`: is this signed report exactly what the key's holder signed?
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a signed JSON report or certificate against a public key: valid (exit 0) or invalid and why (exit 1).",
        discussion: HelpText.flow("""
        Any change to a signed report or certificate — one byte, a reordered field, extra spaces — makes it
        invalid. A valid report can be reproduced on appeal: re-run the audit with the same
        nod version, rule packs (their SHA-256 are in the report), bundle and --date.

        A certificate file (from the web office) is checked offline the same way; whether it
        is still in force today is on the register page it names (its QR code's target).

        Examples:
          nod verify report.json --key certifier-2026.pub
          nod verify NOD-2026-0001.json --key certification-body.pub
        """))

    @Argument(help: ArgumentHelp("The signed JSON report or certificate.", valueName: "file"))
    var report: String

    @Option(help: ArgumentHelp("The signer's public key (NAME.pub from nod keygen).", valueName: "pub"))
    var key: String

    func run() throws {
        let publicKey = try KeyArgument.read(key)
        let data = Data(try InputArgument.read(report, limit: InputFile.reportLimit))
        if CertificateDocument.isCertificate(data) {
            try verifyCertificate(data, key: publicKey)
            return
        }
        switch ReportSigning.verify(data, keyID: publicKey.keyID, isValid: publicKey.isValid) {
        case .valid(let keyID):
            let parsed = try JSONReportRenderer.decode(data)
            StandardOutput.write("valid: signed by key \(keyID); \(OutputEscaping.terminal(parsed.bundle.organisation)), \(parsed.decision.rawValue), audited \(parsed.auditDate), bundle sha256:\(parsed.bundle.sha256)\n")
        case .invalid(let reason):
            StandardOutput.write("invalid: \(OutputEscaping.terminal(reason.description))\n")
            throw ExitCode(ExitStatus.notAwarded)
        }
    }

    private func verifyCertificate(_ data: Data, key: VerificationKey) throws {
        switch CertificateSigning.verify(data, keyID: key.keyID, isValid: key.isValid) {
        case .success(let certificate):
            let level = OutputEscaping.terminal(certificate.scope.level)
            StandardOutput.write("""
                valid: certificate \(OutputEscaping.terminal(certificate.number)) signed by key \(key.keyID); \
                \(OutputEscaping.terminal(certificate.organisation)), \(level), decided \(certificate.decision.date), \
                expires \(certificate.expires); status today: \(OutputEscaping.terminal(certificate.register))

                """)
        case .failure(let failure):
            StandardOutput.write("invalid: \(OutputEscaping.terminal(failure.description))\n")
            throw ExitCode(ExitStatus.notAwarded)
        }
    }
}
