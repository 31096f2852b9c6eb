import Crypto
public import Foundation

/// Opens an evidence bundle, archive or directory, and reads every file under the limits.
///
/// An archive is read by libarchive through its file descriptor in 1 MiB chunks (or from
/// memory): no entry is ever written to disk, no link followed, no external program started. Whatever the container,
/// the result is the same listing and the same canonical digest.
public struct BundleReader: Sendable {
    public var limits: BundleLimits

    public init(limits: BundleLimits = .default) {
        self.limits = limits
    }

    /// Reads the bundle at `path`; `source` is how it is named in messages (defaults to `path`).
    public func read(path: String, source: String? = nil) throws(BundleError) -> BundleContents {
        let source = source ?? path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw BundleError(.notFound, source: source, "no such file or folder")
        }
        if isDirectory.boolValue {
            let intake = try DirectoryBundleReader(source: source, root: URL(fileURLWithPath: path), limits: limits).read()
            return try intake.contents(stripRoot: false, archiveSHA256: nil, format: "directory")
        }
        guard let window = FileWindow(path: path) else {
            let reason = String(cString: strerror(errno))
            throw BundleError(.unreadable, source: source, "the file could not be opened: \(reason)")
        }
        // The archive's own digest is a second pass over every byte: it runs on another core
        // while libarchive reads, so a large bundle costs one pass of wall time, not two.
        let archiveDigest = BackgroundDigest(path: path)
        let outcome = Result { () throws(BundleError) -> (BundleIntake, format: String) in
            try ArchiveBundleReader(source: source, limits: limits).read(ArchiveInput(window: window))
        }
        if case .failure = outcome { archiveDigest.cancel() }
        let (intake, format) = try outcome.get()
        guard let archiveHash = archiveDigest.wait() else {
            throw BundleError(.unreadable, source: source, "the file could not be read to its end")
        }
        return try intake.contents(stripRoot: true, archiveSHA256: archiveHash, format: format)
    }

    /// Reads an archive already in memory (an upload, a test fixture).
    public func read(data: Data, source: String) throws(BundleError) -> BundleContents {
        let outcome: Result<BundleContents, BundleError> = data.withUnsafeBytes { bytes in
            Result { () throws(BundleError) -> BundleContents in
                let (intake, format) = try ArchiveBundleReader(source: source, limits: limits).read(ArchiveInput(bytes: bytes))
                return try intake.contents(stripRoot: true, archiveSHA256: SHA256.hash(data: bytes).hexString, format: format)
            }
        }
        return try outcome.get()
    }
}
