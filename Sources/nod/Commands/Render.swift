import ArgumentParser
import Foundation
import NodCore
import NodReport
import NodSigning

/// `nod render REPORT.json --format html|md`: a stored JSON report in a human format, its
/// signature checked when a key is given.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a stored JSON report as HTML or Markdown (or SARIF, JUnit), saying whether its signature is valid.",
        discussion: HelpText.flow("""
        The JSON report is the record; the other formats are views of it. A signed report
        rendered with --key says "signed with key …, signature valid" (or why it is invalid,
        and exits 1); without --key it names the key and says the signature was not checked.
        --lang chooses the language of the page (the JSON holds both).

        Examples:
          nod render report.json --format html -o report.html
          nod render report.json --format md --lang cy --key certifier-2026.pub
        """))

    @Argument(help: ArgumentHelp("The JSON report (from nod audit --format json).", valueName: "report"))
    var report: String

    @Option(help: "The format to render: html, md, sarif or junit. Default: the one --output's name implies, else md.")
    var format: ReportFormat?

    @Option(help: "The page's language: cy or en. Default: the report's.")
    var lang: Language?

    @Option(help: ArgumentHelp("The signer's public key: the signature is checked and the page says so.", valueName: "pub"))
    var key: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    var chosenFormat: ReportFormat { format ?? output.flatMap(ReportFormat.named(by:)) ?? .md }

    func validate() throws {
        if chosenFormat == .json { throw ValidationError("the report is JSON already; render it as html, md, sarif or junit") }
        if let output, let format, let named = ReportFormat.named(by: output), named != format {
            throw ValidationError("--output \(output) is named for \(named.rawValue), but --format \(format.rawValue) writes \(format.rawValue)")
        }
    }

    func run() throws {
        let data = Data(try InputArgument.read(report, limit: InputFile.reportLimit))
        var parsed: AuditReport
        do {
            parsed = try JSONReportRenderer.decode(data)
        } catch {
            StandardError.write("\(report): error: not a nod JSON report (report-format 1)")
            throw ExitCode(ExitStatus.usage)
        }
        var invalid = false
        if let key {
            let publicKey = try KeyArgument.read(key)
            switch ReportSigning.verify(data, keyID: publicKey.keyID, isValid: publicKey.isValid) {
            case .valid: parsed.signatureCheck = .valid
            case .invalid(let reason):
                parsed.signatureCheck = .invalid(reason.plain)
                invalid = true
            }
        }
        if let lang { parsed.language = lang.rawValue }
        try ReportOutput.write(try chosenFormat.render(parsed), to: output)
        if invalid {
            StandardError.write("\(report): error: the signature is not valid; the page says so")
            throw ExitCode(ExitStatus.notAwarded)
        }
    }
}
