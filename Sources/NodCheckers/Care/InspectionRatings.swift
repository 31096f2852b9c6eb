import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// CARE-07: the latest inspection rated no theme "requires significant improvement" (major)
/// or "requires improvement" (minor), and the rating is displayed on the website and premises.
/// Finds the lowest rating and where it is not displayed.
package struct InspectionRatings: Checker {
    package typealias Options = NoOptions
    package static let id = "inspection-ratings"
    package static let summary = "The latest inspection ratings are acceptable and displayed; finds the lowest rating and display gaps."
    static func inspection(_ ratings: String) -> String {
        "kind: ciw-inspection\ndate: 2025-06-18\nratings: { \(ratings) }\nactive-offer: provides\n"
    }
    package static let examples = [
        CheckerExample("good and excellent, displayed", expect: .pass),
        CheckerExample("leadership requires improvement", expect: .fail, files: [
            "regulator/ciw-inspection-2025.yaml": inspection("well-being: good, leadership-and-management: requires-improvement"),
        ], severity: .minor),
        CheckerExample("care requires significant improvement", expect: .fail, files: [
            "regulator/ciw-inspection-2025.yaml": inspection("well-being: good, care-and-support: requires-significant-improvement"),
        ], severity: .major),
        CheckerExample("a later, better inspection is the one judged", expect: .pass, files: [
            "regulator/ciw-inspection-2023.yaml": inspection("well-being: requires-significant-improvement").replacingOccurrences(of: "2025-06-18", with: "2023-05-02"),
        ]),
        CheckerExample("rating not on the website", expect: .fail, files: ["regulator/rating-display.yaml": "kind: rating-display\nwebsite: false\npremises: true\n"], severity: .minor),
        CheckerExample("leadership requires improvement, care significant improvement, and no display: all three, at major", expect: .fail, files: [
            "regulator/ciw-inspection-2025.yaml": inspection("leadership-and-management: requires-improvement, care-and-support: requires-significant-improvement"),
            "regulator/rating-display.yaml": "kind: rating-display\nwebsite: false\npremises: false\n",
        ], severity: .major, mentioning: ["Care and support", "Leadership and management", "on the website and premises"]),
        CheckerExample("no inspection report", expect: .notEvidenced, files: ["regulator/ciw-inspection-2025.yaml": nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        try input.requireAllReadable(.regulatorDocuments)
        let inspections = input.evidence.regulatorDocuments.compactMap { document -> CIWInspection? in
            if case .ciwInspection(let inspection) = document, inspection.date.value <= input.auditDate { return inspection }
            return nil
        }
        guard let latest = inspections.max(by: { $0.date.value < $1.date.value }) else {
            return .notEvidenced("No inspection report (regulator/*.yaml, kind ciw-inspection).",
                                 "Dim adroddiad arolygu (regulator/*.yaml, kind ciw-inspection).")
        }
        var unmet = UnmetConditions()
        let below = latest.ratings.all.filter { [.requiresSignificantImprovement, .requiresImprovement].contains($0.rating.value) }
        for rating in below.sorted(by: { ($0.rating.value == .requiresSignificantImprovement ? 0 : 1) < ($1.rating.value == .requiresSignificantImprovement ? 0 : 1) }) {
            unmet.add("The inspection of \(latest.date.value) rated \(rating.theme.en) '\(rating.rating.value.name.en)'.",
                      "Rhoddodd arolygiad \(latest.date.value) y radd '\(rating.rating.value.name.cy)' i'r thema \(rating.theme.cy).",
                      evidence: [EvidenceCitation(rating.rating.location)],
                      severity: rating.rating.value == .requiresSignificantImprovement ? .major : .minor)
        }
        let display = input.evidence.regulatorDocuments.compactMap { document -> RatingDisplay? in
            if case .ratingDisplay(let display) = document { return display }
            return nil
        }.first
        if let display {
            let hidden = [(display.website, LocalizedText(en: "website", cy: "wefan")), (display.premises, LocalizedText(en: "premises", cy: "safle"))]
                .filter { $0.0.value == .notShown }
            if !hidden.isEmpty {
                let places = LocalizedText.list(hidden.map(\.1))
                unmet.add("The latest rating is not displayed on the \(places.en).", "Nid yw'r radd ddiweddaraf yn cael ei harddangos ar y \(places.cy).",
                          evidence: hidden.map { EvidenceCitation($0.0.location) }, severity: .minor)
            }
        } else {
            unmet.add("Nothing shows the rating is displayed (regulator/*.yaml, kind rating-display).",
                      "Nid oes dim yn dangos bod y radd yn cael ei harddangos (regulator/*.yaml, kind rating-display).",
                      evidence: [EvidenceCitation(latest.location)], severity: .minor)
        }
        if let failure = unmet.failure() { return failure }
        return .pass("The inspection of \(latest.date.value) rated every theme good or better, and the rating is displayed.",
                     "Rhoddodd arolygiad \(latest.date.value) radd dda neu well i bob thema, ac mae'r radd yn cael ei harddangos.",
                     evidence: [EvidenceCitation(latest.date.location)] + (display.map { [EvidenceCitation($0.location)] } ?? []))
    }
}
