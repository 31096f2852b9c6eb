import Foundation
public import NodCore

/// One meeting, from `minutes/*.md`: its front matter, typed, and the minutes' text.
public struct Meeting: Decodable, Sendable {
    /// A conflict of interest declared by a director, and whether they withdrew.
    public struct Conflict: Decodable, Sendable {
        public var director: String
        public var item: String?
        public var withdrew: Bool
        public var location: FileLocation
        public enum CodingKeys: String, CodingKey, CaseIterable { case director, item, withdrew }
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            director = try container.decode(String.self, forKey: .director)
            item = try container.decodeIfPresent(String.self, forKey: .item)
            withdrew = try container.decodeIfPresent(Bool.self, forKey: .withdrew) ?? false
            location = decoder.location
        }
    }

    /// A board election held at the meeting.
    public struct Election: Decodable, Sendable {
        public var memberID: String
        public var stakeholderClass: StakeholderClass?
        public var seat: String?
        public var result: VoteResult
        public var location: FileLocation
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case memberID = "member_id", stakeholderClass = "class", seat, result
        }
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            memberID = try container.decode(String.self, forKey: .memberID)
            stakeholderClass = try container.decodeIfPresent(StakeholderClass.self, forKey: .stakeholderClass)
            seat = try container.decodeIfPresent(String.self, forKey: .seat)
            result = try container.decode(VoteResult.self, forKey: .result)
            location = decoder.location
        }
    }

    /// A resolution put to the meeting, with its vote.
    public struct Resolution: Decodable, Sendable {
        public var id: String?
        public var kind: ResolutionKind
        public var text: String?
        public var result: VoteResult
        public var votesFor: Int?
        public var votesAgainst: Int?
        public var abstentions: Int?
        public var location: FileLocation
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case id, kind, text, result, votesFor = "for", votesAgainst = "against", abstentions = "abstain"
        }
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decodeIfPresent(String.self, forKey: .id)
            kind = try container.decode(ResolutionKind.self, forKey: .kind)
            text = try container.decodeIfPresent(String.self, forKey: .text)
            result = try container.decode(VoteResult.self, forKey: .result)
            votesFor = try container.decodeIfPresent(Int.self, forKey: .votesFor)
            votesAgainst = try container.decodeIfPresent(Int.self, forKey: .votesAgainst)
            abstentions = try container.decodeIfPresent(Int.self, forKey: .abstentions)
            location = decoder.location
        }
    }

    /// A decision shaped with the people who use the service (co-production).
    public struct CoProduction: Decodable, Sendable {
        public var decision: String
        public var with: [StakeholderClass]
        public var location: FileLocation
        public enum CodingKeys: String, CodingKey, CaseIterable { case decision, with }
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            decision = try container.decode(String.self, forKey: .decision)
            with = try container.decodeIfPresent([StakeholderClass].self, forKey: .with) ?? []
            location = decoder.location
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

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case kind = "meeting", date, noticeGiven = "notice-given", attendance, proxies
        case directorsPresent = "directors-present", conflictsDeclared = "conflicts-declared", agenda, elections
        case resolutions, coProduction = "co-production", published, languages
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Located<MeetingKind>.self, forKey: .kind)
        date = try container.decode(Located<LocalDate>.self, forKey: .date)
        noticeGiven = try container.decodeIfPresent(Located<LocalDate>.self, forKey: .noticeGiven)
        attendance = try container.decodeIfPresent(Located<ClassMap<Int>>.self, forKey: .attendance)
        proxies = try container.decodeIfPresent(Int.self, forKey: .proxies) ?? 0
        directorsPresent = try container.decodeIfPresent(Located<[String]>.self, forKey: .directorsPresent)
        conflictsDeclared = try container.decodeIfPresent([Conflict].self, forKey: .conflictsDeclared) ?? []
        agenda = try container.decodeIfPresent([String].self, forKey: .agenda) ?? []
        elections = try container.decodeIfPresent([Election].self, forKey: .elections) ?? []
        resolutions = try container.decodeIfPresent([Resolution].self, forKey: .resolutions) ?? []
        coProduction = try container.decodeIfPresent([CoProduction].self, forKey: .coProduction) ?? []
        published = try container.decodeIfPresent(Located<LocalDate>.self, forKey: .published)
        languages = try container.decodeIfPresent([Language].self, forKey: .languages) ?? []
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
