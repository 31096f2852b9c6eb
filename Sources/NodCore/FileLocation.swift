/// Where something came from, so that every error and every finding can cite it.
///
/// Lines and columns are 1-based; `0` means "not known" and is left out of the
/// rendered form. A file inside an archive is named by its path in the bundle
/// (`minutes/2025-09-20-agm.md`); the reader of an archive may prefix the archive
/// name when it prints (`bundle.zip!/minutes/agm.md`).
package struct FileLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    package var file: String
    package var line: Int
    package var column: Int

    package init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, or a shorter form when line or column is unknown.
    package var description: String {
        guard line > 0 else { return file }
        guard column > 0 else { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }

    /// The same place with the line moved by `offset` (front matter inside a Markdown file).
    package func shifted(lines offset: Int) -> FileLocation {
        FileLocation(file: file, line: line > 0 ? line + offset : 0, column: column)
    }

    package static func < (lhs: FileLocation, rhs: FileLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
