import Foundation
import NodCore
package import NodEngine
package import NodEvidence
package import NodYAML

/// GOV-08: board meetings were quorate and declared conflicts were handled by withdrawing.
/// Finds each board meeting's directors present against its quorum, and conflicts not withdrawn.
package struct BoardMeetingsQuorate: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var defaultQuorum: Quorum
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["default-quorum"])
            defaultQuorum = try fields.optional("default-quorum", as: Quorum.self) ?? Quorum(minimum: 2, percent: 50)
        }
    }

    package static let id = "board-meetings-quorate"
    package static let summary = "Every board meeting was quorate and every conflicted director withdrew; finds attendance and conflicts."
    package static let examples = [
        CheckerExample("no board in the constitution", expect: .notApplicable, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(of: "  notice-days: 14", with: "  notice-days: 14\n  board: false"),
            EvidenceKind.directors.path: nil,
        ]),
        CheckerExample("quorate, conflict withdrawn", expect: .pass),
        CheckerExample("one director present", expect: .fail, files: [
            "minutes/2025-06-11-board.md": ExampleBundle.board(date: "2025-06-11", present: "[D1]"),
        ]),
        CheckerExample("a conflicted director stayed", expect: .fail, files: [
            "minutes/2025-12-10-board.md": ExampleBundle.board(date: "2025-12-10", conflicts: "[{ director: D2, item: pay review, withdrew: false }]"),
        ]),
        CheckerExample("no board minutes", expect: .notEvidenced, files: [
            "minutes/2025-06-11-board.md": nil, "minutes/2025-12-10-board.md": nil,
        ]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard input.hasBoard else { return CheckInput.noBoard }
        let meetings = input.evidence.meetings([.board], in: input.period)
        guard !meetings.isEmpty else {
            return .notEvidenced("No minutes of a board meeting in the period.", "Dim cofnodion cyfarfod bwrdd yn y cyfnod.")
        }
        guard let directors = try input.evidence.directors.records() else {
            return .notEvidenced("No list of directors (board/directors.csv), so the board's quorum cannot be worked out.",
                                 "Dim rhestr o gyfarwyddwyr (board/directors.csv), felly nid oes modd cyfrifo cworwm y bwrdd.")
        }
        let quorum = input.manifest.constitution.quorum.board ?? options.defaultQuorum
        var unmet = UnmetConditions()
        var measures: [Measure] = []
        for meeting in meetings {
            let inOffice = directors.count(where: { $0.isInOffice(on: meeting.date.value) })
            let needed = quorum.required(of: inOffice)
            let present = meeting.directorsPresent?.value.count ?? 0
            if present < needed {
                unmet.add("The board meeting on \(meeting.date.value) had \(present) directors present; the quorum was \(needed) (\(quorum) of \(inOffice)).",
                          "Roedd \(present) cyfarwyddwr yn bresennol yng nghyfarfod y bwrdd ar \(meeting.date.value); y cworwm oedd \(needed) (\(quorum) o \(inOffice)).",
                          evidence: [EvidenceCitation(meeting.directorsPresent?.location ?? meeting.date.location)])
                if measures.isEmpty { measures = [Measure("directors-present", Double(present)), Measure("quorum", Double(needed))] }
            }
            for conflict in meeting.conflictsDeclared where !conflict.withdrew {
                unmet.add("At the board meeting on \(meeting.date.value), \(conflict.director) declared a conflict and did not withdraw.",
                          "Yng nghyfarfod y bwrdd ar \(meeting.date.value), datganodd \(conflict.director) wrthdaro buddiannau ac ni thynnodd yn ôl.",
                          evidence: [EvidenceCitation(conflict.location)])
            }
        }
        if let failure = unmet.failure(measures: measures) { return failure }
        return .pass("All \(meetings.count) board meetings were quorate and declared conflicts were handled.",
                     "Roedd cworwm ym mhob un o'r \(meetings.count) cyfarfod bwrdd ac ymdriniwyd â'r gwrthdaro a ddatganwyd.",
                     evidence: meetings.map(\.citation))
    }
}
