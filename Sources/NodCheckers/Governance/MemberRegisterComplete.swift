import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// GOV-09: the register of members is complete: at least three members throughout the
/// period, every row with an id, a class and a joining date, every class declared.
/// Finds incomplete rows, undeclared classes and the fewest members on any day.
package struct MemberRegisterComplete: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var minMembers: Int
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["min-members"])
            minMembers = try fields.optional("min-members", as: Int.self) ?? 3
        }
    }

    package static let id = "member-register-complete"
    package static let summary = "The member register is complete and never below the legal minimum; finds bad rows and the fewest members."
    package static let examples = [
        CheckerExample("complete register", expect: .pass),
        CheckerExample("a row without a joining date", expect: .fail, files: [
            EvidenceKind.members.path: ExampleBundle.members + "M09,workers,,,1\n",
        ]),
        CheckerExample("an undeclared class", expect: .fail, files: [
            EvidenceKind.members.path: ExampleBundle.members + "M09,investors,2024-01-01,,1\n",
        ]),
        CheckerExample("two members left in the year", expect: .fail, files: [
            EvidenceKind.members.path: "member_id,class,joined,left\nM01,workers,2017-03-01,\nM02,workers,2018-06-01,\nM03,workers,2019-01-15,2025-12-31\n",
        ]),
        CheckerExample("a bad row, an undeclared class and two members left: all three named", expect: .fail, files: [
            EvidenceKind.members.path: "member_id,class,joined,left\nM01,workers,2017-03-01,\nM02,investors,2018-06-01,\nM03,workers,2019-01-15,2025-12-31\nM09,workers,,\n",
        ], mentioning: ["1 row of the register is", "investor members", "Membership fell to 2"]),
        CheckerExample("no register", expect: .notEvidenced, files: [EvidenceKind.members.path: nil]),
        CheckerExample("a register that cannot be read", expect: .error, files: [EvidenceKind.members.path: "member_id,class,joined,left\n\"M01,workers\n"]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard let members = try input.evidence.members.records() else {
            return .notEvidenced("No member register (members/register.csv).", "Dim cofrestr aelodau (members/register.csv).")
        }
        var unmet = UnmetConditions()
        let rowProblems = input.evidence.problems(in: EvidenceKind.members.path)
        if let first = rowProblems.first {
            unmet.add("\(CountedNoun.row.counted(rowProblems.count).startingSentence.en) of the register \(rowProblems.count == 1 ? "is" : "are") incomplete or invalid; first: \(first.message).",
                      "Mae \(CountedNoun.row.counted(rowProblems.count).cy) o'r gofrestr yn anghyflawn neu'n annilys; y gyntaf: \(first.welshText).",
                      evidence: rowProblems.map { EvidenceCitation($0.location) })
        }
        let declared = Set(input.manifest.stakeholderClasses)
        let strays = declared.isEmpty ? [] : members.filter { !declared.contains($0.stakeholderClass) }
        if !strays.isEmpty {
            let ids = shortList(strays.map(\.id))
            let classes = LocalizedText.list(Set(strays.map(\.stakeholderClass)).sorted().map(\.members))
            unmet.add("\(CountedNoun.member.counted(strays.count).startingSentence.en) (\(ids)) \(strays.count == 1 ? "is" : "are") in a class the manifest does not declare: \(classes.en).",
                      "Mae \(CountedNoun.member.counted(strays.count).cy) (\(ids)) mewn dosbarth nad yw'r maniffest yn ei ddatgan: \(classes.cy).",
                      evidence: strays.map { EvidenceCitation($0.location) })
        }
        // Membership changes only on joining and leaving days: check those and the period's ends.
        var days = [input.period.start, input.period.end]
        for member in members {
            days.append(member.joined)
            if let left = member.left { days.append(left) }
        }
        let fewest = days.filter(input.period.contains).map { input.evidence.memberCount(on: $0, members: members) }.min() ?? 0
        let measures = [Measure("fewest-members", Double(fewest))]
        if fewest < options.minMembers {
            unmet.add("Membership fell to \(fewest) during the period; a society needs at least \(options.minMembers) members.",
                      "Gostyngodd yr aelodaeth i \(fewest) yn ystod y cyfnod; mae angen o leiaf \(options.minMembers) aelod ar gymdeithas.",
                      evidence: [EvidenceCitation(path: EvidenceKind.members.path)])
        }
        if let failure = unmet.failure(measures: measures) { return failure }
        return .pass("The register lists \(members.count) members with complete rows; never fewer than \(fewest) in the period.",
                     "Mae'r gofrestr yn rhestru \(members.count) aelod gyda rhesi cyflawn; byth llai na \(fewest) yn y cyfnod.",
                     evidence: [EvidenceCitation(path: EvidenceKind.members.path)], measures: measures)
    }
}
