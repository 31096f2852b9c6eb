public import NodCore
public import NodYAML

/// A certification scheme: which packs, which rules tailored how, what blocks the mark,
/// how the score is weighted and which levels can be reached.
public struct Profile: Decodable, Sendable {
    public static let supportedFormat = 1

    /// A rule's severity or parameters changed by this profile.
    public struct Tailoring: Decodable, Sendable {
        public var severity: Severity?
        public var parameters: YAMLNode?
        public var location: FileLocation
        public enum CodingKeys: String, CodingKey, CaseIterable { case severity, parameters = "with" }
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            severity = try container.decodeIfPresent(Severity.self, forKey: .severity)
            parameters = try container.decodeIfPresent(YAMLNode.self, forKey: .parameters)
            location = (decoder as? any LocatingDecoder)?.sourceLocation ?? FileLocation(file: "")
        }
    }

    /// Points earned by a met rule of each severity.
    public struct ScoreWeights: Decodable, Sendable, Hashable {
        public var major: Int
        public var minor: Int
        public var observation: Int
        public enum CodingKeys: String, CodingKey, CaseIterable { case major, minor, observation }
        public static let standard = ScoreWeights(major: 3, minor: 2, observation: 1)
        public init(major: Int, minor: Int, observation: Int) {
            self.major = major
            self.minor = minor
            self.observation = observation
        }
        public func weight(_ severity: Severity) -> Int {
            switch severity {
            case .major: major
            case .minor: minor
            case .observation: observation
            }
        }
    }

    /// A level of the mark (foundation / established / exemplary) and what reaching it takes.
    public struct Level: Decodable, Sendable {
        public var id: String
        public var title: LocalizedText
        /// Failed (not met) minor rules allowed; any number when absent.
        public var maxFailedMinor: Int?
        /// Failed observations allowed; any number when absent.
        public var maxFailedObservation: Int?
        /// Share of the possible score needed, in percent.
        public var minScorePercent: Int?
        /// Rules that must pass.
        public var rulesPassed: [String]
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case id, title, maxFailedMinor = "max-failed-minor", maxFailedObservation = "max-failed-observation"
            case minScorePercent = "min-score-percent", rulesPassed = "rules-passed"
        }
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            title = try container.decode(LocalizedText.self, forKey: .title)
            maxFailedMinor = try container.decodeIfPresent(Int.self, forKey: .maxFailedMinor)
            maxFailedObservation = try container.decodeIfPresent(Int.self, forKey: .maxFailedObservation)
            minScorePercent = try container.decodeIfPresent(Int.self, forKey: .minScorePercent)
            rulesPassed = try container.decodeIfPresent([String].self, forKey: .rulesPassed) ?? []
        }
    }

    public var id: String
    public var version: String
    public var title: LocalizedText
    public var description: LocalizedText
    public var packs: [Located<String>]
    /// When false nothing blocks (a self-check): the decision is reported, the exit code is 0.
    public var blocking: Bool
    public var exclude: [Located<String>]
    public var tailor: [String: Tailoring]
    public var scoreWeights: ScoreWeights
    /// Days a co-op has to close a corrective action (a failed minor rule).
    public var correctiveActionDays: Int
    /// Levels from lowest to highest; the highest one reached is reported.
    public var levels: [Level]
    public var location: FileLocation

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case format = "profile-format", id = "profile", version, title, description, packs, blocking, exclude, tailor
        case scoreWeights = "score-weights", correctiveActionDays = "corrective-action-days", levels
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try FormatVersion.check(container, key: .format, supported: Self.supportedFormat, what: "profile-format")
        let id = try container.decode(Located<String>.self, forKey: .id)
        self.id = id.value
        location = id.location
        version = try container.decode(String.self, forKey: .version)
        title = try container.decode(LocalizedText.self, forKey: .title)
        description = try container.decode(LocalizedText.self, forKey: .description)
        packs = try container.decode([Located<String>].self, forKey: .packs)
        blocking = try container.decodeIfPresent(Bool.self, forKey: .blocking) ?? true
        exclude = try container.decodeIfPresent([Located<String>].self, forKey: .exclude) ?? []
        tailor = try container.decodeIfPresent([String: Tailoring].self, forKey: .tailor) ?? [:]
        scoreWeights = try container.decodeIfPresent(ScoreWeights.self, forKey: .scoreWeights) ?? .standard
        correctiveActionDays = try container.decodeIfPresent(Int.self, forKey: .correctiveActionDays) ?? 90
        levels = try container.decodeIfPresent([Level].self, forKey: .levels) ?? []
    }
}
