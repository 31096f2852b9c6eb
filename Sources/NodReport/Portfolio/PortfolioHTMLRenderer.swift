import Foundation
import NodCore
import NodEngine

/// summary.html: what a regulator asks of a season's batch, on one self-contained page beside
/// the reports it links to. What needs attention comes first (rejected items, items that are
/// not bundles, then not awarded); the counts and the rules most often not met are bars with
/// their numbers written out; the table of every item sorts by any column from the keyboard
/// (the sorted column carries `aria-sort`), filters by decision, level, model and rule, links
/// each row to its report in every format written, and becomes one card per row on a phone.
///
/// Every word a bundle chose (paths, names, reasons quoting them) is escaped; the page is
/// well-formed XHTML, so an XML parser can check it.
package enum PortfolioHTMLRenderer {
    /// Outcomes, most serious first: the order of the page and of the table's first sort.
    static let outcomeOrder = ["rejected", BatchRow.notABundle, "not-awarded", "awarded-with-conditions", "awarded"]

    package static func render(_ summary: BatchSummary) -> String {
        var page = Page(summary: summary)
        return page.render()
    }

    private struct Page {
        let summary: BatchSummary
        let cy: Bool
        let language: String
        var out = ""

        init(summary: BatchSummary) {
            self.summary = summary
            cy = summary.language == .cy
            language = summary.language.rawValue
            sortedRows = summary.rows.sorted { a, b in
                let (ra, rb) = (Self.rank(a.outcome), Self.rank(b.outcome))
                return ra != rb ? ra < rb : a.bundle.utf8.lexicographicallyPrecedes(b.bundle.utf8)
            }
        }

        func e(_ text: String) -> String { OutputEscaping.xml(text) }
        func t(_ en: String, _ cy: String) -> String { self.cy ? cy : en }

        func outcomeName(_ outcome: String) -> String {
            if let decision = Decision(rawValue: outcome) { return ReportStrings.decision(decision).text(language) }
            return outcome == "rejected" ? t("Rejected", "Gwrthodwyd") : t("Not a bundle", "Nid yw'n fwndel")
        }

        func levelName(_ level: String) -> String { summary.levelTitles[level]?.text(language) ?? level }

        func modelName(_ model: String) -> String { CoopModel(rawValue: model)?.name.text(language) ?? model }

        /// The reason a row was not audited, in the page's language: the code's words, then
        /// nod's detail quoted (it names the bundle's own paths, in English).
        func reason(_ row: BatchRow) -> String {
            guard cy else { return row.reason ?? "" }
            return "\(RejectionReason.summary(code: row.code).cy) (“\(row.reason ?? "")”)"
        }

        /// Most serious first, then by path: sorted once, for the list and the table.
        let sortedRows: [BatchRow]

        static func rank(_ outcome: String) -> Int { outcomeOrder.firstIndex(of: outcome) ?? outcomeOrder.count }

        mutating func render() -> String {
            let heading = t("Portfolio summary", "Crynodeb y portffolio")
            out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(language)\">\n<head><meta charset=\"utf-8\"/>"
            out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>\(heading): \(e(summary.profile)), \(summary.auditDate)</title>"
            out += "<style>\(Self.style)</style></head>\n<body>\n<main>\n"
            out += "<h1>\(heading): \(e(summary.profile)), \(summary.auditDate)</h1>\n"
            outcomes()
            attention()
            mostNotMet()
            table()
            out += "</main>\n<script>//<![CDATA[\n\(Self.script)\n//]]></script>\n</body>\n</html>\n"
            return out
        }

        /// Each outcome's count, as a labelled bar with the number written out.
        mutating func outcomes() {
            let total = max(1, summary.rows.count)
            out += "<section aria-labelledby=\"outcomes\"><h2 id=\"outcomes\">\(t("Outcomes", "Canlyniadau"))</h2>\n"
            out += "<p>\(t("Items found", "Eitemau a gafwyd")): <strong>\(summary.rows.count)</strong></p>\n<ul class=\"bars\">\n"
            for outcome in PortfolioHTMLRenderer.outcomeOrder {
                let count = summary.counts[outcome] ?? 0
                out += "<li class=\"\(outcome)\"><span class=\"label\">\(outcomeName(outcome))</span> <strong>\(count)</strong>"
                out += "<span class=\"bar\"><span style=\"width:\(count * 100 / total)%\"></span></span></li>\n"
            }
            out += "</ul>\n</section>\n"
        }

        /// Rejected items and items that are not bundles, each with why.
        mutating func attention() {
            let rows = sortedRows.filter { $0.status != "audited" }
            guard !rows.isEmpty else { return }
            out += "<section aria-labelledby=\"attention\"><h2 id=\"attention\">\(t("Not audited", "Heb eu harchwilio"))</h2>\n<ul class=\"attention\">\n"
            for row in rows {
                out += "<li><code>\(e(row.bundle))</code> — <strong>\(outcomeName(row.outcome))</strong>: \(e(reason(row)))</li>\n"
            }
            out += "</ul>\n</section>\n"
        }

        mutating func mostNotMet() {
            guard let most = summary.mostNotMet.first?.bundles, most > 0 else { return }
            out += "<section aria-labelledby=\"most-not-met\"><h2 id=\"most-not-met\">\(t("Rules most often not met", "Y rheolau a fethwyd amlaf"))</h2>\n"
            out += "<ol class=\"bars\">\n"
            for item in summary.mostNotMet {
                out += "<li><span class=\"label\"><strong>\(e(item.rule))</strong> \(e(summary.titles[item.rule]?.text(language) ?? ""))</span> "
                out += "<strong>\(item.bundles)</strong><span class=\"bar\"><span style=\"width:\(item.bundles * 100 / most)%\"></span></span></li>\n"
            }
            out += "</ol>\n</section>\n"
        }

        /// The filter form's choices: each value found in the rows, named in the page's language.
        func choices(_ values: [String], name: (String) -> String) -> String {
            var seen = Set<String>()
            let unique = values.filter { seen.insert($0).inserted }
            return "<option value=\"\">\(t("All", "Y cyfan"))</option>"
                + unique.map { "<option value=\"\(e($0))\">\(e(name($0)))</option>" }.joined()
        }

        mutating func table() {
            let rows = sortedRows
            out += "<section aria-labelledby=\"every-item\"><h2 id=\"every-item\">\(t("Every item", "Pob eitem"))</h2>\n"
            let rules = Set(rows.flatMap { $0.notMet ?? [] }).sorted()
            out += "<form id=\"filters\" class=\"filters\" role=\"search\" hidden=\"hidden\">\n"
            let selects: [(id: String, label: String, options: String)] = [
                ("decision", t("Decision", "Penderfyniad"), choices(rows.map(\.outcome).sorted { Self.rank($0) < Self.rank($1) }, name: outcomeName)),
                ("level", t("Level", "Lefel"), choices(rows.compactMap(\.level).sorted(), name: levelName)),
                ("model", t("Model", "Model"), choices(rows.compactMap(\.model).sorted(), name: modelName)),
                ("rule", t("Rule not met", "Rheol heb ei bodloni"),
                 choices(rules) { "\($0) \(summary.titles[$0]?.text(language) ?? "")" }),
            ]
            for select in selects {
                out += "<div><label for=\"filter-\(select.id)\">\(select.label)</label>"
                out += "<select id=\"filter-\(select.id)\" data-filter=\"\(select.id)\">\(select.options)</select></div>\n"
            }
            out += "</form>\n<p id=\"shown\" aria-live=\"polite\" data-of=\"\(t("Showing %1 of %2", "Yn dangos %1 allan o %2"))\"></p>\n"
            let columns: [(label: String, numeric: Bool)] = [
                (t("Bundle", "Bwndel"), false), (t("Organisation", "Sefydliad"), false), (t("Decision", "Penderfyniad"), false),
                (t("Level", "Lefel"), false), (t("Score %", "Sgôr %"), true), (t("Major", "Mawr"), true), (t("Minor", "Bach"), true),
                (t("Reports", "Adroddiadau"), false),
            ]
            out += "<table id=\"rows\">\n<caption>\(t("Most serious first; choose a column heading to sort by it.", "Y mwyaf difrifol yn gyntaf; dewiswch bennawd colofn i drefnu yn ei ôl."))</caption>\n"
            out += "<thead><tr>"
            for (index, column) in columns.enumerated() {
                let sorted = index == 2 ? " aria-sort=\"ascending\"" : ""
                out += "<th scope=\"col\"\(sorted)><button type=\"button\" data-column=\"\(index)\"\(column.numeric ? " data-numeric=\"1\"" : "")>\(column.label)</button></th>"
            }
            out += "</tr></thead>\n<tbody>\n"
            for row in rows {
                let attributes = "data-decision=\"\(e(row.outcome))\" data-level=\"\(e(row.level ?? ""))\" data-model=\"\(e(row.model ?? ""))\" "
                    + "data-rule=\" \(e((row.notMet ?? []).joined(separator: " "))) \""
                out += "<tr \(attributes)>"
                out += "<td data-label=\"\(columns[0].label)\"><code>\(e(row.bundle))</code></td>"
                out += "<td data-label=\"\(columns[1].label)\">\(e(row.organisation ?? ""))</td>"
                out += "<td data-label=\"\(columns[2].label)\" data-sort=\"\(Self.rank(row.outcome))\" class=\"\(e(row.outcome))\">\(outcomeName(row.outcome))</td>"
                out += "<td data-label=\"\(columns[3].label)\">\(e(row.level.map(levelName) ?? ""))</td>"
                out += "<td data-label=\"\(columns[4].label)\">\(row.percent.map { String($0) } ?? "")</td>"
                out += "<td data-label=\"\(columns[5].label)\">\(row.failedMajor.map(String.init) ?? "")</td>"
                out += "<td data-label=\"\(columns[6].label)\">\(row.failedMinor.map(String.init) ?? "")</td>"
                out += "<td data-label=\"\(columns[7].label)\">\(links(row))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</section>\n"
        }

        /// The row's report in each format written: "JSON · HTML".
        func links(_ row: BatchRow) -> String {
            guard let report = row.report else { return "" }
            let name = report.hasSuffix(".json") ? String(report.dropLast(".json".count)) : report
            return summary.formats.map { format in
                let file = format == "json" && !report.hasSuffix(".json") ? report : "\(name).\(format)"
                let label = format == "junit.xml" ? "JUnit" : format == "md" ? "Markdown" : format.uppercased()
                return "<a href=\"\(e(Self.href(file)))\">\(label)<span class=\"visually-hidden\"> \(e(row.bundle))</span></a>"
            }.joined(separator: " · ")
        }

        /// A report's file name as a relative link: every byte outside the unreserved set is
        /// percent-encoded, so a name cannot become a scheme or leave the folder.
        static func href(_ file: String) -> String {
            let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
            return "./" + (file.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }

        static let style = """
        body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1f2937;background:#fff}main{max-width:72rem;margin:0 auto;padding:1rem}\
        h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-top:2rem}code{overflow-wrap:anywhere}\
        .bars{list-style:none;padding:0;max-width:48rem}.bars li{margin:.5rem 0;display:grid;grid-template-columns:minmax(12rem,22rem) 3rem 1fr;\
        gap:.5rem;align-items:center}ol.bars{list-style:decimal inside}ol.bars li{display:list-item}ol.bars li .label{display:inline}\
        ol.bars li .bar{margin:.2rem 0 0 1.5rem}\
        .bar{display:block;height:.8rem;background:#e5e7eb;border-radius:2px;min-width:4rem}.bar span{display:block;height:100%;background:#1d4ed8;border-radius:2px}\
        .rejected .bar span,.not-a-bundle .bar span,.not-awarded .bar span{background:#b91c1c}.awarded-with-conditions .bar span{background:#b45309}\
        .awarded .bar span{background:#15803d}\
        .filters{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}.filters label{display:block;font-weight:600}\
        select{font:inherit;padding:.3rem;border:2px solid #374151;max-width:100%}\
        table{border-collapse:collapse;width:100%}caption{text-align:left;color:#4b5563;padding:.3rem 0}\
        th,td{padding:.4rem .5rem;border-bottom:1px solid #d1d5db;text-align:left;vertical-align:top}th{background:#f3f4f6}\
        th button{font:inherit;font-weight:700;background:none;border:0;padding:.2rem;cursor:pointer;color:#1e3a8a;text-decoration:underline}\
        th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}\
        button:focus,select:focus,a:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:0 0 0 5px #0b0c0c}\
        td.awarded{color:#166534}td.awarded-with-conditions{color:#92400e}td.not-awarded,td.rejected,td.not-a-bundle{color:#991b1b;font-weight:600}\
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}\
        a{color:#1d4ed8}[hidden]{display:none!important}\
        @media (max-width:40rem){main{padding:.75rem}.bars li{grid-template-columns:1fr auto}.bars li .bar{grid-column:1/3}\
        table,thead,tbody,tr,th,td,caption{display:block}thead tr{display:flex;flex-wrap:wrap;gap:.25rem}thead th{border:0;padding:.1rem}\
        tbody tr{border:1px solid #d1d5db;border-radius:4px;margin:.75rem 0;padding:.4rem}tbody td{border:0;padding:.15rem 0}\
        tbody td::before{content:attr(data-label) ": ";font-weight:600}tbody td:empty{display:none}\
        .filters{display:block}.filters div{margin:.5rem 0}select{width:100%}}\
        @media print{tr{break-inside:avoid}.filters,th button::after{display:none}}
        """

        /// Sorting by any column (the button in its heading; `aria-sort` follows), and the
        /// filters (shown only when this script runs; without it every row is shown).
        static let script = """
        (function(){var table=document.getElementById('rows'),body=table.tBodies[0],form=document.getElementById('filters'),shown=document.getElementById('shown');
        var rows=Array.prototype.slice.call(body.rows);
        function key(row,c){var cell=row.cells[c];return cell.getAttribute('data-sort')||cell.textContent;}
        function sort(c,numeric,direction){var sorted=rows.slice().sort(function(x,y){var a=key(x,c),b=key(y,c),o;
        if(numeric||x.cells[c].hasAttribute('data-sort')){var n=parseFloat(a),m=parseFloat(b);o=(isNaN(n)?-1:n)-(isNaN(m)?-1:m);}else{o=a.localeCompare(b);}
        return direction==='ascending'?o:-o;});sorted.forEach(function(r){body.appendChild(r);});}
        Array.prototype.forEach.call(table.tHead.querySelectorAll('button'),function(button){button.addEventListener('click',function(){
        var th=button.parentNode,direction=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
        Array.prototype.forEach.call(table.tHead.querySelectorAll('th'),function(h){h.removeAttribute('aria-sort');});
        th.setAttribute('aria-sort',direction);sort(+button.getAttribute('data-column'),button.hasAttribute('data-numeric'),direction);});});
        var selects=form.querySelectorAll('select');
        function filter(){var count=0;rows.forEach(function(row){var keep=true;Array.prototype.forEach.call(selects,function(s){var v=s.value,f=s.getAttribute('data-filter');
        if(!v)return;if(f==='rule'){keep=keep&&row.getAttribute('data-rule').indexOf(' '+v+' ')>=0;}else{keep=keep&&row.getAttribute('data-'+f)===v;}});
        row.hidden=!keep;if(keep)count++;});shown.textContent=shown.getAttribute('data-of').replace('%1',count).replace('%2',rows.length);}
        Array.prototype.forEach.call(selects,function(s){s.addEventListener('change',filter);});
        form.hidden=false;filter();})();
        """
    }
}
