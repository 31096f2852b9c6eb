package import Foundation
package import NodCore

/// One CSV row read by column name, each accessor turning a bad cell into a located problem.
///
/// A blank cell is a missing value, never zero (docs/bundle.md). A required cell that is blank
/// or malformed throws a record-scoped problem: the row is left out and the problem kept.
package struct CSVRecord {
    let table: CSVTable
    let row: CSVTable.Row

    /// Where the row starts, for citations.
    package var location: FileLocation { table.location(line: row.line) }

    private func field(_ column: String) -> CSVTable.Field? {
        table.index(of: column).map { table.field(of: row, column: $0) }
    }

    private func problem(_ column: String, _ code: Problem.Code, _ message: String, _ welsh: String) -> Problem {
        problem(field(column), code, message, welsh)
    }

    private func problem(_ field: CSVTable.Field?, _ code: Problem.Code, _ message: String, _ welsh: String) -> Problem {
        Problem(code: code, location: table.location(line: field.map { Int($0.line) } ?? row.line, column: field.map(table.column(of:)) ?? 1),
                message: "\(message); the row is left out", welsh: "\(welsh); gadewir y rhes allan", scope: .record)
    }

    /// Reads the trimmed cell with `parse`; `nil` when blank or the column is absent.
    /// A cell `parse` refuses is `.some(nil)`.
    private func parsed<T>(_ field: CSVTable.Field?, _ parse: (UnsafeBufferPointer<UInt8>) -> T?) -> T?? {
        guard let field else { return nil }
        return table.withBytes(of: field, trimmed: true) { bytes in bytes.isEmpty ? nil : .some(parse(bytes)) }
    }

    private func parsed<T>(_ column: String, _ parse: (UnsafeBufferPointer<UInt8>) -> T?) -> T?? {
        parsed(field(column), parse)
    }

    /// The trimmed text, or `nil` when blank or the column is absent.
    package func optionalText(_ column: String) -> String? {
        text(of: field(column))
    }

    private func text(of field: CSVTable.Field?) -> String? {
        parsed(field) { String(decoding: $0, as: UTF8.self) } ?? nil
    }

    package func text(_ column: String) throws(Problem) -> String {
        guard let text = optionalText(column) else { throw problem(column, .csvBlank, "'\(column)' is blank", "mae '\(column)' yn wag") }
        return text
    }

    package func optionalDate(_ column: String) throws(Problem) -> LocalDate? {
        guard let date = parsed(column, LocalDate.init(iso8601UTF8:)) else { return nil }
        guard let date else {
            throw problem(column, .csvBadDate, "'\(column)' is not a date (YYYY-MM-DD): '\(optionalText(column) ?? "")'",
                          "nid yw '\(column)' yn ddyddiad (BBBB-MM-DD): '\(optionalText(column) ?? "")'")
        }
        guard LocalDate.plausible.contains(date) else {
            throw problem(column, .csvOutOfRange,
                          "'\(column)' is \(date), outside the dates nod accepts (\(LocalDate.plausible.lowerBound) to \(LocalDate.plausible.upperBound))",
                          "mae '\(column)' yn \(date), y tu allan i'r dyddiadau y mae nod yn eu derbyn (\(LocalDate.plausible.lowerBound) i \(LocalDate.plausible.upperBound))")
        }
        return date
    }

    package func date(_ column: String) throws(Problem) -> LocalDate {
        guard let date = try optionalDate(column) else { throw problem(column, .csvBlank, "'\(column)' is blank", "mae '\(column)' yn wag") }
        return date
    }

    package func optionalInteger(_ column: String, in range: ClosedRange<Int>? = nil) throws(Problem) -> Int? {
        try optionalInteger(field(column), named: column, in: range)
    }

    /// The same for column number `index` (a reader that looks the column up once per file).
    func optionalInteger(at index: Int, named column: String, in range: ClosedRange<Int>? = nil) throws(Problem) -> Int? {
        try optionalInteger(table.field(of: row, column: index), named: column, in: range)
    }

    private func optionalInteger(_ field: CSVTable.Field?, named column: String, in range: ClosedRange<Int>?) throws(Problem) -> Int? {
        guard let value = parsed(field, { IntegerText.parse(utf8: $0) }) else { return nil }
        guard let value else {
            throw problem(field, .csvBadNumber, "'\(column)' is not a whole number: '\(text(of: field) ?? "")'",
                          "nid yw '\(column)' yn rhif cyfan: '\(text(of: field) ?? "")'")
        }
        if !IntegerText.plausible.contains(value) {
            throw problem(field, .csvOutOfRange, "'\(column)' is \(value), larger than any count nod accepts",
                          "mae '\(column)' yn \(value), yn fwy nag unrhyw gyfrif y mae nod yn ei dderbyn")
        }
        if let range, !range.contains(value) {
            throw problem(field, .csvOutOfRange, "'\(column)' is \(value), outside \(range.lowerBound)–\(range.upperBound)",
                          "mae '\(column)' yn \(value), y tu allan i \(range.lowerBound)–\(range.upperBound)")
        }
        return value
    }

    package func optionalDecimal(_ column: String) throws(Problem) -> Decimal? {
        guard let value = parsed(column, { DecimalText.parse(utf8: $0) }) else { return nil }
        guard let value else {
            throw problem(column, .csvBadNumber, "'\(column)' is not a number: '\(optionalText(column) ?? "")'",
                          "nid yw '\(column)' yn rhif: '\(optionalText(column) ?? "")'")
        }
        return value
    }

    package func optionalChoice<T: RawRepresentable & CaseIterable>(_ column: String, as type: T.Type) throws(Problem) -> T?
    where T.RawValue == String {
        // Most cells spell a choice exactly: matched on the bytes, with no text made. Anything
        // else goes through `init(rawValue:)`, which also knows canonically equal spellings.
        let exact = parsed(column) { bytes in
            T.allCases.first { choice in
                var spelling = choice.rawValue
                return spelling.withUTF8 { $0.count == bytes.count && (bytes.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0) }
            }
        }
        if let exact, let exact { return exact }
        guard let text = optionalText(column) else { return nil }
        guard let value = T(rawValue: text) else {
            let choices = T.allCases.map(\.rawValue)
            var message = "'\(column)' is '\(text)', not one of: \(choices.joined(separator: ", "))"
            var welsh = "mae '\(column)' yn '\(text)', nid yn un o: \(choices.joined(separator: ", "))"
            if let guess = Suggestion.closest(to: text, among: choices) {
                message += " — did you mean '\(guess)'?"
                welsh += " — ai '\(guess)' oedd dan sylw?"
            }
            throw problem(column, .csvBadChoice, message, welsh)
        }
        return value
    }

    package func choice<T: RawRepresentable & CaseIterable>(_ column: String, as type: T.Type) throws(Problem) -> T
    where T.RawValue == String {
        guard let value = try optionalChoice(column, as: type) else { throw problem(column, .csvBlank, "'\(column)' is blank", "mae '\(column)' yn wag") }
        return value
    }
}

/// A CSV file with a known layout: its required columns, and how a row becomes a record.
package protocol CSVRecordType: Sendable {
    static var requiredColumns: [String] { get }
    init(record: CSVRecord) throws(Problem)
    /// What no two rows may share (a member's id), and the column it is in; nil for a file
    /// where rows repeat by nature (supervision sessions).
    var identity: (column: String, value: String)? { get }
    var location: FileLocation { get }
}

extension CSVRecordType {
    package var identity: (column: String, value: String)? { nil }
}

extension CSVRecordType {
    /// Reads every row; rows that fail become problems, the rest records.
    /// Throws when the file as a whole cannot be used (syntax, encoding, missing columns).
    static func readAll(_ bytes: [UInt8], path: String) throws(Problem) -> (records: [Self], problems: [Problem]) {
        let (table, rowProblems) = try CSVReader.read(bytes, path: path)
        let missing = requiredColumns.filter { table.index(of: $0) == nil }
        if !missing.isEmpty {
            let names = missing.map { "'\($0)'" }.joined(separator: ", ")
            throw Problem(code: .csvMissingColumn, location: table.location(line: 1, column: 1),
                          message: "missing required column\(missing.count == 1 ? "" : "s") \(names) (the header has: \(table.header.map(\.text).joined(separator: ", ")))",
                          welsh: "colofn ofynnol ar goll: \(names) (mae gan y pennawd: \(table.header.map(\.text).joined(separator: ", ")))",
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
        // The same member (or director, or complaint) twice is not two: the later row is left
        // out, with a problem saying where the first is.
        var firstSeen: [String: FileLocation] = [:]
        records.removeAll { record in
            guard let identity = record.identity else { return false }
            guard let first = firstSeen[identity.value] else {
                firstSeen[identity.value] = record.location
                return false
            }
            if problems.isFull {
                problems.countMore()
            } else {
                problems.append(Problem(code: .csvDuplicateRow, location: record.location,
                                        message: "'\(identity.column)' \(identity.value) is listed twice (first at line \(first.line)); this row is left out",
                                        welsh: "mae '\(identity.column)' \(identity.value) wedi'i restru ddwywaith (y tro cyntaf ar linell \(first.line)); gadewir y rhes hon allan",
                                        scope: .record))
            }
            return true
        }
        return (records, problems.problems)
    }
}
