import Foundation
import NodCore


/// One line of a batch summary: a bundle audited, or rejected and why.
package struct BatchRow: Sendable, Codable, CanonicalJSONObject {
    package var bundle: String
    package var report: String?
    package var status: String
    package var organisation: String?
    package var decision: String?
    package var level: String?
    /// The co-operative's model, from its manifest: the portfolio page filters by it.
    package var model: String?
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
    /// Why `--resume` audited the bundle again; said on the terminal, not kept in the summary.
    package var auditedAgainBecause: String?

    package init(bundle: String, report name: String, audit report: AuditReport, resumed: Bool) {
        self.bundle = bundle
        self.report = name
        status = "audited"
        organisation = report.bundle.organisation
        decision = report.decision.rawValue
        level = report.level
        model = report.bundle.model
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
        case bundle, report, status, organisation, decision, level, model, earned, possible, percent
        case failedMajor = "failed-major", failedMinor = "failed-minor", notEvidenced = "not-evidenced", errors
        case notMet = "not-met", reason, code, resumed, auditedAgainBecause = "audited-again-because"
    }

    package init(bundle: String, rejectedBecause reason: String, code: String) {
        self.bundle = bundle
        status = "rejected"
        self.reason = reason
        self.code = code
    }

    /// An item found under the batch's inputs that is not a bundle: a row, so that nothing
    /// found is silently left out.
    package init(bundle: String, notABundleBecause reason: String, code: String) {
        self.bundle = bundle
        status = Self.notABundle
        self.reason = reason
        self.code = code
    }

    /// The status of an item that is not a bundle.
    package static let notABundle = "not-a-bundle"

    /// The row's outcome, one word: a decision, "rejected" or "not-a-bundle".
    package var outcome: String { decision ?? status }

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
        json.field("model", model)
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

    package static let csvColumns = ["bundle", "status", "organisation", "decision", "level", "model", "earned", "possible", "percent",
                             "failed-major", "failed-minor", "not-evidenced", "errors", "not-met", "report", "reason"]

    package var csvFields: [String] {
        [bundle, status, organisation ?? "", decision ?? "", level ?? "", model ?? "", earned.map(String.init) ?? "", possible.map(String.init) ?? "",
         percent.map { String($0) } ?? "", failedMajor.map(String.init) ?? "", failedMinor.map(String.init) ?? "",
         notEvidenced.map(String.init) ?? "", errors.map(String.init) ?? "", (notMet ?? []).joined(separator: " "), report ?? "", reason ?? ""]
    }
}

