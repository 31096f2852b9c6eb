/// A closed range of calendar days: a financial year, a survey's fieldwork, a review's scope.
public struct DatePeriod: Hashable, Sendable, Codable, CustomStringConvertible {
    public var start: LocalDate
    public var end: LocalDate

    public init(start: LocalDate, end: LocalDate) {
        self.start = start
        self.end = end
    }

    public func contains(_ date: LocalDate) -> Bool {
        start <= date && date <= end
    }

    public var description: String { "\(start) – \(end)" }

    /// `CaseIterable` so that a YAML decoder refuses unknown keys (`stat:`).
    public enum CodingKeys: String, CodingKey, CaseIterable { case start, end }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        start = try container.decode(LocalDate.self, forKey: .start)
        end = try container.decode(LocalDate.self, forKey: .end)
        guard start <= end else {
            throw DecodingError.dataCorruptedError(forKey: .end, in: container, debugDescription: "the period ends (\(end)) before it starts (\(start))")
        }
    }
}
