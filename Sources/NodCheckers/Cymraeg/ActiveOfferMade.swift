import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// CYM-01: the Welsh-language Active Offer is made: the inspector found it provided,
/// everyone's language preference is recorded, and those who prefer Welsh are served in Welsh.
/// Finds the inspector's finding and the recording and service shares.
package struct ActiveOfferMade: Checker {
    package typealias Options = NoOptions
    package static let id = "active-offer"
    package static let summary = "The Active Offer is made, preferences recorded and Welsh speakers served in Welsh; finds each."
    static func inspection(_ offer: String) -> String {
        "kind: ciw-inspection\ndate: 2025-06-18\nratings: { well-being: good }\nactive-offer: \(offer)\n"
    }
    package static let examples = [
        CheckerExample("provided, recorded, served", expect: .pass),
        CheckerExample("working towards", expect: .fail, files: ["regulator/ciw-inspection-2025.yaml": inspection("working-towards")], severity: .observation),
        CheckerExample("not provided", expect: .fail, files: ["regulator/ciw-inspection-2025.yaml": inspection("does-not-provide")], severity: .minor),
        CheckerExample("preferences not recorded for everyone", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(of: "users-language-recorded: 40", with: "users-language-recorded: 31"),
        ]),
        CheckerExample("Welsh speakers served in English", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(of: "users-served-in-welsh: 6", with: "users-served-in-welsh: 2"),
        ]),
        CheckerExample("working towards, and Welsh speakers served in English: the heavier finding counts", expect: .fail, files: [
            "regulator/ciw-inspection-2025.yaml": inspection("working-towards"),
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(of: "users-served-in-welsh: 6", with: "users-served-in-welsh: 2"),
        ], severity: .minor),
        CheckerExample("no inspection and no figures", expect: .notEvidenced, files: [
            "regulator/ciw-inspection-2025.yaml": nil,
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(
                of: "welsh-language: { staff-total: 6, staff-welsh-speaking: 3, users-total: 40, users-language-recorded: 40, users-preferring-welsh: 6, users-served-in-welsh: 6 }\n", with: ""),
        ]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        let inspection = input.evidence.regulatorDocuments.compactMap { document -> CIWInspection? in
            if case .ciwInspection(let inspection) = document { return inspection }
            return nil
        }.max { $0.date.value < $1.date.value }
        let figures = input.manifest.welshLanguage
        guard inspection?.activeOffer != nil || figures != nil else {
            return .notEvidenced("Neither an inspection finding on the Active Offer nor the manifest's welsh-language figures.",
                                 "Dim canfyddiad arolygu ar y Cynnig Rhagweithiol na ffigurau welsh-language y maniffest.")
        }
        // Every unmet condition is reported, at the highest severity any of them carries:
        // "working towards" must not hide people who prefer Welsh and are served in English.
        var unmet: [UnmetCondition] = []
        if let offer = inspection?.activeOffer, offer.value != .provides {
            let found = offer.value == .doesNotProvide
                ? LocalizedText(en: "the inspector found the Active Offer not provided",
                                cy: "canfu'r arolygydd nad yw'r Cynnig Rhagweithiol yn cael ei ddarparu")
                : LocalizedText(en: "the inspector found the service working towards the Active Offer",
                                cy: "canfu'r arolygydd fod y gwasanaeth yn gweithio tuag at y Cynnig Rhagweithiol")
            unmet.append(UnmetCondition(found,
                severity: offer.value == .doesNotProvide ? .minor : .observation, evidence: [EvidenceCitation(offer.location)]))
        }
        var measures: [Measure] = []
        if let figures, let total = figures.usersTotal, let recorded = figures.usersLanguageRecorded, recorded < total {
            unmet.append(UnmetCondition(
                LocalizedText(en: "language preference is recorded for \(recorded) of \(total) people supported, not everyone",
                              cy: "mae dewis iaith wedi'i gofnodi ar gyfer \(recorded) o \(total) o bobl a gefnogir, nid pawb"),
                severity: .minor, evidence: [EvidenceCitation(path: "manifest.yaml")]))
            measures.append(Measure("language-recorded-percent", Double(recorded) * 100 / Double(max(1, total))))
        }
        if let figures, let prefer = figures.usersPreferringWelsh, let served = figures.usersServedInWelsh, served < prefer {
            unmet.append(UnmetCondition(
                LocalizedText(en: "\(prefer - served) of the \(prefer) people who prefer Welsh are not served in Welsh",
                              cy: "nid yw \(prefer - served) o'r \(prefer) o bobl sy'n well ganddynt y Gymraeg yn cael gwasanaeth yn Gymraeg"),
                severity: .minor, evidence: [EvidenceCitation(path: "manifest.yaml")]))
        }
        if let failure = UnmetConditions(unmet).failure(joining: .clauses, measures: measures) { return failure }
        var evidence = [EvidenceCitation(path: "manifest.yaml")]
        if let offer = inspection?.activeOffer { evidence.append(EvidenceCitation(offer.location)) }
        return .pass("The Active Offer is made: preferences are recorded and Welsh speakers are served in Welsh.",
                     "Gwneir y Cynnig Rhagweithiol: cofnodir dewisiadau iaith a chaiff siaradwyr Cymraeg wasanaeth yn Gymraeg.", evidence: evidence)
    }
}
