import Foundation
package import NodCore

/// The report as one self-contained XHTML page (inline CSS and SVG; no script, no external
/// file): decision and level first, then what to put right, charts, every requirement with its
/// evidence, what does not apply. Readable on a phone; prints on A4 without cut rows.
package enum HTMLReportRenderer {
    package static func render(_ report: AuditReport) -> String {
        let lang = report.language
        func t(_ text: LocalizedText) -> String { OutputEscaping.xml(text.text(lang)) }
        func e(_ text: String) -> String { OutputEscaping.xml(text) }
        var out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(lang)\">\n<head>\n"
        out += "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>\(t(ReportStrings.title)): \(e(report.bundle.organisation))</title>\n<style>\(stylesheet)</style>\n</head>\n<body>\n"
        out += body(report, citationURL: nil, containers: ("main", "footer"), heading: 1)
        out += "</body>\n</html>\n"
        return out
    }

    /// The report without its page around it, for the web office's layout: each citation links
    /// to `citationURL` (the evidence viewer at that file and line).
    package static func fragment(_ report: AuditReport, citationURL: @escaping (EvidenceCitation) -> String) -> String {
        body(report, citationURL: citationURL, containers: ("div", "div"), heading: 2)
    }

    private static func body(_ report: AuditReport, citationURL: ((EvidenceCitation) -> String)?, containers: (main: String, footer: String), heading: Int) -> String {
        // In the office's pages the report sits under the page's own h1: every level one lower.
        func h(_ level: Int) -> String { "h\(level + heading - 1)" }
        let lang = report.language
        func t(_ text: LocalizedText) -> String { OutputEscaping.xml(text.text(lang)) }
        func e(_ text: String) -> String { OutputEscaping.xml(text) }
        func cites(_ evidence: [EvidenceCitation]) -> String {
            evidence.map { citation in
                guard let citationURL else { return "<code>\(e(citation.description))</code>" }
                return "<a class=\"citation\" href=\"\(e(citationURL(citation)))\"><code>\(e(citation.description))</code></a>"
            }.joined(separator: " ")
        }
        let decisionClass = switch report.decision {
        case .awarded: "awarded"
        case .awardedWithConditions: "conditions"
        case .notAwarded: "not-awarded"
        }
        var out = "<header class=\"decision \(decisionClass)\">\n<p class=\"organisation\">\(e(report.bundle.organisation))</p>\n"
        out += "<\(h(1))>\(t(ReportStrings.decision(report.decision)))</\(h(1))>\n"
        out += "<p class=\"level\">\(t(ReportStrings.levelLabel)): <strong>\(report.levelTitle.map(t) ?? t(ReportStrings.noLevel))</strong> · "
        out += "\(t(ReportStrings.scoreLabel)): <strong>\(report.score.earned)/\(report.score.possible)</strong> (\(NumberText.short(report.score.percent))%)</p>\n"
        if !report.blocking { out += "<p class=\"note\">\(t(ReportStrings.selfCheck))</p>\n" }
        out += "</header>\n<\(containers.main) class=\"report-body\">\n<dl class=\"facts\">\n"
        out += "<dt>\(t(ReportStrings.auditDate))</dt><dd>\(report.auditDate)</dd>\n"
        out += "<dt>\(t(ReportStrings.period))</dt><dd>\(e(report.bundle.period.description))</dd>\n"
        out += "<dt>\(t(ReportStrings.profile))</dt><dd>\(e(report.rules.profileTitle.map(t) ?? report.rules.profile)) \(e(report.rules.profileVersion)) (<code>\(e(report.rules.profile))</code>)</dd>\n"
        out += "<dt>\(t(ReportStrings.digest))</dt><dd><code class=\"digest\">\(report.bundle.sha256)</code></dd>\n"
        out += "<dt>\(t(ReportStrings.signedBy))</dt><dd>\(e(ReportStrings.signatureLine(report, language: lang) { $0 }))</dd>\n"
        out += "</dl>\n"

        let notMet = report.notMetInOrder
        out += "<section>\n<\(h(2))>\(t(ReportStrings.toFix))</\(h(2))>\n"
        if notMet.isEmpty { out += "<p>\(t(ReportStrings.nothingToFix))</p>\n" }
        for result in notMet {
            out += "<article class=\"finding \(result.severity.rawValue)\">\n<\(h(3))>\(e(result.rule)) \(t(result.title))</\(h(3))>\n"
            out += "<p class=\"badges\"><span class=\"badge \(result.severity.rawValue)\">\(t(ReportStrings.severity(result.severity)))</span> "
            out += "<span class=\"badge status\">\(t(ReportStrings.status(result.status)))</span></p>\n"
            out += "<p>\(t(result.message))</p>\n"
            if result.status == .notEvidenced { out += "<p class=\"hint\">\(t(ReportStrings.sendEvidence))</p>\n" }
            if !result.evidence.isEmpty { out += "<p>\(t(ReportStrings.evidenceLabel)): \(cites(result.evidence))</p>\n" }
            if let guidance = result.guidance { out += "<p><strong>\(t(ReportStrings.guidanceLabel)):</strong> \(t(guidance))</p>\n" }
            if let action = report.correctiveActions.first(where: { $0.rule == result.rule }) {
                out += "<p><strong>\(t(ReportStrings.dueLabel)):</strong> \(action.due)</p>\n"
            }
            let repeated = ReportStrings.repeated(result, report, lang)
            if !repeated.isEmpty { out += "<p class=\"repeated\"><strong>\(e(repeated))</strong></p>\n" }
            out += "</article>\n"
        }
        if let unclosed = report.history?.unclosedActions, !unclosed.isEmpty {
            out += "<\(h(3))>\(t(ReportStrings.unclosedHeading))</\(h(3))>\n<ul>\n"
            for action in unclosed { out += "<li>\(e(action.rule)) — \(t(ReportStrings.dueLabel)) \(action.due)</li>\n" }
            out += "</ul>\n"
        }
        out += "</section>\n"
        out += charts(report, t: t)

        out += "<section>\n<\(h(2))>\(t(ReportStrings.allResults))</\(h(2))>\n<table>\n<thead><tr>"
        let columns = [ReportStrings.ruleColumn, ReportStrings.requirementColumn, ReportStrings.severityColumn, ReportStrings.resultColumn, ReportStrings.findingColumn]
        for column in columns { out += "<th scope=\"col\">\(t(column))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for result in report.results where result.status != .notApplicable {
            out += "<tr class=\"\(result.status.rawValue)\">"
            out += "<td data-label=\"\(t(columns[0]))\">\(e(result.rule))</td><td data-label=\"\(t(columns[1]))\">\(t(result.title))</td>"
            out += "<td data-label=\"\(t(columns[2]))\">\(t(ReportStrings.severity(result.severity)))</td>"
            out += "<td data-label=\"\(t(columns[3]))\"><span class=\"status-\(result.status.rawValue)\">\(t(ReportStrings.status(result.status)))</span></td>"
            out += "<td data-label=\"\(t(columns[4]))\">\(t(result.message)) \(cites(result.evidence))"
            if let waiver = result.waiver { out += "<br/><em>\(t(ReportStrings.waivedBy)): \(e(waiver.justification)) (\(e(waiver.approver)), \(waiver.expires))</em>" }
            out += "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
        let notApplicable = report.results.filter { $0.status == .notApplicable }
        if !notApplicable.isEmpty {
            out += "<section>\n<\(h(2))>\(t(ReportStrings.notApplicable))</\(h(2))>\n<ul>\n"
            for result in notApplicable { out += "<li><strong>\(e(result.rule))</strong> \(t(result.title)): \(result.reasonText.map(t) ?? "")</li>\n" }
            out += "</ul>\n</section>\n"
        }
        if !report.problems.isEmpty {
            out += "<section>\n<\(h(2))>\(t(ReportStrings.problems))</\(h(2))>\n<ul>\n"
            for problem in report.problems {
                var location = problem.path
                if let line = problem.line { location += ":\(line)" }
                if let column = problem.column { location += ":\(column)" }
                out += "<li><code>\(e(location))</code> \(e(MarkdownReportRenderer.problemText(problem, language: lang)))</li>\n"
            }
            out += "</ul>\n</section>\n"
        }
        out += "</\(containers.main)>\n<\(containers.footer) class=\"report-footer\">\n<p>nod \(e(report.tool.version)) · "
        out += report.rules.packs.map { "<code>\(e($0.id))</code> \(e($0.version)) (<code>\($0.sha256.prefix(12))</code>)" }.joined(separator: " · ")
        out += "</p>\n<p>\(t(ReportStrings.reproduce)): <code>\(e(ReportStrings.reproduceCommand(report, language: lang)))</code></p>\n"
        let digests = ReportStrings.reproduceDigests(report)
        if !digests.isEmpty {
            out += "<p>\(t(ReportStrings.reproduceFiles)):</p>\n<ul>" + digests.map { "<li><code>\(e($0))</code></li>" }.joined() + "</ul>\n"
        }
        if report.results.contains(where: { $0.measures?["swemwbs-mean"] != nil }) {
            out += "<p class=\"notice\">SWEMWBS © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008.</p>\n"
        }
        out += "</\(containers.footer)>\n"
        return out
    }

    static func charts(_ report: AuditReport, t: (LocalizedText) -> String) -> String {
        var packs: [String] = []
        for result in report.results where !packs.contains(result.pack) { packs.append(result.pack) }
        let colours = (met: "#15803d", notMet: "#b91c1c", noEvidence: "#d97706", notApplicable: "#9ca3af")
        let rows = packs.map { pack -> (label: String, segments: [SVGCharts.Segment]) in
            let results = report.results.filter { $0.pack == pack }
            let title = report.rules.packs.first { $0.id == pack }?.title.map(t) ?? pack
            return (title, [
                .init(value: results.count(where: { $0.status.isMet }), colour: colours.met, label: t(ReportStrings.met)),
                .init(value: results.count(where: { $0.status == .fail || $0.status == .error }), colour: colours.notMet, label: t(ReportStrings.notMet)),
                .init(value: results.count(where: { $0.status == .notEvidenced }), colour: colours.noEvidence, label: t(ReportStrings.noEvidenceShort)),
                .init(value: results.count(where: { $0.status == .notApplicable }), colour: colours.notApplicable, label: t(ReportStrings.notApplicableShort)),
            ])
        }
        var out = "<section class=\"charts\">\n<figure>\n<figcaption>\(t(ReportStrings.resultsByArea))</figcaption>\n"
        out += SVGCharts.stackedBars(title: t(ReportStrings.resultsByArea), rows: rows) + "\n</figure>\n"
        let severities = [Severity.major, .minor, .observation].map { severity -> (label: String, segments: [SVGCharts.Segment]) in
            let counted = report.results.filter { $0.severity == severity && $0.status.counts }
            return (t(ReportStrings.severity(severity)), [
                .init(value: counted.count(where: { $0.status.isMet }), colour: colours.met, label: t(ReportStrings.met)),
                .init(value: counted.count(where: { !$0.status.isMet }), colour: colours.notMet, label: t(ReportStrings.notMet)),
            ])
        }
        out += "<figure>\n<figcaption>\(t(ReportStrings.notMetBySeverity))</figcaption>\n"
        out += SVGCharts.stackedBars(title: t(ReportStrings.notMetBySeverity), rows: severities) + "\n</figure>\n"
        let measures = report.results.compactMap(\.measures)
        if let now = measures.compactMap({ $0["swemwbs-mean"] }).first {
            var bars: [(label: String, value: Double)] = []
            if let before = measures.compactMap({ $0["swemwbs-mean-previous"] }).first { bars.append((t(ReportStrings.previousWave), before)) }
            bars.append((t(ReportStrings.thisWave), now))
            out += "<figure>\n<figcaption>\(t(ReportStrings.wellbeingChart))</figcaption>\n"
            out += SVGCharts.wellbeing(title: t(ReportStrings.wellbeingChart), bars: bars, normLabel: t(ReportStrings.englandMeans)) + "\n</figure>\n"
        }
        return out + "</section>\n"
    }

    package static let stylesheet = """
    :root { --ink: #1f2937; --muted: #4b5563; --line: #e5e7eb; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f9fafb; }
    header.decision { padding: 1.5rem 1.25rem; color: #fff; }
    header.awarded { background: #166534; } header.conditions { background: #92400e; } header.not-awarded { background: #991b1b; }
    header h1 { margin: 0.2rem 0; font-size: 2rem; } header p { margin: 0.2rem 0; } .organisation { font-size: 1.1rem; opacity: 0.95; }
    header .note { font-style: italic; }
    main, .report-body { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; }
    h2 { margin-top: 2rem; border-bottom: 2px solid var(--line); padding-bottom: 0.3rem; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1rem; background: #fff; padding: 1rem; border: 1px solid var(--line); border-radius: 6px; }
    dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
    code { font: 0.85em ui-monospace, Menlo, Consolas, monospace; background: #f3f4f6; padding: 0 0.25em; border-radius: 3px; overflow-wrap: anywhere; }
    .finding { background: #fff; border: 1px solid var(--line); border-left: 6px solid #9ca3af; border-radius: 6px; padding: 0.75rem 1rem; margin: 0.75rem 0; }
    .finding.major { border-left-color: #b91c1c; } .finding.minor { border-left-color: #d97706; } .finding.observation { border-left-color: #2563eb; }
    .finding h3 { margin: 0 0 0.3rem; font-size: 1.1rem; }
    .badge { display: inline-block; font-size: 0.8rem; padding: 0.1rem 0.5rem; border-radius: 999px; background: #e5e7eb; }
    .badge.major { background: #fee2e2; } .badge.minor { background: #fef3c7; } .badge.observation { background: #dbeafe; }
    .hint { color: var(--muted); }
    .charts { display: grid; gap: 1rem; margin-top: 2rem; } figure { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem; }
    figcaption { font-weight: 600; margin-bottom: 0.5rem; } svg { width: 100%; height: auto; display: block; }
    .chart-label { font-size: 13px; fill: var(--ink); } .chart-value { font-size: 12px; fill: #fff; font-weight: 600; }
    table { width: 100%; border-collapse: collapse; background: #fff; font-size: 0.92rem; }
    th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.5rem; border-bottom: 1px solid var(--line); }
    th { background: #f3f4f6; }
    .status-pass, .status-attested, .status-waived { color: #166534; font-weight: 600; } .status-fail, .status-error { color: #991b1b; font-weight: 600; }
    .status-not-evidenced { color: #92400e; font-weight: 600; }
    footer, .report-footer { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem 2rem; color: var(--muted); font-size: 0.85rem; }
    @media (max-width: 640px) {
      table, thead, tbody, tr, td { display: block; } thead { display: none; }
      tr { border: 1px solid var(--line); border-radius: 6px; margin-bottom: 0.6rem; }
      td { border: none; padding: 0.2rem 0.6rem; } td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
      dl.facts { grid-template-columns: 1fr; } header h1 { font-size: 1.6rem; }
    }
    @page { size: A4; margin: 14mm; }
    @media print {
      body { background: #fff; font-size: 10.5pt; } header.decision { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      tr, .finding, figure { break-inside: avoid; page-break-inside: avoid; } thead { display: table-header-group; }
      h2 { break-after: avoid; } main { max-width: none; }
    }
    """
}
