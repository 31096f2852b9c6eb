public import NodCore

/// A CSV file read strictly (RFC 4180), every cell remembering its line and column.
///
/// The mirrored CSV packages report no positions and accept unterminated quotes
/// (NOTES.md); citations and hostile input need both, hence this small reader.
public struct CSVTable: Sendable {
    /// One field with the place it started.
    public struct Cell: Sendable, Hashable {
        public var text: String
        public var line: Int
        public var column: Int
    }

    /// One record; `line` is where it starts (a quoted field may span lines).
    public struct Row: Sendable {
        public var line: Int
        public var cells: [Cell]
    }

    public var path: String
    /// Column names from the first row, whitespace-trimmed.
    public var header: [Cell]
    public var rows: [Row]

    public func index(of column: String) -> Int? {
        header.firstIndex { $0.text == column }
    }

    public func location(line: Int, column: Int = 0) -> FileLocation {
        FileLocation(file: path, line: line, column: column)
    }
}
