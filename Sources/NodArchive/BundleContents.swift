import Crypto
package import NodCore

/// Everything read from one bundle: its files (sorted by path) and its digests.
///
/// Nothing here points back into the archive: once this value exists the archive can be
/// closed and unmapped, and a batch worker can drop it before reading the next bundle.
package struct BundleContents: Sendable {
    /// How the user named the bundle (for messages and citations).
    package var source: String
    /// Every regular file, sorted by the bytes of its path.
    package var files: [BundleFile]
    /// SHA-256 of the file as submitted; `nil` for a directory.
    package var archiveSHA256: String?
    /// The container's format as libarchive names it (`ZIP 2.0 (deflation)`), or `directory`.
    package var format: String

    /// The `format` of a bundle read from a folder.
    package static let folderFormat = "directory"

    /// How a file of this bundle is named in a message: `bundle.zip!/minutes/agm.md` inside an
    /// archive, the real path `bundle/minutes/agm.md` in a folder.
    package func locate(_ path: String) -> String {
        BundleError.join(source, path, inFolder: format == Self.folderFormat)
    }

    package init(source: String, files: [BundleFile], archiveSHA256: String?, format: String) {
        self.source = source
        // Positions are sorted, not the files: moving a file copies four reference-counted
        // fields, and the sort moved them thousands of times a bundle.
        let order = files.indices.sorted { files[$0].path.precedesInUTF8Order(files[$1].path) }
        self.files = order.map { files[$0] }
        self.archiveSHA256 = archiveSHA256
        self.format = format
    }

    /// The canonical bundle digest of docs/report.md: SHA-256 over one line per file,
    /// `<sha256 hex><two spaces><path>\n` (the `sha256sum` format), files sorted by the
    /// UTF-8 bytes of their path. The same evidence in any container gives the same digest.
    package var digest: String {
        var lines: [UInt8] = []
        lines.reserveCapacity(files.reduce(0) { $0 + $1.sha256.utf8.count + $1.path.utf8.count + 3 })
        for file in files {
            lines.append(contentsOf: file.sha256.utf8)
            lines.append(contentsOf: "  ".utf8)
            lines.append(contentsOf: file.path.utf8)
            lines.append(UInt8(ascii: "\n"))
        }
        return SHA256.hash(data: lines).hexString
    }

    package func file(at path: String) -> BundleFile? {
        files.first { $0.path == path }
    }
}

extension BundleContents {
    /// The same bundle with the file at `path` given new bytes (added if absent), or removed
    /// when `bytes` is nil; hashes and content follow the intake's rules. For the fuzzers and
    /// the evidence-loss tests, which damage valid bundles one file at a time.
    package func replacing(_ path: String, with bytes: [UInt8]?) -> BundleContents {
        var files = self.files.filter { $0.path != path }
        if let bytes {
            files.append(BundleFile(path: path, bytes: Int64(bytes.count), sha256: SHA256.hash(data: bytes).hexString,
                                    content: BundleFile.isStructured(path) ? bytes : nil))
        }
        return BundleContents(source: source, files: files, archiveSHA256: archiveSHA256, format: format)
    }
}
