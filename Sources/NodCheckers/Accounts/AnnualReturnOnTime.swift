import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// FIN-01: the society filed its annual return with the FCA within seven months of the year end.
/// Finds the return for the judged year and how late or early it was.
package struct AnnualReturnOnTime: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var monthsAfterYearEnd: Int
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["months-after-year-end"])
            monthsAfterYearEnd = try fields.optional("months-after-year-end", as: Int.self) ?? 7
        }
    }

    package static let id = "annual-return-on-time"
    package static let summary = "The FCA annual return for the judged year was filed within seven months; finds the filing date."
    package static let examples = [
        CheckerExample("filed in October for a March year end", expect: .pass),
        CheckerExample("filed in November", expect: .fail, files: [
            "regulator/fca-annual-return-2025.yaml": "kind: fca-annual-return\nsubmitted: 2025-11-03\nyear-end: 2025-03-31\n",
        ]),
        CheckerExample("only last year's return", expect: .notEvidenced, files: [
            "regulator/fca-annual-return-2025.yaml": "kind: fca-annual-return\nsubmitted: 2024-10-20\nyear-end: 2024-03-31\n",
        ]),
        CheckerExample("accounts file unreadable", expect: .error, files: ["accounts/2024-25.yaml": "period: [oops\n"]),
        CheckerExample("audited before the 2024-25 deadline, the year before is judged", expect: .notEvidenced, auditDate: "2025-10-15"),
        CheckerExample("…and passes when that year's return is there", expect: .pass, files: [
            "accounts/2023-24.yaml": ExampleBundle.accounts.replacingOccurrences(of: "2024-04-01, end: 2025-03-31", with: "2023-04-01, end: 2024-03-31"),
            "regulator/fca-annual-return-2024.yaml": "kind: fca-annual-return\nsubmitted: 2024-10-02\nyear-end: 2024-03-31\n",
        ], auditDate: "2025-10-15"),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard let accounts = try input.judgedAccounts() else { return CheckInput.noJudgedAccounts }
        let yearEnd = accounts.period.value.end
        let deadline = yearEnd.adding(months: options.monthsAfterYearEnd)
        let filing = input.evidence.regulatorDocuments.compactMap { document -> FCAAnnualReturn? in
            if case .fcaAnnualReturn(let filing) = document, filing.yearEnd.value == yearEnd { return filing }
            return nil
        }.first
        guard let filing else {
            return .notEvidenced("No FCA annual return for the year ending \(yearEnd) (regulator/*.yaml, kind fca-annual-return).",
                                 "Dim ffurflen flynyddol FCA ar gyfer y flwyddyn a ddaeth i ben \(yearEnd) (regulator/*.yaml, kind fca-annual-return).")
        }
        let margin = Double(filing.submitted.value.days(until: deadline))
        let evidence = [EvidenceCitation(filing.submitted.location)]
        if filing.submitted.value > deadline {
            return .fail("The annual return for the year ending \(yearEnd) was filed on \(filing.submitted.value), after the deadline of \(deadline).",
                         "Ffeiliwyd y ffurflen flynyddol ar gyfer y flwyddyn a ddaeth i ben \(yearEnd) ar \(filing.submitted.value), ar ôl y dyddiad cau, \(deadline).",
                         evidence: evidence, measures: [Measure("days-before-deadline", margin)])
        }
        return .pass("The annual return for the year ending \(yearEnd) was filed on \(filing.submitted.value), before the deadline of \(deadline).",
                     "Ffeiliwyd y ffurflen flynyddol ar gyfer y flwyddyn a ddaeth i ben \(yearEnd) ar \(filing.submitted.value), cyn y dyddiad cau, \(deadline).",
                     evidence: evidence, measures: [Measure("days-before-deadline", margin)])
    }
}
