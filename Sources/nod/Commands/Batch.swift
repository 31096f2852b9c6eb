import ArgumentParser
import Crypto
import Foundation
import Logging
import NodCore
import NodEngine
import NodEvidence
import NodPlugins
import NodReport
import NodRules

/// `nod batch PATH… --out DIR`: many bundles in parallel, one report each, and a portfolio summary.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Audit many bundles in parallel: one report each, plus summary.csv, summary.json and summary.html.",
        discussion: """
        Finds every bundle under the paths (archives by extension, and folders holding a
        manifest.yaml), audits them with --jobs workers in one process, and writes each report
        atomically to --out, named after the bundle. A rejected bundle is recorded with its reason
        and the batch goes on. Reports are not flushed to disk one by one (the summaries are):
        --resume skips bundles whose report in --out was made from the same evidence, rule packs,
        profile, date and nod version, and audits again one it cannot read. --shard K/N takes a stable 1/N of the
        bundles (by a hash of the file name), so a job-array scheduler can spread a national batch
        over N machines: run K = 1…N with the same --out layout and merge the summaries.

        Exit codes: 0 every bundle audited (whatever the decisions), 3 some bundle rejected,
        2 usage error or invalid rules, 4 internal error.

        Example:
          nod batch submissions/ --out reports/ --date 2026-06-30 --jobs 2 --format html
        """)

    @Argument(help: ArgumentHelp("Bundles, or folders of them.", valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp("Folder for the reports and summaries (created if needed).", valueName: "dir"))
    var out: String

    @Option(help: "Parallel workers. Default: the number of cores.")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Another report format written beside each JSON report: md, html, junit or sarif.")
    var format: Audit.Format?

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

    @OptionGroup(title: "Rules") var rules: RuleOptions
    @OptionGroup(title: "Plug-ins") var plugins: PluginOptions
    @OptionGroup(title: "Limits") var limits: LimitOptions
    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let date, LocalDate(iso8601: date) == nil { throw ValidationError("--date '\(date)' is not a calendar date in the form YYYY-MM-DD") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, e.g. 2/8") }
    }

    func run() throws {
        let logger = logging.makeLogger("nod.batch")
        let library = try rules.library()
        guard let chosen = library.profile(profile) else {
            StandardError.write("error: no profile '\(profile)' is loaded (loaded: \(library.profiles.map(\.id).sorted().joined(separator: ", ")))")
            throw ExitCode(ExitStatus.usage)
        }
        let auditDate = date.flatMap { LocalDate(iso8601: $0) } ?? Today.date
        let shard = self.shard.flatMap(Shard.init)
        let bundles = BundleFinder.find(paths).filter { shard?.contains($0) ?? true }
        let workers = min(jobs, max(1, bundles.count))
        // Each worker has its own plug-in processes and compiled rules. They are made before
        // anything is written; the first compilation also reports every rule error (exit 2).
        let needed = RuleOptions.rulesToValidate(library, only: chosen).flatMap { $0 }
        var setups: [(rules: [CompiledRule], connections: [PluginConnection])] = []
        for index in 0..<workers {
            let (external, connections) = try plugins.connect(forUseBy: needed)
            let (compiled, errors) = RuleOptions.compile(library, registry: try rules.registry(adding: external), profile: chosen)
            if index == 0 { try RuleOptions.reportOrThrow(errors) }
            setups.append((compiled, connections))
        }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let names = ReportNames.assign(bundles)
        let packs = library.packs(for: chosen)
        let progress = BatchProgress(total: bundles.count, isTerminal: isatty(STDERR_FILENO) == 1 && !logging.quiet)
        let rows = RowCollector(count: bundles.count)
        let next = Counter()
        let group = DispatchGroup()
        for (compiled, connections) in setups {
            let pipeline = AuditPipeline(profile: chosen, packs: packs, rules: compiled, waivers: [], attestations: [],
                                         waiversGiven: false, auditDate: auditDate, language: lang)
            let worker = BatchWorker(pipeline: pipeline, loading: BundleLoading(limits: limits, logger: logger), out: out,
                                     format: format, resume: resume)
            group.enter()
            Thread.detachNewThread {
                while let index = next.take(below: bundles.count) {
                    let row = worker.process(bundles[index], name: names[index])
                    rows.set(index, row)
                    progress.advance(rejected: row.status != "audited")
                }
                for connection in connections { connection.close() }
                group.leave()
            }
        }
        group.wait()
        let summary = BatchSummary(rows: rows.all, profile: chosen, auditDate: auditDate, language: lang ?? .en, packs: packs)
        try summary.write(to: out)
        progress.finish(summary.closingLine)
        if summary.rows.contains(where: { $0.status != "audited" }) { throw ExitCode(ExitStatus.rejected) }
    }
}

/// Report file names: the bundle's name without its archive extension, made unique.
enum ReportNames {
    static func assign(_ bundles: [String]) -> [String] {
        let bases = bundles.map { path -> String in
            var name = (path as NSString).lastPathComponent
            for suffix in BundleFinder.archiveSuffixes where name.lowercased().hasSuffix(suffix) {
                name = String(name.dropLast(suffix.count))
                break
            }
            return name.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" }.reduce(into: "") { $0.append($1) }
        }
        let counts = Dictionary(bases.map { ($0, 1) }, uniquingKeysWith: +)
        return zip(bundles, bases).map { path, base in
            guard counts[base, default: 0] > 1 else { return base }
            let hash = SHA256.hash(data: Data(path.utf8)).prefix(4).hexString
            return "\(base)-\(hash)"
        }
    }
}

/// Hands out bundle indexes to workers.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < limit else { return nil }
        defer { next += 1 }
        return next
    }
}

/// The rows of the summary, in bundle order whatever order the workers finish in.
final class RowCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var rows: [BatchRow?]
    init(count: Int) { rows = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ row: BatchRow) {
        lock.lock()
        rows[index] = row
        lock.unlock()
    }
    var all: [BatchRow] {
        lock.lock()
        defer { lock.unlock() }
        return rows.compactMap { $0 }
    }
}
