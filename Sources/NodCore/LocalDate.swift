/// A calendar date with no time and no time zone, as evidence records them (`2025-09-20`).
///
/// Rules reason in days and months between meetings, filings and reviews; a time zone
/// would only let the same bundle give different answers on different machines.
package struct LocalDate: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    package let year: Int
    package let month: Int
    package let day: Int

    /// A validated date; `nil` for impossible ones (`2025-02-29`, month 13).
    package init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; anything else (times, week dates, `2025-9-1`) is `nil`.
    package init?(iso8601 text: some StringProtocol) {
        self.init(iso8601: String(text))
    }

    /// The same for a `String`, read from its UTF-8 in place (every date cell of every
    /// register comes through here).
    package init?(iso8601 text: String) {
        var text = text
        guard let fields = text.withUTF8(Self.fields) else { return nil }
        self.init(year: fields.year, month: fields.month, day: fields.day)
    }

    /// The same for UTF-8 bytes (a register's cell, read where it lies in the file).
    package init?(iso8601UTF8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let fields = Self.fields(bytes) else { return nil }
        self.init(year: fields.year, month: fields.month, day: fields.day)
    }

    /// The three numbers of `YYYY-MM-DD`, not yet checked as a calendar date.
    private static func fields(_ bytes: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return (year, month, day)
    }

    package static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for exact day arithmetic.
    package var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The first and last dates nod can represent. Evidence never reaches them (its dates are
    /// `plausible`); date arithmetic stops at them instead of trapping.
    package static let earliest = LocalDate(unchecked: 1, 1, 1)
    package static let latest = LocalDate(unchecked: 9999, 12, 31)

    /// The dates evidence may carry: a date outside is a problem where it is read, not a value
    /// a rule reasons with (`9999-12-31` and `0001-01-01` are placeholders, not dates).
    package static let plausible = LocalDate(unchecked: 1900, 1, 1)...LocalDate(unchecked: 2200, 12, 31)

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `days` after (or before, when negative) this one, held between `earliest` and
    /// `latest` (a rule parameter of a billion days saturates; it never traps).
    package func adding(days: Int) -> LocalDate {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        let bounded = overflow ? (days > 0 ? Self.latest.dayNumber : Self.earliest.dayNumber)
                               : min(max(sum, Self.earliest.dayNumber), Self.latest.dayNumber)
        return LocalDate(dayNumber: bounded)
    }

    /// The same day `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb),
    /// and held between `earliest` and `latest` like `adding(days:)`.
    package func adding(months: Int) -> LocalDate {
        let first = 1 * 12, last = 9999 * 12 + 11
        let (sum, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        let total = overflow ? (months > 0 ? last : first) : min(max(sum, first), last)
        let newYear = total / 12
        let newMonth = total % 12 + 1
        return LocalDate(unchecked: newYear, newMonth, min(day, LocalDate.daysIn(month: newMonth, year: newYear)))
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    package func days(until other: LocalDate) -> Int {
        other.dayNumber - dayNumber
    }

    init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    package var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    package static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(iso8601: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a calendar date (expected YYYY-MM-DD)")
        }
        self = date
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
