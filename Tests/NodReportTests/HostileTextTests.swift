import Foundation
import NodAudit
import NodCore
import NodReport
import NodRules
import NodTestSupport
import Testing

/// Text from a bundle is inert in every format: hostile strings put into every field a bundle
/// can reach, each format parsed by a strict parser of that format, and nothing forged.
struct HostileTextTests {
    static let hostile = [
        "Line\nBreak", "**Dyfarnwyd** Awarded\n# Awarded", "=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)",
        "\u{1B}[31mred\u{1B}[0m\u{1B}]0;title\u{07}", "<!-- x -->", "<script>alert(1)</script>", "a\"\u{301}b,\"c\"",
        "\u{FFFE}\u{FFFF}", "\u{202E}evil\u{202C}", "`code` ``more``", "| pipe |", "1. item", "\r\nCR", "tab\there", "&amp; &#x3c;",
        "[link](javascript:x)", "![img](x)", "\\", "\u{0}nul",
    ]

    static let baseline = Result { () throws -> AuditReport in
        var settings = AuditSettings(auditDate: LocalDate(year: 2026, month: 6, day: 30)!)
        settings.plugins = PluginSearch(paths: [], environment: [], installed: nil)
        let auditor = try Auditor(settings)
        defer { auditor.close() }
        return try auditor.audit(RepositoryPaths.examples.appendingPathComponent("bristol-adaptations").path).get()
    }

    /// The report with `text` in every field a bundle can fill.
    static func report(with text: String) throws -> AuditReport {
        var report = try baseline.get()
        report.bundle.organisation = text
        let index = try #require(report.results.firstIndex { $0.status == .fail || $0.status == .notEvidenced })
        report.results[index].message = LocalizedText(en: text, cy: text)
        report.results[index].evidence = [EvidenceCitation(path: text, line: 3)]
        report.results[0].evidence = [EvidenceCitation(path: text)]
        let quoted = String(decoding: try JSONSerialization.data(withJSONObject: [text], options: .fragmentsAllowed), as: UTF8.self).dropFirst().dropLast()
        report.problems.append(try JSONDecoder().decode(AuditReport.ProblemEntry.self, from: Data(
            #"{"code": "csv.bad-date", "path": \#(quoted), "line": 2, "column": 1, "message": \#(quoted)}"#.utf8)))
        report.evidence.append(try JSONDecoder().decode(AuditReport.EvidenceEntry.self, from: Data(
            #"{"path": \#(quoted), "sha256": "\#(String(repeating: "0", count: 64))", "bytes": 1}"#.utf8)))
        return report
    }

    @Test func markdownKeepsItsShapeAndHoldsNoControlCharacters() throws {
        let benign = MarkdownReportRenderer.render(try Self.report(with: "plain"))
        let lines = benign.split(separator: "\n", omittingEmptySubsequences: false).count
        for text in Self.hostile {
            let markdown = MarkdownReportRenderer.render(try Self.report(with: text))
            #expect(markdown.split(separator: "\n", omittingEmptySubsequences: false).count == lines, "\(text.debugDescription)")
            #expect(!markdown.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) },
                    "\(text.debugDescription)")
            let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("# ") }
            #expect(headings.count == 1, "\(text.debugDescription)")
            // Outside code spans (where text is shown as it is), no markup from the bundle is live.
            #expect(!Self.outsideCode(markdown).contains("**Dyfarnwyd** Awarded"), "\(text.debugDescription)")
        }
    }

    /// The Markdown without its code spans (a run of backticks to the next run as long).
    static func outsideCode(_ markdown: String) -> String {
        var out = "", fence = 0, index = markdown.startIndex
        while index < markdown.endIndex {
            var run = 0, end = index
            while end < markdown.endIndex, markdown[end] == "`" { run += 1; end = markdown.index(after: end) }
            if run > 0 {
                if fence == 0 { fence = run } else if run == fence { fence = 0 }
                index = end
                continue
            }
            if fence == 0 { out.append(markdown[index]) }
            index = markdown.index(after: index)
        }
        return out
    }

    @Test func jsonAndSARIFParse() throws {
        for text in Self.hostile {
            let report = try Self.report(with: text)
            for format in [ReportFormat.json, .sarif] {
                #expect(throws: Never.self, "\(format) \(text.debugDescription)") { _ = try JSONSerialization.jsonObject(with: format.render(report)) }
            }
            let decoded = try JSONReportRenderer.decode(ReportFormat.json.render(report))
            #expect(decoded.bundle.organisation == text)
        }
    }

    /// The HTML report, JUnit and the portfolio page, parsed by a strict XML parser; the CSV
    /// summary by a strict CSV reader, every field as written and no formula left live.
    @Test func xmlAndCSVParseStrictly() throws {
        try TemporaryDirectory.with { dir in
            let library = try RuleChoice().load()
            let profile = try #require(library.profile("care-quality-mark"))
            var rows: [BatchRow] = []
            for (index, text) in Self.hostile.enumerated() {
                let report = try Self.report(with: text)
                try ReportFormat.html.render(report).write(to: dir.appendingPathComponent("\(index).html"))
                try ReportFormat.junit.render(report).write(to: dir.appendingPathComponent("\(index).xml"))
                var row = BatchRow(bundle: text, report: text, audit: report, resumed: false)
                row.reason = text
                rows.append(row)
            }
            let summary = BatchSummary(rows: rows, profile: profile, auditDate: LocalDate(year: 2026, month: 6, day: 30)!, language: .en,
                                       packs: library.packs(for: profile))
            try Data(PortfolioHTMLRenderer.render(summary).utf8).write(to: dir.appendingPathComponent("portfolio.html"))
            try summary.csv.write(to: dir.appendingPathComponent("summary.csv"))
            try JSONSerialization.data(withJSONObject: Self.hostile).write(to: dir.appendingPathComponent("hostile.json"))
            let script = """
            import csv, glob, json, sys, xml.etree.ElementTree as E
            d = sys.argv[1]
            for f in sorted(glob.glob(d + '/*.html') + glob.glob(d + '/*.xml')):
                E.parse(f)
            hostile = json.load(open(d + '/hostile.json'))
            with open(d + '/summary.csv', newline='', encoding='utf-8') as f:
                rows = list(csv.reader(f, strict=True))
            assert len(rows) == len(hostile) + 1, len(rows)
            for text, row in zip(hostile, rows[1:]):
                for cell in (row[0], row[2]):
                    if cell[:1] in ('=', '+', '-', '@', '\\t', '\\r'):
                        raise SystemExit('live formula: %r' % cell)
                    expected = "'" + text if text[:1] in ('=', '+', '-', '@', '\\t', '\\r') else text
                    assert cell == expected, (cell, expected)
            print('ok')
            """
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            process.arguments = ["-c", script, dir.path]
            let output = dir.appendingPathComponent("out.txt")
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = process.standardOutput
            try process.run()
            process.waitUntilExit()
            #expect(try String(contentsOf: output, encoding: .utf8) == "ok\n")
        }
    }

    @Test func terminalTextShowsEveryControlCharacter() {
        for text in Self.hostile {
            let shown = OutputEscaping.terminal(text)
            #expect(!shown.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) },
                    "\(text.debugDescription)")
        }
        #expect(OutputEscaping.terminal("a\u{1B}[2J") == "a\\u{1b}[2J")
    }
}
