import Foundation
package import NodCore
package import NodYAML

/// One meeting, from `minutes/*.md`: its front matter, typed, and the minutes' text.
package struct Meeting: YAMLReadable, Sendable {
    /// A conflict of interest declared by a director, and whether they withdrew.
    package struct Conflict: YAMLReadable, Sendable {
        package var director: String
        package var item: String?
        package var withdrew: Bool
        package var location: FileLocation
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["director", "item", "withdrew"])
            director = try fields.required("director")
            item = try fields.optional("item")
            withdrew = try fields.optional("withdrew") ?? false
            location = yaml.location
        }
    }

    /// A board election held at the meeting.
    package struct Election: YAMLReadable, Sendable {
        package var memberID: String
        package var stakeholderClass: StakeholderClass?
        package var seat: String?
        package var result: VoteResult
        package var location: FileLocation
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["member_id", "class", "seat", "result"])
            memberID = try fields.required("member_id")
            stakeholderClass = try fields.optional("class")
            seat = try fields.optional("seat")
            result = try fields.required("result")
            location = yaml.location
        }
    }

    /// A resolution put to the meeting, with its vote.
    package struct Resolution: YAMLReadable, Sendable {
        package var id: String?
        package var kind: ResolutionKind
        package var text: String?
        package var result: VoteResult
        package var votesFor: Int?
        package var votesAgainst: Int?
        package var abstentions: Int?
        /// The end of the year of account the resolution is for (an audit disapplication is
        /// for one year); when absent, the year of account in which it was passed.
        package var yearEnd: Located<LocalDate>?
        package var location: FileLocation
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["id", "kind", "text", "result", "for", "against", "abstain", "year-end"])
            id = try fields.optional("id")
            kind = try fields.required("kind")
            text = try fields.optional("text")
            result = try fields.required("result")
            votesFor = try fields.optionalAmount("for")
            votesAgainst = try fields.optionalAmount("against")
            abstentions = try fields.optionalAmount("abstain")
            yearEnd = try fields.optional("year-end")
            location = yaml.location
        }
    }

    /// A decision shaped with the people who use the service (co-production).
    package struct CoProduction: YAMLReadable, Sendable {
        package var decision: String
        package var with: [StakeholderClass]
        package var location: FileLocation
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["decision", "with"])
            decision = try fields.required("decision")
            with = try fields.optional("with") ?? []
            location = yaml.location
        }
    }

    package var kind: Located<MeetingKind>
    package var date: Located<LocalDate>
    package var noticeGiven: Located<LocalDate>?
    package var attendance: Located<ClassMap<Int>>?
    package var proxies: Int
    package var directorsPresent: Located<[String]>?
    package var conflictsDeclared: [Conflict]
    package var agenda: [String]
    package var elections: [Election]
    package var resolutions: [Resolution]
    package var coProduction: [CoProduction]
    package var published: Located<LocalDate>?
    package var languages: [Language]
    /// The minutes' text, for citations and plug-ins.
    package var text: MarkdownText

    /// The minutes file.
    package var path: String { date.location.file }

    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping([
            "meeting", "date", "notice-given", "attendance", "proxies", "directors-present", "conflicts-declared", "agenda",
            "elections", "resolutions", "co-production", "published", "languages",
        ])
        kind = try fields.required("meeting")
        date = try fields.required("date")
        noticeGiven = try fields.optional("notice-given")
        attendance = try fields.optionalAmount("attendance")
        proxies = try fields.optionalAmount("proxies") ?? 0
        directorsPresent = try fields.optional("directors-present")
        conflictsDeclared = try fields.optional("conflicts-declared") ?? []
        agenda = try fields.optional("agenda") ?? []
        elections = try fields.optional("elections") ?? []
        resolutions = try fields.optional("resolutions") ?? []
        coProduction = try fields.optional("co-production") ?? []
        published = try fields.optional("published")
        languages = try fields.optional("languages") ?? []
        text = MarkdownText(firstLine: 0)
    }

    /// Members present in person, all classes together.
    package var membersPresent: Int {
        attendance?.value.values.values.reduce(0, +) ?? 0
    }
}

/// The body of a Markdown file with its line numbers, so findings can cite a line of it:
/// one text and where each line starts, not a string a line.
package struct MarkdownText: Sendable, Hashable {
    /// The file line of the body's first line.
    package var firstLine: Int
    /// The body, its lines joined by `\n`.
    package var text: String
    /// Where each line starts in `text`'s UTF-8.
    package var lineStarts: [Int32]

    package init(firstLine: Int, text: String = "", lineStarts: [Int32] = []) {
        self.firstLine = firstLine
        self.text = text
        self.lineStarts = lineStarts
    }

    /// The lines, made on demand (for plug-ins, which are sent them).
    package var lines: [String] {
        text.isEmpty && lineStarts.count <= 1 ? Array(repeating: "", count: lineStarts.count)
            : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// File lines whose text contains `phrase` (case-insensitive).
    package func lines(containing phrase: String) -> [Int] {
        lines.indices.filter { lines[$0].localizedCaseInsensitiveContains(phrase) }.map { $0 + firstLine }
    }
}
