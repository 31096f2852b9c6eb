public import NodCore

/// Parses RFC 4180 CSV: comma-separated, `"` quoting with `""` escapes, CRLF or LF, a
/// leading BOM accepted, first row a header. Anything else is a located problem:
/// an unterminated quote, a quote inside an unquoted field, text after a closing quote,
/// a row with the wrong number of fields, bytes that are not UTF-8, a duplicate column.
///
/// A structural problem (encoding, quoting, header) makes the whole file unusable and is
/// thrown; a row with the wrong number of fields is left out and returned as a problem.
public enum CSVReader {
    public static func read(_ bytes: [UInt8], path: String) throws(Problem) -> (CSVTable, [Problem]) {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        try checkUTF8(bytes, from: start, path: path)
        var scanner = Scanner(bytes: bytes, index: start, path: path)
        var headerRow: CSVTable.Row?
        var rows: [CSVTable.Row] = []
        var misfits: [CSVTable.Row] = []
        while let record = try scanner.nextRecord(expectedWidth: headerRow?.cells.count ?? 8) {
            if record.cells.count == 1, record.cells[0].text.isEmpty { continue }  // blank line
            if let headerRow {
                if record.cells.count == headerRow.cells.count { rows.append(record) } else { misfits.append(record) }
            } else {
                headerRow = record
            }
        }
        guard let headerRow else {
            throw Problem(code: "csv.empty", location: FileLocation(file: path, line: 1, column: 1),
                          message: "the CSV file is empty; its first row must name the columns", scope: .file)
        }
        var header = headerRow.cells
        var seen: [String: Int] = [:]
        for index in header.indices {
            header[index].text = header[index].text.trimmingBlanks
            let name = header[index].text
            let location = FileLocation(file: path, line: header[index].line, column: header[index].column)
            if name.isEmpty {
                throw Problem(code: "csv.empty-column-name", location: location,
                              message: "column \(index + 1) of the header has no name", scope: .file)
            }
            if let first = seen[name] {
                throw Problem(code: "csv.duplicate-column", location: location,
                              message: "column '\(name)' appears twice in the header (first as column \(first + 1))", scope: .file)
            }
            seen[name] = index
        }
        let problems = misfits.map { row in
            Problem(code: "csv.field-count", location: FileLocation(file: path, line: row.line, column: 1),
                    message: "row has \(row.cells.count) field\(row.cells.count == 1 ? "" : "s"), the header has \(header.count); the row is left out",
                    scope: .record)
        }
        return (CSVTable(path: path, header: header, rows: rows), problems)
    }

    private static func checkUTF8(_ bytes: [UInt8], from start: Int, path: String) throws(Problem) {
        // Most registers are ASCII: one pass over the bytes settles them.
        if bytes.withUnsafeBufferPointer({ buffer in buffer[start...].allSatisfy { $0 < 0x80 } }) { return }
        var decoder = UTF8()
        var iterator = bytes[start...].makeIterator()
        var line = 1, column = 1
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                break loop
            case .error:
                throw Problem(code: "csv.encoding", location: FileLocation(file: path, line: line, column: column),
                              message: "the file is not UTF-8 (save it as 'CSV UTF-8')", scope: .file)
            }
        }
    }

    /// Walks the bytes once, tracking line and column (in characters).
    private struct Scanner {
        let bytes: [UInt8]
        var index: Int
        let path: String
        var line = 1
        var column = 1
        var atEnd: Bool { index >= bytes.count }

        init(bytes: [UInt8], index: Int, path: String) {
            self.bytes = bytes
            self.index = index
            self.path = path
        }

        mutating func advance() {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }

        func problem(_ code: String, _ message: String, line: Int, column: Int) -> Problem {
            Problem(code: code, location: FileLocation(file: path, line: line, column: column), message: message, scope: .file)
        }

        mutating func nextRecord(expectedWidth: Int) throws(Problem) -> CSVTable.Row? {
            guard !atEnd else { return nil }
            let row = CSVTable.Row(line: line, cells: [])
            var cells: [CSVTable.Cell] = []
            cells.reserveCapacity(expectedWidth)
            while true {
                let cell = try nextField()
                cells.append(cell)
                if atEnd { break }
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") { advance(); if atEnd { cells.append(CSVTable.Cell(text: "", line: line, column: column)); break }; continue }
                if byte == 0x0D { advance() }
                if !atEnd, bytes[index] == 0x0A { advance() }
                break
            }
            return CSVTable.Row(line: row.line, cells: cells)
        }

        mutating func nextField() throws(Problem) -> CSVTable.Cell {
            let startLine = line, startColumn = column
            if !atEnd, bytes[index] == UInt8(ascii: "\"") {
                advance()
                var text: [UInt8] = []
                while true {
                    guard !atEnd else {
                        throw problem("csv.unterminated-quote", "quoted field opened here is never closed", line: startLine, column: startColumn)
                    }
                    let byte = bytes[index]
                    advance()
                    if byte == UInt8(ascii: "\"") {
                        if !atEnd, bytes[index] == UInt8(ascii: "\"") { text.append(byte); advance(); continue }
                        break
                    }
                    text.append(byte)
                }
                if !atEnd, bytes[index] != UInt8(ascii: ","), bytes[index] != 0x0D, bytes[index] != 0x0A {
                    throw problem("csv.text-after-quote", "unexpected text after a closing quote", line: line, column: column)
                }
                return CSVTable.Cell(text: String(decoding: text, as: UTF8.self), line: startLine, column: startColumn)
            }
            let begin = index
            while !atEnd {
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") || byte == 0x0A { break }
                if byte == 0x0D {
                    if index + 1 < bytes.count, bytes[index + 1] == 0x0A { break }
                    if index + 1 == bytes.count { break }
                    throw problem("csv.stray-carriage-return", "a carriage return inside a field; quote the field", line: line, column: column)
                }
                if byte == UInt8(ascii: "\"") {
                    throw problem("csv.quote-in-field", "a quote inside an unquoted field; quote the whole field and double the quote", line: line, column: column)
                }
                // Not a line feed (that ended the field): only the column moves.
                index += 1
                if byte & 0xC0 != 0x80 { column += 1 }
            }
            return CSVTable.Cell(text: String(decoding: bytes[begin..<index], as: UTF8.self), line: startLine, column: startColumn)
        }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs. Works on the UTF-8 bytes: blanks are
    /// ASCII, so the first and last other bytes bound whole characters. Every cell a record
    /// reads comes through here, and most need no trimming: that case returns `self` after
    /// looking at two bytes.
    var trimmingBlanks: String {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        let trimmed = utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard let firstByte = bytes.first, let lastByte = bytes.last, isBlank(firstByte) || isBlank(lastByte) else { return nil }
            guard let first = bytes.firstIndex(where: { !isBlank($0) }), let last = bytes.lastIndex(where: { !isBlank($0) }) else { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[first...last]), as: UTF8.self)
        }
        if let trimmed { return trimmed ?? self }
        guard let first = utf8.firstIndex(where: { !isBlank($0) }), let last = utf8.lastIndex(where: { !isBlank($0) }) else { return "" }
        if first == utf8.startIndex, utf8.index(after: last) == utf8.endIndex { return self }
        return String(decoding: utf8[first...last], as: UTF8.self)
    }
}
