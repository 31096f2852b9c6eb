import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// STK-01: in a user-led co-op the user side (service users and carers) holds a majority of
/// general-meeting votes and of board seats, and service users are the largest single class
/// in each (a board of carers alone is not user-led).
/// Finds the user side's share of votes and of seats at the period end, and the largest class.
package struct UsersControl: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var minSharePercent: Double
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["min-share-percent"])
            minSharePercent = try fields.optional("min-share-percent", as: Double.self) ?? 51
        }
    }

    package static let id = "users-control"
    package static let summary = "The user side holds a majority of votes and board seats; finds both shares."
    static let userLed = ExampleBundle.manifest(model: "user-led", classes: "[service-users, carers, workers]")
    static let members = "member_id,class,joined,left\nU1,service-users,2020-01-01,\nU2,service-users,2021-01-01,\nU3,carers,2022-01-01,\nW1,workers,2020-01-01,\n"
    static let board = "director_id,class,route,first_elected,last_elected,trained\nD1,service-users,elected,2025-09-20,2025-09-20,2025-10-01\nD2,carers,elected,2025-09-20,2025-09-20,2025-10-01\nD3,workers,elected,2025-09-20,2025-09-20,2025-10-01\n"
    package static let examples = [
        CheckerExample("users hold 75% of votes and 2 of 3 seats", expect: .pass,
                       files: ["manifest.yaml": userLed, EvidenceKind.members.path: members, EvidenceKind.directors.path: board]),
        CheckerExample("workers hold the board", expect: .fail, files: [
            "manifest.yaml": userLed, EvidenceKind.members.path: members,
            EvidenceKind.directors.path: board.replacingOccurrences(of: "D2,carers", with: "D2,workers"),
        ]),
        CheckerExample("workers hold the votes", expect: .fail, files: [
            "manifest.yaml": userLed, EvidenceKind.directors.path: board,
            EvidenceKind.members.path: members + "W2,workers,2020-01-01,\nW3,workers,2020-01-01,\n",
        ]),
        CheckerExample("carers outnumber service users on the board", expect: .fail, files: [
            "manifest.yaml": userLed, EvidenceKind.members.path: members,
            EvidenceKind.directors.path: board.replacingOccurrences(of: "D1,service-users", with: "D1,carers"),
        ]),
        CheckerExample("carers hold more votes than service users", expect: .fail, files: [
            "manifest.yaml": userLed, EvidenceKind.directors.path: board,
            EvidenceKind.members.path: members + "C2,carers,2022-01-01,\nC3,carers,2022-01-01,\n",
        ]),
        CheckerExample("no directors list", expect: .notEvidenced, files: ["manifest.yaml": userLed, EvidenceKind.members.path: members, EvidenceKind.directors.path: nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        // Without a board (the constitution says so), control is the general meeting's votes alone.
        guard let members = try input.evidence.members.records(), let directors = input.hasBoard ? try input.evidence.directors.records() : [] else {
            return .notEvidenced("The member register and the list of directors are both needed to show who controls the co-op.",
                                 "Mae angen y gofrestr aelodau a'r rhestr o gyfarwyddwyr i ddangos pwy sy'n rheoli'r gydweithfa.")
        }
        let userSide: Set<StakeholderClass> = [.serviceUsers, .carers]
        let votes = VotingPower(manifest: input.manifest, members: members, on: input.period.end).share(userSide)
        let seats = BoardSeats(directors: directors, on: input.period.end).share(userSide)
        let measures = [Measure("user-side-votes-percent", votes), Measure("user-side-seats-percent", seats)]
        let evidence = [EvidenceCitation(path: EvidenceKind.members.path), EvidenceCitation(path: EvidenceKind.directors.path)]
        var unmet: [LocalizedText] = []
        if votes < options.minSharePercent || (input.hasBoard && seats < options.minSharePercent) {
            unmet.append(LocalizedText(
                en: "the user side holds \(formatted(votes))% of votes and \(formatted(seats))% of board seats; a user-led co-op needs \(formatted(options.minSharePercent))% of each",
                cy: "mae gan ochr y defnyddwyr \(formatted(votes))% o'r pleidleisiau a \(formatted(seats))% o seddi'r bwrdd; mae angen \(formatted(options.minSharePercent))% o'r ddau ar gydweithfa dan arweiniad defnyddwyr"))
        }
        let power = VotingPower(manifest: input.manifest, members: members, on: input.period.end)
        let board = BoardSeats(directors: directors, on: input.period.end)
        for (what, share) in [(LocalizedText(en: "votes", cy: "pleidleisiau"), { power.share([$0]) }),
                              (LocalizedText(en: "board seats", cy: "seddi'r bwrdd"), { (c: StakeholderClass) in board.share([c]) })].prefix(input.hasBoard ? 2 : 1)
            as ArraySlice<(LocalizedText, (StakeholderClass) -> Double)> {
            let users = share(.serviceUsers)
            if let larger = StakeholderClass.allCases.filter({ $0 != .serviceUsers && share($0) > users }).max(by: { share($0) < share($1) }) {
                unmet.append(LocalizedText(
                    en: "\(larger.members.en) hold \(formatted(share(larger)))% of \(what.en), service users \(formatted(users))%: service users must be the largest group",
                    cy: "mae gan \(larger.members.cy) \(formatted(share(larger)))% o'r \(what.cy), defnyddwyr gwasanaeth \(formatted(users))%: rhaid mai defnyddwyr gwasanaeth yw'r grŵp mwyaf"))
            }
        }
        if !unmet.isEmpty {
            let message = LocalizedText.sentence(listing: unmet)
            return .fail(message.en, message.cy, evidence: evidence, measures: measures)
        }
        return .pass("The user side holds \(formatted(votes))% of votes and \(formatted(seats))% of board seats.",
                     "Mae gan ochr y defnyddwyr \(formatted(votes))% o'r pleidleisiau a \(formatted(seats))% o seddi'r bwrdd.",
                     evidence: evidence, measures: measures)
    }
}
