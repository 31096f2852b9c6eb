import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// STK-06: the co-op stays at a human scale (under 30 worker-members and under 100 others).
/// Larger co-ops are reported, never failed: the finding is the size.
/// Finds the number of worker-members and other members.
package struct SmallIsBeautiful: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var workerMembers: Int
        package var otherMembers: Int
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["worker-members", "other-members"])
            workerMembers = try fields.optional("worker-members", as: Int.self) ?? 30
            otherMembers = try fields.optional("other-members", as: Int.self) ?? 100
        }
    }

    package static let id = "small-is-beautiful"
    package static let summary = "Reports the co-op's size against a human scale; finds worker and other member counts."
    package static let examples = [
        CheckerExample("six workers, two others", expect: .pass),
        CheckerExample("larger than the scale is reported, not failed", expect: .pass, parameters: "worker-members: 3"),
        CheckerExample("no register", expect: .notEvidenced, files: [EvidenceKind.members.path: nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard let members = try input.evidence.members.records() else {
            return .notEvidenced("No member register (members/register.csv).", "Dim cofrestr aelodau (members/register.csv).")
        }
        let current = members.filter { $0.isMember(on: input.period.end) }
        let workers = current.count(where: { $0.stakeholderClass == .workers })
        let others = current.count - workers
        let measures = [Measure("worker-members", Double(workers)), Measure("other-members", Double(others))]
        let evidence = [EvidenceCitation(path: EvidenceKind.members.path)]
        if workers >= options.workerMembers || others >= options.otherMembers {
            return .pass("\(workers) worker-members and \(others) other members: larger than the human scale of \(options.workerMembers) and \(options.otherMembers); reported, not failed.",
                         "\(workers) aelod sy'n weithwyr a \(others) aelod arall: yn fwy na'r raddfa ddynol o \(options.workerMembers) a \(options.otherMembers); wedi'i adrodd, nid wedi methu.",
                         evidence: evidence, measures: measures)
        }
        return .pass("\(workers) worker-members and \(others) other members: within a human scale.",
                     "\(workers) aelod sy'n weithwyr a \(others) aelod arall: o fewn graddfa ddynol.", evidence: evidence, measures: measures)
    }
}
