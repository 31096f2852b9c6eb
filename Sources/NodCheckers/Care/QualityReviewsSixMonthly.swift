import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// CARE-02: a quality-of-care review at least every six months, each covering engagement,
/// incidents, safeguarding, whistleblowing, complaints and a records audit, with recommendations.
/// Finds the longest gap and any topic or recommendation missing.
package struct QualityReviewsSixMonthly: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var maxGapDays: Int
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["max-gap-days"])
            maxGapDays = try fields.optional("max-gap-days", as: Int.self) ?? 184
        }
    }

    package static let id = "quality-reviews-six-monthly"
    package static let summary = "Quality-of-care reviews at least six-monthly, complete and with recommendations; finds the gap and what is missing."
    package static let examples = [
        CheckerExample("September and March reviews", expect: .pass),
        CheckerExample("one review in the year", expect: .fail, files: ["reviews/2026-03-25.md": nil]),
        CheckerExample("a review that skips complaints", expect: .fail, files: [
            "reviews/2025-09-30.md": ExampleBundle.review("2025-09-30", start: "2025-04-01", end: "2025-09-30",
                                                          covers: "[engagement, incidents, safeguarding, whistleblowing, records-audit]"),
        ]),
        CheckerExample("a review with no recommendation", expect: .fail, files: [
            "reviews/2026-03-25.md": ExampleBundle.review("2026-03-25", start: "2025-10-01", end: "2026-03-31", recommendations: 0),
        ]),
        CheckerExample("one review in the year that skips complaints and recommends nothing: all three named", expect: .fail, files: [
            "reviews/2026-03-25.md": nil,
            "reviews/2025-09-30.md": ExampleBundle.review("2025-09-30", start: "2025-04-01", end: "2025-09-30",
                                                          covers: "[engagement, incidents, safeguarding, whistleblowing, records-audit]", recommendations: 0),
        ], mentioning: ["does not cover complaints", "makes no recommendation", "1 quality-of-care review in the period"]),
        CheckerExample("no reviews", expect: .notEvidenced, files: ["reviews/2025-09-30.md": nil, "reviews/2026-03-25.md": nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        try input.requireAllReadable(.reviews)
        let reviews = input.evidence.reviews.filter { input.period.contains($0.date.value) }
        guard !reviews.isEmpty else {
            return .notEvidenced("No quality-of-care review in the period (reviews/*.md).", "Dim adolygiad o ansawdd y gofal yn y cyfnod (reviews/*.md).")
        }
        var unmet = UnmetConditions()
        for review in reviews {
            let missing = ReviewTopic.allCases.filter { !(review.covers?.value.contains($0) ?? false) }
            if !missing.isEmpty {
                let names = LocalizedText.list(missing.map(\.name))
                unmet.add("The review of \(review.date.value) does not cover \(names.en).", "Nid yw adolygiad \(review.date.value) yn ymdrin â \(names.cy).",
                          evidence: [EvidenceCitation(review.covers?.location ?? review.date.location)])
            }
            if (review.recommendations?.value ?? 0) < 1 {
                unmet.add("The review of \(review.date.value) makes no recommendation.", "Nid yw adolygiad \(review.date.value) yn gwneud unrhyw argymhelliad.",
                          evidence: [EvidenceCitation(review.recommendations?.location ?? review.date.location)])
            }
        }
        let gap = LongestGap(reviews.map(\.date.value), across: input.period)
        let measures = [Measure("longest-gap-days", Double(gap.days))]
        let needed = LongestGap.minimumCount(across: input.period, maxGap: options.maxGapDays)
        if reviews.count < needed {
            unmet.add("\(CountedNoun.qualityReview.counted(reviews.count).startingSentence.en) in the period; at least \(needed) are needed at most \(options.maxGapDays) days apart.",
                      "\(CountedNoun.qualityReview.counted(reviews.count).startingSentence.cy) yn y cyfnod; mae angen o leiaf \(needed) o fewn \(options.maxGapDays) diwrnod i'w gilydd.",
                      evidence: reviews.map { EvidenceCitation($0.date.location) })
        } else if gap.days > options.maxGapDays {
            unmet.add("\(CountedNoun.day.counted(gap.days).startingSentence.en) passed without a quality-of-care review; reviews must be at most \(options.maxGapDays) days apart.",
                      "Aeth \(CountedNoun.day.counted(gap.days).cy) heibio heb adolygiad o ansawdd y gofal; rhaid i adolygiadau fod o fewn \(options.maxGapDays) diwrnod i'w gilydd.",
                      evidence: reviews.map { EvidenceCitation($0.date.location) })
        }
        if let failure = unmet.failure(measures: measures) { return failure }
        return .pass("\(CountedNoun.review.counted(reviews.count).startingSentence.en); the longest gap was \(CountedNoun.day.counted(gap.days).en).",
                     "\(CountedNoun.review.counted(reviews.count).startingSentence.cy); y bwlch hiraf oedd \(CountedNoun.day.counted(gap.days).cy).",
                     evidence: reviews.map { EvidenceCitation($0.date.location) }, measures: measures)
    }
}
