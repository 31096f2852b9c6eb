public import NodCore
public import NodYAML

/// A certification scheme: which packs, which rules tailored how, what blocks the mark,
/// how the score is weighted and which levels can be reached.
public struct Profile: YAMLReadable, Sendable {
    public static let supportedFormat = 1

    /// A rule's severity or parameters changed by this profile.
    public struct Tailoring: YAMLReadable, Sendable {
        public var severity: Severity?
        public var parameters: YAMLNode?
        public var location: FileLocation
        public init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["severity", "with"])
            severity = try fields.optional("severity")
            parameters = try fields.optional("with")
            location = yaml.location
        }
    }

    /// Points earned by a met rule of each severity.
    public struct ScoreWeights: YAMLReadable, Sendable, Hashable {
        public var major: Int
        public var minor: Int
        public var observation: Int
        public static let standard = ScoreWeights(major: 3, minor: 2, observation: 1)
        public init(major: Int, minor: Int, observation: Int) {
            self.major = major
            self.minor = minor
            self.observation = observation
        }
        public init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["major", "minor", "observation"])
            self.init(major: try fields.required("major"), minor: try fields.required("minor"), observation: try fields.required("observation"))
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
    public struct Level: YAMLReadable, Sendable {
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
        public init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["id", "title", "max-failed-minor", "max-failed-observation", "min-score-percent", "rules-passed"])
            id = try fields.required("id")
            title = try fields.required("title")
            maxFailedMinor = try fields.optional("max-failed-minor")
            maxFailedObservation = try fields.optional("max-failed-observation")
            minScorePercent = try fields.optional("min-score-percent")
            rulesPassed = try fields.optional("rules-passed") ?? []
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

    public init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping([
            "profile-format", "profile", "version", "title", "description", "packs", "blocking", "exclude", "tailor",
            "score-weights", "corrective-action-days", "levels",
        ])
        try FormatVersion.check(fields, key: "profile-format", supported: Self.supportedFormat)
        let id: Located<String> = try fields.required("profile")
        self.id = id.value
        location = id.location
        version = try fields.required("version")
        title = try fields.required("title")
        description = try fields.required("description")
        packs = try fields.required("packs")
        blocking = try fields.optional("blocking") ?? true
        exclude = try fields.optional("exclude") ?? []
        tailor = [:]
        if let tailoring = fields["tailor"], !tailoring.isNull {
            let mapping = try tailoring.anyMapping()
            for pair in mapping.pairs { tailor[pair.key.scalar ?? ""] = try mapping.value(of: pair) }
        }
        scoreWeights = try fields.optional("score-weights") ?? .standard
        correctiveActionDays = try fields.optional("corrective-action-days") ?? 90
        levels = try fields.optional("levels") ?? []
    }
}
