import Foundation
import NodCore
import NodEngine

/// summary.html: a batch's counts, the rules most often not met, the rejected bundles, and a
/// table sortable by any column — one self-contained page beside the reports it links to.
package enum PortfolioHTMLRenderer {
    package static func render(_ summary: BatchSummary) -> String {
        let (language, profile, auditDate, counts, mostNotMet, rows, titles, levelTitles) =
            (summary.language, summary.profile, summary.auditDate, summary.counts, summary.mostNotMet, summary.rows, summary.titles, summary.levelTitles)
        let cy = language == .cy
        func e(_ text: String) -> String { OutputEscaping.xml(text) }
        let heading = cy ? "Crynodeb y portffolio" : "Portfolio summary"
        var out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(language.rawValue)\">\n<head><meta charset=\"utf-8\"/>"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>\(heading)</title><style>"
        out += "body{font:15px/1.5 system-ui,sans-serif;margin:1.5rem;color:#1f2937}table{border-collapse:collapse;width:100%}"
        out += "th,td{padding:.35rem .5rem;border-bottom:1px solid #e5e7eb;text-align:left}th{background:#f3f4f6;cursor:pointer}"
        out += ".awarded{color:#166534}.awarded-with-conditions{color:#92400e}.not-awarded,.rejected{color:#991b1b}"
        out += "@media print{tr{break-inside:avoid}}</style></head>\n<body>\n"
        out += "<h1>\(heading): \(e(profile)), \(auditDate)</h1>\n<ul>\n"
        let labels: [(key: String, name: String)] = Decision.allCases.map { ($0.rawValue, ReportStrings.decision($0).text(language.rawValue)) }
            + [("rejected", cy ? "Gwrthodwyd (annarllenadwy neu faleisus)" : "Rejected (unreadable or hostile)")]
        for (key, name) in labels { out += "<li class=\"\(key)\">\(name): <strong>\(counts[key] ?? 0)</strong></li>\n" }
        out += "</ul>\n<h2>\(cy ? "Y rheolau a fethwyd amlaf" : "Rules most often not met")</h2>\n<ol>\n"
        for item in mostNotMet {
            out += "<li><strong>\(e(item.rule))</strong> \(e(titles[item.rule]?.text(language.rawValue) ?? "")): \(item.bundles)</li>\n"
        }
        out += "</ol>\n"
        let rejected = rows.filter { $0.status == "rejected" }
        if !rejected.isEmpty {
            out += "<h2>\(cy ? "Bwndeli a wrthodwyd" : "Rejected bundles")</h2>\n<ul>\n"
            for row in rejected {
                let reason = cy ? "\(RejectionReason.summary(code: row.code).cy) (“\(row.reason ?? "")”)" : row.reason ?? ""
                out += "<li><code>\(e(row.bundle))</code>: \(e(reason))</li>\n"
            }
            out += "</ul>\n"
        }
        let columns = cy ? ["Bwndel", "Sefydliad", "Penderfyniad", "Lefel", "Sgôr %", "Mawr", "Bach", "Adroddiad"]
                         : ["Bundle", "Organisation", "Decision", "Level", "Score %", "Major", "Minor", "Report"]
        out += "<h2>\(cy ? "Pob bwndel" : "Every bundle")</h2>\n<table id=\"rows\">\n<thead><tr>"
        for (index, column) in columns.enumerated() { out += "<th onclick=\"sortBy(\(index))\">\(column)</th>" }
        out += "</tr></thead>\n<tbody>\n"
        let decisionNames = Dictionary(labels.map { ($0.key, $0.name) }, uniquingKeysWith: { first, _ in first })
        for row in rows {
            let decision = row.decision ?? row.status
            let level = row.level.map { levelTitles[$0]?.text(language.rawValue) ?? $0 } ?? ""
            out += "<tr><td>\(e(row.bundle))</td><td>\(e(row.organisation ?? ""))</td><td class=\"\(decision)\">\(e(decisionNames[decision] ?? decision))</td>"
            out += "<td>\(e(level))</td><td>\(row.percent.map { String($0) } ?? "")</td><td>\(row.failedMajor.map(String.init) ?? "")</td>"
            out += "<td>\(row.failedMinor.map(String.init) ?? "")</td><td>\(row.report.map { "<a href=\"\(e($0))\">\(e($0))</a>" } ?? "")</td></tr>\n"
        }
        out += "</tbody>\n</table>\n<script>//<![CDATA[\nfunction sortBy(c){var b=document.querySelector('#rows tbody');var r=Array.from(b.rows);"
        out += "var d=b.dataset.c==c&&b.dataset.d!='desc'?'desc':'asc';b.dataset.c=c;b.dataset.d=d;"
        out += "r.sort(function(x,y){var a=x.cells[c].textContent,z=y.cells[c].textContent;var n=parseFloat(a)-parseFloat(z);"
        out += "var o=isNaN(n)?a.localeCompare(z):n;return d=='asc'?o:-o;});r.forEach(function(t){b.appendChild(t);});}\n//]]></script>\n</body>\n</html>\n"
        return out
    }
}
