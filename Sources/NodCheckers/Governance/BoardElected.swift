import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// GOV-06: the members elect the board: at least two thirds elected, few external
/// co-optees, and no co-opted member kept in office past the next AGM without election.
/// Finds the elected share of the board at the period end and overdue co-optees.
package struct BoardElected: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var minElectedShare: Double
        package var maxCoOptedExternal: Int
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["min-elected-share", "max-co-opted-external"])
            minElectedShare = try fields.optional("min-elected-share", as: Double.self) ?? 2.0 / 3.0
            maxCoOptedExternal = try fields.optional("max-co-opted-external", as: Int.self) ?? 2
        }
    }

    package static let id = "board-elected"
    package static let summary = "At least two thirds of directors are elected and co-optees face election; finds the elected share."
    static let coOpted = "D4,workers,co-opted-member,2024-11-01,M04,,2024-12-01,\n"
    package static let examples = [
        CheckerExample("no board in the constitution", expect: .notApplicable, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(of: "  notice-days: 14", with: "  notice-days: 14\n  board: false"),
            EvidenceKind.directors.path: nil,
        ]),
        CheckerExample("all elected", expect: .pass),
        CheckerExample("two of five elected", expect: .fail, files: [
            EvidenceKind.directors.path: ExampleBundle.directors.replacingOccurrences(of: "D3,community,elected", with: "D3,community,appointed")
                + "D4,community,co-opted-external,2025-01-10,,,2025-02-01,\nD5,community,appointed,2025-01-10,,,2025-02-01,\n",
        ]),
        CheckerExample("co-opted member kept past the AGM", expect: .fail, files: [
            EvidenceKind.directors.path: ExampleBundle.directors + coOpted,
        ]),
        CheckerExample("too few elected, too many outsiders and a co-optee kept past the AGM: all three named", expect: .fail, files: [
            EvidenceKind.directors.path: ExampleBundle.directors + coOpted
                + "D5,community,co-opted-external,2025-01-10,,,2025-02-01,\nD6,community,co-opted-external,2025-01-10,,,2025-02-01,\nD7,community,co-opted-external,2025-01-10,,,2025-02-01,\n",
        ], mentioning: ["3 of 7 directors were elected", "3 external co-optees", "Director D4"]),
        CheckerExample("co-opted member elected at the next AGM", expect: .pass, files: [
            EvidenceKind.directors.path: ExampleBundle.directors + coOpted.replacingOccurrences(of: ",M04,,", with: ",M04,2025-09-20,"),
        ]),
        CheckerExample("no directors list", expect: .notEvidenced, files: [EvidenceKind.directors.path: nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard input.hasBoard else { return CheckInput.noBoard }
        guard let directors = try input.evidence.directors.records() else {
            return .notEvidenced("No list of directors (board/directors.csv).", "Dim rhestr o gyfarwyddwyr (board/directors.csv).")
        }
        let board = directors.filter { $0.isInOffice(on: input.period.end) }
        guard !board.isEmpty else {
            return .fail("No director was in office at the end of the period.", "Nid oedd unrhyw gyfarwyddwr yn y swydd ar ddiwedd y cyfnod.",
                         evidence: [EvidenceCitation(path: EvidenceKind.directors.path)])
        }
        let elected = board.filter { $0.route == .elected || $0.lastElected != nil }
        let share = Double(elected.count) / Double(board.count)
        let external = board.filter { $0.route == .coOptedExternal }
        let measures = [Measure("elected-share-percent", share * 100), Measure("co-opted-external", Double(external.count))]
        var unmet = UnmetConditions()
        if share + 1e-9 < options.minElectedShare {
            unmet.add("\(elected.count) of \(board.count) directors were elected by the members; at least \(formatted(options.minElectedShare * 100))% must be.",
                      "Etholwyd \(elected.count) o'r \(board.count) cyfarwyddwr gan yr aelodau; rhaid i o leiaf \(formatted(options.minElectedShare * 100))% fod wedi'u hethol.",
                      evidence: board.map { EvidenceCitation($0.location) })
        }
        if external.count > options.maxCoOptedExternal {
            unmet.add("\(external.count) external co-optees sit on the board; at most \(options.maxCoOptedExternal) may.",
                      "Mae \(external.count) aelod cyfetholedig allanol ar y bwrdd; ni chaniateir mwy na \(options.maxCoOptedExternal).",
                      evidence: external.map { EvidenceCitation($0.location) })
        }
        let agms = input.evidence.meetings.filter { $0.kind.value == .agm }.map(\.date.value)
        for director in board where director.route == .coOptedMember {
            guard let nextAGM = agms.first(where: { $0 > director.firstElected }), nextAGM <= input.period.end else { continue }
            if (director.lastElected ?? director.firstElected) < nextAGM {
                unmet.add("Director \(director.id), co-opted on \(director.firstElected), stayed in office after the AGM of \(nextAGM) without being elected.",
                          "Arhosodd y cyfarwyddwr \(director.id), a gyfetholwyd ar \(director.firstElected), yn y swydd ar ôl CCB \(nextAGM) heb gael ei ethol.",
                          evidence: [EvidenceCitation(director.location)])
            }
        }
        if let failure = unmet.failure(measures: measures) { return failure }
        return .pass("\(elected.count) of \(board.count) directors were elected by the members.",
                     "Etholwyd \(elected.count) o'r \(board.count) cyfarwyddwr gan yr aelodau.",
                     evidence: [EvidenceCitation(path: EvidenceKind.directors.path)], measures: measures)
    }
}
