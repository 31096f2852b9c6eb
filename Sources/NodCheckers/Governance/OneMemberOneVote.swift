import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// GOV-05: one member, one vote; votes never follow shares. Weighted voting by class is
/// allowed only in a multi-stakeholder co-op, and even there each member has one vote within
/// their class (STK-02 judges the class weights against the constitution).
/// Finds members with other than one vote, and weighted voting outside multi-stakeholder co-ops.
package struct OneMemberOneVote: Checker {
    package typealias Options = NoOptions
    package static let id = "one-member-one-vote"
    package static let summary = "Every member has exactly one vote unless a multi-stakeholder co-op weights by class; finds members with other votes."
    package static let examples = [
        CheckerExample("one vote each", expect: .pass),
        CheckerExample("a member with ten votes", expect: .fail, files: [
            EvidenceKind.members.path: ExampleBundle.members.replacingOccurrences(of: "M03,workers,2019-01-15,,1", with: "M03,workers,2019-01-15,,10"),
        ]),
        CheckerExample("weighted voting in a worker co-op", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(
                of: "  notice-days: 14", with: "  notice-days: 14\n  voting: weighted-by-class\n  class-weights: { workers: 80, community: 20 }"),
        ]),
        CheckerExample("a multi-stakeholder member with 50 votes under one member, one vote", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest(model: "multi-stakeholder", extra: "").replacingOccurrences(
                of: "  notice-days: 14", with: "  notice-days: 14\n  voting: one-member-one-vote"),
            EvidenceKind.members.path: ExampleBundle.members.replacingOccurrences(of: "M07,community,2020-01-01,,1", with: "M07,community,2020-01-01,,50"),
        ]),
        CheckerExample("a multi-stakeholder member with 3 votes inside a weighted class", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest(model: "multi-stakeholder").replacingOccurrences(
                of: "  notice-days: 14", with: "  notice-days: 14\n  voting: weighted-by-class\n  class-weights: { workers: 60, community: 40 }"),
            EvidenceKind.members.path: ExampleBundle.members.replacingOccurrences(of: "M01,workers,2017-03-01,,1", with: "M01,workers,2017-03-01,,3"),
        ]),
        CheckerExample("a multi-stakeholder co-op weighting classes, one vote each within them", expect: .pass, files: [
            "manifest.yaml": ExampleBundle.manifest(model: "multi-stakeholder").replacingOccurrences(
                of: "  notice-days: 14", with: "  notice-days: 14\n  voting: weighted-by-class\n  class-weights: { workers: 60, community: 40 }"),
        ]),
        CheckerExample("no register", expect: .notEvidenced, files: [EvidenceKind.members.path: nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        guard let members = try input.evidence.members.records() else {
            return .notEvidenced("No member register (members/register.csv) to show each member's votes.",
                                 "Dim cofrestr aelodau (members/register.csv) i ddangos pleidleisiau pob aelod.")
        }
        let constitution = input.manifest.constitution
        if constitution.voting == .weightedByClass {
            guard input.manifest.organisation.model == .multiStakeholder else {
                return .fail("The constitution weights votes by class, which only a multi-stakeholder co-op may do.",
                             "Mae'r cyfansoddiad yn pwysoli pleidleisiau fesul dosbarth, a dim ond cydweithfa aml-randdeiliaid a gaiff wneud hynny.",
                             evidence: [EvidenceCitation(path: "manifest.yaml")])
            }
        }
        let current = members.filter { $0.isMember(on: input.period.end) || $0.left.map { input.period.contains($0) } == true }
        let unequal = current.filter { $0.votes != 1 }
        if !unequal.isEmpty {
            let ids = shortList(unequal.map(\.id))
            return .fail("\(CountedNoun.member.counted(unequal.count).startingSentence.en) \(unequal.count == 1 ? "holds" : "hold") other than one vote (\(ids)); votes must not follow shares.",
                         "Mae gan \(CountedNoun.member.counted(unequal.count).cy) nifer wahanol i un bleidlais (\(ids)); ni ddylai pleidleisiau ddilyn cyfranddaliadau.",
                         evidence: unequal.map { EvidenceCitation($0.location) }, measures: [Measure("members-not-one-vote", Double(unequal.count))])
        }
        guard constitution.voting == .weightedByClass else {
            return .pass("All \(current.count) members hold one vote each.", "Mae gan bob un o'r \(current.count) aelod un bleidlais.",
                         evidence: [EvidenceCitation(path: EvidenceKind.members.path)])
        }
        return .pass("All \(current.count) members hold one vote each within their class; the constitution weights the classes.",
                     "Mae gan bob un o'r \(current.count) aelod un bleidlais o fewn ei ddosbarth; mae'r cyfansoddiad yn pwysoli'r dosbarthiadau.",
                     evidence: [EvidenceCitation(path: EvidenceKind.members.path), EvidenceCitation(path: "manifest.yaml")])
    }
}
