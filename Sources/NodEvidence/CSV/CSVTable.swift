package import NodCore

/// A CSV file read strictly (RFC 4180), every cell remembering its line and column.
///
/// The mirrored CSV packages report no positions and accept unterminated quotes
/// (docs/architecture.md, "Traps of the C libraries"); citations and hostile input need both, hence this small reader.
///
/// Cells are kept as places in the file's bytes, not as strings: a register is read once,
/// cell by cell, and most cells become a date, a number or a choice without ever being
/// copied into text. A cell's column is worked out only when a problem needs it.
package final class CSVTable: Sendable {
    /// One field as text, with the place it started.
    package struct Cell: Sendable, Hashable {
        package var text: String
        package var line: Int
        package var column: Int
    }

    /// One record; `line` is where it starts (a quoted field may span lines). Its fields
    /// are the table's `width` fields from `firstField` on.
    package struct Row: Sendable {
        package let line: Int
        let firstField: Int
    }

    /// Where one field lies in the file. A quoted field's bytes are those inside the quotes;
    /// `escaped` says they hold doubled quotes (`""`), to be read as one. Offsets are 32-bit:
    /// the reader refuses files of 2 GiB or more.
    struct Field: Sendable {
        var start: Int32
        var end: Int32
        /// Where the field begins (its opening quote, if quoted) and where that line begins.
        var origin: Int32
        var lineStart: Int32
        var line: Int32
        var escaped: Bool
    }

    package let path: String
    /// Column names from the first row, whitespace-trimmed.
    package let header: [Cell]
    package let rows: [Row]
    let bytes: [UInt8]
    let fields: [Field]

    init(path: String, header: [Cell], rows: [Row], bytes: [UInt8], fields: [Field]) {
        self.path = path
        self.header = header
        self.rows = rows
        self.bytes = bytes
        self.fields = fields
    }

    /// How many fields every row has.
    package var width: Int { header.count }

    /// The column called `column`. Lengths are compared first: most names a record asks
    /// for are not the one being looked at, and a length settles that without reading text.
    package func index(of column: String) -> Int? {
        let count = column.utf8.count
        return header.firstIndex { $0.text.utf8.count == count && $0.text == column }
    }

    /// Every field of `row` as text, untrimmed, in column order.
    package func cells(of row: Row) -> [Cell] {
        (0..<width).map { column in
            let field = fields[row.firstField + column]
            return Cell(text: text(of: field), line: Int(field.line), column: self.column(of: field))
        }
    }

    /// The field of `row` in column `column`.
    func field(of row: Row, column: Int) -> Field {
        fields[row.firstField + column]
    }

    /// A field's whole text, quotes undone, blanks kept.
    func text(of field: Field) -> String {
        withBytes(of: field, trimmed: false) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with a field's bytes (quotes undone), without leading and trailing
    /// spaces and tabs when `trimmed`.
    func withBytes<T>(of field: Field, trimmed: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        Self.withBytes(of: field, in: bytes, trimmed: trimmed, body)
    }

    /// The field's column in characters, 1-based, counted from the start of its line.
    func column(of field: Field) -> Int {
        Self.column(at: Int(field.origin), lineStart: Int(field.lineStart), in: bytes)
    }

    /// The same for a field of `bytes`, for the reader building the header.
    static func withBytes<T>(of field: Field, in bytes: [UInt8], trimmed: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        func trim(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
            guard trimmed else { return bytes }
            var start = bytes.startIndex, end = bytes.endIndex
            while start < end, isBlank(bytes[start]) { start += 1 }
            while end > start, isBlank(bytes[end - 1]) { end -= 1 }
            return UnsafeBufferPointer(rebasing: bytes[start..<end])
        }
        let range = Int(field.start)..<Int(field.end)
        guard field.escaped else {
            return bytes.withUnsafeBufferPointer { all in body(trim(UnsafeBufferPointer(rebasing: all[range]))) }
        }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            unescaped.append(bytes[index])
            index += bytes[index] == UInt8(ascii: "\"") ? 2 : 1
        }
        return unescaped.withUnsafeBufferPointer { body(trim($0)) }
    }

    /// The column of byte `offset`: the characters from `lineStart` to it, plus one.
    static func column(at offset: Int, lineStart: Int, in bytes: some Collection<UInt8>) -> Int {
        bytes.dropFirst(lineStart).prefix(offset - lineStart).reduce(1) { count, byte in byte & 0xC0 == 0x80 ? count : count + 1 }
    }

    package func location(line: Int, column: Int = 0) -> FileLocation {
        FileLocation(file: path, line: line, column: column)
    }

    static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
}
