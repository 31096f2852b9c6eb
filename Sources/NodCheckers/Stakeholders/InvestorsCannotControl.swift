import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// STK-03: investor members (who do not use the co-op) hold under a quarter of the votes and
/// no majority of the board. Finds the investors' share of votes and seats.
package struct InvestorsCannotControl: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var maxVotesPercent: Double
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["max-votes-percent"])
            maxVotesPercent = try fields.optional("max-votes-percent", as: Double.self) ?? 25
        }
    }

    package static let id = "investors-cannot-control"
    package static let summary = "Investor members hold under 25% of votes and no board majority; finds their shares."
    package static let examples = [
        CheckerExample("no investor members", expect: .pass),
        CheckerExample("investors hold a third of the votes", expect: .fail, files: [
            EvidenceKind.members.path: ExampleBundle.members + "I1,investors,2024-01-01,,1\nI2,investors,2024-01-01,,1\nI3,investors,2024-01-01,,1\nI4,investors,2024-01-01,,1\n",
        ]),
        CheckerExample("one investor among nine", expect: .pass, files: [
            EvidenceKind.members.path: ExampleBundle.members + "I1,investors,2024-01-01,,1\n",
        ]),
        CheckerExample("investors hold a third of the votes and most of the board: both named", expect: .fail, files: [
            EvidenceKind.members.path: ExampleBundle.members + "I1,investors,2024-01-01,,1\nI2,investors,2024-01-01,,1\nI3,investors,2024-01-01,,1\nI4,investors,2024-01-01,,1\n",
            EvidenceKind.directors.path: ExampleBundle.directors.replacingOccurrences(of: "D2,workers", with: "D2,investors").replacingOccurrences(of: "D3,community", with: "D3,investors"),
        ], mentioning: ["33.3% of votes", "66.7% of board seats"]),
        CheckerExample("no register", expect: .notEvidenced, files: [EvidenceKind.members.path: nil]),
        CheckerExample("no list of directors: board seats cannot be counted", expect: .notEvidenced, files: [EvidenceKind.directors.path: nil]),
        CheckerExample("investors hold a third of the votes and no list of directors", expect: .fail, files: [
            EvidenceKind.members.path: ExampleBundle.members + "I1,investors,2024-01-01,,1\nI2,investors,2024-01-01,,1\nI3,investors,2024-01-01,,1\nI4,investors,2024-01-01,,1\n",
            EvidenceKind.directors.path: nil,
        ]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard let members = try input.evidence.members.records() else {
            return .notEvidenced("No member register (members/register.csv).", "Dim cofrestr aelodau (members/register.csv).")
        }
        let votes = VotingPower(manifest: input.manifest, members: members, on: input.period.end)
        let voteShare = votes.share([.investors])
        // A missing list of directors is not an empty board: seats cannot be counted then.
        let directors = input.hasBoard ? try input.evidence.directors.records() : []
        let seats = BoardSeats(directors: directors ?? [], on: input.period.end).share([.investors])
        let measures = [Measure("investor-votes-percent", voteShare)] + (directors == nil ? [] : [Measure("investor-seats-percent", seats)])
        var unmet = UnmetConditions()
        if voteShare >= options.maxVotesPercent {
            unmet.add("Investor members hold \(formatted(voteShare))% of votes; they must hold under \(formatted(options.maxVotesPercent))%.",
                      "Mae gan aelodau buddsoddi \(formatted(voteShare))% o'r pleidleisiau; rhaid iddynt fod â llai na \(formatted(options.maxVotesPercent))%.",
                      evidence: [votes.source])
        }
        if directors != nil, seats > 50 {
            unmet.add("Investor members hold \(formatted(seats))% of board seats; they must hold no board majority.",
                      "Mae gan aelodau buddsoddi \(formatted(seats))% o seddi'r bwrdd; ni chânt fod â mwyafrif ar y bwrdd.",
                      evidence: [EvidenceCitation(path: EvidenceKind.directors.path)])
        }
        if let failure = unmet.failure(measures: measures) { return failure }
        guard directors != nil else {
            return .notEvidenced("Investor members hold \(formatted(voteShare))% of votes, but there is no list of directors (board/directors.csv) to count their board seats.",
                                 "Mae gan aelodau buddsoddi \(formatted(voteShare))% o'r pleidleisiau, ond nid oes rhestr cyfarwyddwyr (board/directors.csv) i gyfrif eu seddi ar y bwrdd.",
                                 evidence: [votes.source])
        }
        return .pass("Investor members hold \(formatted(voteShare))% of votes and \(formatted(seats))% of board seats.",
                     "Mae gan aelodau buddsoddi \(formatted(voteShare))% o'r pleidleisiau a \(formatted(seats))% o seddi'r bwrdd.",
                     evidence: [votes.source], measures: measures)
    }
}
