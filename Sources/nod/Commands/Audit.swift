public import ArgumentParser
import Foundation
import Logging
import NodCore
import NodEngine
import NodEvidence
import NodReport
import NodPlugins
import NodRules
import NodSigning

/// `nod audit BUNDLE`: judges a bundle against a profile and writes the report.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit a bundle against a certification profile and report the decision.",
        discussion: """
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
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, md, html, junit, sarif
    }

    @Argument(help: ArgumentHelp("The bundle: a folder or an archive.", valueName: "bundle"))
    var bundle: String

    @Option(help: ArgumentHelp("The certification profile (see 'nod rules list --profiles').", valueName: "id"))
    var profile = "care-quality-mark"

    @Option(help: "Report format: json, md, html (one self-contained page), junit (CI dashboards) or sarif (code-scanning viewers). Default: md on a terminal, json otherwise.")
    var format: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: "Report language: cy or en. Default: the manifest's language, else en.")
    var lang: Language?

    @Option(help: ArgumentHelp("The audit date for every 'within N months' rule (YYYY-MM-DD). Default: today.", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("Sign the report with this private key (NAME.key from nod keygen); JSON reports only.", valueName: "key"))
    var sign: String?

    @Option(help: ArgumentHelp("Accepted exceptions (YAML, see Schemas/waivers.schema.json); expiry is judged against --date.", valueName: "file"))
    var waivers: String?

    @Option(help: ArgumentHelp("An auditor's statements for what no file shows (YAML, see Schemas/attestations.schema.json).", valueName: "file"))
    var attestations: String?

    @OptionGroup(title: "Rules") var rules: RuleOptions
    @OptionGroup(title: "Plug-ins") var plugins: PluginOptions
    @OptionGroup(title: "Limits") var limits: LimitOptions
    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        if sign != nil, let format, format != .json {
            throw ValidationError("--sign signs the JSON report; use --format json (or leave --format out)")
        }
        if let date, LocalDate(iso8601: date) == nil {
            throw ValidationError("--date '\(date)' is not a calendar date in the form YYYY-MM-DD")
        }
    }

    /// The signing key, read before any work so a bad key fails fast (exit 2).
    func signingKey() throws -> SigningKeyPair? {
        guard let sign else { return nil }
        do {
            return try SigningKeyPair(privateKeyText: try String(contentsOfFile: sign, encoding: .utf8))
        } catch let error as SigningError {
            StandardError.write("\(sign): error: \(error.message)")
        } catch {
            StandardError.write("\(sign): error: the key file could not be read")
        }
        throw ExitCode(ExitStatus.usage)
    }

    /// Reads a waivers or attestations file; a malformed one is exit 2 with its location.
    func readExceptions<T>(_ path: String?, decode: ([UInt8], String) throws(RuleError) -> T) throws -> T? {
        guard let path else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            StandardError.write("\(path): error: the file could not be read")
            throw ExitCode(ExitStatus.usage)
        }
        do {
            return try decode(Array(data), path)
        } catch {
            try RuleOptions.reportOrThrow([error])
            return nil
        }
    }

    func run() throws {
        let signer = try signingKey()
        let logger = logging.makeLogger("nod.audit")
        // The bundle is read on a second core while the rules load and compile; usually its
        // reading began before the command line was parsed (AuditHeadStart).
        let loading = BundleLoading(limits: limits, logger: logger, concurrent: true), bundle = self.bundle
        let awaitEvidence: () -> Result<EvidenceModel, BundleLoading.Rejection>
        if let early = AuditHeadStart.bundle(bundle, bundleLimits: loading.bundleLimits, yamlLimits: loading.yamlLimits) {
            awaitEvidence = { early.wait(logging: logger) }
        } else {
            let reading = BackgroundResult { loading.read(bundle) }
            awaitEvidence = reading.wait
        }
        let library = try rules.library()
        guard let profile = library.profile(profile) else {
            let known = library.profiles.map(\.id).sorted()
            var message = "no profile '\(self.profile)' is loaded (loaded: \(known.joined(separator: ", ")))"
            if let guess = Suggestion.closest(to: self.profile, among: known) { message += " — did you mean '\(guess)'?" }
            StandardError.write("error: \(message)")
            throw ExitCode(ExitStatus.usage)
        }
        let (external, connections) = try plugins.connect(forUseBy: RuleOptions.rulesToValidate(library, only: profile).flatMap { $0 })
        defer {
            for connection in connections {
                connection.close()
                let text = String(decoding: connection.stderrLog, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty { logger.warning("plug-in '\(connection.launch.name)' wrote to stderr:\n\(text)") }
            }
        }
        let registry = try rules.registry(adding: external)
        let (compiled, compileErrors) = RuleOptions.compile(library, registry: registry, profile: profile)
        try RuleOptions.reportOrThrow(compileErrors)
        let knownRules = Set(library.allRules.map(\.rule.id))
        let waiverList = try readExceptions(waivers) { (bytes, file) throws(RuleError) in
            try ExceptionFiles.waivers(bytes, file: file, knownRules: knownRules)
        } ?? []
        let attestationList = try readExceptions(attestations) { (bytes, file) throws(RuleError) in
            try ExceptionFiles.attestations(bytes, file: file, knownRules: knownRules)
        } ?? []

        let evidence = try BundleLoading.unwrap(awaitEvidence())
        let auditDate = date.flatMap { LocalDate(iso8601: $0) } ?? Today.date
        let pipeline = AuditPipeline(profile: profile, packs: library.packs(for: profile), rules: compiled, waivers: waiverList,
                                     attestations: attestationList, waiversGiven: waivers != nil, auditDate: auditDate, language: lang)
        var report = pipeline.report(for: evidence)
        if let signer {
            report = try ReportSigning.sign(report, keyID: signer.publicKey.keyID, sign: signer.sign)
        }
        let chosen = format ?? (output == nil && isatty(STDOUT_FILENO) == 1 && signer == nil ? .md : .json)
        let bytes = switch chosen {
        case .json: try JSONReportRenderer.render(report)
        case .md: Data(MarkdownReportRenderer.render(report).utf8)
        case .html: Data(HTMLReportRenderer.render(report).utf8)
        case .junit: Data(JUnitReportRenderer.render(report).utf8)
        case .sarif: try SARIFReportRenderer.render(report)
        }
        try ReportOutput.write(bytes, to: output)
        logger.info("\(report.decision.rawValue); score \(report.score.earned)/\(report.score.possible)")
        if report.blocking && !report.decision.isAwarded { throw ExitCode(ExitStatus.notAwarded) }
    }
}

extension Language: ExpressibleByArgument {}

/// Today's date in the local calendar, used only when `--date` is not given.
enum Today {
    static var date: LocalDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? LocalDate(iso8601: "1970-01-01")!
    }
}

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
