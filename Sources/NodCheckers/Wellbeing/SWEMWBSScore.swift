import NodCore
package import NodEvidence

/// Short Warwick-Edinburgh Mental Wellbeing Scale scoring, as its authors publish it: the raw
/// total of seven items (7–35) converted to a metric score with the Rasch table; a response
/// missing any item is not scored; fewer than 30 scored responses are only indicative.
///
/// SWEMWBS © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008.
package enum SWEMWBSScore {
    /// Printed wherever SWEMWBS scores appear.
    package static let notice = "SWEMWBS © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008."

    /// The metric score of each raw total from 7 to 35, in order (docs/rules.md): `rasch[raw - 7]`.
    static let rasch: [Double] = [
        7.00, 9.51, 11.25, 12.40, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36,  // 7–16
        16.88, 17.43, 17.98, 18.59, 19.25, 19.98, 20.73, 21.54, 22.35, 23.21,  // 17–26
        24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.70, 32.55, 35.00,  // 27–35
    ]

    /// Below this metric score well-being is low (the raw-23 cut point).
    static let lowThreshold = 20.73
    /// Responses needed before a mean is more than indicative.
    static let minimumResponses = 30

    /// The metric score of one response, or `nil` when an item is missing or out of range.
    package static func metric(_ response: SurveyResponse) -> Double? {
        var raw = 0
        for item in SurveyInstrument.swemwbs.items {
            guard let answer = response.answers[item], (1...5).contains(answer) else { return nil }
            raw += answer
        }
        // Seven items each 1–5: the raw total is 7–35.
        return rasch[raw - 7]
    }

    /// The scores of one wave.
    package struct Wave: Sendable {
        package let survey: Survey
        package let scores: [Double]
        package var scored: Int { scores.count }
        package var unscored: Int { survey.responses.count - scores.count }
        package var mean: Double { scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count) }
        package var isIndicative: Bool { scores.count < SWEMWBSScore.minimumResponses }
        package var lowPercent: Double {
            scores.isEmpty ? 0 : Double(scores.count(where: { $0 < SWEMWBSScore.lowThreshold })) * 100 / Double(scores.count)
        }

        package init(_ survey: Survey) {
            self.survey = survey
            scores = survey.responses.compactMap(SWEMWBSScore.metric)
        }
    }
}

extension EvidenceModel {
    /// The latest SWEMWBS survey of `population` fielded in `period`.
    func latestSurvey(_ instrument: SurveyInstrument, of populations: Set<StakeholderClass>, in period: DatePeriod) -> Survey? {
        parsed.surveys.filter { $0.description.instrument.value == instrument && populations.contains($0.description.population.value)
            && period.contains($0.description.fielded.value.start) }
            .max { $0.description.fielded.value.start < $1.description.fielded.value.start }
    }

    /// The survey a description's `previous` points to.
    func previousWave(of survey: Survey) -> Survey? {
        guard let previous = survey.description.previous?.value else { return nil }
        return parsed.surveys.first { $0.description.path == previous }
    }
}
