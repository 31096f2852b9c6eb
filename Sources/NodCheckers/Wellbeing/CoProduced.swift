import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// WB-05: services are co-produced: at least one decision in the period was made with
/// service users or carers. Finds the co-produced decisions.
package struct CoProduced: Checker {
    package typealias Options = NoOptions
    package static let id = "co-produced"
    package static let summary = "At least one decision was co-produced with people supported or carers; finds those decisions."
    package static let examples = [
        CheckerExample("the evening rota was co-produced", expect: .pass),
        CheckerExample("decided with workers only", expect: .fail, files: [
            "minutes/2025-11-19-members-forum.md": "---\nmeeting: members-forum\ndate: 2025-11-19\nco-production:\n  - { decision: Rota, with: [workers] }\n---\nForum.\n",
        ]),
        CheckerExample("no co-production recorded", expect: .fail, files: ["minutes/2025-11-19-members-forum.md": nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        let users: Set<StakeholderClass> = [.serviceUsers, .carers]
        let decisions = input.evidence.meetings.filter { input.period.contains($0.date.value) }
            .flatMap(\.coProduction).filter { !Set($0.with).isDisjoint(with: users) }
        guard let first = decisions.first else {
            return .fail("No decision in the period's minutes records co-production with service users or carers.",
                         "Nid oes penderfyniad yng nghofnodion y cyfnod yn cofnodi cyd-gynhyrchu gyda defnyddwyr gwasanaeth neu ofalwyr.")
        }
        return .pass("\(CountedNoun.decision.counted(decisions.count).startingSentence.en) co-produced with people supported or carers, such as: “\(first.decision)”.",
                     "\(CountedNoun.decision.counted(decisions.count).startingSentence.cy) wedi'u cyd-gynhyrchu gyda'r bobl a gefnogir neu ofalwyr, er enghraifft: “\(first.decision)”.",
                     evidence: decisions.map { EvidenceCitation($0.location) }, measures: [Measure("co-produced-decisions", Double(decisions.count))])
    }
}
