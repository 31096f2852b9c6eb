public import NodCore

/// A responsible individual's visit, from `visits/*.md` (CARE-01).
public struct RIVisit: Decodable, Sendable {
    public var date: Located<LocalDate>
    public var place: String
    public var peopleSpokenTo: Located<Int>?
    public var staffMet: Located<Int>?
    public var recordsChecked: [String]
    public var text: MarkdownText
    public var path: String { date.location.file }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, date, place, peopleSpokenTo = "people-spoken-to", staffMet = "staff-met", recordsChecked = "records-checked"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try FrontMatterKind.expect("ri-visit", in: container, key: .kind)
        date = try container.decode(Located<LocalDate>.self, forKey: .date)
        place = try container.decodeIfPresent(String.self, forKey: .place) ?? ""
        peopleSpokenTo = try container.decodeIfPresent(Located<Int>.self, forKey: .peopleSpokenTo)
        staffMet = try container.decodeIfPresent(Located<Int>.self, forKey: .staffMet)
        recordsChecked = try container.decodeIfPresent([String].self, forKey: .recordsChecked) ?? []
        text = MarkdownText(firstLine: 0, lines: [])
    }
}

/// A six-monthly quality-of-care review, from `reviews/*.md` (CARE-02).
public struct QualityReview: Decodable, Sendable {
    public var date: Located<LocalDate>
    public var period: Located<DatePeriod>?
    public var covers: Located<[ReviewTopic]>?
    public var recommendations: Located<Int>?
    public var consulted: [StakeholderClass]
    public var text: MarkdownText
    public var path: String { date.location.file }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, date, period, covers, recommendations, consulted
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try FrontMatterKind.expect("quality-of-care-review", in: container, key: .kind)
        date = try container.decode(Located<LocalDate>.self, forKey: .date)
        period = try container.decodeIfPresent(Located<DatePeriod>.self, forKey: .period)
        covers = try container.decodeIfPresent(Located<[ReviewTopic]>.self, forKey: .covers)
        recommendations = try container.decodeIfPresent(Located<Int>.self, forKey: .recommendations)
        consulted = try container.decodeIfPresent([StakeholderClass].self, forKey: .consulted) ?? []
        text = MarkdownText(firstLine: 0, lines: []);
    }
}

/// Checks a front matter's `kind:` so a review is not filed as a visit by mistake.
enum FrontMatterKind {
    static func expect<K: CodingKey>(_ expected: String, in container: KeyedDecodingContainer<K>, key: K) throws {
        let kind = try container.decode(String.self, forKey: key)
        guard kind == expected else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container,
                                                   debugDescription: "kind is '\(kind)'; a file in this folder must be '\(expected)'")
        }
    }
}
