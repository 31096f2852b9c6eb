import NodCore
import Testing

struct LocalDateTests {
    @Test(arguments: ["2024-02-29", "2000-02-29", "2025-12-31", "0001-01-01"])
    func acceptsRealDates(_ text: String) throws {
        let date = try #require(LocalDate(iso8601: text))
        #expect(date.description == text)
    }

    @Test(arguments: ["2025-02-29", "1900-02-29", "2025-13-01", "2025-04-31", "2025-4-1", "2025-04-01T00:00", "", "abcd-ef-gh"])
    func refusesOthers(_ text: String) {
        #expect(LocalDate(iso8601: text) == nil)
    }

    /// A `String` is read from its bytes in place; any other text through the generic path.
    @Test func aSubstringIsReadAsTheStringIs() {
        let line = "date: 2024-02-29, 2025-02-29"
        #expect(LocalDate(iso8601: line.dropFirst(6).prefix(10))?.description == "2024-02-29")
        #expect(LocalDate(iso8601: line.suffix(10)) == nil)
        #expect(LocalDate(iso8601: "2024-02-29 ".dropLast()) == LocalDate(iso8601: "2024-02-29"))
    }

    @Test func dayArithmeticCrossesLeapYears() throws {
        let start = try #require(LocalDate(iso8601: "2024-02-28"))
        #expect(start.adding(days: 1).description == "2024-02-29")
        #expect(start.adding(days: 2).description == "2024-03-01")
        #expect(start.days(until: try #require(LocalDate(iso8601: "2025-02-28"))) == 366)
        #expect(LocalDate(iso8601: "1970-01-01")?.dayNumber == 0)
    }

    @Test func monthArithmeticClampsToTheMonthEnd() throws {
        let date = try #require(LocalDate(iso8601: "2025-08-31"))
        #expect(date.adding(months: 6).description == "2026-02-28")
        #expect(date.adding(months: -6).description == "2025-02-28")
        #expect(try #require(LocalDate(iso8601: "2023-08-31")).adding(months: 6).description == "2024-02-29")
    }
}

struct SuggestionTests {
    @Test func findsTyposOnly() {
        #expect(Suggestion.closest(to: "modle", among: ["model", "name"]) == "model")
        #expect(Suggestion.closest(to: "colour", among: ["model", "name"]) == nil)
        // A wrong second word of a hyphenated key, when only one key starts the same way.
        #expect(Suggestion.closest(to: "notice-sent", among: ["notice-given", "date", "published"]) == "notice-given")
        #expect(Suggestion.closest(to: "notice-sent", among: ["notice-given", "notice-days"]) == nil)
        #expect(Suggestion.closest(to: "notice", among: ["notice-given"]) == nil)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    }
}
