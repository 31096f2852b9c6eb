package import NodCore
#if canImport(Glibc)
import Glibc
#endif

/// The names in a folder as the file system holds them — bytes, which need not be UTF-8 —
/// sorted by those bytes, `.` and `..` left out. Foundation's listing drops a name that is not
/// UTF-8 without a word; nod must see it to refuse it.
package enum FolderListing {
    /// The names in the folder open as `descriptor` (which stays open).
    package static func names(of descriptor: Int32) throws(SystemCallError) -> [[UInt8]] {
        let listing = dup(descriptor)
        guard listing >= 0 else { throw SystemCallError(code: errno) }
        guard let stream = fdopendir(listing) else {
            let code = errno
            close(listing)
            throw SystemCallError(code: code)
        }
        defer { closedir(stream) }
        var names: [[UInt8]] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            names.append(name)
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The names in the folder at `path`, without following a link to it.
    package static func names(atPath path: String) throws(SystemCallError) -> [[UInt8]] {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemCallError(code: errno) }
        defer { close(descriptor) }
        return try names(of: descriptor)
    }
}
