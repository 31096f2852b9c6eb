import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// WB-02: well-being held or improved since the previous wave, judged as a group's change is:
/// the difference of mean metric scores with its 95% confidence interval (Welch's t) and the
/// effect size. It fails only when the whole interval lies below zero and the fall is at
/// least a small effect (d ≤ −0.2); with fewer than 30 scored people in a wave the finding is
/// indicative (an observation). Shah et al.'s standard error of measurement is a threshold
/// for one person's change, not a group's, and is not used.
/// Finds the change, its interval, the effect size and each wave's SD.
package struct WellbeingHeld: Checker {
    package struct Options: YAMLReadable, Sendable {
        /// The smallest fall, in standard deviations, that counts (Cohen's "small").
        package var minEffectSize: Double
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["min-effect-size"])
            minEffectSize = try fields.optional("min-effect-size", as: Double.self) ?? 0.2
        }
    }

    package static let id = "wellbeing-held"
    package static let summary = "Mean SWEMWBS well-being did not fall, judged by the 95% interval of the change and its effect size; finds both and each wave's SD."
    /// A wave of `count` people whose seven answers spread realistically (metric SD ≈ 4–5).
    static func wave(_ count: Int, prefix: String, date: String, shift: Int) -> String {
        ExampleBundle.swemwbs(count, prefix: prefix, date: date) { index in
            let level = [2, 3, 3, 4, 4, 5][index % 6]
            return (0..<7).map { item in min(5, max(1, level + shift + (item == index % 7 ? 1 : 0) - (item == (index + 3) % 7 ? 1 : 0))) }
        }
    }
    package static let examples = [
        CheckerExample("rose by about two points", expect: .pass),
        CheckerExample("fell by about five points in 32 people", expect: .fail, files: [
            "surveys/2025-wellbeing.csv": ExampleBundle.swemwbs(32, prefix: "B", date: "2025-11-10") { index in [3, 3, 3, 3, 3, 3, index % 2 == 0 ? 2 : 3] },
        ], mentioning: ["95% interval", "effect size"]),
        CheckerExample("a fall in 12 people is indicative: an observation", expect: .fail, files: [
            "surveys/2025-wellbeing.csv": ExampleBundle.swemwbs(12, prefix: "B", date: "2025-11-10") { index in [3, 3, 3, 3, 3, 3, index % 2 == 0 ? 2 : 3] },
        ], severity: .observation, mentioning: ["Indicative only"]),
        CheckerExample("a small dip within the interval is not a fall", expect: .pass, files: [
            "surveys/2024-wellbeing.csv": wave(40, prefix: "A", date: "2024-11-12", shift: 0),
            "surveys/2025-wellbeing.csv": wave(40, prefix: "B", date: "2025-11-10", shift: 0)
                .replacingOccurrences(of: "B1,service-users,2025-11-10,3,2,2,2,2,2,2", with: "B1,service-users,2025-11-10,2,1,1,1,1,1,1"),
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
        // A wave with fewer than two complete responses has no spread: a change from or to it is no evidence.
        guard let change = GroupChange(before: before.scores, after: now.scores) else {
            return .notEvidenced("A wave has fewer than two complete responses to score, so no change can be measured.",
                                 "Mae gan un don lai na dau ymateb cyflawn i'w sgorio, felly ni ellir mesur newid.",
                                 evidence: [EvidenceCitation(path: (now.scored > 1 ? previousSurvey : survey).responsesPath)])
        }
        let measures = [
            Measure("swemwbs-mean", now.mean), Measure("swemwbs-mean-previous", before.mean), Measure("swemwbs-change", change.difference),
            Measure("swemwbs-change-ci-lower", change.lower), Measure("swemwbs-change-ci-upper", change.upper),
            Measure("swemwbs-effect-size", change.effectSize),
            Measure("swemwbs-sd", change.after.standardDeviation), Measure("swemwbs-sd-previous", change.before.standardDeviation),
        ]
        let evidence = [EvidenceCitation(path: survey.responsesPath), EvidenceCitation(path: previousSurvey.responsesPath)]
        let indicative = now.isIndicative || before.isIndicative
        let signed = { (value: Double) in value >= 0 ? "+\(formatted(value))" : formatted(value) }
        let figures = LocalizedText(
            en: "from \(formatted(before.mean)) (SD \(formatted(change.before.standardDeviation)), \(before.scored) people) to \(formatted(now.mean)) (SD \(formatted(change.after.standardDeviation)), \(now.scored) people): a change of \(signed(change.difference)), 95% interval \(signed(change.lower)) to \(signed(change.upper)), effect size d = \(formatted(change.effectSize))",
            cy: "o \(formatted(before.mean)) (gwyriad safonol \(formatted(change.before.standardDeviation)), \(before.scored) o bobl) i \(formatted(now.mean)) (gwyriad safonol \(formatted(change.after.standardDeviation)), \(now.scored) o bobl): newid o \(signed(change.difference)), cyfwng 95% \(signed(change.lower)) i \(signed(change.upper)), maint effaith d = \(formatted(change.effectSize))")
        let caveat = indicative
            ? LocalizedText(en: " Indicative only: fewer than 30 people were scored in a wave.", cy: " Dangosol yn unig: sgoriwyd llai na 30 o bobl mewn ton.")
            : LocalizedText(en: "", cy: "")
        if change.upper < 0, change.effectSize <= -options.minEffectSize {
            return .fail("Mean SWEMWBS well-being fell \(figures.en); the whole interval lies below zero.\(caveat.en) \(SWEMWBSScore.notice)",
                         "Gostyngodd llesiant cymedrig SWEMWBS \(figures.cy); mae'r cyfwng cyfan islaw sero.\(caveat.cy) \(SWEMWBSScore.notice)",
                         evidence: evidence, measures: measures, severity: indicative ? .observation : nil)
        }
        return .pass("Mean SWEMWBS well-being went \(figures.en); no fall the data can show.\(caveat.en) \(SWEMWBSScore.notice)",
                     "Aeth llesiant cymedrig SWEMWBS \(figures.cy); dim gostyngiad y gall y data ei ddangos.\(caveat.cy) \(SWEMWBSScore.notice)",
                     evidence: evidence, measures: measures)
    }
}
