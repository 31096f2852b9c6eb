package import NodCore

/// Parses RFC 4180 CSV: comma-separated, `"` quoting with `""` escapes, CRLF or LF, a
/// leading BOM accepted, first row a header. Anything else is a located problem:
/// an unterminated quote, a quote inside an unquoted field, text after a closing quote,
/// a row with the wrong number of fields, bytes that are not UTF-8, a duplicate column.
///
/// A structural problem (encoding, quoting, header) makes the whole file unusable and is
/// thrown; a row with the wrong number of fields is left out and returned as a problem.
package enum CSVReader {
    /// The most rows a register may have: far more than any co-op's members, staff or logs,
    /// and few enough that a file of one-character rows cannot fill the memory with rows.
    package static let maxRows = 200_000

    package static func read(_ bytes: [UInt8], path: String) throws(Problem) -> (CSVTable, ProblemList) {
        guard bytes.count < Int(Int32.max) else {
            throw Problem(code: .csvTooLarge, location: FileLocation(file: path),
                          message: "the CSV file is 2 GiB or more; nod reads smaller registers", scope: .file)
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        try checkUTF8(bytes, from: start, path: path)
        var scanner = Scanner(path: path, index: start)
        var fields: [CSVTable.Field] = []
        // About one field per eight bytes in a register; capped, so that a large file with few
        // fields does not reserve several times its own size up front.
        fields.reserveCapacity(min(bytes.count / 8, 1 << 16))
        var width: Int?
        var headerFields: [CSVTable.Field] = []
        var rows: [CSVTable.Row] = []
        var misfits: [(line: Int, count: Int)] = []
        var moreMisfits = 0
        try bytes.withUnsafeBufferPointer { (buffer) throws(Problem) in
            while scanner.index < buffer.count {
                let first = fields.count
                let line = scanner.line
                try scanner.readRecord(buffer, into: &fields)
                let count = fields.count - first
                if count == 1, fields[first].start == fields[first].end { fields.removeLast(); continue }  // blank line
                if let width {
                    if rows.count + misfits.count + moreMisfits >= maxRows {
                        throw Problem(code: .csvTooManyRows, location: FileLocation(file: path, line: line, column: 1),
                                      message: "the file has more than \(maxRows) rows; nod reads registers of up to \(maxRows)", scope: .file)
                    }
                    if count == width {
                        rows.append(CSVTable.Row(line: line, firstField: first))
                    } else {
                        if misfits.count < ProblemList.perFile { misfits.append((line, count)) } else { moreMisfits += 1 }
                        fields.removeLast(count)
                    }
                } else {
                    width = count
                    headerFields = Array(fields[first...])
                    fields.removeAll(keepingCapacity: true)
                }
            }
        }
        guard width != nil else {
            throw Problem(code: .csvEmpty, location: FileLocation(file: path, line: 1, column: 1),
                          message: "the CSV file is empty; its first row must name the columns", scope: .file)
        }
        var header: [CSVTable.Cell] = []
        var seen: [String: Int] = [:]
        for (index, field) in headerFields.enumerated() {
            let name = CSVTable.withBytes(of: field, in: bytes, trimmed: true) { String(decoding: $0, as: UTF8.self) }
            let column = CSVTable.column(at: Int(field.origin), lineStart: Int(field.lineStart), in: bytes)
            let location = FileLocation(file: path, line: Int(field.line), column: column)
            if name.isEmpty {
                throw Problem(code: .csvEmptyColumnName, location: location,
                              message: "column \(index + 1) of the header has no name", scope: .file)
            }
            if let first = seen[name] {
                throw Problem(code: .csvDuplicateColumn, location: location,
                              message: "column '\(name)' appears twice in the header (first as column \(first + 1))", scope: .file)
            }
            seen[name] = index
            header.append(CSVTable.Cell(text: name, line: location.line, column: location.column))
        }
        var problems = ProblemList(path: path)
        for row in misfits {
            problems.append(Problem(code: .csvFieldCount, location: FileLocation(file: path, line: row.line, column: 1),
                                    message: "row has \(row.count) field\(row.count == 1 ? "" : "s"), the header has \(header.count); the row is left out",
                                    scope: .record))
        }
        problems.countMore(moreMisfits)
        return (CSVTable(path: path, header: header, rows: rows, bytes: bytes, fields: fields), problems)
    }

    private static func checkUTF8(_ bytes: [UInt8], from start: Int, path: String) throws(Problem) {
        // Most registers are ASCII: one pass over the bytes, eight at a time, settles them.
        if bytes.withUnsafeBytes({ buffer in isASCII(UnsafeRawBufferPointer(rebasing: buffer[start...])) }) { return }
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
                throw Problem(code: .csvEncoding, location: FileLocation(file: path, line: line, column: column),
                              message: "the file is not UTF-8 (save it as 'CSV UTF-8')", scope: .file)
            }
        }
    }

    private static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        while index + 8 <= bytes.count {
            if bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        return bytes[index...].allSatisfy { $0 < 0x80 }
    }

    /// Walks the bytes once, tracking the line and where it starts; columns are counted
    /// only for problems.
    private struct Scanner {
        let path: String
        var index: Int
        var line = 1
        var lineStart = 0

        init(path: String, index: Int) {
            self.path = path
            self.index = index
            lineStart = index
        }

        func problem(_ code: Problem.Code, _ message: String, _ bytes: UnsafeBufferPointer<UInt8>, line: Int, lineStart: Int, at offset: Int) -> Problem {
            let column = CSVTable.column(at: offset, lineStart: lineStart, in: bytes)
            return Problem(code: code, location: FileLocation(file: path, line: line, column: column), message: message, scope: .file)
        }

        /// Appends the fields of the record at `index` and moves past its line end.
        mutating func readRecord(_ bytes: UnsafeBufferPointer<UInt8>, into fields: inout [CSVTable.Field]) throws(Problem) {
            while true {
                fields.append(try readField(bytes))
                guard index < bytes.count else { return }
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") {
                    index += 1
                    if index == bytes.count {
                        fields.append(CSVTable.Field(start: Int32(index), end: Int32(index), origin: Int32(index),
                                                     lineStart: Int32(lineStart), line: Int32(line), escaped: false))
                        return
                    }
                    continue
                }
                if byte == 0x0D { index += 1 }
                if index < bytes.count, bytes[index] == 0x0A {
                    index += 1
                    line += 1
                    lineStart = index
                }
                return
            }
        }

        mutating func readField(_ bytes: UnsafeBufferPointer<UInt8>) throws(Problem) -> CSVTable.Field {
            let origin = index, startLine = line, startLineStart = lineStart
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                index += 1
                var escaped = false
                while true {
                    guard index < bytes.count else {
                        throw problem(.csvUnterminatedQuote, "quoted field opened here is never closed", bytes,
                                      line: startLine, lineStart: startLineStart, at: origin)
                    }
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "\"") {
                        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                            escaped = true
                            index += 2
                            continue
                        }
                        break
                    }
                    index += 1
                    if byte == 0x0A {
                        line += 1
                        lineStart = index
                    }
                }
                let end = index
                index += 1  // the closing quote
                if index < bytes.count, bytes[index] != UInt8(ascii: ","), bytes[index] != 0x0D, bytes[index] != 0x0A {
                    throw problem(.csvTextAfterQuote, "unexpected text after a closing quote", bytes,
                                  line: line, lineStart: lineStart, at: index)
                }
                return CSVTable.Field(start: Int32(origin + 1), end: Int32(end), origin: Int32(origin),
                                      lineStart: Int32(startLineStart), line: Int32(startLine), escaped: escaped)
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") || byte == 0x0A { break }
                if byte == 0x0D {
                    if index + 1 == bytes.count || bytes[index + 1] == 0x0A { break }
                    throw problem(.csvStrayCarriageReturn, "a carriage return inside a field; quote the field", bytes,
                                  line: line, lineStart: lineStart, at: index)
                }
                if byte == UInt8(ascii: "\"") {
                    throw problem(.csvQuoteInField, "a quote inside an unquoted field; quote the whole field and double the quote", bytes,
                                  line: line, lineStart: lineStart, at: index)
                }
                index += 1
            }
            return CSVTable.Field(start: Int32(origin), end: Int32(index), origin: Int32(origin),
                                  lineStart: Int32(lineStart), line: Int32(line), escaped: false)
        }
    }
}
