import Crypto
#if canImport(Glibc)
import Glibc
#endif
import NodCore
package import Foundation

/// Opens an evidence bundle, archive or directory, and reads every file under the limits.
///
/// An archive is read by libarchive through its file descriptor in 1 MiB chunks (or from
/// memory): no entry is ever written to disk, no link followed, no external program started. Whatever the container,
/// the result is the same listing and the same canonical digest.
package struct BundleReader: Sendable {
    package var limits: BundleLimits

    package init(limits: BundleLimits = .default) {
        self.limits = limits
    }

    /// Reads the bundle at `path`; `source` is how it is named in messages (defaults to `path`).
    package func read(path: String, source: String? = nil) throws(BundleError) -> BundleContents {
        let source = source ?? path
        var status = stat()
        guard stat(path, &status) == 0 else {
            let code = errno
            throw code == ENOENT || code == ENOTDIR ? BundleError(.notFound, source: source, "no such file or folder")
                : BundleError(.unreadable, source: source, "could not be examined: \(SystemCallError(code: code))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            // A folder's files are named by real paths an editor can open (no `!`).
            do {
                let intake = try DirectoryBundleReader(source: source, root: path, limits: limits).read()
                return try intake.contents(stripRoot: false, archiveSHA256: nil, format: BundleContents.folderFormat)
            } catch {
                var inFolder = error
                inFolder.inFolder = true
                throw inFolder
            }
        case S_IFREG:
            break
        default:
            throw BundleError(.device, source: source, "is not a file or a folder: a pipe, a socket or a device is never read as a bundle")
        }
        guard let window = FileWindow(path: path) else {
            let reason = String(cString: strerror(errno))
            throw BundleError(.unreadable, source: source, "the file could not be opened: \(reason)")
        }
        // The archive's own digest is a second pass over every byte: for a large bundle it runs
        // on another core while libarchive reads, so it costs one pass of wall time, not two.
        let archiveDigest = window.size >= Self.backgroundDigestBytes ? BackgroundDigest(path: path) : nil
        let outcome = Result { () throws(BundleError) -> (BundleIntake, format: String) in
            try ArchiveBundleReader(source: source, limits: limits).read(ArchiveInput(window: window))
        }
        if case .failure = outcome { archiveDigest?.cancel() }
        let (intake, format) = try outcome.get()
        guard let archiveHash = archiveDigest.map({ $0.wait() }) ?? FileDigest.sha256(of: window) else {
            throw BundleError(.unreadable, source: source, "the file could not be read to its end")
        }
        return try intake.contents(stripRoot: true, archiveSHA256: archiveHash, format: format)
    }

    /// Archives at least this large have their own digest computed on a second thread.
    static let backgroundDigestBytes = 16 << 20

    /// The SHA-256 of a file read in windows (the archive digest a report records); nil when unreadable.
    package static func archiveSHA256(path: String) -> String? {
        FileWindow(path: path).flatMap { FileDigest.sha256(of: $0) }
    }

    /// Reads an archive already in memory (an upload, a test fixture).
    package func read(data: Data, source: String) throws(BundleError) -> BundleContents {
        let outcome: Result<BundleContents, BundleError> = data.withUnsafeBytes { bytes in
            Result { () throws(BundleError) -> BundleContents in
                let (intake, format) = try ArchiveBundleReader(source: source, limits: limits).read(ArchiveInput(bytes: bytes))
                return try intake.contents(stripRoot: true, archiveSHA256: SHA256.hash(data: bytes).hexString, format: format)
            }
        }
        return try outcome.get()
    }
}
