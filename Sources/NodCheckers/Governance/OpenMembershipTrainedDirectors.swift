import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// GOV-10: membership is open (a membership policy, and people joining lately) and
/// directors are trained soon after they are first elected.
/// Finds a missing policy, no recent joiners, and directors untrained after N months.
package struct OpenMembershipTrainedDirectors: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var recentJoinerYears: Int
        package var trainingWithinMonths: Int
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["recent-joiner-years", "training-within-months"])
            recentJoinerYears = try fields.optional("recent-joiner-years", as: Int.self) ?? 3
            trainingWithinMonths = try fields.optional("training-within-months", as: Int.self) ?? 12
        }
    }

    package static let id = "open-membership-trained-directors"
    package static let summary = "A membership policy exists, people joined recently and directors were trained; finds what is missing."
    package static let examples = [
        CheckerExample("policy, joiners and trained directors", expect: .pass),
        CheckerExample("no membership policy", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(
                of: "  - { id: membership, file: policies/membership.md, reviewed: 2025-09-20, languages: [cy, en] }\n", with: ""),
        ]),
        CheckerExample("nobody joined in three years", expect: .fail, files: [
            EvidenceKind.members.path: "member_id,class,joined,left\nM01,workers,2017-03-01,\nM02,workers,2018-06-01,\nM03,workers,2019-01-15,\nM07,community,2020-01-01,\n",
        ]),
        CheckerExample("a director trained two years after election", expect: .fail, files: [
            EvidenceKind.directors.path: ExampleBundle.directors.replacingOccurrences(of: "M07,2025-09-20,2023-10-01", with: "M07,2025-09-20,2025-10-01"),
        ]),
        CheckerExample("no register", expect: .notEvidenced, files: [EvidenceKind.members.path: nil]),
        CheckerExample("no board in the constitution: no director to train", expect: .pass, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(of: "  notice-days: 14", with: "  notice-days: 14\n  board: false"),
            EvidenceKind.directors.path: nil,
        ], mentioning: ["the constitution has no board"]),
        CheckerExample("no policy, no joiners and an untrained director: all three named", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(
                of: "  - { id: membership, file: policies/membership.md, reviewed: 2025-09-20, languages: [cy, en] }\n", with: ""),
            EvidenceKind.members.path: "member_id,class,joined,left\nM01,workers,2017-03-01,\nM02,workers,2018-06-01,\nM03,workers,2019-01-15,\nM07,community,2020-01-01,\n",
            EvidenceKind.directors.path: ExampleBundle.directors.replacingOccurrences(of: "M07,2025-09-20,2023-10-01", with: "M07,2025-09-20,2025-10-01"),
        ], mentioning: ["no membership policy", "Nobody joined", "Director D3"]),
        CheckerExample("no policy and no register: the missing policy still fails", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(
                of: "  - { id: membership, file: policies/membership.md, reviewed: 2025-09-20, languages: [cy, en] }\n", with: ""),
            EvidenceKind.members.path: nil,
        ]),
        CheckerExample("no list of directors: their training cannot be seen", expect: .notEvidenced, files: [EvidenceKind.directors.path: nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        // A known failure is reported even when another file is missing; a missing register
        // or list of directors is never read as nobody joining or nobody to train.
        let members = try input.evidence.members.records()
        // Without a board there is no director to train.
        let directors = input.hasBoard ? try input.evidence.directors.records() : []
        var unmet = UnmetConditions()
        let policy = input.manifest.policy("membership")
        if policy == nil {
            unmet.add("The manifest lists no membership policy.", "Nid yw'r maniffest yn rhestru polisi aelodaeth.",
                      evidence: [EvidenceCitation(path: "manifest.yaml")])
        }
        let since = input.period.end.adding(months: -12 * options.recentJoinerYears)
        let joiners = (members ?? []).filter { $0.joined > since && $0.joined <= input.period.end }
        if members != nil, joiners.isEmpty {
            unmet.add("Nobody joined in the \(TimeSpan.years(options.recentJoinerYears).en) to \(input.period.end); membership may not be open in practice.",
                      "Nid ymunodd neb yn y \(TimeSpan.years(options.recentJoinerYears).cy) hyd at \(input.period.end); efallai nad yw'r aelodaeth yn agored yn ymarferol.",
                      evidence: [EvidenceCitation(path: EvidenceKind.members.path)])
        }
        for director in directors ?? [] where director.isInOffice(on: input.period.end) {
            let due = director.firstElected.adding(months: options.trainingWithinMonths)
            guard due <= input.period.end || director.trained != nil else { continue }
            if director.trained.map({ $0 > due }) ?? true {
                unmet.add("Director \(director.id), first elected on \(director.firstElected), was not trained within \(TimeSpan.months(options.trainingWithinMonths).en).",
                          "Ni chafodd y cyfarwyddwr \(director.id), a etholwyd gyntaf ar \(director.firstElected), hyfforddiant o fewn \(TimeSpan.months(options.trainingWithinMonths).cy).",
                          evidence: [EvidenceCitation(director.location)])
            }
        }
        let measures = members == nil ? [] : [Measure("recent-joiners", Double(joiners.count))]
        if let failure = unmet.failure(measures: measures) { return failure }
        guard members != nil else {
            return .notEvidenced("No member register (members/register.csv) to show who joined.",
                                 "Dim cofrestr aelodau (members/register.csv) i ddangos pwy ymunodd.")
        }
        guard directors != nil else {
            return .notEvidenced("No list of directors (board/directors.csv) to show that directors were trained.",
                                 "Dim rhestr cyfarwyddwyr (board/directors.csv) i ddangos bod cyfarwyddwyr wedi'u hyfforddi.")
        }
        let trained = input.hasBoard
            ? LocalizedText(en: ", and directors were trained", cy: ", a chafodd y cyfarwyddwyr hyfforddiant")
            : LocalizedText(en: "; the constitution has no board", cy: "; nid oes bwrdd yn y cyfansoddiad")
        return .pass("A membership policy exists, \(joiners.count) people joined in \(TimeSpan.years(options.recentJoinerYears).en)\(trained.en).",
                     "Mae polisi aelodaeth yn bodoli, ymunodd \(joiners.count) o bobl mewn \(TimeSpan.years(options.recentJoinerYears).cy)\(trained.cy).",
                     evidence: (policy.map { [EvidenceCitation($0.file.location)] } ?? []) + [EvidenceCitation(path: EvidenceKind.members.path)],
                     measures: measures)
    }
}
