import Foundation
import NodCore
import NodReport

/// One line of a batch summary: a bundle audited, or rejected and why.
struct BatchRow: Sendable, CanonicalJSONObject {
    var bundle: String
    var report: String?
    var status: String
    var organisation: String?
    var decision: String?
    var level: String?
    var earned: Int?
    var possible: Int?
    var percent: Double?
    var failedMajor: Int?
    var failedMinor: Int?
    var notEvidenced: Int?
    var errors: Int?
    var notMet: [String]?
    var reason: String?
    var resumed: Bool?

    init(bundle: String, report name: String, audit report: AuditReport, resumed: Bool) {
        self.bundle = bundle
        self.report = name
        status = "audited"
        organisation = report.bundle.organisation
        decision = report.decision.rawValue
        level = report.level
        earned = report.score.earned
        possible = report.score.possible
        percent = report.score.percent
        let notMetResults = report.results.filter { $0.status.counts && !$0.status.isMet }
        failedMajor = notMetResults.count(where: { $0.severity == .major })
        failedMinor = notMetResults.count(where: { $0.severity == .minor })
        notEvidenced = report.results.count(where: { $0.status == .notEvidenced })
        errors = report.results.count(where: { $0.status == .error })
        notMet = notMetResults.map(\.rule)
        self.resumed = resumed ? true : nil
    }

    init(bundle: String, rejectedBecause reason: String) {
        self.bundle = bundle
        status = "rejected"
        self.reason = reason
    }

    /// The row as summary.json holds it, keys in byte order, absent fields left out.
    func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("bundle", bundle)
        json.field("decision", decision)
        json.field("earned", earned)
        json.field("errors", errors)
        json.field("failed-major", failedMajor)
        json.field("failed-minor", failedMinor)
        json.field("level", level)
        json.field("not-evidenced", notEvidenced)
        json.field("not-met", notMet)
        json.field("organisation", organisation)
        json.field("percent", percent)
        json.field("possible", possible)
        json.field("reason", reason)
        json.field("report", report)
        json.field("resumed", resumed)
        json.field("status", status)
    }

    static let csvColumns = ["bundle", "status", "organisation", "decision", "level", "earned", "possible", "percent",
                             "failed-major", "failed-minor", "not-evidenced", "errors", "not-met", "report", "reason"]

    var csvFields: [String] {
        [bundle, status, organisation ?? "", decision ?? "", level ?? "", earned.map(String.init) ?? "", possible.map(String.init) ?? "",
         percent.map { String($0) } ?? "", failedMajor.map(String.init) ?? "", failedMinor.map(String.init) ?? "",
         notEvidenced.map(String.init) ?? "", errors.map(String.init) ?? "", (notMet ?? []).joined(separator: " "), report ?? "", reason ?? ""]
    }

    /// RFC 4180: quote a field holding a comma, a quote or a line break; double its quotes.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

