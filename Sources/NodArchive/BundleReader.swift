import Crypto
public import Foundation

/// Opens an evidence bundle, archive or directory, and reads every file under the limits.
///
/// An archive is memory-mapped and read through libarchive from memory: no entry is ever
/// written to disk, no link followed, no external program started. Whatever the container,
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
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw BundleError(.unreadable, source: source, "the file could not be opened: \(error.localizedDescription)")
        }
        return try read(data: data, source: source)
    }

    /// Reads an archive already in memory (an upload, a test fixture).
    public func read(data: Data, source: String) throws(BundleError) -> BundleContents {
        let outcome: Result<BundleContents, BundleError> = data.withUnsafeBytes { bytes in
            do throws(BundleError) {
                let (intake, format) = try ArchiveBundleReader(source: source, limits: limits).read(bytes)
                let archiveHash = SHA256.hash(data: bytes).hexString
                return .success(try intake.contents(stripRoot: true, archiveSHA256: archiveHash, format: format))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }
}
