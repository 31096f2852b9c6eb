public import Foundation

/// The JSON report: keys sorted, so the same report is always the same bytes.
public enum JSONReportRenderer {
    public static func render(_ report: AuditReport) throws -> Data {
        var json = CanonicalJSONWriter()
        json.object(report)
        return json.finish()
    }

    public static func decode(_ data: Data) throws -> AuditReport {
        try JSONDecoder().decode(AuditReport.self, from: data)
    }
}
