import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// GOV-11: democratic depth — the share of the members who took part in the AGM, in person or
/// by proxy. A quorum can be met by a handful; a co-op whose members stay away is governed in
/// name only. Below the profile's threshold it is an observation.
/// Finds the turnout of the latest AGM in the period.
package struct AGMTurnout: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var minTurnoutPercent: Double
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["min-turnout-percent"])
            minTurnoutPercent = try fields.optional("min-turnout-percent", as: Double.self) ?? 20
        }
    }

    package static let id = "agm-turnout"
    package static let summary = "The share of members who took part in the AGM, in person or by proxy; finds the turnout."
    package static let examples = [
        CheckerExample("7 present and 1 proxy of 8 members", expect: .pass, mentioning: ["100% of the 8 members"]),
        CheckerExample("1 present of 8 members", expect: .fail, files: [
            "minutes/2025-09-20-agm.md": ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-01", attendance: "{ workers: 1 }")
                .replacingOccurrences(of: "proxies: 1", with: "proxies: 0"),
        ], mentioning: ["12.5%"]),
        CheckerExample("no AGM in the period", expect: .notEvidenced, files: ["minutes/2025-09-20-agm.md": nil]),
        CheckerExample("no member register", expect: .notEvidenced, files: [EvidenceKind.members.path: nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard let agm = input.evidence.meetings([.agm], in: input.period).last else {
            try input.requireAllReadable(.meetings)
            return .notEvidenced("No minutes of an AGM in the period to measure turnout.", "Dim cofnodion CCB yn y cyfnod i fesur y nifer a gymerodd ran.")
        }
        guard let members = try input.evidence.members.records() else {
            return .notEvidenced("No member register (members/register.csv) to measure turnout against.",
                                 "Dim cofrestr aelodau (members/register.csv) i fesur y nifer a gymerodd ran yn ei herbyn.")
        }
        let eligible = input.evidence.memberCount(on: agm.date.value, members: members)
        guard eligible > 0, let attendance = agm.attendance else {
            return .notEvidenced("The AGM on \(agm.date.value) does not record attendance, or nobody was a member that day.",
                                 "Nid yw'r CCB ar \(agm.date.value) yn cofnodi presenoldeb, neu nid oedd neb yn aelod y diwrnod hwnnw.",
                                 evidence: [agm.citation])
        }
        let taking = agm.membersPresent + agm.proxies
        let turnout = min(100, Double(taking) * 100 / Double(eligible))
        let measures = [Measure("agm-turnout-percent", turnout)]
        let cite = [EvidenceCitation(attendance.location), EvidenceCitation(path: EvidenceKind.members.path)]
        let counted = CountedNoun.member.counted(eligible)
        if turnout < options.minTurnoutPercent {
            return .fail("\(formatted(turnout))% of the \(counted.en) took part in the AGM on \(agm.date.value) (\(taking) in person or by proxy); the scheme looks for \(formatted(options.minTurnoutPercent))%.",
                         "Cymerodd \(formatted(turnout))% o'r \(counted.cy) ran yn y CCB ar \(agm.date.value) (\(taking) yn bersonol neu drwy ddirprwy); mae'r cynllun yn disgwyl \(formatted(options.minTurnoutPercent))%.",
                         evidence: cite, measures: measures)
        }
        return .pass("\(formatted(turnout))% of the \(counted.en) took part in the AGM on \(agm.date.value) (\(taking) in person or by proxy).",
                     "Cymerodd \(formatted(turnout))% o'r \(counted.cy) ran yn y CCB ar \(agm.date.value) (\(taking) yn bersonol neu drwy ddirprwy).",
                     evidence: cite, measures: measures)
    }
}
