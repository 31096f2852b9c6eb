import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// GOV-02: the AGM received the accounts, soon after the financial year ended.
/// Finds whether the AGM took the accounts and how many months after the year end it met.
package struct AGMReceivedAccounts: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var maxMonthsAfterYearEnd: Double
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["max-months-after-year-end"])
            maxMonthsAfterYearEnd = try fields.optional("max-months-after-year-end", as: Double.self) ?? 6
        }
    }

    package static let id = "agm-received-accounts"
    package static let summary = "The AGM in the period took the accounts within N months of their year end; finds the gap."
    package static let examples = [
        CheckerExample("accounts approved at a September AGM", expect: .pass),
        CheckerExample("accounts neither on the agenda nor approved", expect: .fail, files: [
            "minutes/2025-09-20-agm.md": ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-01", agenda: "[elections]")
                .replacingOccurrences(of: "kind: accounts-approval", with: "kind: other"),
        ]),
        CheckerExample("AGM in December, eight months after the year end", expect: .fail, files: [
            "minutes/2025-09-20-agm.md": nil,
            "minutes/2025-12-06-agm.md": ExampleBundle.agm(date: "2025-12-06", notice: "2025-11-14"),
        ]),
        CheckerExample("no AGM in the period", expect: .notEvidenced, files: ["minutes/2025-09-20-agm.md": nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard let agm = input.evidence.meetings([.agm], in: input.period).last else {
            try input.requireAllReadable(.meetings)
            return .notEvidenced("No minutes of an AGM in the period, so no evidence the members received the accounts.",
                                 "Dim cofnodion CCB yn y cyfnod, felly dim tystiolaeth bod yr aelodau wedi derbyn y cyfrifon.")
        }
        let yearEnd = input.evidence.accounts.map(\.period.value.end).filter { $0 < agm.date.value }.max()
            ?? input.period.start.adding(days: -1)
        let approval = agm.resolutions.first { $0.kind == .accountsApproval }
        let onAgenda = agm.agenda.contains { $0.lowercased().contains("accounts") }
        let gap = yearEnd.months(until: agm.date.value)
        let measures = [Measure("months-after-year-end", gap)]
        var evidence = [agm.citation]
        if let approval { evidence.append(EvidenceCitation(approval.location)) }
        var unmet = UnmetConditions()
        if approval == nil, !onAgenda {
            unmet.add("The AGM on \(agm.date.value) neither had the accounts on its agenda nor passed an accounts-approval resolution.",
                      "Nid oedd y cyfrifon ar agenda'r CCB ar \(agm.date.value), ac ni phasiwyd penderfyniad i'w cymeradwyo.",
                      evidence: evidence)
        } else if gap > options.maxMonthsAfterYearEnd {
            unmet.add("The AGM took the accounts \(formatted(gap)) months after the year end (\(yearEnd)); the limit is \(formatted(options.maxMonthsAfterYearEnd)).",
                      "Derbyniodd y CCB y cyfrifon \(formatted(gap)) mis ar ôl diwedd y flwyddyn (\(yearEnd)); y terfyn yw \(formatted(options.maxMonthsAfterYearEnd)).",
                      evidence: evidence)
        }
        if let failure = unmet.failure(measures: measures) { return failure }
        return .pass("The AGM on \(agm.date.value) took the accounts for the year ending \(yearEnd), \(formatted(gap)) months after it.",
                     "Derbyniodd y CCB ar \(agm.date.value) gyfrifon y flwyddyn a ddaeth i ben \(yearEnd), \(formatted(gap)) mis wedyn.",
                     evidence: evidence, measures: measures)
    }
}

