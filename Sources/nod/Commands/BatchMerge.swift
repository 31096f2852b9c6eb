import ArgumentParser
import Foundation
import NodAudit
import NodCore
import NodReport

/// `nod batch merge SHARD… --out DIR`: the shards of one batch as one output.
struct BatchMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the outputs of nod batch --shard K/N into the one output a single machine would write.",
        discussion: HelpText.flow("""
        Reads each shard's summary.json, copies every report into --out and writes summary.csv,
        summary.json and summary.html there — byte for byte what one machine running the whole
        batch writes. Give the same --profile, --lang, --format and --rules as the shards had;
        the audit date comes from the shards. Shards of another profile, date or nod version, or
        a bundle in two shards, are a usage error (exit 2).

        Example:
          nod batch merge reports/shard-1 reports/shard-2 --out reports/all
        """))

    @Argument(help: ArgumentHelp("The folders the shards wrote (each a --out).", valueName: "shard"))
    var shards: [String]

    @Option(help: ArgumentHelp("Folder for the merged output (created if needed).", valueName: "dir"))
    var out: String

    @Option(help: ArgumentHelp("The certification profile the shards used.", valueName: "id"))
    var profile = "care-quality-mark"

    @Option(help: "The summary's language, as the shards had it: cy or en.")
    var lang: Language?

    @Option(help: "The other report format the shards wrote: md, html, junit or sarif.")
    var format: ReportFormat?

    @OptionGroup(title: "Rules") var rules: RuleOptions

    func run() throws {
        do {
            let read = try shards.map { shard throws(AuditSetupError) in (folder: shard, summary: try BatchMerge.read(shard)) }
            guard let first = read.first, let date = LocalDate(iso8601: first.summary.auditDate) else {
                throw AuditSetupError(.usage, [.init(at: nil, "no shard to merge")])
            }
            let plan = try AuditPlan(rules: rules.choice, profile: profile, auditDate: date, language: lang)
            let summary = try BatchMerge(plan: plan, language: lang ?? .en, format: format, out: out).merge(read)
            StandardError.write("merged \(read.count) shards: " + summary.closingLine)
        } catch let failure as AuditSetupError {
            throw StandardError.exit(failure)
        }
    }
}
