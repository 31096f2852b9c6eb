import ArgumentParser
import Foundation
import Logging
import NodCore
import NodAudit
import NodEvidence
import NodReport
import NodSigning

/// `nod audit BUNDLE`: judges a bundle against a profile and writes the report.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit a bundle against a certification profile and report the decision.",
        discussion: HelpText.flow("""
        Every rule of the profile gets one result — met, not met, no evidence, not applicable
        (with the reason), or could not be checked — citing the evidence file and line it
        rests on. A failed major requirement blocks the mark; failed minor requirements
        become corrective actions due 90 days after the audit date; observations never block.

        The report is reproducible: the same bundle, rules, --date and nod version give
        byte-identical JSON. Record the date you audited on with --date to reproduce it.

        Exit codes: 0 awarded (with or without conditions, or any self-check), 1 not awarded,
        2 usage error or invalid rules, 3 bundle rejected, 4 internal error.

        Examples:
          nod audit Examples/gofal-dyffryn --date 2026-06-30
          nod audit submission.zip --format json --output report.json
          nod audit submission.zip --profile self-check --lang cy
        """)
    )

    @Argument(help: ArgumentHelp("The bundle: a folder or an archive.", valueName: "bundle"))
    var bundle: String

    @Option(help: ArgumentHelp("The certification profile (see 'nod rules list --profiles').", valueName: "id"))
    var profile = "care-quality-mark"

    @Option(help: "Report format: json, md, html (one self-contained page), junit (CI dashboards) or sarif (code-scanning viewers). Default: the one --output's name implies (report.html: html), else md on a terminal, json otherwise.")
    var format: ReportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: "Report language: cy or en. Default: the manifest's language, else en. A refused bundle is said in this language, else the locale's.")
    var lang: Language?

    @Option(help: ArgumentHelp("The audit date for every 'within N months' rule (YYYY-MM-DD). Default: today.", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("Sign the report with this private key (NAME.key from nod keygen); JSON reports only.", valueName: "key"))
    var sign: String?

    @Option(help: ArgumentHelp("Accepted exceptions (YAML, see Schemas/waivers.schema.json); expiry is judged against --date.", valueName: "file"))
    var waivers: String?

    @Option(help: ArgumentHelp("An auditor's statements for what no file shows (YAML, see Schemas/attestations.schema.json).", valueName: "file"))
    var attestations: String?

    @Option(help: ArgumentHelp("The organisation's previous JSON report: rules not met in both audits are reported as repeated (and escalated as the profile says).", valueName: "report"))
    var previous: String?

    @OptionGroup(title: "Rules") var rules: RuleOptions
    @OptionGroup(title: "Plug-ins") var plugins: PluginOptions
    @OptionGroup(title: "Limits") var limits: LimitOptions
    @OptionGroup var logging: LoggingOptions

    /// The format asked for: --format, else the one --output's name implies.
    var chosenFormat: ReportFormat? { format ?? output.flatMap(ReportFormat.named(by:)) }

    func validate() throws {
        if let output, let format, let named = ReportFormat.named(by: output), named != format {
            throw ValidationError("--output \(output) is named for \(named.rawValue), but --format \(format.rawValue) writes \(format.rawValue): "
                                  + "name the file for \(format.rawValue) (….\(format.fileExtension)) or leave --format out")
        }
        if sign != nil, let format = chosenFormat, format != .json {
            throw ValidationError("--sign signs the JSON report; use --format json (or leave --format out)")
        }
        try DateArgument.validate(date, option: "--date")
    }

    /// The signing key, read before any work so a bad key fails fast (exit 2).
    func signingKey() throws -> SigningKeyPair? {
        guard let sign else { return nil }
        let text = String(decoding: try InputArgument.read(sign, limit: InputFile.keyLimit), as: UTF8.self)
        do {
            return try SigningKeyPair(privateKeyText: text)
        } catch {
            StandardError.write("\(sign): error: \(error.message)")
            throw ExitCode(ExitStatus.usage)
        }
    }

    func run() throws {
        let signer = try signingKey()
        let logger = logging.makeLogger("nod.audit")
        // The bundle is read on a second core while the rules load and compile.
        let loader = BundleLoader(bundleLimits: limits.bundleLimits, yamlLimits: limits.yamlLimits, logger: logger, concurrent: true)
        let bundle = self.bundle
        let reading = BackgroundResult { loader.read(bundle) }
        var settings = AuditSettings(date: date.flatMap { LocalDate(iso8601: $0) } ?? .today, rules: rules, profile: profile,
                                     plugins: plugins, language: lang, limits: limits)
        settings.waivers = waivers
        settings.attestations = attestations
        settings.previous = previous
        let auditor = try setUp { () throws(AuditSetupError) in try Auditor(settings, logger: logger) }
        defer {
            for (plugin, text) in auditor.close() { logger.warning("plug-in '\(plugin)' wrote to stderr:\n\(OutputEscaping.terminal(text, keepingLines: true))") }
        }
        let evidence: EvidenceModel
        switch reading.wait() {
        case .success(let model): evidence = model
        case .failure(let rejection): throw StandardError.exit(rejection, language: StandardError.language(lang))
        }
        var report = auditor.report(for: evidence)
        if let signer {
            report = try ReportSigning.sign(report, keyID: signer.publicKey.keyID, sign: signer.sign)
        }
        let chosen = chosenFormat ?? (output == nil && isatty(STDOUT_FILENO) == 1 && signer == nil ? .md : .json)
        try ReportOutput.write(try chosen.render(report), to: output)
        logger.info("\(report.decision.rawValue); score \(report.score.earned)/\(report.score.possible)")
        if report.blocking && !report.decision.isAwarded { throw ExitCode(ExitStatus.notAwarded) }
    }
}

extension Language: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}

/// Writes a report to standard output, or to a file atomically (temporary file, then rename).
enum ReportOutput {
    static func write(_ bytes: Data, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(bytes)
            return
        }
        do {
            try AtomicFile.write(bytes, to: path, durable: true)
        } catch {
            StandardError.write("\(path): error: the report could not be written: \(error.reason)")
            throw ExitCode(ExitStatus.usage)
        }
    }
}
