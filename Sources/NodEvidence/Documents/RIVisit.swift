package import NodCore
package import NodYAML

/// A responsible individual's visit, from `visits/*.md` (CARE-01).
package struct RIVisit: YAMLReadable, Sendable {
    package var date: Located<LocalDate>
    package var place: String
    package var peopleSpokenTo: Located<Int>?
    package var staffMet: Located<Int>?
    package var recordsChecked: [String]
    package var text: MarkdownText
    package var path: String { date.location.file }

    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["kind", "date", "place", "people-spoken-to", "staff-met", "records-checked"])
        try FrontMatterKind.expect("ri-visit", in: fields)
        date = try fields.required("date")
        place = try fields.optional("place") ?? ""
        peopleSpokenTo = try fields.optionalAmount("people-spoken-to")
        staffMet = try fields.optionalAmount("staff-met")
        recordsChecked = try fields.optional("records-checked") ?? []
        text = MarkdownText(firstLine: 0)
    }
}

/// A six-monthly quality-of-care review, from `reviews/*.md` (CARE-02).
package struct QualityReview: YAMLReadable, Sendable {
    package var date: Located<LocalDate>
    package var period: Located<DatePeriod>?
    package var covers: Located<[ReviewTopic]>?
    package var recommendations: Located<Int>?
    package var consulted: [StakeholderClass]
    /// What became of the previous review's recommendations.
    package var previousRecommendations: Located<FollowThrough>?
    /// What became of the latest inspection's areas for improvement.
    package var ciwAreasForImprovement: Located<FollowThrough>?
    package var text: MarkdownText
    package var path: String { date.location.file }

    /// How many of a set of actions are closed and how many still open.
    package struct FollowThrough: YAMLReadable, Sendable {
        package var closed: Int
        package var open: Int
        package var total: Int { closed + open }
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["closed", "open"])
            closed = try fields.requiredAmount("closed")
            open = try fields.requiredAmount("open")
        }
    }

    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["kind", "date", "period", "covers", "recommendations", "consulted", "previous-recommendations",
                                       "ciw-areas-for-improvement"])
        try FrontMatterKind.expect("quality-of-care-review", in: fields)
        date = try fields.required("date")
        period = try fields.optional("period")
        covers = try fields.optional("covers")
        recommendations = try fields.optionalAmount("recommendations")
        consulted = try fields.optional("consulted") ?? []
        previousRecommendations = try fields.optional("previous-recommendations")
        ciwAreasForImprovement = try fields.optional("ciw-areas-for-improvement")
        text = MarkdownText(firstLine: 0)
    }
}

/// Checks a front matter's `kind:` so a review is not filed as a visit by mistake.
enum FrontMatterKind {
    static func expect(_ expected: String, in fields: YAMLMapping) throws(YAMLError) {
        let kind: String = try fields.required("kind")
        guard kind == expected else {
            throw fields.invalid("kind", "kind is '\(kind)'; a file in this folder must be '\(expected)'", prefixed: false)
        }
    }
}
