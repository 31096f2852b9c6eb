import NodCore

/// The report as JUnit XML, for CI dashboards: one test suite per pack, one test case per
/// rule; not met is a failure, could not be checked an error, not applicable skipped.
package enum JUnitReportRenderer {
    package static func render(_ report: AuditReport) -> String {
        let lang = report.language
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let failures = report.results.count(where: { [.fail, .notEvidenced].contains($0.status) })
        let errors = report.results.count(where: { $0.status == .error })
        let skipped = report.results.count(where: { $0.status == .notApplicable })
        out += "<testsuites name=\"\(OutputEscaping.xml("nod \(report.rules.profile): \(report.bundle.organisation)"))\" tests=\"\(report.results.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\">\n"
        let packs = report.results.map(\.pack).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for pack in packs {
            let results = report.results.filter { $0.pack == pack }
            out += "  <testsuite name=\"\(OutputEscaping.xml(pack))\" tests=\"\(results.count)\" failures=\"\(results.count(where: { [.fail, .notEvidenced].contains($0.status) }))\" errors=\"\(results.count(where: { $0.status == .error }))\" skipped=\"\(results.count(where: { $0.status == .notApplicable }))\" timestamp=\"\(report.auditDate)T00:00:00\">\n"
            for result in results {
                out += "    <testcase classname=\"nod.\(OutputEscaping.xml(pack))\" name=\"\(OutputEscaping.xml("\(result.rule) \(result.title.text(lang))"))\">\n"
                let message = OutputEscaping.xml(result.message.text(lang))
                let locations = OutputEscaping.xml(result.evidence.map(\.description).joined(separator: "\n"))
                switch result.status {
                case .fail, .notEvidenced:
                    out += "      <failure type=\"\(result.severity.rawValue) \(result.status.rawValue)\" message=\"\(message)\">\(locations)</failure>\n"
                case .error:
                    out += "      <error type=\"error\" message=\"\(message)\">\(locations)</error>\n"
                case .notApplicable:
                    out += "      <skipped message=\"\(OutputEscaping.xml(result.reason ?? ""))\"/>\n"
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
}
