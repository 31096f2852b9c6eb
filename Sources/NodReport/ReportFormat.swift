package import Foundation

/// The formats a report can be written in, and the one table from a format to its renderer:
/// `nod audit`, every report of `nod batch` and the server all render through it.
package enum ReportFormat: String, CaseIterable, Sendable {
    case json, md, html, junit, sarif

    /// The report's bytes in this format.
    package func render(_ report: AuditReport) throws -> Data {
        switch self {
        case .json: try JSONReportRenderer.render(report)
        case .md: Data(MarkdownReportRenderer.render(report).utf8)
        case .html: Data(HTMLReportRenderer.render(report).utf8)
        case .junit: Data(JUnitReportRenderer.render(report).utf8)
        case .sarif: try SARIFReportRenderer.render(report)
        }
    }

    /// The ending of a file in this format, after the report's name: `.json`, `.junit.xml` …
    package var fileExtension: String {
        self == .junit ? "junit.xml" : rawValue
    }

    /// The format a file's name asks for (`report.html` → html, `report.sarif.json` → sarif),
    /// or `nil` when its ending names none.
    package static func named(by fileName: String) -> ReportFormat? {
        let name = fileName.lowercased()
        let endings: [(String, ReportFormat)] = [
            (".sarif.json", .sarif), (".sarif", .sarif), (".junit.xml", .junit), (".xml", .junit), (".json", .json),
            (".html", .html), (".htm", .html), (".md", .md), (".markdown", .md),
        ]
        return endings.first { name.hasSuffix($0.0) }?.1
    }
}
