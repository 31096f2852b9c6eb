import ArgumentParser
import Foundation
import Logging
import NodCore
import NodAudit
import NodEvidence
import NodReport

/// `nod batch [run] PATH… --out DIR`: many bundles in parallel, one report each, and a portfolio summary.
struct BatchRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Audit many bundles in parallel: one report each, plus summary.csv, summary.json and summary.html.",
        discussion: HelpText.flow("""
        Finds every bundle under the paths (archives by extension or by their first bytes, and
        folders holding a manifest.yaml), audits them with --jobs workers, and writes each report
        atomically to --out, named after the bundle. Nothing found is left out: a rejected bundle
        is a row with its reason, and so is everything that is not a bundle (a PDF, a folder
        without a manifest.yaml, a spreadsheet), saying what it is. The closing line counts each
        kind. Names starting with a dot are skipped.

        Reports are not flushed to disk one by one (the summaries are). --resume skips bundles
        whose report in --out was made from the same evidence, rule packs, profile, date and nod
        version, and says how many it reused and why it audited the others again. A run with
        another --format removes the reports of the format it no longer writes. --shard K/N takes
        a stable 1/N of the bundles (by a hash of the report name), so a job-array scheduler can
        spread a national batch over N machines; `nod batch merge` makes their outputs one.

        Exit codes: 0 every item audited (whatever the decisions), 3 something rejected or not a
        bundle, 2 usage error (a path that does not exist) or invalid rules, 4 internal error.
        With --fail-on, exit 1 when a bundle's decision is that bad or worse (conditions: awarded
        with conditions or not awarded; not-awarded: not awarded), and 3 as before.

        Examples:
          nod batch submissions/ --out reports/ --date 2026-06-30 --format html
          nod batch submissions/ --out reports/ --fail-on not-awarded
          nod batch submissions/ --out reports-2026/ --ledger /srv/nod
        """))

    @Argument(help: ArgumentHelp("Bundles, or folders of them.", valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp("Folder for the reports and summaries (created if needed).", valueName: "dir"))
    var out: String

    @Option(help: "Parallel workers. Default: the number of cores.")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Another report format written beside each JSON report: md, html, junit or sarif.")
    var format: ReportFormat?

    @Option(help: ArgumentHelp("The certification profile.", valueName: "id"))
    var profile = "care-quality-mark"

    @Option(help: "Report and summary language: cy or en. Default: each manifest's language for reports, en for summaries.")
    var lang: Language?

    @Option(help: ArgumentHelp("The audit date (YYYY-MM-DD). Default: today.", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("Take only shard K of N (1-based), e.g. 2/8.", valueName: "K/N"))
    var shard: String?

    @Flag(help: "Skip bundles whose report in --out is from the same evidence, rules, date and version.")
    var resume = false

    @Option(help: ArgumentHelp("Exit non-zero when a bundle reaches this outcome or a worse one: conditions, not-awarded or rejected.",
                               valueName: "outcome"))
    var failOn: FailOn?

    @Option(help: ArgumentHelp("Afterwards, record the reports in this web office's ledger as a season (as nod ledger import does).",
                               valueName: "data-dir"))
    var ledger: String?

    @Option(help: ArgumentHelp("The season's name for --ledger. Default: the audit year.", valueName: "name"))
    var season: String?

    @Flag(help: ArgumentHelp("Audit in this process, not in supervised worker processes (faster to start; one bundle's crash would end the batch)."))
    var inProcess = false

    @Option(help: ArgumentHelp("Seconds one bundle may take before its worker is stopped and the bundle reported (isolated workers).", valueName: "s"))
    var bundleTimeout = 300

    @Option(help: ArgumentHelp("Memory (address space) each isolated worker may use, in MiB.", valueName: "MiB"))
    var workerMemory = 4096

    @OptionGroup(title: "Rules") var rules: RuleOptions
    @OptionGroup(title: "Plug-ins") var plugins: PluginOptions
    @OptionGroup(title: "Limits") var limits: LimitOptions
    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        if bundleTimeout < 1 || workerMemory < 256 { throw ValidationError("--bundle-timeout must be at least 1 s and --worker-memory at least 256 MiB") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        try DateArgument.validate(date, option: "--date")
        if let shard, Shard(shard) == nil { throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, e.g. 2/8") }
        let missing = BundleFinder.missing(paths)
        if !missing.isEmpty {
            throw ValidationError(missing.map { "\(OutputEscaping.terminal($0)): no such file or folder" }.joined(separator: "\n"))
        }
    }

    func run() throws {
        let logger = logging.makeLogger("nod.batch")
        let settings = AuditSettings(date: date.flatMap { LocalDate(iso8601: $0) } ?? .today, rules: rules, profile: profile,
                                     plugins: plugins, language: lang, limits: limits)
        let shard = self.shard.flatMap(Shard.init)
        let found = BundleFinder.find(paths)
        let bundles = found.bundles.filter { shard?.contains($0) ?? true }
        let refused = found.badNames.filter { shard?.contains($0) ?? true }.map {
            BatchRow(bundle: $0, rejectedBecause: "\($0): the name is not valid UTF-8; rename it and run the batch again", code: "batch.bad-name")
        } + found.notBundles.filter { shard?.contains($0.path) ?? true }.map {
            BatchRow(bundle: $0.path, notABundleBecause: $0.reason, code: $0.code)
        }
        let date = settings.auditDate
        let isolation: BatchSettings.Isolation = inProcess ? .inProcess
            : .childProcesses(command: workerCommand(date: date), timeout: .seconds(bundleTimeout))
        let runner = BatchRunner(audit: settings, batch: BatchSettings(out: out, jobs: jobs, format: format, resume: resume, isolation: isolation),
                                 logger: logger)
        let progress = BatchProgress(total: bundles.count + refused.count, isTerminal: isatty(STDERR_FILENO) == 1 && !logging.quiet)
        let summary: BatchSummary
        do {
            summary = try runner.run(bundles, refused: refused) { row in progress.advance(rejected: row.status != "audited") }
        } catch let failure as AuditSetupError {
            throw StandardError.exit(failure)
        } catch let failure as AtomicFile.Failure {
            StandardError.write("\(failure.path): error: the summary could not be written: \(failure.reason)")
            throw ExitCode(ExitStatus.usage)
        }
        progress.finish(summary.closingLine)
        if resume { StandardError.write(ResumeAccount(summary.rows).line) }
        if let ledger { try LedgerCommand.importBatch(out: out, data: try LedgerOptions.parse(["--data", ledger]), season: season) }
        if summary.rows.contains(where: { $0.status != "audited" }) { throw ExitCode(ExitStatus.rejected) }
        if let failOn, summary.rows.contains(where: { failOn.isReached(by: $0.outcome) }) { throw ExitCode(ExitStatus.notAwarded) }
    }
}


extension FailOn: ExpressibleByArgument {}
