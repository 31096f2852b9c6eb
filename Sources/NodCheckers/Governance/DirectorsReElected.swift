import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// GOV-07: the members elect the board regularly — every year by default, as the seed
/// definition of these co-ops has it (a profile may allow longer: `governance-only` allows 3
/// years) — and every AGM holds an election; more than 9 years' continuous service is an
/// observation. Not applicable when the constitution has no board.
/// Finds directors overdue for election, AGMs without an election, and long-serving directors.
package struct DirectorsReElected: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var maxYearsSinceElection: Double
        package var longServiceYears: Double
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["max-years-since-election", "long-service-years"])
            maxYearsSinceElection = try fields.optional("max-years-since-election", as: Double.self) ?? 1
            longServiceYears = try fields.optional("long-service-years", as: Double.self) ?? 9
        }
    }

    package static let id = "directors-re-elected"
    package static let summary = "Every elected director stood for election recently enough and each AGM held an election; finds overdue and long-serving directors."
    static let d1ElectedIn2024 = ExampleBundle.directors.replacingOccurrences(of: "M02,2025-09-20", with: "M02,2024-09-21")
    package static let examples = [
        CheckerExample("the whole board elected at the AGM", expect: .pass),
        CheckerExample("a director last elected 18 months before the period ended", expect: .fail, files: [
            EvidenceKind.directors.path: d1ElectedIn2024,
        ], mentioning: ["1 director last elected more than 1 year before 2026-03-31; D1"]),
        CheckerExample("18 months is within a profile's three years", expect: .pass, files: [
            EvidenceKind.directors.path: d1ElectedIn2024,
        ], parameters: "max-years-since-election: 3"),
        CheckerExample("last elected four years ago, beyond three", expect: .fail, files: [
            EvidenceKind.directors.path: ExampleBundle.directors.replacingOccurrences(of: "M02,2025-09-20", with: "M02,2021-09-18"),
        ], parameters: "max-years-since-election: 3"),
        CheckerExample("an AGM that elected nobody", expect: .fail, files: [
            "minutes/2025-09-20-agm.md": ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-01", agenda: "[accounts]", elections: "[]"),
        ], mentioning: ["The AGM on 2025-09-20 held no election"]),
        CheckerExample("ten years on the board", expect: .fail, files: [
            EvidenceKind.directors.path: ExampleBundle.directors.replacingOccurrences(of: "D1,workers,elected,2019-09-14", with: "D1,workers,elected,2015-09-12"),
        ], severity: .observation),
        CheckerExample("no board in the constitution", expect: .notApplicable, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(of: "  notice-days: 14", with: "  notice-days: 14\n  board: false"),
            EvidenceKind.directors.path: nil,
        ]),
        CheckerExample("no directors list", expect: .notEvidenced, files: [EvidenceKind.directors.path: nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard input.hasBoard else { return CheckInput.noBoard }
        guard let directors = try input.evidence.directors.records() else {
            return .notEvidenced("No list of directors (board/directors.csv).", "Dim rhestr o gyfarwyddwyr (board/directors.csv).")
        }
        let end = input.period.end
        let limit = options.maxYearsSinceElection
        let years = LocalizedText(en: limit == 1 ? "1 year" : "\(formatted(limit)) years",
                                  cy: limit == 1 ? "blwyddyn" : "\(formatted(limit)) blynedd")
        let elected = directors.filter { $0.isInOffice(on: end) && [.elected, .coOptedMember].contains($0.route) }
        let overdue = elected.filter { ($0.lastElected ?? $0.firstElected).months(until: end) / 12 > limit + 1e-9 }
        var unmet = UnmetConditions()
        var measures: [Measure] = []
        if let first = overdue.first {
            let last = first.lastElected ?? first.firstElected
            unmet.add("\(CountedNoun.director.counted(overdue.count).startingSentence.en) last elected more than \(years.en) before \(end); \(first.id) was last elected on \(last).",
                      "Etholwyd \(CountedNoun.director.counted(overdue.count).cy) ddiwethaf fwy na \(years.cy) cyn \(end); etholwyd \(first.id) ddiwethaf ar \(last).",
                      evidence: overdue.map { EvidenceCitation($0.location) })
            measures.append(Measure("directors-overdue-for-election", Double(overdue.count)))
        }
        // An election at every AGM: the minutes list who was elected, or record an election resolution.
        for agm in input.evidence.meetings([.agm], in: input.period)
        where agm.elections.isEmpty && !agm.resolutions.contains(where: { $0.kind == .election }) {
            unmet.add("The AGM on \(agm.date.value) held no election to the board (no elections in its minutes).",
                      "Ni chynhaliodd y CCB ar \(agm.date.value) etholiad i'r bwrdd (dim elections yn ei gofnodion).",
                      evidence: [agm.citation])
        }
        let longServing = elected.filter { $0.firstElected.months(until: end) / 12 > options.longServiceYears }
        if let first = longServing.first {
            let served = first.firstElected.months(until: end) / 12
            unmet.add("\(first.id) has served \(formatted(served)) years continuously; boards renew best with terms under \(formatted(options.longServiceYears)) years.",
                      "Mae \(first.id) wedi gwasanaethu am \(formatted(served)) mlynedd yn ddi-dor; mae byrddau'n adnewyddu orau gyda thymhorau dan \(formatted(options.longServiceYears)) mlynedd.",
                      evidence: longServing.map { EvidenceCitation($0.location) }, severity: .observation)
            measures.append(Measure("longest-service-years", served))
        }
        if let failure = unmet.failure(measures: measures) { return failure }
        return .pass("Every elected director stood for election within \(years.en), and every AGM held an election.",
                     "Safodd pob cyfarwyddwr etholedig etholiad o fewn \(years.cy), a chynhaliodd pob CCB etholiad.",
                     evidence: [EvidenceCitation(path: EvidenceKind.directors.path)])
    }
}
