import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// CARE-10: complaints were acknowledged and answered within the times the co-op's own
/// complaints policy promises (SI 2017/1264 reg 64), and the year's complaints were analysed
/// (reg 64(4): a quality-of-care review covered them). Finds each complaint answered late.
package struct ComplaintsAnsweredInTime: Checker {
    package typealias Options = NoOptions
    package static let id = "complaints-answered-in-time"
    package static let summary = "Complaints were acknowledged and answered within the complaints policy's own times; finds each late one."
    static func manifest(acknowledge: Int = 2, respond: Int = 20) -> String {
        ExampleBundle.manifest().replacingOccurrences(
            of: "  - { id: complaints, file: policies/complaints.md, reviewed: 2025-06-12, languages: [cy, en] }",
            with: "  - { id: complaints, file: policies/complaints.md, reviewed: 2025-06-12, languages: [cy, en], acknowledge-within-days: \(acknowledge), respond-within-days: \(respond) }")
    }
    static let log = "complaint_id,received,acknowledged,responded,action,outcome\n"
    package static let examples = [
        CheckerExample("acknowledged next day, answered in 18 days: within 2 and 20", expect: .pass, files: ["manifest.yaml": manifest()]),
        CheckerExample("answered in 30 days against the policy's 20, acknowledged after a week", expect: .fail, files: [
            "manifest.yaml": manifest(),
            EvidenceKind.complaints.path: log + "C1,2025-06-02,2025-06-09,2025-07-02,Rota changed,upheld\n",
        ], mentioning: ["acknowledged 7 days", "answered 30 days"]),
        CheckerExample("a complaint not yet answered, past the policy's time", expect: .fail, files: [
            "manifest.yaml": manifest(),
            EvidenceKind.complaints.path: log + "C1,2026-02-02,2026-02-03,,,\n",
        ], mentioning: ["not answered"]),
        CheckerExample("no complaint in the year", expect: .notApplicable, files: ["manifest.yaml": manifest(), EvidenceKind.complaints.path: log]),
        CheckerExample("a policy that sets no times", expect: .notEvidenced),
        CheckerExample("no complaints log", expect: .notEvidenced, files: ["manifest.yaml": manifest(), EvidenceKind.complaints.path: nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        guard let complaints = try input.evidence.complaints.readable() else {
            return .notEvidenced("No complaints log (logs/complaints.csv).", "Dim log cwynion (logs/complaints.csv).")
        }
        let inPeriod = complaints.filter { input.period.contains($0.received) }
        guard !inPeriod.isEmpty else {
            return .notApplicable("No complaint was received in the period: there is nothing to time.",
                                  "Ni dderbyniwyd cwyn yn y cyfnod: nid oes dim i'w amseru.")
        }
        guard let policy = input.manifest.policy("complaints"), let respond = policy.respondWithinDays else {
            return .notEvidenced("The complaints policy in the manifest does not say within how many days complaints are answered (respond-within-days).",
                                 "Nid yw'r polisi cwynion yn y maniffest yn dweud o fewn sawl diwrnod yr atebir cwynion (respond-within-days).",
                                 evidence: [EvidenceCitation(path: "manifest.yaml")])
        }
        var unmet = UnmetConditions()
        for complaint in inPeriod {
            if let promise = policy.acknowledgeWithinDays?.value, let acknowledged = complaint.acknowledged,
               case let days = complaint.received.days(until: acknowledged), days > promise {
                unmet.add("Complaint \(complaint.id) was acknowledged \(CountedNoun.day.counted(days).en) after it was received; the policy promises \(promise).",
                          "Cydnabuwyd cwyn \(complaint.id) \(CountedNoun.day.counted(days).cy) ar ôl ei derbyn; mae'r polisi'n addo \(promise).",
                          evidence: [EvidenceCitation(complaint.location)])
            }
            if let responded = complaint.responded {
                let days = complaint.received.days(until: responded)
                if days > respond.value {
                    unmet.add("Complaint \(complaint.id) was answered \(CountedNoun.day.counted(days).en) after it was received; the policy promises \(respond.value).",
                              "Atebwyd cwyn \(complaint.id) \(CountedNoun.day.counted(days).cy) ar ôl ei derbyn; mae'r polisi'n addo \(respond.value).",
                              evidence: [EvidenceCitation(complaint.location)])
                }
            } else if complaint.received.adding(days: respond.value) < input.auditDate {
                unmet.add("Complaint \(complaint.id), received \(complaint.received), is not answered, and the policy's \(respond.value) days have passed.",
                          "Nid yw cwyn \(complaint.id), a dderbyniwyd \(complaint.received), wedi'i hateb, ac mae \(respond.value) diwrnod y polisi wedi mynd heibio.",
                          evidence: [EvidenceCitation(complaint.location)])
            }
        }
        if let failure = unmet.failure(measures: [Measure("complaints", Double(inPeriod.count))]) { return failure }
        return .pass("\(CountedNoun.complaint.counted(inPeriod.count).startingSentence.en) in the period, each answered within the policy's \(respond.value) days.",
                     "\(CountedNoun.complaint.counted(inPeriod.count).startingSentence.cy) yn y cyfnod, pob un wedi'i hateb o fewn \(respond.value) diwrnod y polisi.",
                     evidence: [EvidenceCitation(respond.location), EvidenceCitation(path: EvidenceKind.complaints.path)],
                     measures: [Measure("complaints", Double(inPeriod.count))])
    }
}
