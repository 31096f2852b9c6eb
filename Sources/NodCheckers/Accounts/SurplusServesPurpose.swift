package import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// FIN-05: dividends take no more of the surplus than the constitution allows (default half;
/// none at all for a not-for-profit). Finds the dividends paid as a share of the surplus.
package struct SurplusServesPurpose: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var defaultCapPercent: Decimal
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["default-cap-percent"])
            defaultCapPercent = try fields.optional("default-cap-percent", as: Decimal.self) ?? 50
        }
    }

    package static let id = "surplus-serves-purpose"
    package static let summary = "Member and equity dividends stay within the dividend cap of the surplus; finds their share."
    static let withDividend = ExampleBundle.accounts.replacingOccurrences(of: "member-dividend: 0", with: "member-dividend: 1000")
    package static let examples = [
        CheckerExample("no dividend in a not-for-profit", expect: .pass),
        CheckerExample("a dividend in a not-for-profit", expect: .fail, files: ["accounts/2024-25.yaml": withDividend]),
        CheckerExample("a quarter of the surplus under the default cap", expect: .pass, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(of: "  dividend-cap-percent: 0\n", with: ""),
            "accounts/2024-25.yaml": withDividend,
        ]),
        CheckerExample("distributions not stated", expect: .notEvidenced, files: [
            "accounts/2024-25.yaml": ExampleBundle.accounts.replacingOccurrences(of: "distributions: { member-dividend: 0, equity-dividend: 0, community: 500 }\n", with: ""),
        ]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard let accounts = try input.judgedAccounts() else { return CheckInput.noJudgedAccounts }
        guard let distributions = accounts.distributions else {
            return .notEvidenced("The accounts do not state what was distributed (distributions).",
                                 "Nid yw'r cyfrifon yn nodi beth a ddosbarthwyd (distributions).", evidence: [EvidenceCitation(accounts.period.location)])
        }
        let dividends = (distributions.value.memberDividend ?? 0) + (distributions.value.equityDividend ?? 0)
        let cap = input.manifest.constitution.dividendCapPercent ?? options.defaultCapPercent
        let surplus = accounts.surplus.value
        let cite = [EvidenceCitation(distributions.location)]
        if dividends == 0 {
            return .pass("No dividend was paid; the surplus stayed with the co-op's purpose.",
                         "Ni thalwyd difidend; arhosodd y gwarged gyda diben y gydweithfa.", evidence: cite)
        }
        let share = surplus > 0 ? (dividends / surplus * 100).double : 100
        let measures = [Measure("dividends-percent-of-surplus", share)]
        if surplus <= 0 || share > cap.double + 1e-9 {
            return .fail("Dividends of £\(dividends) took \(formatted(share))% of a £\(surplus) surplus; the cap is \(cap)%.",
                         "Cymerodd difidendau o £\(dividends) \(formatted(share))% o warged o £\(surplus); y cap yw \(cap)%.",
                         evidence: cite, measures: measures)
        }
        return .pass("Dividends of £\(dividends) took \(formatted(share))% of the surplus, within the cap of \(cap)%.",
                     "Cymerodd difidendau o £\(dividends) \(formatted(share))% o'r gwarged, o fewn y cap o \(cap)%.", evidence: cite, measures: measures)
    }
}
