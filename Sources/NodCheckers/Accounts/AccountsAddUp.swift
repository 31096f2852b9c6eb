import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// FIN-07: every accounts summary adds up to the penny (surplus = income − expenditure), and
/// the judged year's trading income is at least half of income (an observation).
/// Finds arithmetic differences and the trading share.
package struct AccountsAddUp: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var minTradingPercent: Double
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["min-trading-percent"])
            minTradingPercent = try fields.optional("min-trading-percent", as: Double.self) ?? 50
        }
    }

    package static let id = "accounts-add-up"
    package static let summary = "Every accounts summary adds up exactly and the co-op trades; finds differences and the trading share."
    package static let examples = [
        CheckerExample("adds up, 94% trading", expect: .pass),
        CheckerExample("a penny out", expect: .fail, files: [
            "accounts/2024-25.yaml": ExampleBundle.accounts.replacingOccurrences(of: "surplus: 4000", with: "surplus: 4000.01"),
        ], severity: .major),
        CheckerExample("mostly grant-funded", expect: .fail, files: [
            "accounts/2024-25.yaml": ExampleBundle.accounts.replacingOccurrences(of: "trading: 80000, grants: 5000", with: "trading: 30000, grants: 55000"),
        ], severity: .observation),
        CheckerExample("no accounts", expect: .notEvidenced, files: ["accounts/2024-25.yaml": nil, "accounts/2023-24.yaml": nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        let judged = try input.judgedAccounts()
        guard !input.evidence.accounts.isEmpty else {
            return .notEvidenced("No accounts summaries (accounts/*.yaml).", "Dim crynodebau cyfrifon (accounts/*.yaml).")
        }
        var unmet = UnmetConditions()
        var measures: [Measure] = []
        for accounts in input.evidence.accounts {
            let expected = accounts.income.total.value - accounts.expenditure.total.value
            if accounts.surplus.value != expected {
                let difference = accounts.surplus.value - expected
                unmet.add("\(accounts.path): the surplus is £\(accounts.surplus.value) but income less expenditure is £\(expected) (a difference of £\(difference)).",
                          "\(accounts.path): y gwarged yw £\(accounts.surplus.value) ond incwm llai gwariant yw £\(expected) (gwahaniaeth o £\(difference)).",
                          evidence: [EvidenceCitation(accounts.surplus.location)], severity: .major)
                if measures.isEmpty { measures.append(Measure("difference", difference.double)) }
            }
        }
        guard let judged, let trading = judged.income.trading, judged.income.total.value > 0 else {
            if let failure = unmet.failure(measures: measures) { return failure }
            return .pass("Every accounts summary adds up.", "Mae pob crynodeb cyfrifon yn gywir.",
                         evidence: input.evidence.accounts.map { EvidenceCitation($0.surplus.location) })
        }
        let share = (trading / judged.income.total.value * 100).double
        measures.append(Measure("trading-percent-of-income", share))
        if share < options.minTradingPercent {
            let start = unmet.isEmpty ? LocalizedText(en: "The accounts add up, but trading", cy: "Mae'r cyfrifon yn gywir, ond roedd masnachu")
                                      : LocalizedText(en: "Trading", cy: "Roedd masnachu")
            unmet.add("\(start.en) was \(formatted(share))% of income in \(judged.period.value); a social enterprise trades for at least \(formatted(options.minTradingPercent))%.",
                      "\(start.cy) yn \(formatted(share))% o'r incwm yn \(judged.period.value); mae menter gymdeithasol yn masnachu am o leiaf \(formatted(options.minTradingPercent))%.",
                      evidence: [EvidenceCitation(judged.income.total.location)], severity: .observation)
        }
        if let failure = unmet.failure(measures: measures) { return failure }
        return .pass("Every accounts summary adds up; trading was \(formatted(share))% of income.",
                     "Mae pob crynodeb cyfrifon yn gywir; roedd masnachu yn \(formatted(share))% o'r incwm.",
                     evidence: [EvidenceCitation(judged.income.total.location)], measures: measures)
    }
}
