import ArgumentParser
import Foundation
import NodCore
import NodReport

/// `nod diff OLD.json NEW.json`: what changed between two audits of the same co-op.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two JSON reports: rules newly met, newly not met, and measures that moved.",
        discussion: HelpText.flow("""
        The table's columns are Before (the earlier report) and After (the later one).
        With --fail-on-regression the command exits 1 when the later audit is worse: a rule
        newly not met, or a lower decision (for a pipeline, as conftest's --fail-on-warn).

        Examples:
          nod diff report-2025.json report-2026.json --format md --lang cy
          nod diff report-2025.json report-2026.json --fail-on-regression
        """))

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, json }

    @Argument(help: ArgumentHelp("The earlier report (JSON).", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The later report (JSON).", valueName: "new"))
    var new: String

    @Option(help: "Output format: md or json.")
    var format: Format = .md

    @Option(help: "Language of the Markdown: cy or en. Default: the later report's.")
    var lang: String?

    @Flag(help: "Exit 1 when the later audit is worse: a rule newly not met, or a lower decision.")
    var failOnRegression = false

    func report(_ path: String) throws -> AuditReport {
        let bytes = try InputArgument.read(path, limit: InputFile.reportLimit)
        do {
            return try JSONReportRenderer.decode(Data(bytes))
        } catch {
            StandardError.write("\(path): error: not a nod JSON report (report-format 1)")
            throw ExitCode(ExitStatus.usage)
        }
    }

    func validate() throws {
        if let lang, !["cy", "en"].contains(lang) { throw ValidationError("--lang must be cy or en") }
    }

    func run() throws {
        let before = try report(old), after = try report(new)
        let diff = ReportDiff(old: before, new: after)
        switch format {
        case .json: FileHandle.standardOutput.write(try diff.json())
        case .md: StandardOutput.write(diff.markdown(language: lang ?? after.language))
        }
        if failOnRegression && diff.isRegression { throw ExitCode(ExitStatus.notAwarded) }
    }
}
