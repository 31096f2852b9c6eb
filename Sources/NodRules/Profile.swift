package import NodCore
package import NodYAML

/// A certification scheme: which packs, which rules tailored how, what blocks the mark,
/// how the score is weighted and which levels can be reached.
package struct Profile: YAMLReadable, Sendable {
    package static let supportedFormat = 1

    /// A rule's severity or parameters changed by this profile.
    package struct Tailoring: YAMLReadable, Sendable {
        package var severity: Severity?
        package var parameters: YAMLNode?
        package var location: FileLocation
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["severity", "with"])
            severity = try fields.optional("severity")
            parameters = try fields.optional("with")
            location = yaml.location
        }
    }

    /// Points earned by a met rule of each severity.
    package struct ScoreWeights: YAMLReadable, Sendable, Hashable {
        package var major: Int
        package var minor: Int
        package var observation: Int
        package static let standard = ScoreWeights(major: 3, minor: 2, observation: 1)
        package init(major: Int, minor: Int, observation: Int) {
            self.major = major
            self.minor = minor
            self.observation = observation
        }
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["major", "minor", "observation"])
            self.init(major: try fields.required("major"), minor: try fields.required("minor"), observation: try fields.required("observation"))
        }
        package func weight(_ severity: Severity) -> Int {
            switch severity {
            case .major: major
            case .minor: minor
            case .observation: observation
            }
        }
    }

    /// A level of the mark (foundation / established / exemplary) and what reaching it takes.
    package struct Level: YAMLReadable, Sendable {
        package var id: String
        package var title: LocalizedText
        /// Failed (not met) minor rules allowed; any number when absent.
        package var maxFailedMinor: Int?
        /// Failed observations allowed; any number when absent.
        package var maxFailedObservation: Int?
        /// Share of the possible score needed, in percent.
        package var minScorePercent: Int?
        /// Rules that must pass.
        package var rulesPassed: [String]
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["id", "title", "max-failed-minor", "max-failed-observation", "min-score-percent", "rules-passed"])
            id = try fields.required("id")
            title = try fields.required("title")
            maxFailedMinor = try fields.optional("max-failed-minor")
            maxFailedObservation = try fields.optional("max-failed-observation")
            minScorePercent = try fields.optional("min-score-percent")
            rulesPassed = try fields.optional("rules-passed") ?? []
        }
    }

    package var id: String
    package var version: String
    package var title: LocalizedText
    package var description: LocalizedText
    package var packs: [Located<String>]
    /// When false nothing blocks (a self-check): the decision is reported, the exit code is 0.
    package var blocking: Bool
    package var exclude: [Located<String>]
    package var tailor: [String: Tailoring]
    package var scoreWeights: ScoreWeights
    /// Days a co-op has to close a corrective action (a failed minor rule).
    package var correctiveActionDays: Int
    /// Levels from lowest to highest; the highest one reached is reported.
    package var levels: [Level]
    /// The severity a finding not met in two consecutive audits is judged at, when it is less
    /// severe; `nil` reports repeated findings without escalating them.
    package var repeatedFindingSeverity: Severity?
    /// The reduced profile a surveillance audit between certifications is judged with; `nil`
    /// for this profile itself.
    package var surveillanceProfile: Located<String>?
    package var location: FileLocation

    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping([
            "profile-format", "profile", "version", "title", "description", "packs", "blocking", "exclude", "tailor",
            "score-weights", "corrective-action-days", "levels", "repeated-finding-severity", "surveillance-profile",
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
        repeatedFindingSeverity = try fields.optional("repeated-finding-severity")
        surveillanceProfile = try fields.optional("surveillance-profile")
    }
}
