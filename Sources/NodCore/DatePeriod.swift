/// A closed range of calendar days: a financial year, a survey's fieldwork, a review's scope.
package struct DatePeriod: Hashable, Sendable, Codable, CustomStringConvertible {
    package var start: LocalDate
    package var end: LocalDate

    package init(start: LocalDate, end: LocalDate) {
        self.start = start
        self.end = end
    }

    package func contains(_ date: LocalDate) -> Bool {
        start <= date && date <= end
    }

    package var description: String { "\(start) – \(end)" }

    /// `CaseIterable` so that a YAML decoder refuses unknown keys (`stat:`).
    package enum CodingKeys: String, CodingKey, CaseIterable { case start, end }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        start = try container.decode(LocalDate.self, forKey: .start)
        end = try container.decode(LocalDate.self, forKey: .end)
        guard start <= end else {
            throw DecodingError.dataCorruptedError(forKey: .end, in: container, debugDescription: "the period ends (\(end)) before it starts (\(start))")
        }
    }
}
