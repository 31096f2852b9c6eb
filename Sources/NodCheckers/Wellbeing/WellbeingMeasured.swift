import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// WB-01: the well-being of people supported was measured in the period with SWEMWBS, scored
/// with the Rasch conversion; under 30 scored responses the result is indicative.
/// Finds the mean metric score and how many responses were scored.
package struct WellbeingMeasured: Checker {
    package typealias Options = NoOptions
    package static let id = "wellbeing-measured"
    package static let summary = "A SWEMWBS survey of people supported was scored in the period; finds the mean and responses scored."
    package static let examples = [
        CheckerExample("32 scored responses", expect: .pass),
        CheckerExample("only 12 responses: indicative but measured", expect: .pass, files: [
            "surveys/2025-wellbeing.csv": ExampleBundle.swemwbs(12, prefix: "B", date: "2025-11-10") { _ in [4, 4, 4, 4, 4, 4, 4] },
        ]),
        CheckerExample("no SWEMWBS survey in the period", expect: .notEvidenced, files: [
            "surveys/2025-wellbeing.yaml": nil, "surveys/2025-wellbeing.csv": nil,
        ]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        guard let survey = input.evidence.latestSurvey(.swemwbs, of: [.serviceUsers], in: input.period) else {
            return .notEvidenced("No SWEMWBS survey of people supported fielded in the period (surveys/NAME.yaml with instrument swemwbs).",
                                 "Dim arolwg SWEMWBS o'r bobl a gefnogir yn y cyfnod (surveys/NAME.yaml gydag instrument swemwbs).")
        }
        let wave = SWEMWBSScore.Wave(survey)
        var measures = [Measure("swemwbs-mean", wave.mean), Measure("scored-responses", Double(wave.scored)),
                        Measure("unscored-responses", Double(wave.unscored))]
        if let invited = survey.description.invited?.value, invited > 0 {
            measures.append(Measure("response-rate-percent", Double(survey.responses.count) * 100 / Double(invited)))
        }
        let evidence = [EvidenceCitation(survey.description.instrument.location), EvidenceCitation(path: survey.responsesPath)]
        guard wave.scored > 0 else {
            return .notEvidenced("The SWEMWBS survey has no complete response to score.", "Nid oes gan arolwg SWEMWBS ymateb cyflawn i'w sgorio.",
                                 evidence: evidence)
        }
        let indicative = wave.isIndicative
        return .pass("Mean SWEMWBS metric score \(formatted(wave.mean)) from \(wave.scored) scored responses (\(wave.unscored) incomplete, not scored)\(indicative ? "; fewer than 30, so indicative only" : ""). \(SWEMWBSScore.notice)",
                     "Sgôr metrig SWEMWBS cymedrig \(formatted(wave.mean)) o \(wave.scored) ymateb a sgoriwyd (\(wave.unscored) yn anghyflawn, heb eu sgorio)\(indicative ? "; llai na 30, felly dangosol yn unig" : ""). \(SWEMWBSScore.notice)",
                     evidence: evidence, measures: measures)
    }
}
