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
}
