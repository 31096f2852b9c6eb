import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// WB-03: low well-being is noticed: the share of people with a SWEMWBS metric score below
/// 20.73, and the mean against England's adult means (Health Survey for England 2010–13:
/// 23.2 for women, 23.7 for men; not a UK norm). Where the survey records each person's
/// `sex` (and `age_band`, when the scheme supplies age-band means as `age-norms`), the mean
/// of those people is set against the mean expected for the same mix. For ONS4, the share
/// with low life satisfaction (0–4) and high anxiety (6–10). Reported, as an observation.
/// Finds those shares and the means.
package struct LowWellbeingNoticed: Checker {
    package struct Options: YAMLReadable, Sendable {
        /// England's adult means by sex (HSE 2010–13).
        package var sexNorms: SexNorms
        /// A scheme's own means by age band and sex (`"65-74": { female: …, male: … }`); nod
        /// ships none it could not source.
        package var ageNorms: AgeNorms
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["norms", "age-norms"])
            sexNorms = try fields.optional("norms") ?? SexNorms(female: 23.2, male: 23.7)
            ageNorms = try fields.optional("age-norms") ?? AgeNorms()
        }
    }

    /// Means by age band as a scheme writes its bands (`"65-74"`, `"75+"`).
    package struct AgeNorms: YAMLReadable, Sendable {
        package var bands: [String: SexNorms] = [:]
        init() {}
        package init(yaml: YAMLValue) throws(YAMLError) {
            let mapping = try yaml.anyMapping()
            for pair in mapping.pairs { bands[pair.key.scalar ?? ""] = try mapping.value(of: pair) }
        }
    }

    /// A mean score for women and for men.
    package struct SexNorms: YAMLReadable, Sendable {
        package var female: Double
        package var male: Double
        init(female: Double, male: Double) {
            self.female = female
            self.male = male
        }
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["female", "male"])
            female = try fields.required("female")
            male = try fields.required("male")
        }
        subscript(_ sex: String) -> Double? { sex == "female" ? female : (sex == "male" ? male : nil) }
    }

    package static let id = "low-wellbeing-noticed"
    package static let summary = "Reports how many people have low well-being against England's means, by sex (and age band) where recorded; finds the shares."
    static let bySex = "respondent_id,class,date,sex,age_band,swemwbs_1,swemwbs_2,swemwbs_3,swemwbs_4,swemwbs_5,swemwbs_6,swemwbs_7\n"
        + (0..<8).map { "S\($0 + 1),service-users,2025-11-10,\($0 < 6 ? "female" : "male"),\($0 < 4 ? "65-74" : "75+"),4,4,4,4,3,4,\($0 % 2 == 0 ? 3 : 4)" }.joined(separator: "\n") + "\n"
    package static let examples = [
        CheckerExample("SWEMWBS scores reported against England's means", expect: .pass, mentioning: ["England's adult means are 23.2 for women and 23.7 for men"]),
        CheckerExample("people's sex recorded: set against the same mix", expect: .pass, files: ["surveys/2025-wellbeing.csv": bySex],
                       mentioning: ["the 8 people who gave their sex", "23.3 expected"]),
        CheckerExample("a scheme's age-band means used where given", expect: .pass, files: ["surveys/2025-wellbeing.csv": bySex],
                       parameters: "age-norms: { \"65-74\": { female: 24.0, male: 24.5 }, \"75+\": { female: 23.0, male: 23.5 } }",
                       mentioning: ["and age band", "23.6 expected"]),
        CheckerExample("an ONS4 survey instead", expect: .pass, files: [
            "surveys/2025-wellbeing.yaml": nil, "surveys/2025-wellbeing.csv": nil,
            "surveys/2025-ons.yaml": ExampleBundle.surveyDescription("ons4", fielded: "2025-11-01", end: "2025-11-30"),
            "surveys/2025-ons.csv": "respondent_id,class,date,life_satisfaction,worthwhile,happy,anxious\nO1,service-users,2025-11-02,3,7,6,7\nO2,service-users,2025-11-02,8,8,8,2\n",
        ]),
        CheckerExample("no well-being survey", expect: .notEvidenced, files: ["surveys/2025-wellbeing.yaml": nil, "surveys/2025-wellbeing.csv": nil]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        if let survey = input.evidence.latestSurvey(.swemwbs, of: [.serviceUsers], in: input.period),
           case let wave = SWEMWBSScore.Wave(survey), wave.scored > 0 {
            let position = wave.mean < 23.2 ? ("below both", "yn is na'r ddau") : (wave.mean > 23.7 ? ("above both", "yn uwch na'r ddau") : ("between them", "rhyngddynt"))
            var measures = [Measure("swemwbs-low-percent", wave.lowPercent), Measure("swemwbs-mean", wave.mean)]
            var mix = LocalizedText(en: "", cy: "")
            if let standardised = Self.standardised(survey, options: options) {
                let basis = standardised.usedAge ? LocalizedText(en: "sex and age band", cy: "rhyw a band oedran") : LocalizedText(en: "sex", cy: "rhyw")
                mix = LocalizedText(
                    en: " For the \(standardised.count) people who gave their \(basis.en), the mean is \(formatted(standardised.mean)) against \(formatted(standardised.expected)) expected for the same mix\(standardised.usedAge ? " (the scheme's age-band means)" : "").",
                    cy: " I'r \(standardised.count) o bobl a roddodd eu \(basis.cy), y cymedr yw \(formatted(standardised.mean)) o'i gymharu â \(formatted(standardised.expected)) a ddisgwylir ar gyfer yr un cymysgedd\(standardised.usedAge ? " (cymedrau band oedran y cynllun)" : "").")
                measures += [Measure("swemwbs-mean-same-mix", standardised.mean), Measure("swemwbs-expected-same-mix", standardised.expected)]
            }
            return .pass("\(formatted(wave.lowPercent))% of scored responses show low well-being (metric < 20.73); the mean \(formatted(wave.mean)) is \(position.0): England's adult means are 23.2 for women and 23.7 for men (Health Survey for England 2010–13).\(mix.en) \(SWEMWBSScore.notice)",
                         "Mae \(formatted(wave.lowPercent))% o'r ymatebion a sgoriwyd yn dangos llesiant isel (metrig < 20.73); mae'r cymedr \(formatted(wave.mean)) \(position.1): cymedrau oedolion Lloegr yw 23.2 i fenywod a 23.7 i ddynion (Arolwg Iechyd Lloegr 2010–13).\(mix.cy) \(SWEMWBSScore.notice)",
                         evidence: [EvidenceCitation(path: survey.responsesPath)], measures: measures)
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

    /// The scored people who gave their sex: their mean, and the mean expected of England's
    /// adults of the same sex (and age band, where the scheme gave means for it) mix.
    static func standardised(_ survey: Survey, options: Options) -> (count: Int, mean: Double, expected: Double, usedAge: Bool)? {
        var scores: [Double] = [], expected: [Double] = []
        var usedAge = false
        for response in survey.responses {
            guard let score = SWEMWBSScore.metric(response), let sex = response.cell("sex")?.lowercased(),
                  let norm = options.sexNorms[sex] else { continue }
            if let band = response.cell("age_band"), let byAge = options.ageNorms.bands[band]?[sex] {
                expected.append(byAge)
                usedAge = true
            } else {
                expected.append(norm)
            }
            scores.append(score)
        }
        guard !scores.isEmpty else { return nil }
        return (scores.count, scores.reduce(0, +) / Double(scores.count), expected.reduce(0, +) / Double(expected.count), usedAge)
    }
}
