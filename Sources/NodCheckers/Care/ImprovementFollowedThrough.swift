import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// CARE-14: improvement is followed through: each quality-of-care review says what became of
/// the previous review's recommendations, accounting for all of them, and of the latest
/// inspection's areas for improvement (SI 2017/1264 reg 80: the review shows how quality is
/// improved). Finds each review that does not, and recommendations still open.
package struct ImprovementFollowedThrough: Checker {
    package typealias Options = NoOptions
    package static let id = "improvement-followed-through"
    package static let summary = "Each review reports on the previous review's recommendations and CIW's areas for improvement; finds what is unaccounted for."
    static func review(_ date: String, start: String, end: String, extra: String) -> String {
        ExampleBundle.review(date, start: start, end: end).replacingOccurrences(of: "consulted: [service-users, carers]\n", with: "consulted: [service-users, carers]\n\(extra)")
    }
    static let followed = [
        "reviews/2026-03-25.md": review("2026-03-25", start: "2025-10-01", end: "2026-03-31", extra: "previous-recommendations: { closed: 2, open: 0 }\n"),
    ]
    package static let examples = [
        CheckerExample("the March review closes September's two recommendations", expect: .pass, files: followed),
        CheckerExample("the March review is silent on September's recommendations", expect: .fail, mentioning: ["does not say what became"]),
        CheckerExample("it accounts for one of two, and CIW's areas go unreported", expect: .fail, files: [
            "reviews/2026-03-25.md": review("2026-03-25", start: "2025-10-01", end: "2026-03-31", extra: "previous-recommendations: { closed: 1, open: 0 }\n"),
            "regulator/ciw-inspection-2025.yaml": "kind: ciw-inspection\ndate: 2025-06-18\nratings: { well-being: good }\nactive-offer: provides\nareas-for-improvement: 2\n",
        ], mentioning: ["1 of the 2", "areas for improvement"]),
        CheckerExample("one review in the period, none before it", expect: .notApplicable, files: ["reviews/2026-03-25.md": nil]),
        CheckerExample("no reviews", expect: .notEvidenced, files: ["reviews/2025-09-30.md": nil, "reviews/2026-03-25.md": nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        try input.requireAllReadable(.reviews)
        let reviews = input.evidence.reviews.sorted { $0.date.value < $1.date.value }
        let inPeriod = reviews.filter { input.period.contains($0.date.value) }
        guard !inPeriod.isEmpty else {
            return .notEvidenced("No quality-of-care review in the period (reviews/*.md).", "Dim adolygiad o ansawdd y gofal yn y cyfnod (reviews/*.md).")
        }
        let inspection = input.evidence.regulatorDocuments.compactMap { document -> CIWInspection? in
            if case .ciwInspection(let inspection) = document, inspection.date.value <= input.period.end { return inspection }
            return nil
        }.max { $0.date.value < $1.date.value }
        var unmet = UnmetConditions()
        var judged = 0
        for review in inPeriod {
            guard let previous = reviews.last(where: { $0.date.value < review.date.value }),
                  let made = previous.recommendations?.value, made > 0 else { continue }
            judged += 1
            guard let followed = review.previousRecommendations else {
                unmet.add("The review of \(review.date.value) does not say what became of the \(made) recommendations of \(previous.date.value) (previous-recommendations).",
                          "Nid yw adolygiad \(review.date.value) yn dweud beth a ddaeth o'r \(made) argymhelliad a wnaed ar \(previous.date.value) (previous-recommendations).",
                          evidence: [EvidenceCitation(review.date.location)])
                continue
            }
            if followed.value.total != made {
                unmet.add("The review of \(review.date.value) accounts for \(followed.value.total) of the \(made) recommendations of \(previous.date.value).",
                          "Mae adolygiad \(review.date.value) yn cyfrif am \(followed.value.total) o'r \(made) argymhelliad a wnaed ar \(previous.date.value).",
                          evidence: [EvidenceCitation(followed.location)])
            }
        }
        if let inspection, let areas = inspection.areasForImprovement?.value, areas > 0 {
            judged += 1
            let after = inPeriod.filter { $0.date.value > inspection.date.value }
            if !after.isEmpty, !after.contains(where: { $0.ciwAreasForImprovement.map { $0.value.total == areas } ?? false }) {
                unmet.add("No review since the inspection of \(inspection.date.value) reports on its \(areas) areas for improvement (ciw-areas-for-improvement).",
                          "Nid oes adolygiad ers arolygiad \(inspection.date.value) yn adrodd ar ei \(areas) maes i'w wella (ciw-areas-for-improvement).",
                          evidence: [EvidenceCitation(inspection.location)] + after.map { EvidenceCitation($0.date.location) })
            }
        }
        if let failure = unmet.failure() { return failure }
        guard judged > 0 else {
            return .notApplicable("No earlier review made recommendations and the inspection set no areas for improvement: nothing to follow through yet.",
                                  "Ni wnaeth adolygiad cynharach argymhellion ac ni osododd yr arolygiad feysydd i'w gwella: dim i'w ddilyn eto.")
        }
        let open = inPeriod.compactMap { $0.previousRecommendations?.value.open }.reduce(0, +)
        return .pass("Each review reports on the recommendations before it\(open > 0 ? " (\(open) still open, carried forward)" : ", all closed").",
                     "Mae pob adolygiad yn adrodd ar yr argymhellion a ddaeth o'i flaen\(open > 0 ? " (\(open) heb eu cau eto, wedi'u cario ymlaen)" : ", pob un wedi'i gau").",
                     evidence: inPeriod.map { EvidenceCitation($0.date.location) }, measures: [Measure("recommendations-open", Double(open))])
    }
}
