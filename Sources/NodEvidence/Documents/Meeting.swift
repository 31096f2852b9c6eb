import Foundation
public import NodCore
public import NodYAML

/// One meeting, from `minutes/*.md`: its front matter, typed, and the minutes' text.
public struct Meeting: YAMLReadable, Sendable {
    /// A conflict of interest declared by a director, and whether they withdrew.
    public struct Conflict: YAMLReadable, Sendable {
        public var director: String
        public var item: String?
        public var withdrew: Bool
        public var location: FileLocation
        public init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["director", "item", "withdrew"])
            director = try fields.required("director")
            item = try fields.optional("item")
            withdrew = try fields.optional("withdrew") ?? false
            location = yaml.location
        }
    }

    /// A board election held at the meeting.
    public struct Election: YAMLReadable, Sendable {
        public var memberID: String
        public var stakeholderClass: StakeholderClass?
        public var seat: String?
        public var result: VoteResult
        public var location: FileLocation
        public init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["member_id", "class", "seat", "result"])
            memberID = try fields.required("member_id")
            stakeholderClass = try fields.optional("class")
            seat = try fields.optional("seat")
            result = try fields.required("result")
            location = yaml.location
        }
    }

    /// A resolution put to the meeting, with its vote.
    public struct Resolution: YAMLReadable, Sendable {
        public var id: String?
        public var kind: ResolutionKind
        public var text: String?
        public var result: VoteResult
        public var votesFor: Int?
        public var votesAgainst: Int?
        public var abstentions: Int?
        public var location: FileLocation
        public init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["id", "kind", "text", "result", "for", "against", "abstain"])
            id = try fields.optional("id")
            kind = try fields.required("kind")
            text = try fields.optional("text")
            result = try fields.required("result")
            votesFor = try fields.optional("for")
            votesAgainst = try fields.optional("against")
            abstentions = try fields.optional("abstain")
            location = yaml.location
        }
    }

    /// A decision shaped with the people who use the service (co-production).
    public struct CoProduction: YAMLReadable, Sendable {
        public var decision: String
        public var with: [StakeholderClass]
        public var location: FileLocation
        public init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["decision", "with"])
            decision = try fields.required("decision")
            with = try fields.optional("with") ?? []
            location = yaml.location
        }
    }

    public var kind: Located<MeetingKind>
    public var date: Located<LocalDate>
    public var noticeGiven: Located<LocalDate>?
    public var attendance: Located<ClassMap<Int>>?
    public var proxies: Int
    public var directorsPresent: Located<[String]>?
    public var conflictsDeclared: [Conflict]
    public var agenda: [String]
    public var elections: [Election]
    public var resolutions: [Resolution]
    public var coProduction: [CoProduction]
    public var published: Located<LocalDate>?
    public var languages: [Language]
    /// The minutes' text, for citations and plug-ins.
    public var text: MarkdownText

    /// The minutes file.
    public var path: String { date.location.file }

    public init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping([
            "meeting", "date", "notice-given", "attendance", "proxies", "directors-present", "conflicts-declared", "agenda",
            "elections", "resolutions", "co-production", "published", "languages",
        ])
        kind = try fields.required("meeting")
        date = try fields.required("date")
        noticeGiven = try fields.optional("notice-given")
        attendance = try fields.optional("attendance")
        proxies = try fields.optional("proxies") ?? 0
        directorsPresent = try fields.optional("directors-present")
        conflictsDeclared = try fields.optional("conflicts-declared") ?? []
        agenda = try fields.optional("agenda") ?? []
        elections = try fields.optional("elections") ?? []
        resolutions = try fields.optional("resolutions") ?? []
        coProduction = try fields.optional("co-production") ?? []
        published = try fields.optional("published")
        languages = try fields.optional("languages") ?? []
        text = MarkdownText(firstLine: 0, lines: [])
    }

    /// Members present in person, all classes together.
    public var membersPresent: Int {
        attendance?.value.values.values.reduce(0, +) ?? 0
    }
}

/// The body of a Markdown file with its line numbers, so findings can cite a line of it.
public struct MarkdownText: Sendable, Hashable {
    /// The file line of `lines[0]`.
    public var firstLine: Int
    public var lines: [String]

    public init(firstLine: Int, lines: [String]) {
        self.firstLine = firstLine
        self.lines = lines
    }

    /// File lines whose text contains `phrase` (case-insensitive).
    public func lines(containing phrase: String) -> [Int] {
        lines.indices.filter { lines[$0].localizedCaseInsensitiveContains(phrase) }.map { $0 + firstLine }
    }
}
