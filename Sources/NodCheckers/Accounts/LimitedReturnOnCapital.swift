import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// FIN-04: interest on share capital stayed within the constitution's cap (none allowed when no
/// cap is declared). Finds the rate paid.
package struct LimitedReturnOnCapital: Checker {
    package typealias Options = NoOptions
    package static let id = "limited-return-on-capital"
    package static let summary = "Interest on shares is within the constitution's cap; finds the rate paid."
    package static let examples = [
        CheckerExample("no interest paid", expect: .pass),
        CheckerExample("4% paid under a 5% cap", expect: .pass, files: [
            "accounts/2024-25.yaml": ExampleBundle.accounts.replacingOccurrences(of: "interest-on-shares: 0", with: "interest-on-shares: 32"),
        ]),
        CheckerExample("10% paid under a 5% cap", expect: .fail, files: [
            "accounts/2024-25.yaml": ExampleBundle.accounts.replacingOccurrences(of: "interest-on-shares: 0", with: "interest-on-shares: 80"),
        ]),
        CheckerExample("interest paid with no cap declared", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(of: "  interest-cap-percent: 5\n", with: ""),
            "accounts/2024-25.yaml": ExampleBundle.accounts.replacingOccurrences(of: "interest-on-shares: 0", with: "interest-on-shares: 8"),
        ]),
        CheckerExample("interest not stated", expect: .notEvidenced, files: [
            "accounts/2024-25.yaml": ExampleBundle.accounts.replacingOccurrences(of: "interest-on-shares: 0\n", with: ""),
        ]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        guard let accounts = try input.judgedAccounts() else { return CheckInput.noJudgedAccounts }
        guard let interest = accounts.interestOnShares else {
            return .notEvidenced("The accounts do not state the interest paid on shares (interest-on-shares; 0 if none).",
                                 "Nid yw'r cyfrifon yn nodi'r llog a dalwyd ar gyfranddaliadau (interest-on-shares; 0 os dim).",
                                 evidence: [EvidenceCitation(accounts.period.location)])
        }
        let cite = [EvidenceCitation(interest.location)]
        if interest.value == 0 {
            return .pass("No interest was paid on share capital.", "Ni thalwyd llog ar gyfalaf cyfranddaliadau.", evidence: cite)
        }
        guard let cap = input.manifest.constitution.interestCapPercent else {
            return .fail("£\(interest.value) interest was paid on shares, but the constitution declares no cap (interest-cap-percent).",
                         "Talwyd £\(interest.value) o log ar gyfranddaliadau, ond nid yw'r cyfansoddiad yn datgan cap (interest-cap-percent).",
                         evidence: cite)
        }
        let capital = accounts.shareCapital ?? 0
        guard capital > 0 else {
            return .fail("Interest was paid on shares but the accounts show no share capital.",
                         "Talwyd llog ar gyfranddaliadau ond nid yw'r cyfrifon yn dangos cyfalaf cyfranddaliadau.", evidence: cite)
        }
        let rate = (interest.value / capital * 100).double
        let measures = [Measure("interest-rate-percent", rate)]
        if rate > cap.double + 1e-9 {
            return .fail("Interest of \(formatted(rate))% was paid on share capital; the cap is \(cap)%.",
                         "Talwyd llog o \(formatted(rate))% ar gyfalaf cyfranddaliadau; y cap yw \(cap)%.", evidence: cite, measures: measures)
        }
        return .pass("Interest of \(formatted(rate))% was paid on share capital, within the cap of \(cap)%.",
                     "Talwyd llog o \(formatted(rate))% ar gyfalaf cyfranddaliadau, o fewn y cap o \(cap)%.", evidence: cite, measures: measures)
    }
}
