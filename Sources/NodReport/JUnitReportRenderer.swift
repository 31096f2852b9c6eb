import NodCore

/// The report as JUnit XML, for CI dashboards: one test suite per pack, one test case per
/// rule; not met is a failure, could not be checked an error, not applicable skipped.
public enum JUnitReportRenderer {
    public static func render(_ report: AuditReport) -> String {
        let lang = report.language
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let failures = report.results.filter { [.fail, .notEvidenced].contains($0.status) }.count
        let errors = report.results.filter { $0.status == .error }.count
        let skipped = report.results.filter { $0.status == .notApplicable }.count
        out += "<testsuites name=\"\(xml("nod \(report.rules.profile): \(report.bundle.organisation)"))\" tests=\"\(report.results.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\">\n"
        let packs = report.results.map(\.pack).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for pack in packs {
            let results = report.results.filter { $0.pack == pack }
            out += "  <testsuite name=\"\(xml(pack))\" tests=\"\(results.count)\" failures=\"\(results.filter { [.fail, .notEvidenced].contains($0.status) }.count)\" errors=\"\(results.filter { $0.status == .error }.count)\" skipped=\"\(results.filter { $0.status == .notApplicable }.count)\" timestamp=\"\(report.auditDate)T00:00:00\">\n"
            for result in results {
                out += "    <testcase classname=\"nod.\(xml(pack))\" name=\"\(xml("\(result.rule) \(result.title.text(lang))"))\">\n"
                let message = xml(result.message.text(lang))
                let locations = xml(result.evidence.map(\.description).joined(separator: "\n"))
                switch result.status {
                case .fail, .notEvidenced:
                    out += "      <failure type=\"\(result.severity.rawValue) \(result.status.rawValue)\" message=\"\(message)\">\(locations)</failure>\n"
                case .error:
                    out += "      <error type=\"error\" message=\"\(message)\">\(locations)</error>\n"
                case .notApplicable:
                    out += "      <skipped message=\"\(xml(result.reason ?? ""))\"/>\n"
                default:
                    out += "      <system-out>\(message)</system-out>\n"
                }
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
