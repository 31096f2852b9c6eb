import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// WB-04: people feel in control of their daily life: at least 77% answer 1 or 2 to
/// `control_daily_life` (the ASCOF 1B measure). Finds that share.
package struct ControlOfDailyLife: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var minPercent: Double
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["min-percent"])
            minPercent = try fields.optional("min-percent", as: Double.self) ?? 77
        }
    }

    package static let id = "control-of-daily-life"
    package static let summary = "At least 77% feel in control of their daily life; finds the share answering 1 or 2."
    package static let examples = [
        CheckerExample("85% in control", expect: .pass),
        CheckerExample("60% in control", expect: .fail, files: ["surveys/2026-02-control.csv": ExampleBundle.control(40) { $0 < 24 ? 1 : 3 }]),
        CheckerExample("no control survey", expect: .notEvidenced, files: ["surveys/2026-02-control.yaml": nil, "surveys/2026-02-control.csv": nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        let surveys = input.evidence.surveys.filter {
            input.period.contains($0.description.fielded.value.start) && $0.responses.contains { $0.answers["control_daily_life"] != nil }
        }
        guard let survey = surveys.max(by: { $0.description.fielded.value.start < $1.description.fielded.value.start }) else {
            return .notEvidenced("No survey in the period asked control_daily_life.", "Ni ofynnodd unrhyw arolwg yn y cyfnod control_daily_life.")
        }
        let answers = survey.responses.compactMap { $0.answers["control_daily_life"] }
        let share = Double(answers.count(where: { $0 <= 2 })) * 100 / Double(answers.count)
        let measures = [Measure("in-control-percent", share), Measure("responses", Double(answers.count))]
        let evidence = [EvidenceCitation(path: survey.responsesPath)]
        if share < options.minPercent {
            return .fail("\(formatted(share))% of \(answers.count) people feel in control of their daily life; the standard is \(formatted(options.minPercent))%.",
                         "Mae \(formatted(share))% o \(answers.count) o bobl yn teimlo bod ganddynt reolaeth dros eu bywyd bob dydd; y safon yw \(formatted(options.minPercent))%.",
                         evidence: evidence, measures: measures)
        }
        return .pass("\(formatted(share))% of \(answers.count) people feel in control of their daily life.",
                     "Mae \(formatted(share))% o \(answers.count) o bobl yn teimlo bod ganddynt reolaeth dros eu bywyd bob dydd.", evidence: evidence, measures: measures)
    }
}
