import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// CARE-12: everyone supported has a personal plan agreed before their care started, which
/// records the outcomes they want and the language they chose, and which is reviewed with
/// them at least every three months (SI 2017/1264 regs 15–16). Finds, for each requirement,
/// the people whose plans fall short.
package struct PersonalPlansKept: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var maxReviewGapDays: Int
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["max-review-gap-days"])
            maxReviewGapDays = try fields.optional("max-review-gap-days", as: Int.self) ?? 92
        }
    }

    package static let id = "personal-plans-kept"
    package static let summary = "Personal plans agreed before care, with outcomes and language, reviewed with the person every three months; finds who falls short."
    static let plans = "person_id,care_started,care_ended,plan_agreed,outcomes_recorded,language\nP1,2023-05-01,,2023-04-20,yes,cy\nP2,2025-08-01,,2025-07-28,yes,en\n"
    static let reviews = "person_id,date,with_person\n"
        + ["2025-05-20", "2025-08-12", "2025-11-03", "2026-01-26", "2026-03-20"].map { "P1,\($0),yes" }.joined(separator: "\n") + "\n"
        + ["2025-10-20", "2026-01-15", "2026-03-30"].map { "P2,\($0),yes" }.joined(separator: "\n") + "\n"
    package static let examples = [
        CheckerExample("plans agreed first, reviewed quarterly with the person", expect: .pass,
                       files: [EvidenceKind.plans.path: plans, EvidenceKind.planReviews.path: reviews]),
        CheckerExample("a plan agreed after care began, no outcomes and no language: all three named", expect: .fail, files: [
            EvidenceKind.plans.path: plans.replacingOccurrences(of: "P2,2025-08-01,,2025-07-28,yes,en", with: "P2,2025-08-01,,2025-08-20,no,"),
            EvidenceKind.planReviews.path: reviews,
        ], mentioning: ["before their care began", "personal outcomes", "the language they chose"]),
        CheckerExample("reviews without the person, and a six-month gap", expect: .fail, files: [
            EvidenceKind.plans.path: plans,
            EvidenceKind.planReviews.path: reviews.replacingOccurrences(of: "P1,2025-08-12,yes\nP1,2025-11-03,yes", with: "P1,2025-08-12,no\nP1,2025-11-03,no"),
        ], mentioning: ["P1"]),
        CheckerExample("no plan reviews recorded", expect: .notEvidenced, files: [EvidenceKind.plans.path: plans]),
        CheckerExample("no plans", expect: .notEvidenced),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard let plans = try input.evidence.plans.records(), let reviews = try input.evidence.planReviews.records() else {
            return .notEvidenced("The personal plans and their reviews (people/plans.csv, people/plan-reviews.csv) are both needed.",
                                 "Mae angen y cynlluniau personol a'u hadolygiadau (people/plans.csv, people/plan-reviews.csv).")
        }
        let supported = plans.filter { $0.hadCare(in: input.period) }
        guard !supported.isEmpty else {
            return .notEvidenced("No one on the plans list was supported in the period.", "Nid oedd neb ar y rhestr gynlluniau yn cael cymorth yn y cyfnod.",
                                 evidence: [EvidenceCitation(path: EvidenceKind.plans.path)])
        }
        let reviewsByPerson = Dictionary(grouping: reviews.filter(\.withPerson), by: \.personID)
        var late: [PersonalPlan] = [], noOutcomes: [PersonalPlan] = [], noLanguage: [PersonalPlan] = [], unreviewed: [PersonalPlan] = []
        var longest = 0
        for plan in supported {
            if plan.planAgreed.map({ $0 > plan.careStarted }) ?? true { late.append(plan) }
            if plan.outcomesRecorded != true { noOutcomes.append(plan) }
            if plan.language == nil { noLanguage.append(plan) }
            let from = max(input.period.start, plan.planAgreed ?? plan.careStarted, plan.careStarted)
            let to = min(input.period.end, plan.careEnded ?? input.period.end)
            guard from <= to else { continue }
            let gap = LongestGap((reviewsByPerson[plan.personID] ?? []).map(\.date), across: DatePeriod(start: from, end: to))
            longest = max(longest, gap.days)
            if gap.days > options.maxReviewGapDays { unreviewed.append(plan) }
        }
        func ids(_ people: [PersonalPlan]) -> String { shortList(people.map(\.personID)) }
        func count(_ people: [PersonalPlan]) -> LocalizedText { CountedNoun.person.counted(people.count) }
        var unmet = UnmetConditions()
        if !late.isEmpty {
            unmet.add("\(count(late).startingSentence.en) (\(ids(late))) had no plan agreed before their care began.",
                      "Nid oedd gan \(count(late).cy) (\(ids(late))) gynllun wedi'i gytuno cyn i'w gofal ddechrau.",
                      evidence: late.map { EvidenceCitation($0.location) })
        }
        // What a plan must record, and who lacks it.
        let unrecorded = [(noOutcomes, LocalizedText(en: "the personal outcomes they want", cy: "y canlyniadau personol y maent eu heisiau")),
                          (noLanguage, LocalizedText(en: "the language they chose", cy: "yr iaith a ddewiswyd ganddynt"))]
        for (people, what) in unrecorded where !people.isEmpty {
            unmet.add("The plans of \(count(people).en) (\(ids(people))) do not record \(what.en).",
                      "Nid yw cynlluniau \(count(people).cy) (\(ids(people))) yn cofnodi \(what.cy).",
                      evidence: people.map { EvidenceCitation($0.location) })
        }
        if !unreviewed.isEmpty {
            unmet.add("The plans of \(count(unreviewed).en) (\(ids(unreviewed))) went more than \(options.maxReviewGapDays) days without a review with the person.",
                      "Aeth cynlluniau \(count(unreviewed).cy) (\(ids(unreviewed))) fwy na \(options.maxReviewGapDays) diwrnod heb adolygiad gyda'r unigolyn.",
                      evidence: unreviewed.map { EvidenceCitation($0.location) })
        }
        let measures = [Measure("people-supported", Double(supported.count)), Measure("longest-review-gap-days", Double(longest))]
        if let failure = unmet.failure(measures: measures) { return failure }
        return .pass("All \(CountedNoun.person.counted(supported.count).en) supported have a plan agreed before their care began, with their outcomes and language, reviewed with them at most \(longest) days apart.",
                     "Mae gan bob un o'r \(CountedNoun.person.counted(supported.count).cy) a gefnogir gynllun a gytunwyd cyn i'w gofal ddechrau, gyda'u canlyniadau a'u hiaith, wedi'i adolygu gyda nhw heb fod yn fwy na \(longest) diwrnod ar wahân.",
                     evidence: [EvidenceCitation(path: EvidenceKind.plans.path), EvidenceCitation(path: EvidenceKind.planReviews.path)], measures: measures)
    }
}
