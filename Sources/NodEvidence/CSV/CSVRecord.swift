public import Foundation
public import NodCore

/// One CSV row read by column name, each accessor turning a bad cell into a located problem.
///
/// A blank cell is a missing value, never zero (bundle.md). A required cell that is blank
/// or malformed throws a record-scoped problem: the row is left out and the problem kept.
public struct CSVRecord {
    let table: CSVTable
    let row: CSVTable.Row

    /// Where the row starts, for citations.
    public var location: FileLocation { table.location(line: row.line) }

    private func cell(_ column: String) -> CSVTable.Cell? {
        table.index(of: column).map { row.cells[$0] }
    }

    private func problem(_ cell: CSVTable.Cell?, _ code: String, _ message: String) -> Problem {
        Problem(code: code, location: table.location(line: cell?.line ?? row.line, column: cell?.column ?? 1),
                message: "\(message); the row is left out", scope: .record)
    }

    /// The trimmed text, or `nil` when blank or the column is absent.
    public func optionalText(_ column: String) -> String? {
        guard let text = cell(column)?.text.trimmingBlanks, !text.isEmpty else { return nil }
        return text
    }

    public func text(_ column: String) throws(Problem) -> String {
        guard let text = optionalText(column) else { throw problem(cell(column), "csv.blank", "'\(column)' is blank") }
        return text
    }

    public func optionalDate(_ column: String) throws(Problem) -> LocalDate? {
        guard let text = optionalText(column) else { return nil }
        guard let date = LocalDate(iso8601: text) else {
            throw problem(cell(column), "csv.bad-date", "'\(column)' is not a date (YYYY-MM-DD): '\(text)'")
        }
        return date
    }

    public func date(_ column: String) throws(Problem) -> LocalDate {
        guard let date = try optionalDate(column) else { throw problem(cell(column), "csv.blank", "'\(column)' is blank") }
        return date
    }

    public func optionalInteger(_ column: String, in range: ClosedRange<Int>? = nil) throws(Problem) -> Int? {
        guard let text = optionalText(column) else { return nil }
        guard let value = IntegerText.parse(text) else {
            throw problem(cell(column), "csv.bad-number", "'\(column)' is not a whole number: '\(text)'")
        }
        if let range, !range.contains(value) {
            throw problem(cell(column), "csv.out-of-range", "'\(column)' is \(value), outside \(range.lowerBound)–\(range.upperBound)")
        }
        return value
    }

    public func optionalDecimal(_ column: String) throws(Problem) -> Decimal? {
        guard let text = optionalText(column) else { return nil }
        guard let value = DecimalText.parse(text) else {
            throw problem(cell(column), "csv.bad-number", "'\(column)' is not a number: '\(text)'")
        }
        return value
    }

    public func optionalChoice<T: RawRepresentable & CaseIterable>(_ column: String, as type: T.Type) throws(Problem) -> T?
    where T.RawValue == String {
        guard let text = optionalText(column) else { return nil }
        guard let value = T(rawValue: text) else {
            let choices = T.allCases.map(\.rawValue)
            var message = "'\(column)' is '\(text)', not one of: \(choices.joined(separator: ", "))"
            if let guess = Suggestion.closest(to: text, among: choices) { message += " — did you mean '\(guess)'?" }
            throw problem(cell(column), "csv.bad-choice", message)
        }
        return value
    }

    public func choice<T: RawRepresentable & CaseIterable>(_ column: String, as type: T.Type) throws(Problem) -> T
    where T.RawValue == String {
        guard let value = try optionalChoice(column, as: type) else { throw problem(cell(column), "csv.blank", "'\(column)' is blank") }
        return value
    }
}

/// A CSV file with a known layout: its required columns, and how a row becomes a record.
public protocol CSVRecordType: Sendable {
    static var requiredColumns: [String] { get }
    init(record: CSVRecord) throws(Problem)
}

extension CSVRecordType {
    /// Reads every row; rows that fail become problems, the rest records.
    /// Throws when the file as a whole cannot be used (syntax, encoding, missing columns).
    static func readAll(_ bytes: [UInt8], path: String) throws(Problem) -> (records: [Self], problems: [Problem]) {
        let (table, rowProblems) = try CSVReader.read(bytes, path: path)
        let missing = requiredColumns.filter { table.index(of: $0) == nil }
        if !missing.isEmpty {
            let names = missing.map { "'\($0)'" }.joined(separator: ", ")
            throw Problem(code: "csv.missing-column", location: table.location(line: 1, column: 1),
                          message: "missing required column\(missing.count == 1 ? "" : "s") \(names) (the header has: \(table.header.map(\.text).joined(separator: ", ")))",
                          scope: .file)
        }
        var records: [Self] = []
        var problems = rowProblems
        for row in table.rows {
            do throws(Problem) {
                records.append(try Self(record: CSVRecord(table: table, row: row)))
            } catch {
                problems.append(error)
            }
        }
        return (records, problems)
    }
}
