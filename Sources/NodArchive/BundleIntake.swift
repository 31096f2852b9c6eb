import NodCore
import Crypto

/// The rules every entry passes through, whatever container it came from: names checked,
/// duplicates and limits refused, content hashed while it streams, structured files kept.
///
/// Archive and directory readers both feed one `BundleIntake`, so a directory and a zip of
/// it are held to the same limits and give the same listing.
struct BundleIntake {
    let source: String
    let limits: BundleLimits
    private(set) var entries = 0
    private(set) var totalBytes: Int64 = 0
    /// Bytes of structured files held for parsing, all files together.
    private(set) var keptBytes: Int64 = 0
    private var files: [(components: [String], file: BundleFile)] = []
    private var directories: [[String]] = []
    /// Every claimed path, by its folded form (`BundlePath.folded`), so two names a reader
    /// could take for one — `Manifest.yaml` beside `manifest.yaml` — are caught.
    private var seen: [String: String] = [:]

    init(source: String, limits: BundleLimits) {
        self.source = source
        self.limits = limits
        // Room for a typical bundle's files without regrowing (each regrowth rehashes every path).
        seen.reserveCapacity(256)
        files.reserveCapacity(256)
    }

    /// Counts one entry of any kind against the entry limit.
    mutating func countEntry(_ display: @autoclosure () -> String) throws(BundleError) {
        entries += 1
        if entries > limits.maxEntries {
            throw BundleError(.tooManyEntries, source: source, entry: display(),
                              "more than the limit of \(limits.maxEntries) entries in the bundle")
        }
    }

    mutating func addDirectory(_ components: [String]) {
        directories.append(components)
    }

    /// Claims a regular file's path (its components joined by `/`); refuses a second entry
    /// with the same path, or with one that differs from it only by case or by dots and
    /// spaces at the end of a name (as Windows and macOS would take them for one file).
    mutating func claim(_ path: String) throws(BundleError) {
        let key = BundlePath.folded(path)
        if let earlier = seen.updateValue(path, forKey: key) {
            let message = earlier == path ? "the bundle holds this path twice"
                : "'\(path)' and '\(earlier)' differ only by case or by trailing dots or spaces; a reader could take one for the other"
            throw BundleError(.duplicatePath, source: source, entry: path, message)
        }
    }

    /// Every regular file's path claimed so far.
    var claimedPaths: [String] { Array(seen.values) }

    /// Starts reading the content of the file at `path`; feed it with `append`.
    func stream(for path: String) -> FileStream {
        FileStream(path: path, keep: BundleFile.isStructured(path))
    }

    /// Charges `count` bytes of `stream` against every byte limit, then hashes and keeps them.
    mutating func append(_ bytes: UnsafeRawBufferPointer, to stream: inout FileStream) throws(BundleError) {
        stream.size += Int64(bytes.count)
        totalBytes += Int64(bytes.count)
        if totalBytes > limits.maxTotalBytes {
            throw BundleError(.tooManyBytes, source: source, entry: stream.path,
                              "the bundle's files add up to more than the limit of \(ByteCount.format(limits.maxTotalBytes)) uncompressed")
        }
        if stream.keep, stream.size > limits.maxStructuredFileBytes {
            throw BundleError(.fileTooLarge, source: source, entry: stream.path,
                              "structured file larger than the limit of \(ByteCount.format(limits.maxStructuredFileBytes))")
        }
        stream.hasher.update(bufferPointer: bytes)
        if stream.keep {
            keptBytes += Int64(bytes.count)
            if keptBytes > limits.maxStructuredTotalBytes {
                throw BundleError(.tooManyBytes, source: source, entry: stream.path,
                                  "the bundle's YAML, CSV and Markdown files add up to more than the limit of \(ByteCount.format(limits.maxStructuredTotalBytes))")
            }
            stream.content.append(contentsOf: bytes)
        }
    }

    mutating func finish(_ stream: FileStream, components: [String]) {
        let file = BundleFile(
            path: stream.path, bytes: stream.size, sha256: stream.hasher.finalize().hexString,
            content: stream.keep ? stream.content : nil)
        files.append((components, file))
    }

    /// The bundle, with the single root folder removed when `stripRoot` and every entry shares one.
    func contents(stripRoot: Bool, archiveSHA256: String?, format: String) throws(BundleError) -> BundleContents {
        var result = files.map(\.file)
        if stripRoot, let root = files.first?.components.first,
           files.allSatisfy({ $0.components.count > 1 && $0.components[0] == root }),
           directories.allSatisfy({ $0.first == root }) {
            let rootBytes = root.utf8.count + 1
            result = files.map { entry in
                var file = entry.file
                // The path is its components joined by `/`: the root and its `/` are its first bytes.
                file.path = String(decoding: file.path.utf8.dropFirst(rootBytes), as: UTF8.self)
                return file
            }
        }
        guard result.contains(where: { $0.path == "manifest.yaml" }) else {
            var message = "no manifest.yaml at the bundle's root (found \(result.count) file\(result.count == 1 ? "" : "s"))"
            // One deeper down: say where, so the sender knows which folder is the bundle.
            if let deeper = result.map(\.path).filter({ $0.hasSuffix("/manifest.yaml") }).min(by: { ($0.count, $0) < ($1.count, $1) }) {
                message += "; found one at \(deeper): send the folder that holds it (\(deeper.dropLast("/manifest.yaml".count))) as the bundle"
            }
            throw BundleError(.noManifest, source: source, message)
        }
        return BundleContents(source: source, files: result, archiveSHA256: archiveSHA256, format: format)
    }
}

/// One file's content on its way through the intake.
struct FileStream {
    let path: String
    let keep: Bool
    var size: Int64 = 0
    var hasher = SHA256()
    var content: [UInt8] = []
}
