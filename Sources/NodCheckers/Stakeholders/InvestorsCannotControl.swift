import Foundation
import NodCore
public import NodEngine
public import NodEvidence

/// STK-03: investor members (who do not use the co-op) hold under a quarter of the votes and
/// no majority of the board. Finds the investors' share of votes and seats.
public struct InvestorsCannotControl: Checker {
    public struct Options: Decodable, Sendable {
        public var maxVotesPercent: Double
        public enum CodingKeys: String, CodingKey, CaseIterable { case maxVotesPercent = "max-votes-percent" }
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            maxVotesPercent = try container.decodeIfPresent(Double.self, forKey: .maxVotesPercent) ?? 25
        }
    }

    public static let id = "investors-cannot-control"
    public static let summary = "Investor members hold under 25% of votes and no board majority; finds their shares."
    public static let examples = [
        CheckerExample("no investor members", expect: .pass),
        CheckerExample("investors hold a third of the votes", expect: .fail, files: [
            "members/register.csv": ExampleBundle.members + "I1,investors,2024-01-01,,1\nI2,investors,2024-01-01,,1\nI3,investors,2024-01-01,,1\nI4,investors,2024-01-01,,1\n",
        ]),
        CheckerExample("one investor among nine", expect: .pass, files: [
            "members/register.csv": ExampleBundle.members + "I1,investors,2024-01-01,,1\n",
        ]),
        CheckerExample("no register", expect: .notEvidenced, files: ["members/register.csv": nil]),
    ]

    public init() {}

    public func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard let members = try input.evidence.members.readable() else {
            return .notEvidenced("No member register (members/register.csv).", "Dim cofrestr aelodau (members/register.csv).")
        }
        let votes = VotingPower(manifest: input.manifest, members: members, on: input.period.end)
        let voteShare = votes.share([.investors])
        let seats = BoardSeats(directors: try input.evidence.directors.readable() ?? [], on: input.period.end).share([.investors])
        let measures = [Measure("investor-votes-percent", voteShare), Measure("investor-seats-percent", seats)]
        if voteShare >= options.maxVotesPercent || seats > 50 {
            return .fail("Investor members hold \(formatted(voteShare))% of votes and \(formatted(seats))% of board seats; they must hold under \(formatted(options.maxVotesPercent))% of votes and no board majority.",
                         "Mae gan aelodau buddsoddi \(formatted(voteShare))% o'r pleidleisiau a \(formatted(seats))% o seddi'r bwrdd; rhaid iddynt fod â llai na \(formatted(options.maxVotesPercent))% o'r pleidleisiau a dim mwyafrif ar y bwrdd.",
                         evidence: [votes.source], measures: measures)
        }
        return .pass("Investor members hold \(formatted(voteShare))% of votes and \(formatted(seats))% of board seats.",
                     "Mae gan aelodau buddsoddi \(formatted(voteShare))% o'r pleidleisiau a \(formatted(seats))% o seddi'r bwrdd.",
                     evidence: [votes.source], measures: measures)
    }
}
