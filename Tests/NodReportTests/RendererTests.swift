import Foundation
import NodAudit
import NodCore
import NodReport
import NodRules
import NodTestSupport
import Testing

/// The one format table, and the pages rendered beside the reports.
struct RendererTests {
    static let report = Result { () throws -> AuditReport in
        let auditor = try shippedAuditor()
        defer { auditor.close() }
        return try auditor.audit(RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn").path).get()
    }

    @Test(arguments: ReportFormat.allCases)
    func everyFormatRendersAndNamesItsFile(format: ReportFormat) throws {
        let bytes = try format.render(Self.report.get())
        #expect(!bytes.isEmpty)
        #expect(format.fileExtension.hasPrefix(format.rawValue == "junit" ? "junit." : format.rawValue))
        let text = String(decoding: bytes, as: UTF8.self)
        switch format {
        case .json, .sarif: #expect(try JSONSerialization.jsonObject(with: bytes) is [String: Any])
        case .html: #expect(text.hasPrefix("<!DOCTYPE html>"))
        case .junit: #expect(text.hasPrefix("<?xml"))
        case .md: #expect(text.hasPrefix("#"))
        }
    }

    /// The portfolio page escapes what bundles name themselves, in each cell.
    @Test func thePortfolioPageEscapesBundleText() throws {
        let library = try RuleChoice().load()
        let profile = try #require(library.profile("care-quality-mark"))
        var row = BatchRow(bundle: "<b>&\"x\".zip", rejectedBecause: "bad <script>", code: "bundle.not-an-archive")
        row.organisation = "O'Neil & <Co>"
        let summary = BatchSummary(rows: [row], profile: profile, auditDate: LocalDate(year: 2026, month: 6, day: 30)!, language: .en,
                                   packs: library.packs(for: profile))
        let html = PortfolioHTMLRenderer.render(summary)
        #expect(!html.contains("<b>&") && !html.contains("bad <script>") && !html.contains("<Co>"))
        #expect(html.contains("bad &lt;script&gt;"))
        #expect(html.contains("&lt;b&gt;&amp;"))
    }

    /// Every rule of every pack is a row of the catalogue, with its severity and checker.
    @Test func theCatalogueListsEveryRule() throws {
        let library = try RuleChoice().load()
        let page = RuleCatalogueMarkdown.render(library)
        for (rule, _) in library.allRules {
            #expect(page.contains("| \(rule.id) | **"), "\(rule.id)")
            #expect(page.contains("`\(rule.check.value)`"), "\(rule.id)")
        }
        for profile in library.profiles { #expect(page.contains("`\(profile.id)`")) }
    }
}
