import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// WB-03: low well-being is noticed: the share of people with a SWEMWBS metric score below
/// 20.73 and the mean against England's adult means (23.2 women, 23.7 men: Health Survey for
/// England 2010–13; not a UK norm); for ONS4, the share with low life
/// satisfaction (0–4) and high anxiety (6–10). Reported, as an observation.
/// Finds those shares and the mean.
package struct LowWellbeingNoticed: Checker {
    package typealias Options = NoOptions
    package static let id = "low-wellbeing-noticed"
    package static let summary = "Reports how many people have low well-being against population norms; finds the shares."
    package static let examples = [
        CheckerExample("SWEMWBS scores reported against the norm", expect: .pass),
        CheckerExample("an ONS4 survey instead", expect: .pass, files: [
            "surveys/2025-wellbeing.yaml": nil, "surveys/2025-wellbeing.csv": nil,
            "surveys/2025-ons.yaml": ExampleBundle.surveyDescription("ons4", fielded: "2025-11-01", end: "2025-11-30"),
            "surveys/2025-ons.csv": "respondent_id,class,date,life_satisfaction,worthwhile,happy,anxious\nO1,service-users,2025-11-02,3,7,6,7\nO2,service-users,2025-11-02,8,8,8,2\n",
        ]),
        CheckerExample("no well-being survey", expect: .notEvidenced, files: ["surveys/2025-wellbeing.yaml": nil, "surveys/2025-wellbeing.csv": nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        if let survey = input.evidence.latestSurvey(.swemwbs, of: [.serviceUsers], in: input.period),
           case let wave = SWEMWBSScore.Wave(survey), wave.scored > 0 {
            let position = wave.mean < 23.2 ? ("below both", "yn is na'r ddau") : (wave.mean > 23.7 ? ("above both", "yn uwch na'r ddau") : ("between them", "rhyngddynt"))
            return .pass("\(formatted(wave.lowPercent))% of scored responses show low well-being (metric < 20.73); the mean \(formatted(wave.mean)) is \(position.0): England's adult means are 23.2 for women and 23.7 for men (Health Survey for England 2010–13). \(SWEMWBSScore.notice)",
                         "Mae \(formatted(wave.lowPercent))% o'r ymatebion a sgoriwyd yn dangos llesiant isel (metrig < 20.73); mae'r cymedr \(formatted(wave.mean)) \(position.1): cymedrau oedolion Lloegr yw 23.2 i fenywod a 23.7 i ddynion (Arolwg Iechyd Lloegr 2010–13). \(SWEMWBSScore.notice)",
                         evidence: [EvidenceCitation(path: survey.responsesPath)],
                         measures: [Measure("swemwbs-low-percent", wave.lowPercent), Measure("swemwbs-mean", wave.mean)])
        }
        if let survey = input.evidence.latestSurvey(.ons4, of: [.serviceUsers, .carers], in: input.period) {
            let satisfaction = survey.responses.compactMap { $0.answers["life_satisfaction"] }
            let anxiety = survey.responses.compactMap { $0.answers["anxious"] }
            // No answers are no evidence of how people fare.
            guard !satisfaction.isEmpty || !anxiety.isEmpty else {
                return .notEvidenced("The ONS4 survey has no answers to report.", "Nid oes gan arolwg ONS4 atebion i'w hadrodd.",
                                     evidence: [EvidenceCitation(path: survey.responsesPath)])
            }
            let low = satisfaction.isEmpty ? 0 : Double(satisfaction.count(where: { $0 <= 4 })) * 100 / Double(satisfaction.count)
            let high = anxiety.isEmpty ? 0 : Double(anxiety.count(where: { $0 >= 6 })) * 100 / Double(anxiety.count)
            return .pass("\(formatted(low))% report low life satisfaction (0–4) and \(formatted(high))% high anxiety (6–10).",
                         "Mae \(formatted(low))% yn nodi boddhad bywyd isel (0–4) a \(formatted(high))% yn nodi gorbryder uchel (6–10).",
                         evidence: [EvidenceCitation(path: survey.responsesPath)],
                         measures: [Measure("ons4-low-life-satisfaction-percent", low), Measure("ons4-high-anxiety-percent", high)])
        }
        return .notEvidenced("No SWEMWBS or ONS4 survey of people supported in the period.", "Dim arolwg SWEMWBS nac ONS4 o'r bobl a gefnogir yn y cyfnod.")
    }
}
