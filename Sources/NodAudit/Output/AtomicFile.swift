package import Foundation
import NodCore
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that a reader sees the old file or the whole new one, never a part: the
/// bytes go to a temporary file in the same folder, which is then renamed over the target.
/// Only a regular file (or nothing) is replaced so: a character device, a pipe or a link
/// (`-o /dev/null`, `-o /dev/stdout`) is written to as it is — renaming over it would replace
/// `/dev/null` or the link itself when run as root — and a folder, socket or block device is
/// refused.
///
/// `durable` also flushes the temporary file to the disk before the rename, as Foundation's
/// `.atomic` writes always do. A batch writes its per-bundle reports without that flush — a
/// thousand waits on the disk made `--jobs 1` idle for a seventh of its time — because a
/// report lost or left empty by a power cut is one `--resume` audits again; its summaries,
/// written once, are durable.
package enum AtomicFile {
    /// Why a file could not be written: the path and the system's reason.
    package struct Failure: Error, CustomStringConvertible {
        package var path: String
        package var reason: String
        package var description: String { "\(path): \(reason)" }
    }

    private static let counter = Atomic<Int>(0)
    private static let processID = getpid()

    package static func write(_ bytes: Data, to path: String, durable: Bool) throws(Failure) {
        guard !path.isEmpty else { throw Failure(path: path, reason: "an empty path names no file") }
        var link = stat(), target = stat()
        if lstat(path, &link) == 0 {
            let isLink = link.st_mode & S_IFMT == S_IFLNK
            guard !isLink || stat(path, &target) == 0 else { throw Failure(path: path, reason: "is a link to nothing") }
            switch (isLink ? target : link).st_mode & S_IFMT {
            // Through a link (`/dev/stdout`), the file it names is written, never the link replaced.
            case S_IFREG where !isLink: break
            case S_IFREG, S_IFCHR, S_IFIFO: return try writeInPlace(bytes, to: path)
            case S_IFDIR: throw Failure(path: path, reason: "is a folder; name a file")
            default: throw Failure(path: path, reason: "is not a regular file, a character device or a pipe")
            }
        }
        let folder = (path as NSString).deletingLastPathComponent, name = (path as NSString).lastPathComponent
        var temporary = "", descriptor: Int32 = -1
        for _ in 0..<100 where descriptor < 0 {
            let serial = counter.wrappingAdd(1, ordering: .relaxed).oldValue
            temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(processID).\(serial).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor < 0, errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        var failure = writeAll(bytes, to: descriptor)
        if failure == nil, durable, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw Failure(path: path, reason: failure)
        }
    }

    /// Writes to a device, a pipe or a linked-to file that already exists, as a shell's `>`
    /// does, without creating or renaming anything.
    private static func writeInPlace(_ bytes: Data, to path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: path, reason: SystemCallError(code: errno).description) }
        defer { close(descriptor) }
        if let failure = writeAll(bytes, to: descriptor) { throw Failure(path: path, reason: failure) }
    }

    /// Writes every byte; the system's reason when it could not.
    private static func writeAll(_ bytes: Data, to descriptor: Int32) -> String? {
        bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> String? in
            do throws(SystemCallError) {
                try SystemCall.writeAll(descriptor, buffer)
                return nil
            } catch {
                return error.description
            }
        }
    }
}
