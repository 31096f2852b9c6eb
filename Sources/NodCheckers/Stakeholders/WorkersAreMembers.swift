import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// STK-04: most of a worker co-op's staff are members. Finds the share of current staff who are members.
package struct WorkersAreMembers: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var minSharePercent: Double
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["min-share-percent"])
            minSharePercent = try fields.optional("min-share-percent", as: Double.self) ?? 50
        }
    }

    package static let id = "workers-are-members"
    package static let summary = "At least half of the current staff are members; finds the share."
    package static let examples = [
        CheckerExample("all six staff are members", expect: .pass),
        CheckerExample("two of six staff are members", expect: .fail, files: [
            EvidenceKind.staff.path: "staff_id,role,started,left,member_id\nS1,dev,2020-01-01,,M01\nS2,dev,2020-01-01,,M02\nS3,dev,2020-01-01,,\nS4,dev,2020-01-01,,\nS5,dev,2020-01-01,,\nS6,dev,2020-01-01,,\n",
        ]),
        CheckerExample("no staff register", expect: .notEvidenced, files: [EvidenceKind.staff.path: nil]),
        CheckerExample("no member register to confirm membership", expect: .notEvidenced, files: [EvidenceKind.members.path: nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard let staff = try input.evidence.staff.records() else {
            return .notEvidenced("No staff register (staff/register.csv).", "Dim cofrestr staff (staff/register.csv).")
        }
        let current = staff.filter { $0.isEmployed(on: input.period.end) }
        // Staff say which member they are; only the member register can confirm it.
        guard let register = try input.evidence.members.records() else {
            return .notEvidenced("No member register (members/register.csv) to confirm which staff are members.",
                                 "Dim cofrestr aelodau (members/register.csv) i gadarnhau pa staff sy'n aelodau.")
        }
        let memberIDs = Set(register.filter { $0.isMember(on: input.period.end) }.map(\.id))
        let members = current.filter { $0.memberID.map(memberIDs.contains) ?? false }
        let share = current.isEmpty ? 0 : Double(members.count) * 100 / Double(current.count)
        let measures = [Measure("staff-who-are-members-percent", share)]
        if share < options.minSharePercent {
            return .fail("\(members.count) of \(current.count) current staff are members (\(formatted(share))%); at least \(formatted(options.minSharePercent))% should be.",
                         "Mae \(members.count) o'r \(current.count) aelod staff presennol yn aelodau (\(formatted(share))%); dylai o leiaf \(formatted(options.minSharePercent))% fod.",
                         evidence: [EvidenceCitation(path: EvidenceKind.staff.path)], measures: measures)
        }
        return .pass("\(members.count) of \(current.count) current staff are members (\(formatted(share))%).",
                     "Mae \(members.count) o'r \(current.count) aelod staff presennol yn aelodau (\(formatted(share))%).",
                     evidence: [EvidenceCitation(path: EvidenceKind.staff.path)], measures: measures)
    }
}
