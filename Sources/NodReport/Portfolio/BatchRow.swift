package import Foundation
package import NodCore


/// One line of a batch summary: a bundle audited, or rejected and why.
package struct BatchRow: Sendable, Codable, CanonicalJSONObject {
    package var bundle: String
    package var report: String?
    package var status: String
    package var organisation: String?
    package var decision: String?
    package var level: String?
    package var earned: Int?
    package var possible: Int?
    package var percent: Double?
    package var failedMajor: Int?
    package var failedMinor: Int?
    package var notEvidenced: Int?
    package var errors: Int?
    package var notMet: [String]?
    package var reason: String?
    /// The rejection's stable code, so a Welsh page can say in Welsh why.
    package var code: String?
    package var resumed: Bool?

    package init(bundle: String, report name: String, audit report: AuditReport, resumed: Bool) {
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

    enum CodingKeys: String, CodingKey {
        case bundle, report, status, organisation, decision, level, earned, possible, percent
        case failedMajor = "failed-major", failedMinor = "failed-minor", notEvidenced = "not-evidenced", errors
        case notMet = "not-met", reason, code, resumed
    }

    package init(bundle: String, rejectedBecause reason: String, code: String) {
        self.bundle = bundle
        status = "rejected"
        self.reason = reason
        self.code = code
    }

    /// The row as summary.json holds it, keys in byte order, absent fields left out.
    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("bundle", bundle)
        json.field("code", code)
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

    package static let csvColumns = ["bundle", "status", "organisation", "decision", "level", "earned", "possible", "percent",
                             "failed-major", "failed-minor", "not-evidenced", "errors", "not-met", "report", "reason"]

    package var csvFields: [String] {
        [bundle, status, organisation ?? "", decision ?? "", level ?? "", earned.map(String.init) ?? "", possible.map(String.init) ?? "",
         percent.map { String($0) } ?? "", failedMajor.map(String.init) ?? "", failedMinor.map(String.init) ?? "",
         notEvidenced.map(String.init) ?? "", errors.map(String.init) ?? "", (notMet ?? []).joined(separator: " "), report ?? "", reason ?? ""]
    }
}

