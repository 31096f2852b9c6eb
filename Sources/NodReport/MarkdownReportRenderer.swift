import Foundation
import NodCore

/// The report as Markdown a co-op board can read: the decision first, then what to put
/// right (majors first), then every requirement, then what does not apply — all in one language.
package enum MarkdownReportRenderer {
    package static func render(_ report: AuditReport) -> String {
        let lang = report.language
        func t(_ text: LocalizedText) -> String { text.text(lang) }
        var out = "# \(t(ReportStrings.title)): \(md(report.bundle.organisation))\n\n"
        let level = report.levelTitle.map(t) ?? t(ReportStrings.noLevel)
        out += "**\(t(ReportStrings.decisionLabel)): \(t(ReportStrings.decision(report.decision)))** · "
        out += "\(t(ReportStrings.levelLabel)): \(level) · "
        out += "\(t(ReportStrings.scoreLabel)): \(report.score.earned)/\(report.score.possible) (\(NumberText.short(report.score.percent))%)\n\n"
        if !report.blocking { out += "> \(t(ReportStrings.selfCheck))\n\n" }
        out += "| | |\n|---|---|\n"
        out += "| \(t(ReportStrings.auditDate)) | \(report.auditDate) |\n"
        out += "| \(t(ReportStrings.period)) | \(report.bundle.period) |\n"
        out += "| \(t(ReportStrings.profile)) | \(md(report.rules.profileTitle.map(t) ?? report.rules.profile)) \(report.rules.profileVersion) (`\(report.rules.profile)`) |\n"
        out += "| \(t(ReportStrings.digest)) | `\(report.bundle.sha256)` |\n"
        out += "| \(t(ReportStrings.signedBy)) | \(md(ReportStrings.signatureLine(report, language: lang) { $0 })) |\n\n"

        let notMet = report.notMetInOrder
        out += "## \(t(ReportStrings.toFix))\n\n"
        if notMet.isEmpty { out += "\(t(ReportStrings.nothingToFix))\n\n" }
        for result in notMet {
            out += "### \(result.rule) \(md(t(result.title)))\n\n"
            out += "*\(t(ReportStrings.severity(result.severity))) · \(t(ReportStrings.status(result.status)))*\n\n"
            out += "\(md(t(result.message)))\n\n"
            if result.status == .notEvidenced { out += "\(t(ReportStrings.sendEvidence))\n\n" }
            if !result.evidence.isEmpty {
                out += "\(t(ReportStrings.evidenceLabel)): " + result.evidence.map { code("\($0)") }.joined(separator: ", ") + "\n\n"
            }
            if let guidance = result.guidance { out += "\(t(ReportStrings.guidanceLabel)): \(md(t(guidance)))\n\n" }
            if let action = report.correctiveActions.first(where: { $0.rule == result.rule }) {
                out += "\(t(ReportStrings.dueLabel)): \(action.due)\n\n"
            }
            let repeated = ReportStrings.repeated(result, report, lang)
            if !repeated.isEmpty { out += "**\(md(repeated))**\n\n" }
        }
        if let unclosed = report.history?.unclosedActions, !unclosed.isEmpty {
            out += "### \(t(ReportStrings.unclosedHeading))\n\n"
            for action in unclosed { out += "- \(code(action.rule)) — \(t(ReportStrings.dueLabel)) \(action.due)\n" }
            out += "\n"
        }

        out += "## \(t(ReportStrings.allResults))\n\n"
        out += "| \(t(ReportStrings.ruleColumn)) | \(t(ReportStrings.requirementColumn)) | \(t(ReportStrings.severityColumn)) | \(t(ReportStrings.resultColumn)) | \(t(ReportStrings.findingColumn)) |\n"
        out += "|---|---|---|---|---|\n"
        for result in report.results where result.status != .notApplicable {
            let cites = result.evidence.prefix(3).map { code("\($0)") }.joined(separator: " ")
            out += "| \(result.rule) | \(md(t(result.title))) | \(t(ReportStrings.severity(result.severity))) | \(t(ReportStrings.status(result.status))) | \(md(t(result.message))) \(cites) |\n"
        }
        let waived = report.results.filter { $0.waiver != nil }
        if !waived.isEmpty || !(report.waivers?.expired.isEmpty ?? true) || !(report.waivers?.unused.isEmpty ?? true) {
            out += "\n## \(t(ReportStrings.waiversHeading))\n\n"
            for result in waived {
                guard let waiver = result.waiver else { continue }
                out += "- **\(result.rule)** \(t(ReportStrings.waivedBy)): \(md(waiver.justification)) (\(md(waiver.approver)), \(waiver.granted) – \(waiver.expires))\n"
            }
            for waiver in report.waivers?.expired ?? [] {
                out += "- **\(md(waiver.rule))** \(t(ReportStrings.expiredWaiver)) \(waiver.expires)\n"
            }
            for waiver in report.waivers?.unused ?? [] {
                out += "- **\(md(waiver.rule))** \(t(ReportStrings.unusedWaiver)): \(md(waiver.reason.map(t) ?? ""))\n"
            }
        }
        let notApplicable = report.results.filter { $0.status == .notApplicable }
        if !notApplicable.isEmpty {
            out += "\n## \(t(ReportStrings.notApplicable))\n\n"
            for result in notApplicable {
                out += "- **\(result.rule)** \(md(t(result.title))): \(md(result.reasonText.map(t) ?? ""))\n"
            }
        }
        if !report.problems.isEmpty {
            out += "\n## \(t(ReportStrings.problems))\n\n"
            for problem in report.problems {
                var location = problem.path
                if let line = problem.line { location += ":\(line)" }
                if let column = problem.column { location += ":\(column)" }
                out += "- \(code(location)): \(md(Self.problemText(problem, language: lang)))\n"
            }
        }
        out += "\n---\n\nnod \(report.tool.version) · "
        out += report.rules.packs.map { "`\($0.id)` \($0.version) (`\($0.sha256.prefix(12))`)" }.joined(separator: " · ")
        out += "\n\n\(t(ReportStrings.reproduce)): `\(ReportStrings.reproduceCommand(report, language: lang))`\n"
        let digests = ReportStrings.reproduceDigests(report)
        if !digests.isEmpty {
            out += "\n\(t(ReportStrings.reproduceFiles)):\n\n" + digests.map { "- `\($0)`\n" }.joined()
        }
        return out
    }

    /// Text from the bundle (or quoting it), inert in Markdown: one line, syntax escaped.
    private static func md(_ text: String) -> String { OutputEscaping.markdown(text) }

    /// A path or digest as a code span that no backtick in it can close.
    private static func code(_ text: String) -> String { OutputEscaping.markdownCode(text) }


    /// An evidence problem for a reader of `language`: in Welsh, what kind of problem it is,
    /// then the detail as nod wrote it, quoted (it names the file's own keys and values).
    static func problemText(_ problem: AuditReport.ProblemEntry, language: String) -> String {
        guard language == "cy" else { return problem.message }
        return problem.messageCy ?? "\(Problem.Code(rawValue: problem.code).summary.cy) (“\(problem.message)”)"
    }
}
