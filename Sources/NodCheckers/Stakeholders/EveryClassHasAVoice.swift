import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// STK-02: in a multi-stakeholder co-op every declared class has a board seat, weighted votes
/// cover the declared classes and add up to 100, and no class holds most of the board.
/// Finds classes without a seat, weights that do not add up, and a dominant class.
package struct EveryClassHasAVoice: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var maxClassBoardSharePercent: Double
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["max-class-board-share-percent"])
            maxClassBoardSharePercent = try fields.optional("max-class-board-share-percent", as: Double.self) ?? 50
        }
    }

    package static let id = "every-class-has-a-voice"
    package static let summary = "Each declared class has a seat and a fair vote, none dominates the board; finds seats and weights by class."
    static let weighted = ExampleBundle.manifest(model: "multi-stakeholder").replacingOccurrences(
        of: "  notice-days: 14", with: "  notice-days: 14\n  voting: weighted-by-class\n  class-weights: { workers: 60, community: 40 }")
    static let board = ExampleBundle.directors + "D4,community,elected,2024-09-21,M08,2024-09-21,2024-10-01,\n"
    package static let examples = [
        CheckerExample("two seats each, weights add up", expect: .pass, files: ["manifest.yaml": weighted, EvidenceKind.directors.path: board]),
        CheckerExample("community has no seat", expect: .fail, files: [
            "manifest.yaml": weighted,
            EvidenceKind.directors.path: ExampleBundle.directors.replacingOccurrences(of: "D3,community", with: "D3,workers"),
        ]),
        CheckerExample("workers hold two of three seats", expect: .fail, files: ["manifest.yaml": weighted]),
        CheckerExample("weights add up to 90", expect: .fail, files: [
            "manifest.yaml": weighted.replacingOccurrences(of: "community: 40", with: "community: 30"), EvidenceKind.directors.path: board,
        ]),
        CheckerExample("community has no seat and the weights add up to 90: both named", expect: .fail, files: [
            "manifest.yaml": weighted.replacingOccurrences(of: "community: 40", with: "community: 30"),
            EvidenceKind.directors.path: ExampleBundle.directors.replacingOccurrences(of: "D3,community", with: "D3,workers"),
        ], mentioning: ["No director represents community members", "add up to 90%", "Workers hold 3 of 3 board seats"]),
        CheckerExample("no directors list", expect: .notEvidenced, files: ["manifest.yaml": weighted, EvidenceKind.directors.path: nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        // Without a board (the constitution says so), only the class weights can be judged.
        guard let directors = input.hasBoard ? try input.evidence.directors.records() : [] else {
            return .notEvidenced("No list of directors (board/directors.csv).", "Dim rhestr o gyfarwyddwyr (board/directors.csv).")
        }
        let declared = input.manifest.stakeholderClasses
        let board = BoardSeats(directors: directors, on: input.period.end)
        let evidence = [EvidenceCitation(path: EvidenceKind.directors.path), EvidenceCitation(path: "manifest.yaml")]
        var unmet = UnmetConditions()
        var measures: [Measure] = []
        let unseated = declared.filter { (board.seats[$0] ?? 0) == 0 }
        if input.hasBoard, !unseated.isEmpty {
            let names = LocalizedText.list(unseated.map(\.members))
            unmet.add("No director represents \(names.en).", "Nid oes cyfarwyddwr yn cynrychioli \(names.cy).", evidence: evidence)
        }
        let constitution = input.manifest.constitution
        if constitution.voting == .weightedByClass {
            let total = constitution.classWeights.values.values.reduce(Decimal(0), +)
            let unweighted = declared.filter { constitution.classWeights[$0] == nil }
            if total != 100 || !unweighted.isEmpty {
                let left = unweighted.isEmpty ? LocalizedText(en: "no class", cy: "dim dosbarth") : LocalizedText.list(unweighted.map(\.members))
                unmet.add("The class weights add up to \(total)% and leave out \(left.en); they must cover every class and add up to 100%.",
                          "Mae pwysiadau'r dosbarthiadau'n dod i \(total)% ac yn hepgor \(left.cy); rhaid iddynt gynnwys pob dosbarth a dod i 100%.",
                          evidence: [EvidenceCitation(path: "manifest.yaml")])
            }
        }
        if let (dominant, seats) = board.seats.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
           Double(seats) * 100 / Double(max(1, board.total)) > options.maxClassBoardSharePercent {
            let share = Double(seats) * 100 / Double(board.total)
            unmet.add("\(dominant.members.startingSentence.en) hold \(seats) of \(board.total) board seats (\(formatted(share))%); no class may hold more than \(formatted(options.maxClassBoardSharePercent))%.",
                      "Mae gan \(dominant.members.cy) \(seats) o'r \(board.total) sedd ar y bwrdd (\(formatted(share))%); ni chaiff unrhyw ddosbarth fwy na \(formatted(options.maxClassBoardSharePercent))%.",
                      evidence: board.directors.map { EvidenceCitation($0.location) })
            measures.append(Measure("largest-class-seats-percent", share))
        }
        if let failure = unmet.failure(measures: measures) { return failure }
        return .pass("Every declared class has a board seat and none holds a majority.",
                     "Mae gan bob dosbarth a ddatganwyd sedd ar y bwrdd ac nid oes gan yr un fwyafrif.", evidence: evidence)
    }
}
