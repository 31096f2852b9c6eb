package import NodCore

/// Why a bundle was refused: always names the archive, the entry when there is one, and
/// the limit that was crossed. Every case means exit code 3.
package struct BundleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Stable codes for scripts and tests.
    package enum Code: String, Hashable, Sendable, CaseIterable {
        case notFound = "bundle.not-found"
        case notAnArchive = "bundle.not-an-archive"
        case truncated = "bundle.truncated"
        case unreadable = "bundle.unreadable"
        case absolutePath = "bundle.absolute-path"
        case traversal = "bundle.traversal"
        case badName = "bundle.bad-name"
        case link = "bundle.link"
        case hardlink = "bundle.hardlink"
        case device = "bundle.device"
        case duplicatePath = "bundle.duplicate-path"
        case encrypted = "bundle.encrypted"
        case tooManyEntries = "bundle.too-many-entries"
        case tooManyBytes = "bundle.too-many-bytes"
        case fileTooLarge = "bundle.file-too-large"
        case compressionRatio = "bundle.compression-ratio"
        case noManifest = "bundle.no-manifest"
        case badManifest = "bundle.bad-manifest"
    }

    package var code: Code
    /// The archive or directory as the user named it.
    package var source: String
    /// The entry inside it, when the refusal is about one entry.
    package var entry: String?
    /// The line and column inside the entry, when known (a bad manifest).
    package var line: Int
    package var column: Int
    package var message: String

    package init(_ code: Code, source: String, entry: String? = nil, line: Int = 0, column: Int = 0, _ message: String) {
        self.code = code
        self.source = source
        self.entry = entry
        self.line = line
        self.column = column
        self.message = message
    }

    /// The bundle is a folder: its files are real paths, joined with `/`, not `!/`.
    package var inFolder = false

    /// `bundle.zip!/minutes/agm.md:3:1`, `bundle/minutes/agm.md:3:1` for a folder, or the
    /// bundle alone.
    package var location: FileLocation {
        FileLocation(file: entry.map { Self.join(source, $0, inFolder: inFolder) } ?? source, line: line, column: column)
    }

    /// A file of a bundle as a message names it.
    package static func join(_ source: String, _ path: String, inFolder: Bool) -> String {
        guard inFolder else { return "\(source)!/\(path)" }
        return source.hasSuffix("/") ? source + path : "\(source)/\(path)"
    }

    package var description: String { "\(location): \(message)" }
}
