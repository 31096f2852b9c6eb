import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// FIN-03: the accounts were laid before the members at a general meeting after the year end,
/// as a society's registered rules require, and copies were made available to them. The Act
/// sets no deadline for that; a profile may (`months-after-year-end`).
/// Finds the approving resolution and the date copies reached the members.
package struct AccountsReachMembers: Checker {
    package struct Options: YAMLReadable, Sendable {
        /// The profile's own deadline for copies to reach the members, if it sets one.
        package var monthsAfterYearEnd: Int?
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["months-after-year-end"])
            monthsAfterYearEnd = try fields.optional("months-after-year-end", as: Int.self)
        }
    }

    package static let id = "accounts-reach-members"
    package static let summary = "The judged accounts were laid before a general meeting and copies reached the members (by the profile's deadline, if any); finds both."
    package static let examples = [
        CheckerExample("published in October, approved at the AGM", expect: .pass),
        CheckerExample("published in January: the Act sets no deadline", expect: .pass, files: [
            "accounts/2024-25.yaml": ExampleBundle.accounts.replacingOccurrences(of: "published: 2025-10-01", with: "published: 2026-01-15"),
        ]),
        CheckerExample("published in January, after a profile's nine months", expect: .fail, files: [
            "accounts/2024-25.yaml": ExampleBundle.accounts.replacingOccurrences(of: "published: 2025-10-01", with: "published: 2026-01-15"),
        ], parameters: "months-after-year-end: 9"),
        CheckerExample("never approved by the members", expect: .fail, files: [
            "minutes/2025-09-20-agm.md": ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-01").replacingOccurrences(of: "kind: accounts-approval", with: "kind: other"),
        ]),
        CheckerExample("no publication date", expect: .notEvidenced, files: [
            "accounts/2024-25.yaml": ExampleBundle.accounts.replacingOccurrences(of: "published: 2025-10-01\n", with: ""),
        ]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard let accounts = try input.judgedAccounts() else { return CheckInput.noJudgedAccounts }
        let yearEnd = accounts.period.value.end
        guard let published = accounts.published else {
            return .notEvidenced("The accounts for the year ending \(yearEnd) do not say when they reached the members (published).",
                                 "Nid yw'r cyfrifon ar gyfer y flwyddyn a ddaeth i ben \(yearEnd) yn dweud pryd y cyrhaeddon nhw'r aelodau (published).",
                                 evidence: [EvidenceCitation(accounts.period.location)])
        }
        var unmet = UnmetConditions()
        if let months = options.monthsAfterYearEnd, case let deadline = yearEnd.adding(months: months), published.value > deadline {
            unmet.add("The accounts for the year ending \(yearEnd) reached the members on \(published.value), after \(deadline) (the scheme's \(months) months).",
                      "Cyrhaeddodd y cyfrifon ar gyfer y flwyddyn a ddaeth i ben \(yearEnd) yr aelodau ar \(published.value), ar ôl \(deadline) (\(months) mis y cynllun).",
                      evidence: [EvidenceCitation(published.location)])
        }
        let meetings = input.evidence.meetings([.agm, .general], in: DatePeriod(start: yearEnd, end: input.auditDate))
        let approval = meetings.flatMap(\.resolutions).first { $0.kind == .accountsApproval && $0.result == .passed }
        if approval == nil {
            unmet.add("No general meeting after \(yearEnd) approved the accounts (a resolution of kind accounts-approval).",
                      "Ni chymeradwyodd unrhyw gyfarfod cyffredinol ar ôl \(yearEnd) y cyfrifon (penderfyniad o fath accounts-approval).",
                      evidence: [EvidenceCitation(published.location)])
        }
        if let failure = unmet.failure() { return failure }
        return .pass("The accounts for the year ending \(yearEnd) were laid before the members, who approved them, and copies reached them on \(published.value).",
                     "Gosodwyd y cyfrifon ar gyfer y flwyddyn a ddaeth i ben \(yearEnd) gerbron yr aelodau, a'u cymeradwyodd, a chyrhaeddodd copïau hwy ar \(published.value).",
                     evidence: [EvidenceCitation(published.location)] + (approval.map { [EvidenceCitation($0.location)] } ?? []))
    }
}
