import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// GOV-07: directors face re-election regularly (every 3 years; every year in a user-led
/// co-op); more than 9 years' continuous service is an observation.
/// Finds directors overdue for election and long-serving directors.
package struct DirectorsReElected: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var maxYearsSinceElection: Double
        package var maxYearsSinceElectionUserLed: Double
        package var longServiceYears: Double
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["max-years-since-election", "max-years-since-election-user-led", "long-service-years"])
            maxYearsSinceElection = try fields.optional("max-years-since-election", as: Double.self) ?? 3
            maxYearsSinceElectionUserLed = try fields.optional("max-years-since-election-user-led", as: Double.self) ?? 1
            longServiceYears = try fields.optional("long-service-years", as: Double.self) ?? 9
        }
    }

    package static let id = "directors-re-elected"
    package static let summary = "Every elected director stood for election recently enough; finds overdue and long-serving directors."
    package static let examples = [
        CheckerExample("all elected within three years", expect: .pass),
        CheckerExample("last elected four years ago", expect: .fail, files: [
            EvidenceKind.directors.path: ExampleBundle.directors.replacingOccurrences(of: "M02,2024-09-21", with: "M02,2021-09-18"),
        ]),
        CheckerExample("a user-led board elected two years ago", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest(model: "user-led"),
        ]),
        CheckerExample("ten years on the board", expect: .fail, files: [
            EvidenceKind.directors.path: ExampleBundle.directors.replacingOccurrences(of: "D1,workers,elected,2019-09-14", with: "D1,workers,elected,2015-09-12"),
        ], severity: .observation),
        CheckerExample("no directors list", expect: .notEvidenced, files: [EvidenceKind.directors.path: nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard let directors = try input.evidence.directors.records() else {
            return .notEvidenced("No list of directors (board/directors.csv).", "Dim rhestr o gyfarwyddwyr (board/directors.csv).")
        }
        let end = input.period.end
        let limit = input.manifest.organisation.model == .userLed ? options.maxYearsSinceElectionUserLed : options.maxYearsSinceElection
        let elected = directors.filter { $0.isInOffice(on: end) && [.elected, .coOptedMember].contains($0.route) }
        let overdue = elected.filter { ($0.lastElected ?? $0.firstElected).months(until: end) / 12 > limit + 1e-9 }
        var unmet = UnmetConditions()
        var measures: [Measure] = []
        if let first = overdue.first {
            let last = first.lastElected ?? first.firstElected
            unmet.add("\(CountedNoun.director.counted(overdue.count).startingSentence.en) last elected more than \(formatted(limit)) \(limit == 1 ? "year" : "years") before \(end); \(first.id) was last elected on \(last).",
                      "Etholwyd \(CountedNoun.director.counted(overdue.count).cy) ddiwethaf fwy na \(formatted(limit)) \(limit == 1 ? "flwyddyn" : "blynedd") cyn \(end); etholwyd \(first.id) ddiwethaf ar \(last).",
                      evidence: overdue.map { EvidenceCitation($0.location) })
            measures.append(Measure("directors-overdue-for-election", Double(overdue.count)))
        }
        let longServing = elected.filter { $0.firstElected.months(until: end) / 12 > options.longServiceYears }
        if let first = longServing.first {
            let years = first.firstElected.months(until: end) / 12
            unmet.add("\(first.id) has served \(formatted(years)) years continuously; boards renew best with terms under \(formatted(options.longServiceYears)) years.",
                      "Mae \(first.id) wedi gwasanaethu am \(formatted(years)) mlynedd yn ddi-dor; mae byrddau'n adnewyddu orau gyda thymhorau dan \(formatted(options.longServiceYears)) mlynedd.",
                      evidence: longServing.map { EvidenceCitation($0.location) }, severity: .observation)
            measures.append(Measure("longest-service-years", years))
        }
        if let failure = unmet.failure(measures: measures) { return failure }
        return .pass("Every elected director stood for election within \(formatted(limit)) \(limit == 1 ? "year" : "years").",
                     "Safodd pob cyfarwyddwr etholedig etholiad o fewn \(limit == 1 ? "blwyddyn" : "\(formatted(limit)) blynedd").",
                     evidence: [EvidenceCitation(path: EvidenceKind.directors.path)])
    }
}
