import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// CARE-09: the service's annual return to Care Inspectorate Wales for the year was submitted
/// by the date CIW sets (SI 2017/1097), and the complaints it reports agree with the
/// complaints log. Until now the bundle's `ciw-annual-return` was parsed and no rule read it.
/// Finds the return, its date and its complaint count.
package struct CIWAnnualReturnFiled: Checker {
    package struct Options: YAMLReadable, Sendable {
        /// Months after the year end by which the return is due (the scheme's reading of CIW's date).
        package var dueMonthsAfterYearEnd: Int
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["due-months-after-year-end"])
            dueMonthsAfterYearEnd = try fields.optional("due-months-after-year-end", as: Int.self) ?? 2
        }
    }

    package static let id = "ciw-annual-return-filed"
    package static let summary = "The CIW annual return for the year was submitted on time and its complaint count matches the log; finds both."
    static func annualReturn(submitted: String = "2026-05-20", complaints: Int = 1) -> String {
        "kind: ciw-annual-return\nsubmitted: \(submitted)\nlanguages: [cy, en]\ncomplaints-total: \(complaints)\n"
    }
    package static let examples = [
        CheckerExample("submitted in May, one complaint as the log shows", expect: .pass,
                       files: ["regulator/ciw-annual-return-2026.yaml": annualReturn()]),
        CheckerExample("submitted in July, after the end of May", expect: .fail,
                       files: ["regulator/ciw-annual-return-2026.yaml": annualReturn(submitted: "2026-07-10")], mentioning: ["2026-07-10"]),
        CheckerExample("reports no complaint where the log has one", expect: .fail,
                       files: ["regulator/ciw-annual-return-2026.yaml": annualReturn(complaints: 0)], mentioning: ["the log shows 1"]),
        CheckerExample("only last year's return", expect: .fail,
                       files: ["regulator/ciw-annual-return-2025.yaml": annualReturn(submitted: "2025-05-20")], mentioning: ["No CIW annual return"]),
        CheckerExample("not yet due on the audit date", expect: .notApplicable, auditDate: "2026-04-30"),
        CheckerExample("no CIW annual return at all", expect: .notEvidenced),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        try input.requireAllReadable(.regulatorDocuments)
        let yearEnd = input.period.end
        let due = yearEnd.adding(months: options.dueMonthsAfterYearEnd)
        guard due <= input.auditDate else {
            return .notApplicable("The CIW annual return for the year ending \(yearEnd) is not due until \(due), after the audit date.",
                                  "Nid yw ffurflen flynyddol AGC ar gyfer y flwyddyn a ddaeth i ben \(yearEnd) yn ddyledus tan \(due), ar ôl dyddiad yr archwiliad.")
        }
        let returns = input.evidence.regulatorDocuments.compactMap { document -> CIWAnnualReturn? in
            if case .ciwAnnualReturn(let annual) = document { return annual }
            return nil
        }
        guard !returns.isEmpty else {
            return .notEvidenced("No CIW annual return in the bundle (regulator/*.yaml, kind ciw-annual-return).",
                                 "Dim ffurflen flynyddol AGC yn y bwndel (regulator/*.yaml, kind ciw-annual-return).")
        }
        // The return for the year is the first submitted after the year ended.
        guard let annual = returns.filter({ $0.submitted.value > yearEnd }).min(by: { $0.submitted.value < $1.submitted.value }) else {
            let last = returns.map(\.submitted.value).max().map { "; the latest in the bundle was submitted on \($0)" } ?? ""
            let lastCy = returns.map(\.submitted.value).max().map { "; cyflwynwyd yr olaf yn y bwndel ar \($0)" } ?? ""
            return .fail("No CIW annual return was submitted for the year ending \(yearEnd)\(last); it was due by \(due).",
                         "Ni chyflwynwyd ffurflen flynyddol AGC ar gyfer y flwyddyn a ddaeth i ben \(yearEnd)\(lastCy); roedd yn ddyledus erbyn \(due).",
                         evidence: returns.map { EvidenceCitation($0.submitted.location) })
        }
        var unmet = UnmetConditions()
        if annual.submitted.value > due {
            unmet.add("The CIW annual return for the year ending \(yearEnd) was submitted on \(annual.submitted.value), after \(due).",
                      "Cyflwynwyd ffurflen flynyddol AGC ar gyfer y flwyddyn a ddaeth i ben \(yearEnd) ar \(annual.submitted.value), ar ôl \(due).",
                      evidence: [EvidenceCitation(annual.submitted.location)])
        }
        if let reported = annual.complaintsTotal, let log = try input.evidence.complaints.readable() {
            let logged = log.count(where: { input.period.contains($0.received) })
            if reported != logged {
                unmet.add("The return reports \(CountedNoun.complaint.counted(reported).en) for the year; the log shows \(logged).",
                          "Mae'r ffurflen yn nodi \(CountedNoun.complaint.counted(reported).cy) ar gyfer y flwyddyn; mae'r log yn dangos \(logged).",
                          evidence: [EvidenceCitation(annual.location), EvidenceCitation(path: EvidenceKind.complaints.path)])
            }
        }
        if let failure = unmet.failure() { return failure }
        return .pass("The CIW annual return for the year ending \(yearEnd) was submitted on \(annual.submitted.value), by \(due).",
                     "Cyflwynwyd ffurflen flynyddol AGC ar gyfer y flwyddyn a ddaeth i ben \(yearEnd) ar \(annual.submitted.value), erbyn \(due).",
                     evidence: [EvidenceCitation(annual.submitted.location)])
    }
}
