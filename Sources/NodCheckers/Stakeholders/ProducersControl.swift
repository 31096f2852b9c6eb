import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// STK-05: in a producer or consortium co-op, producers and member organisations are most of
/// the members. Finds their share of the membership.
package struct ProducersControl: Checker {
    package typealias Options = NoOptions
    package static let id = "producers-control"
    package static let summary = "Producers and member organisations are over half the members; finds their share."
    static let producer = ExampleBundle.manifest(model: "producer", classes: "[producers, workers]")
    package static let examples = [
        CheckerExample("three producers of four", expect: .pass, files: [
            "manifest.yaml": producer,
            EvidenceKind.members.path: "member_id,class,joined,left\nP1,producers,2020-01-01,\nP2,producers,2020-01-01,\nP3,organisations,2020-01-01,\nW1,workers,2020-01-01,\n",
        ]),
        CheckerExample("half producers", expect: .fail, files: [
            "manifest.yaml": producer,
            EvidenceKind.members.path: "member_id,class,joined,left\nP1,producers,2020-01-01,\nW1,workers,2020-01-01,\n",
        ]),
        CheckerExample("no register", expect: .notEvidenced, files: ["manifest.yaml": producer, EvidenceKind.members.path: nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        guard let members = try input.evidence.members.records() else {
            return .notEvidenced("No member register (members/register.csv).", "Dim cofrestr aelodau (members/register.csv).")
        }
        let current = members.filter { $0.isMember(on: input.period.end) }
        let producers = current.filter { [.producers, .organisations].contains($0.stakeholderClass) }
        let share = current.isEmpty ? 0 : Double(producers.count) * 100 / Double(current.count)
        let measures = [Measure("producer-members-percent", share)]
        guard share > 50 else {
            return .fail("Producers and member organisations are \(producers.count) of \(current.count) members (\(formatted(share))%); they must be more than half.",
                         "Mae cynhyrchwyr a sefydliadau sy'n aelodau yn \(producers.count) o'r \(current.count) aelod (\(formatted(share))%); rhaid iddynt fod yn fwy na hanner.",
                         evidence: [EvidenceCitation(path: EvidenceKind.members.path)], measures: measures)
        }
        return .pass("Producers and member organisations are \(formatted(share))% of members.",
                     "Mae cynhyrchwyr a sefydliadau sy'n aelodau yn \(formatted(share))% o'r aelodau.",
                     evidence: [EvidenceCitation(path: EvidenceKind.members.path)], measures: measures)
    }
}
