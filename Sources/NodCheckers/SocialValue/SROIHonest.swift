import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// SV-02: a published SROI ratio is honest: stakeholders were engaged and a sensitivity
/// analysis done; an unassured ratio is an observation. Finds what the ratio rests on.
package struct SROIHonest: Checker {
    package typealias Options = NoOptions
    package static let id = "sroi-honest"
    package static let summary = "A published SROI ratio engaged stakeholders, tested sensitivity and was assured; finds what is missing."
    static let sroi = "method: sroi\nratio: 3.10\nstakeholders-engaged: [workers, service-users]\nsensitivity-analysis: true\nassured-by: Social Value Cymru\npresented-at: minutes/2025-09-20-agm.md\n"
    package static let examples = [
        CheckerExample("engaged, tested, assured", expect: .pass),
        CheckerExample("no sensitivity analysis", expect: .fail, files: [
            "social-value/2024-25.yaml": sroi.replacingOccurrences(of: "sensitivity-analysis: true", with: "sensitivity-analysis: false"),
        ]),
        CheckerExample("not assured", expect: .fail, files: [
            "social-value/2024-25.yaml": sroi.replacingOccurrences(of: "assured-by: Social Value Cymru\n", with: ""),
        ], severity: .observation),
        CheckerExample("no SROI ratio published", expect: .notApplicable, files: [
            "social-value/2024-25.yaml": "method: prove-it\npresented-at: minutes/2025-09-20-agm.md\n",
        ]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        let ratios = input.evidence.socialValue.filter { $0.method.value == .sroi && $0.ratio != nil }
        guard !ratios.isEmpty else {
            return .notApplicable("No SROI ratio is published in the bundle.", "Nid oes cymhareb SROI wedi'i chyhoeddi yn y bwndel.")
        }
        var unmet = UnmetConditions()
        for summary in ratios {
            guard let ratio = summary.ratio else { continue }
            let cite = [EvidenceCitation(ratio.location)]
            if summary.stakeholdersEngaged.isEmpty || summary.sensitivityAnalysis != true {
                unmet.add("The SROI ratio of \(ratio.value) in \(summary.path) lacks stakeholder engagement or a sensitivity analysis.",
                          "Nid oes ymgysylltu â rhanddeiliaid na dadansoddiad sensitifrwydd y tu ôl i'r gymhareb SROI o \(ratio.value) yn \(summary.path).",
                          evidence: cite)
            }
            if summary.assuredBy == nil {
                unmet.add("The SROI ratio of \(ratio.value) in \(summary.path) is not independently assured.",
                          "Nid yw'r gymhareb SROI o \(ratio.value) yn \(summary.path) wedi'i sicrhau'n annibynnol.",
                          evidence: cite, severity: .observation)
            }
        }
        if let failure = unmet.failure() { return failure }
        return .pass("Every published SROI ratio engaged stakeholders, tested its sensitivity and was assured.",
                     "Ymgysylltodd pob cymhareb SROI a gyhoeddwyd â rhanddeiliaid, profodd ei sensitifrwydd a chafodd ei sicrhau.",
                     evidence: ratios.map { EvidenceCitation($0.ratio!.location) })
    }
}
