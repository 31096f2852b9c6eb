import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// CYM-02: governance is open in Welsh: the complaints policy, the statement of purpose and
/// the AGM papers are available in Welsh. Finds which of them are not.
package struct WelshGovernance: Checker {
    package typealias Options = NoOptions
    package static let id = "welsh-governance"
    package static let summary = "The complaints policy, statement of purpose and AGM papers are in Welsh; finds those that are not."
    package static let examples = [
        CheckerExample("all bilingual", expect: .pass),
        CheckerExample("statement of purpose in English only", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(
                of: "id: statement-of-purpose, file: policies/statement-of-purpose.md, reviewed: 2025-06-12, languages: [cy, en]",
                with: "id: statement-of-purpose, file: policies/statement-of-purpose.md, reviewed: 2025-06-12, languages: [en]"),
        ]),
        CheckerExample("AGM papers in English only", expect: .fail, files: [
            "minutes/2025-09-20-agm.md": ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-01").replacingOccurrences(of: "languages: [cy, en]", with: "languages: [en]"),
        ]),
        CheckerExample("no AGM in the period", expect: .notEvidenced, files: ["minutes/2025-09-20-agm.md": nil, "social-value/2024-25.yaml": nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        guard let agm = input.evidence.meetings([.agm], in: input.period).last else {
            return .notEvidenced("No AGM minutes in the period to show the papers' languages.", "Dim cofnodion CCB yn y cyfnod i ddangos ieithoedd y papurau.")
        }
        var missing: [(LocalizedText, EvidenceCitation)] = []
        let documents = [("complaints", LocalizedText(en: "the complaints policy", cy: "y polisi cwynion")),
                         ("statement-of-purpose", LocalizedText(en: "the statement of purpose", cy: "y datganiad o ddiben"))]
        for (id, name) in documents {
            let policy = input.manifest.policy(id)
            if !(policy?.languages.contains(.cy) ?? false) {
                missing.append((name, EvidenceCitation(policy?.file.location ?? FileLocation(file: "manifest.yaml"))))
            }
        }
        if !agm.languages.contains(.cy) { missing.append((LocalizedText(en: "the AGM papers", cy: "papurau'r CCB"), agm.citation)) }
        if !missing.isEmpty {
            let names = LocalizedText.list(missing.map(\.0))
            return .fail("Not available in Welsh: \(names.en).", "Ddim ar gael yn Gymraeg: \(names.cy).", evidence: missing.map(\.1))
        }
        return .pass("The complaints policy, statement of purpose and AGM papers are available in Welsh.",
                     "Mae'r polisi cwynion, y datganiad o ddiben a phapurau'r CCB ar gael yn Gymraeg.",
                     evidence: [agm.citation, EvidenceCitation(path: "manifest.yaml")])
    }
}
