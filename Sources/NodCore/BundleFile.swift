/// One regular file of a bundle: where it is, how big, its SHA-256, and its bytes when nod
/// will parse it.
///
/// Attachments (PDFs, images) are hashed as they stream past and not kept; structured
/// files (YAML, CSV, Markdown) are kept because the evidence model parses them.
package struct BundleFile: Sendable, Hashable {
    /// Path inside the bundle, `/`-separated, NFC, with the single root folder removed.
    package var path: String
    package var bytes: Int64
    /// Lower-case hex SHA-256 of the content.
    package var sha256: String
    /// The content, for structured files only.
    package var content: [UInt8]?

    package init(path: String, bytes: Int64, sha256: String, content: [UInt8]?) {
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
        self.content = content
    }

    /// Extensions that nod parses and therefore keeps in memory (bounded by the structured-file limit).
    package static let structuredExtensions: Set<String> = ["yaml", "yml", "csv", "md", "markdown"]

    package static func isStructured(_ path: String) -> Bool {
        fileExtension(of: path).map(structuredExtensions.contains) ?? false
    }

    /// The lower-cased extension of the path's last component (`CSV` → `csv`), `nil` without one.
    /// Looks at UTF-8 bytes: `.` and `/` are ASCII and never part of another character.
    package static func fileExtension(of path: String) -> String? {
        let bytes = path.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")),
              !bytes[dot...].contains(UInt8(ascii: "/")) else { return nil }
        return String(Substring(bytes[bytes.index(after: dot)...])).lowercased()
    }
}
