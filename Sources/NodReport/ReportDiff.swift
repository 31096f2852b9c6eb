package import Foundation
package import NodCore

/// What changed between two audits of the same co-op: decision, rules newly met or newly
/// failed, and measures that moved (such as the SWEMWBS mean).
package struct ReportDiff: Codable, Sendable {
    package struct RuleChange: Codable, Sendable {
        package var rule: String
        package var title: LocalizedText
        package var before: RuleStatus?
        package var after: RuleStatus?
    }

    package struct MeasureChange: Codable, Sendable {
        package var rule: String
        package var measure: String
        package var before: Double
        package var after: Double
        package var change: Double
    }

    package var diffFormat = 1
    package var organisation: String
    package var sameOrganisation: Bool
    package var before: Side
    package var after: Side
    package var newlyMet: [RuleChange]
    package var newlyFailed: [RuleChange]
    package var otherwiseChanged: [RuleChange]
    package var measures: [MeasureChange]

    package struct Side: Codable, Sendable {
        package var auditDate: LocalDate
        package var period: DatePeriod
        package var decision: Decision
        package var level: String?
        /// The level as the profile names it, in each language.
        package var levelTitle: LocalizedText?
        package var score: AuditReport.Score
        enum CodingKeys: String, CodingKey { case auditDate = "audit-date", period, decision, level, levelTitle = "level-title", score }
    }

    enum CodingKeys: String, CodingKey {
        case diffFormat = "diff-format", organisation, sameOrganisation = "same-organisation", before, after
        case newlyMet = "newly-met", newlyFailed = "newly-failed", otherwiseChanged = "otherwise-changed", measures
    }

    package init(old: AuditReport, new: AuditReport) {
        organisation = new.bundle.organisation
        sameOrganisation = old.bundle.organisation == new.bundle.organisation
        func side(_ report: AuditReport) -> Side {
            Side(auditDate: report.auditDate, period: report.bundle.period, decision: report.decision, level: report.level,
                 levelTitle: report.levelTitle, score: report.score)
        }
        before = side(old)
        after = side(new)
        let oldResults = Dictionary(old.results.map { ($0.rule, $0) }, uniquingKeysWith: { a, _ in a })
        let newResults = Dictionary(new.results.map { ($0.rule, $0) }, uniquingKeysWith: { a, _ in a })
        var met: [RuleChange] = [], failed: [RuleChange] = [], other: [RuleChange] = [], measures: [MeasureChange] = []
        for rule in Set(oldResults.keys).union(newResults.keys).sorted() {
            let was = oldResults[rule], now = newResults[rule]
            let change = RuleChange(rule: rule, title: (now ?? was)!.title, before: was?.status, after: now?.status)
            let wasMet = was.map { $0.status.isMet } ?? false, isMet = now.map { $0.status.isMet } ?? false
            let wasCounted = was.map { $0.status.counts } ?? false, isCounted = now.map { $0.status.counts } ?? false
            if isCounted && isMet && !(wasCounted && wasMet) { met.append(change) }
            else if isCounted && !isMet && (!wasCounted || wasMet) { failed.append(change) }
            else if was?.status != now?.status { other.append(change) }
            for (name, value) in (now?.measures ?? [:]).sorted(by: { $0.key < $1.key }) {
                if let previous = was?.measures?[name], previous != value {
                    measures.append(MeasureChange(rule: rule, measure: name, before: previous, after: value,
                                                  change: ((value - previous) * 100).rounded() / 100))
                }
            }
        }
        newlyMet = met
        newlyFailed = failed
        otherwiseChanged = other
        self.measures = measures
    }

    package func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// Whether the later audit is worse: a rule newly not met, or a lower decision
    /// (`nod diff --fail-on-regression`).
    package var isRegression: Bool {
        func rank(_ decision: Decision) -> Int {
            switch decision {
            case .awarded: 2
            case .awardedWithConditions: 1
            case .notAwarded: 0
            }
        }
        return !newlyFailed.isEmpty || rank(after.decision) < rank(before.decision)
    }

    package func markdown(language: String) -> String {
        let cy = language == "cy"
        func t(_ text: LocalizedText) -> String { text.text(language) }
        func status(_ value: RuleStatus?) -> String { value.map { t(ReportStrings.status($0)) } ?? "—" }
        var out = "# \(cy ? "Newidiadau" : "Changes"): \(OutputEscaping.markdown(organisation))\n\n"
        if !sameOrganisation { out += "> \(cy ? "Rhybudd: mae'r ddau adroddiad am sefydliadau gwahanol." : "Warning: the two reports are about different organisations.")\n\n" }
        let (beforeWord, afterWord) = cy ? ("Cyn", "Ar ôl") : ("Before", "After")
        out += "| | \(beforeWord) (\(before.auditDate)) | \(afterWord) (\(after.auditDate)) |\n|---|---|---|\n"
        out += "| \(t(ReportStrings.decisionLabel)) | \(t(ReportStrings.decision(before.decision))) | \(t(ReportStrings.decision(after.decision))) |\n"
        out += "| \(t(ReportStrings.levelLabel)) | \(OutputEscaping.markdown(before.levelTitle.map(t) ?? before.level ?? "—")) | \(OutputEscaping.markdown(after.levelTitle.map(t) ?? after.level ?? "—")) |\n"
        out += "| \(t(ReportStrings.scoreLabel)) | \(before.score.earned)/\(before.score.possible) | \(after.score.earned)/\(after.score.possible) |\n\n"
        for (heading, changes) in [(cy ? "Newydd eu bodloni" : "Newly met", newlyMet), (cy ? "Newydd fethu" : "Newly not met", newlyFailed),
                                   (cy ? "Newidiadau eraill" : "Other changes", otherwiseChanged)] where !changes.isEmpty {
            out += "## \(heading)\n\n"
            for change in changes { out += "- **\(OutputEscaping.markdown(change.rule))** \(OutputEscaping.markdown(t(change.title))): \(status(change.before)) → \(status(change.after))\n" }
            out += "\n"
        }
        if !measures.isEmpty {
            out += "## \(cy ? "Mesurau a symudodd" : "Measures that moved")\n\n| \(t(ReportStrings.ruleColumn)) | \(cy ? "Mesur" : "Measure") | \(before.auditDate) | \(after.auditDate) | \(cy ? "Newid" : "Change") |\n|---|---|---|---|---|\n"
            for measure in measures {
                out += "| \(OutputEscaping.markdown(measure.rule)) | \(OutputEscaping.markdownCode(measure.measure)) | \(measure.before) | \(measure.after) | \(measure.change > 0 ? "+" : "")\(measure.change) |\n"
            }
        }
        if newlyMet.isEmpty && newlyFailed.isEmpty && otherwiseChanged.isEmpty && measures.isEmpty {
            out += cy ? "Dim newid yn y canlyniadau.\n" : "No change in the results.\n"
        }
        return out
    }
}
