import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// CARE-04: every complaint was answered with an action, and complaints were looked at in a
/// quality-of-care review. Finds complaints without a response or action.
package struct ComplaintsHandled: Checker {
    package typealias Options = NoOptions
    package static let id = "complaints-handled"
    package static let summary = "Every complaint has a response and an action, and reviews cover complaints; finds those without."
    package static let examples = [
        CheckerExample("answered with an action", expect: .pass),
        CheckerExample("no complaints in the year", expect: .pass, files: [EvidenceKind.complaints.path: "complaint_id,received\n"]),
        CheckerExample("a complaint never answered", expect: .fail, files: [
            EvidenceKind.complaints.path: "complaint_id,received,acknowledged,responded,action,outcome\nC1,2025-06-02,2025-06-03,,,\n",
        ]),
        CheckerExample("reviews never look at complaints", expect: .fail, files: [
            "reviews/2025-09-30.md": ExampleBundle.review("2025-09-30", start: "2025-04-01", end: "2025-09-30", covers: "[engagement]"),
            "reviews/2026-03-25.md": ExampleBundle.review("2026-03-25", start: "2025-10-01", end: "2026-03-31", covers: "[engagement]"),
        ]),
        CheckerExample("no complaints log", expect: .notEvidenced, files: [EvidenceKind.complaints.path: nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        guard let complaints = try input.evidence.complaints.readable() else {
            return .notEvidenced("No complaints log (logs/complaints.csv); an empty log with its header shows there were none.",
                                 "Dim log cwynion (logs/complaints.csv); mae log gwag gyda'i bennawd yn dangos nad oedd dim.")
        }
        let inPeriod = complaints.filter { input.period.contains($0.received) }
        var unmet = UnmetConditions()
        for open in inPeriod where open.responded == nil || open.action == nil {
            unmet.add("Complaint \(open.id), received \(open.received), has no recorded response and action.",
                      "Nid oes ymateb na cham gweithredu wedi'u cofnodi ar gyfer cwyn \(open.id), a dderbyniwyd \(open.received).",
                      evidence: [EvidenceCitation(open.location)])
        }
        let reviewed = input.evidence.reviews.contains { input.period.contains($0.date.value) && ($0.covers?.value.contains(.complaints) ?? false) }
        if !reviewed {
            unmet.add("No quality-of-care review in the period looked at complaints.",
                      "Ni edrychodd unrhyw adolygiad o ansawdd y gofal yn y cyfnod ar gwynion.", evidence: [EvidenceCitation(path: EvidenceKind.complaints.path)])
        }
        if let failure = unmet.failure(measures: [Measure("complaints", Double(inPeriod.count))]) { return failure }
        return .pass("\(CountedNoun.complaint.counted(inPeriod.count).startingSentence.en) in the period, each answered with an action; reviews covered complaints.",
                     "\(CountedNoun.complaint.counted(inPeriod.count).startingSentence.cy) yn y cyfnod, pob un wedi'i hateb gyda cham gweithredu; roedd yr adolygiadau'n cynnwys cwynion.",
                     evidence: inPeriod.map { EvidenceCitation($0.location) } + [EvidenceCitation(path: EvidenceKind.complaints.path)],
                     measures: [Measure("complaints", Double(inPeriod.count))])
    }
}
