import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// CARE-05: every safeguarding concern has an action, an outcome, and either a referral or a
/// recorded reason it did not meet the threshold for one ("consulted, not referred"); every
/// referral was notified to CIW (a notifiable event: SI 2017/1264 reg 60, Sch 3); every
/// whistleblowing concern has an action and an outcome. Finds each concern left short.
package struct ConcernsActedOn: Checker {
    package typealias Options = NoOptions
    package static let id = "concerns-acted-on"
    package static let summary = "Every safeguarding and whistleblowing concern was acted on and closed; finds those that were not."
    package static let examples = [
        CheckerExample("referred and closed", expect: .pass),
        CheckerExample("a safeguarding concern neither referred nor reasoned", expect: .fail, files: [
            EvidenceKind.safeguarding.path: "concern_id,raised,action,referral,outcome\nS1,2025-08-01,Manager visited,,Closed\n",
        ], mentioning: ["neither a referral nor a recorded reason"]),
        CheckerExample("consulted, not referred, with the reason recorded", expect: .pass, files: [
            EvidenceKind.safeguarding.path: "concern_id,raised,action,referral,not_referred_reason,ciw_notified,outcome\n"
                + "S1,2025-08-01,Manager visited,,Discussed with the duty team: below the threshold,,Closed: care plan reviewed\n",
        ]),
        CheckerExample("a referral CIW was not told of", expect: .fail, files: [
            EvidenceKind.safeguarding.path: "concern_id,raised,action,referral,not_referred_reason,ciw_notified,outcome\n"
                + "S1,2025-08-01,Manager visited,Local authority 2025-08-01,,,Closed\n",
        ], mentioning: ["CIW was not notified"]),
        CheckerExample("two concerns short in different ways: both named", expect: .fail, files: [
            EvidenceKind.safeguarding.path: "concern_id,raised,action,referral,not_referred_reason,ciw_notified,outcome\n"
                + "S1,2025-08-01,Manager visited,Local authority 2025-08-01,,,Closed\nS2,2025-09-01,,,,,\n",
        ], mentioning: ["S1", "S2"]),
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
        var unmet = UnmetConditions()
        for concern in safeguarding ?? [] {
            var missing: [LocalizedText] = []
            if concern.action == nil { missing.append(LocalizedText(en: "an action", cy: "cam gweithredu")) }
            if concern.referral == nil, concern.notReferredReason == nil {
                missing.append(LocalizedText(en: "neither a referral nor a recorded reason for not referring",
                                             cy: "atgyfeiriad na rheswm wedi'i gofnodi dros beidio ag atgyfeirio"))
            }
            if concern.outcome == nil { missing.append(LocalizedText(en: "an outcome", cy: "canlyniad")) }
            if !missing.isEmpty {
                let list = LocalizedText.list(missing)
                unmet.add("Safeguarding concern \(concern.id) (\(concern.raised)) lacks \(list.en).",
                          "Mae pryder diogelu \(concern.id) (\(concern.raised)) heb \(list.cy).",
                          evidence: [EvidenceCitation(concern.location)])
            }
            if concern.referral != nil, concern.ciwNotified == nil {
                unmet.add("Safeguarding concern \(concern.id) was referred, but CIW was not notified (ciw_notified), as a notifiable event must be.",
                          "Atgyfeiriwyd pryder diogelu \(concern.id), ond ni hysbyswyd AGC (ciw_notified), fel y mae'n rhaid gyda digwyddiad hysbysadwy.",
                          evidence: [EvidenceCitation(concern.location)])
            }
        }
        for concern in whistleblowing ?? [] where concern.action == nil || concern.outcome == nil {
            unmet.add("Whistleblowing concern \(concern.id) (\(concern.raised)) lacks an action or an outcome.",
                      "Nid oes cam gweithredu na chanlyniad ar gyfer pryder chwythu'r chwiban \(concern.id) (\(concern.raised)).",
                      evidence: [EvidenceCitation(concern.location)])
        }
        if let failure = unmet.failure() { return failure }
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
