import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// FIN-03: the accounts were published to members within nine months of the year end and
/// approved at a general meeting. Finds the publication date and the approving resolution.
package struct AccountsReachMembers: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var monthsAfterYearEnd: Int
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["months-after-year-end"])
            monthsAfterYearEnd = try fields.optional("months-after-year-end", as: Int.self) ?? 9
        }
    }

    package static let id = "accounts-reach-members"
    package static let summary = "The judged accounts were published within nine months and approved by a general meeting; finds both."
    package static let examples = [
        CheckerExample("published in October, approved at the AGM", expect: .pass),
        CheckerExample("published in January", expect: .fail, files: [
            "accounts/2024-25.yaml": ExampleBundle.accounts.replacingOccurrences(of: "published: 2025-10-01", with: "published: 2026-01-15"),
        ]),
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
        let deadline = yearEnd.adding(months: options.monthsAfterYearEnd)
        var unmet = UnmetConditions()
        if published.value > deadline {
            unmet.add("The accounts for the year ending \(yearEnd) were published on \(published.value), after \(deadline).",
                      "Cyhoeddwyd y cyfrifon ar gyfer y flwyddyn a ddaeth i ben \(yearEnd) ar \(published.value), ar ôl \(deadline).",
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
        return .pass("The accounts for the year ending \(yearEnd) were published on \(published.value) and approved by the members.",
                     "Cyhoeddwyd y cyfrifon ar gyfer y flwyddyn a ddaeth i ben \(yearEnd) ar \(published.value) a'u cymeradwyo gan yr aelodau.",
                     evidence: [EvidenceCitation(published.location)] + (approval.map { [EvidenceCitation($0.location)] } ?? []))
    }
}
