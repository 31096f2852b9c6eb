import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// WB-02: well-being held or improved since the previous wave: a fall of one standard error of
/// measurement (1.0 metric point) or more fails. Finds the change in the mean metric score.
package struct WellbeingHeld: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var failDrop: Double
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["fail-drop"])
            failDrop = try fields.optional("fail-drop", as: Double.self) ?? 1.0
        }
    }

    package static let id = "wellbeing-held"
    package static let summary = "Mean SWEMWBS well-being did not fall by a standard error since the last wave; finds the change."
    package static let examples = [
        CheckerExample("rose by about two points", expect: .pass),
        CheckerExample("fell by about five points", expect: .fail, files: [
            "surveys/2025-wellbeing.csv": ExampleBundle.swemwbs(32, prefix: "B", date: "2025-11-10") { _ in [3, 3, 3, 3, 3, 3, 3] },
        ]),
        CheckerExample("no earlier wave", expect: .notEvidenced, files: [
            "surveys/2025-wellbeing.yaml": ExampleBundle.surveyDescription("swemwbs", fielded: "2025-11-01", end: "2025-11-30"),
        ]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        guard let survey = input.evidence.latestSurvey(.swemwbs, of: [.serviceUsers], in: input.period) else {
            return .notEvidenced("No SWEMWBS survey of people supported in the period.", "Dim arolwg SWEMWBS o'r bobl a gefnogir yn y cyfnod.")
        }
        guard let previousSurvey = input.evidence.previousWave(of: survey) else {
            return .notEvidenced("The survey names no earlier wave (previous) to compare with.",
                                 "Nid yw'r arolwg yn enwi ton gynharach (previous) i gymharu â hi.",
                                 evidence: [EvidenceCitation(survey.description.instrument.location)])
        }
        let now = SWEMWBSScore.Wave(survey), before = SWEMWBSScore.Wave(previousSurvey)
        // A wave with no complete response has no mean: a change from or to it is no evidence.
        guard now.scored > 0, before.scored > 0 else {
            return .notEvidenced("A wave has no complete response to score, so no change can be measured.",
                                 "Nid oes gan un don ymateb cyflawn i'w sgorio, felly ni ellir mesur newid.",
                                 evidence: [EvidenceCitation(path: (now.scored > 0 ? previousSurvey : survey).responsesPath)])
        }
        let change = now.mean - before.mean
        let measures = [Measure("swemwbs-mean", now.mean), Measure("swemwbs-mean-previous", before.mean), Measure("swemwbs-change", change)]
        let evidence = [EvidenceCitation(path: survey.responsesPath), EvidenceCitation(path: previousSurvey.responsesPath)]
        let caveat = now.isIndicative || before.isIndicative ? " (indicative: fewer than 30 scored responses in a wave)" : ""
        let caveatCy = now.isIndicative || before.isIndicative ? " (dangosol: llai na 30 ymateb wedi'u sgorio mewn ton)" : ""
        if change <= -options.failDrop {
            return .fail("Mean SWEMWBS well-being fell from \(formatted(before.mean)) to \(formatted(now.mean)) (\(formatted(change)))\(caveat). \(SWEMWBSScore.notice)",
                         "Gostyngodd llesiant cymedrig SWEMWBS o \(formatted(before.mean)) i \(formatted(now.mean)) (\(formatted(change)))\(caveatCy). \(SWEMWBSScore.notice)",
                         evidence: evidence, measures: measures)
        }
        return .pass("Mean SWEMWBS well-being went from \(formatted(before.mean)) to \(formatted(now.mean)) (\(change >= 0 ? "+" : "")\(formatted(change)))\(caveat). \(SWEMWBSScore.notice)",
                     "Aeth llesiant cymedrig SWEMWBS o \(formatted(before.mean)) i \(formatted(now.mean)) (\(change >= 0 ? "+" : "")\(formatted(change)))\(caveatCy). \(SWEMWBSScore.notice)",
                     evidence: evidence, measures: measures)
    }
}
