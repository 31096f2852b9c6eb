package import Foundation

/// The JSON report: keys sorted, so the same report is always the same bytes.
package enum JSONReportRenderer {
    package static func render(_ report: AuditReport) throws -> Data {
        var json = CanonicalJSONWriter()
        json.object(report)
        return json.finish()
    }

    package static func decode(_ data: Data) throws -> AuditReport {
        try JSONDecoder().decode(AuditReport.self, from: data)
    }
}
