import NodCore
public import NodEvidence

/// Short Warwick-Edinburgh Mental Wellbeing Scale scoring, as its authors publish it: the raw
/// total of seven items (7–35) converted to a metric score with the Rasch table; a response
/// missing any item is not scored; fewer than 30 scored responses are only indicative.
///
/// SWEMWBS © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008.
public enum SWEMWBSScore {
    /// Printed wherever SWEMWBS scores appear.
    public static let notice = "SWEMWBS © NHS Health Scotland, University of Warwick and University of Edinburgh, 2008."

    /// Raw total → metric score (rules.md).
    static let rasch: [Int: Double] = [
        7: 7.00, 8: 9.51, 9: 11.25, 10: 12.40, 11: 13.33, 12: 14.08, 13: 14.75, 14: 15.32, 15: 15.84, 16: 16.36,
        17: 16.88, 18: 17.43, 19: 17.98, 20: 18.59, 21: 19.25, 22: 19.98, 23: 20.73, 24: 21.54, 25: 22.35, 26: 23.21,
        27: 24.11, 28: 25.03, 29: 26.02, 30: 27.03, 31: 28.13, 32: 29.31, 33: 30.70, 34: 32.55, 35: 35.00,
    ]

    /// Below this metric score well-being is low (the raw-23 cut point).
    static let lowThreshold = 20.73
    /// Responses needed before a mean is more than indicative.
    static let minimumResponses = 30

    /// The metric score of one response, or `nil` when an item is missing or out of range.
    public static func metric(_ response: SurveyResponse) -> Double? {
        var raw = 0
        for item in SurveyInstrument.swemwbs.items {
            guard let answer = response.answers[item], (1...5).contains(answer) else { return nil }
            raw += answer
        }
        return rasch[raw]
    }

    /// The scores of one wave.
    public struct Wave: Sendable {
        public let survey: Survey
        public let scores: [Double]
        public var scored: Int { scores.count }
        public var unscored: Int { survey.responses.count - scores.count }
        public var mean: Double { scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count) }
        public var isIndicative: Bool { scores.count < SWEMWBSScore.minimumResponses }
        public var lowPercent: Double {
            scores.isEmpty ? 0 : Double(scores.filter { $0 < SWEMWBSScore.lowThreshold }.count) * 100 / Double(scores.count)
        }

        public init(_ survey: Survey) {
            self.survey = survey
            scores = survey.responses.compactMap(SWEMWBSScore.metric)
        }
    }
}

extension EvidenceModel {
    /// The latest SWEMWBS survey of `population` fielded in `period`.
    func latestSurvey(_ instrument: SurveyInstrument, of populations: Set<StakeholderClass>, in period: DatePeriod) -> Survey? {
        surveys.filter { $0.description.instrument.value == instrument && populations.contains($0.description.population.value)
            && period.contains($0.description.fielded.value.start) }
            .max { $0.description.fielded.value.start < $1.description.fielded.value.start }
    }

    /// The survey a description's `previous` points to.
    func previousWave(of survey: Survey) -> Survey? {
        guard let previous = survey.description.previous?.value else { return nil }
        return surveys.first { $0.description.path == previous }
    }
}
