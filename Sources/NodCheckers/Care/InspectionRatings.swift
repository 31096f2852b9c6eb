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
        let ratings = latest.ratings.all
        if let worst = ratings.first(where: { $0.rating.value == .requiresSignificantImprovement }) ?? ratings.first(where: { $0.rating.value == .requiresImprovement }) {
            let major = worst.rating.value == .requiresSignificantImprovement
            return .fail("The inspection of \(latest.date.value) rated \(worst.theme.en) '\(worst.rating.value.name.en)'.",
                         "Rhoddodd arolygiad \(latest.date.value) y radd '\(worst.rating.value.name.cy)' i'r thema \(worst.theme.cy).",
                         evidence: [EvidenceCitation(worst.rating.location)], severity: major ? .major : .minor)
        }
        let display = input.evidence.regulatorDocuments.compactMap { document -> RatingDisplay? in
            if case .ratingDisplay(let display) = document { return display }
            return nil
        }.first
        guard let display else {
            return .fail("Nothing shows the rating is displayed (regulator/*.yaml, kind rating-display).",
                         "Nid oes dim yn dangos bod y radd yn cael ei harddangos (regulator/*.yaml, kind rating-display).",
                         evidence: [EvidenceCitation(latest.location)], severity: .minor)
        }
        for (place, shown) in [("website", display.website), ("premises", display.premises)] where shown.value == .notShown {
            return .fail("The latest rating is not displayed on the \(place).", "Nid yw'r radd ddiweddaraf yn cael ei harddangos ar y \(place == "website" ? "wefan" : "safle").",
                         evidence: [EvidenceCitation(shown.location)], severity: .minor)
        }
        return .pass("The inspection of \(latest.date.value) rated every theme good or better, and the rating is displayed.",
                     "Rhoddodd arolygiad \(latest.date.value) radd dda neu well i bob thema, ac mae'r radd yn cael ei harddangos.",
                     evidence: [EvidenceCitation(latest.date.location), EvidenceCitation(display.location)])
    }
}
