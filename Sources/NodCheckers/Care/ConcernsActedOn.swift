import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// CARE-05: every safeguarding concern has an action, a referral and an outcome; every
/// whistleblowing concern an action and an outcome. Finds concerns left without them.
package struct ConcernsActedOn: Checker {
    package typealias Options = NoOptions
    package static let id = "concerns-acted-on"
    package static let summary = "Every safeguarding and whistleblowing concern was acted on and closed; finds those that were not."
    package static let examples = [
        CheckerExample("referred and closed", expect: .pass),
        CheckerExample("a safeguarding concern never referred", expect: .fail, files: [
            EvidenceKind.safeguarding.path: "concern_id,raised,action,referral,outcome\nS1,2025-08-01,Manager visited,,Closed\n",
        ]),
        CheckerExample("a whistleblowing concern with no outcome", expect: .fail, files: [
            EvidenceKind.whistleblowing.path: "concern_id,raised,action,outcome\nW1,2025-09-01,Chair investigated,\n",
        ]),
        CheckerExample("no logs", expect: .notEvidenced, files: [EvidenceKind.safeguarding.path: nil, EvidenceKind.whistleblowing.path: nil]),
        CheckerExample("no whistleblowing log", expect: .notEvidenced, files: [EvidenceKind.whistleblowing.path: nil]),
        CheckerExample("logs with their header rows only: no concern to judge", expect: .notApplicable, files: [
            EvidenceKind.safeguarding.path: "concern_id,raised,action,referral,outcome\n", EvidenceKind.whistleblowing.path: "concern_id,raised,action,outcome\n",
        ]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        let safeguarding = try input.evidence.safeguarding.readable()
        let whistleblowing = try input.evidence.whistleblowing.readable()
        if let open = (safeguarding ?? []).first(where: { $0.action == nil || $0.referral == nil || $0.outcome == nil }) {
            return .fail("Safeguarding concern \(open.id) (\(open.raised)) lacks an action, a referral or an outcome.",
                         "Nid oes cam gweithredu, atgyfeiriad na chanlyniad ar gyfer pryder diogelu \(open.id) (\(open.raised)).",
                         evidence: [EvidenceCitation(open.location)])
        }
        if let open = (whistleblowing ?? []).first(where: { $0.action == nil || $0.outcome == nil }) {
            return .fail("Whistleblowing concern \(open.id) (\(open.raised)) lacks an action or an outcome.",
                         "Nid oes cam gweithredu na chanlyniad ar gyfer pryder chwythu'r chwiban \(open.id) (\(open.raised)).",
                         evidence: [EvidenceCitation(open.location)])
        }
        // A missing log is not a log without concerns: with none to report, submit the header row.
        let missing = [(safeguarding == nil, input.evidence.safeguarding.path), (whistleblowing == nil, input.evidence.whistleblowing.path)]
            .filter(\.0).map(\.1)
        if !missing.isEmpty {
            let names = missing.joined(separator: ", ")
            return .notEvidenced("No \(names): a log is needed even when no concern was raised (its header row alone then).",
                                 "Dim \(names): mae angen log hyd yn oed pan na chodwyd pryder (y rhes pennawd yn unig bryd hynny).")
        }
        let logs = [input.evidence.safeguarding.path, input.evidence.whistleblowing.path]
        let count = (safeguarding?.count ?? 0) + (whistleblowing?.count ?? 0)
        // Zero concerns is nothing to judge, not proof that concerns are handled.
        guard count > 0 else {
            return .notApplicable("No concern was logged in the period (\(logs.joined(separator: ", "))): there is nothing to judge.",
                                  "Ni chofnodwyd pryder yn y cyfnod (\(logs.joined(separator: ", "))): nid oes dim i'w farnu.")
        }
        let concerns = CountedNoun.concern.counted(count)
        return .pass(count == 1 ? "The one concern logged was acted on and has an outcome." : "All \(concerns.en) were acted on and have an outcome.",
                     count == 1 ? "Gweithredwyd ar yr unig bryder a gofnodwyd ac mae canlyniad iddo." : "Gweithredwyd ar bob un o'r \(concerns.cy) ac mae canlyniad iddynt.",
                     evidence: logs.map { EvidenceCitation(path: $0) })
    }
}
