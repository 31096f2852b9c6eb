public import Foundation

/// The JSON report: keys sorted, so the same report is always the same bytes.
public enum JSONReportRenderer {
    public static func render(_ report: AuditReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(report)
        data.append(0x0A)
        return data
    }

    public static func decode(_ data: Data) throws -> AuditReport {
        try JSONDecoder().decode(AuditReport.self, from: data)
    }
}
