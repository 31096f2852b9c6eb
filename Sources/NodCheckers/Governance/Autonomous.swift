import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// GOV-12: autonomy and independence (ICA principle 4): no public authority or parent body
/// controls the co-op — not by the manifest's own account, and not through the board, where
/// directors appointed from outside or sitting ex officio may not hold a majority. A single
/// commissioner paying more than a share of the income is an observation: dependence, not
/// control, but a risk to the members' say.
/// Finds the controlling body, the appointed share of the board and the largest source.
package struct Autonomous: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var maxSingleSourcePercent: Double
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["max-single-source-percent"])
            maxSingleSourcePercent = try fields.optional("max-single-source-percent", as: Double.self) ?? 50
        }
    }

    package static let id = "autonomous"
    package static let summary = "No authority or parent controls the co-op, by its own account or through the board; one commissioner's share of income is reported; finds each."
    package static let examples = [
        CheckerExample("elected board, no controlling body, varied income", expect: .pass),
        CheckerExample("a council controls it", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(of: "  regulated-service: false", with: "  regulated-service: false\n  controlled-by: Cyngor Sir Enghreifftiol"),
        ], mentioning: ["Cyngor Sir Enghreifftiol"]),
        CheckerExample("two of three directors appointed from outside", expect: .fail, files: [
            EvidenceKind.directors.path: ExampleBundle.directors.replacingOccurrences(of: "D1,workers,elected", with: "D1,workers,appointed")
                .replacingOccurrences(of: "D3,community,elected", with: "D3,community,ex-officio"),
        ], mentioning: ["2 of 3 directors"]),
        CheckerExample("one commissioner pays 80% of the income", expect: .fail, files: [
            "accounts/2024-25.yaml": ExampleBundle.accounts.replacingOccurrences(
                of: "income: { total: 85000, trading: 80000, grants: 5000 }",
                with: "income: { total: 85000, trading: 80000, grants: 5000, largest-source: { name: Cyngor Sir, amount: 68000 } }"),
        ], severity: .observation, mentioning: ["80%"]),
        CheckerExample("no list of directors", expect: .notEvidenced, files: [EvidenceKind.directors.path: nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        var unmet = UnmetConditions()
        var measures: [Measure] = []
        if let body = input.manifest.organisation.controlledBy {
            unmet.add("The manifest says \(body.value) controls the co-op; a co-operative is autonomous and controlled by its members.",
                      "Mae'r maniffest yn dweud bod \(body.value) yn rheoli'r gydweithfa; mae cydweithfa yn annibynnol ac yn cael ei rheoli gan ei haelodau.",
                      evidence: [EvidenceCitation(body.location)])
        }
        var directors: [Director]? = []
        if input.hasBoard {
            directors = try input.evidence.directors.records()
            if let board = directors.map({ BoardSeats(directors: $0, on: input.period.end) }), board.total > 0 {
                let outside = board.directors.filter { [.appointed, .exOfficio].contains($0.route) }
                let share = Double(outside.count) * 100 / Double(board.total)
                measures.append(Measure("appointed-seats-percent", share))
                if share > 50 {
                    unmet.add("\(outside.count) of \(board.total) directors were appointed from outside or sit ex officio: the board is not the members' to elect.",
                              "Penodwyd \(outside.count) o'r \(board.total) cyfarwyddwr o'r tu allan neu maent yno yn rhinwedd eu swydd: nid yw'r bwrdd yn eiddo i'r aelodau i'w ethol.",
                              evidence: outside.map { EvidenceCitation($0.location) })
                }
            }
        }
        if let accounts = try input.judgedAccounts(), let source = accounts.income.largestSource, accounts.income.total.value > 0 {
            let share = (source.value.amount / accounts.income.total.value * 100).double
            measures.append(Measure("largest-source-percent", share))
            if share > options.maxSingleSourcePercent {
                unmet.add("\(source.value.name) paid \(formatted(share))% of the income in \(accounts.period.value); more than \(formatted(options.maxSingleSourcePercent))% from one source puts the members' independence at risk.",
                          "Talodd \(source.value.name) \(formatted(share))% o'r incwm yn \(accounts.period.value); mae mwy na \(formatted(options.maxSingleSourcePercent))% o un ffynhonnell yn peryglu annibyniaeth yr aelodau.",
                          evidence: [EvidenceCitation(source.location)], severity: .observation)
            }
        }
        if let failure = unmet.failure(measures: measures) { return failure }
        guard directors != nil else {
            return .notEvidenced("No list of directors (board/directors.csv) to show who appoints the board.",
                                 "Dim rhestr cyfarwyddwyr (board/directors.csv) i ddangos pwy sy'n penodi'r bwrdd.")
        }
        return .pass("No authority or parent body controls the co-op, and its members elect the board.",
                     "Nid oes awdurdod na chorff rhiant yn rheoli'r gydweithfa, ac mae ei haelodau'n ethol y bwrdd.",
                     evidence: [EvidenceCitation(path: "manifest.yaml")] + (input.hasBoard ? [EvidenceCitation(path: EvidenceKind.directors.path)] : []),
                     measures: measures)
    }
}
