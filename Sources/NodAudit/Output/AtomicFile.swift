package import Foundation
import NodCore
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that a reader sees the old file or the whole new one, never a part: the
/// bytes go to a temporary file in the same folder, which is then renamed over the target.
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
        let folder = (path as NSString).deletingLastPathComponent, name = (path as NSString).lastPathComponent
        var temporary = "", descriptor: Int32 = -1
        for _ in 0..<100 where descriptor < 0 {
            let serial = counter.wrappingAdd(1, ordering: .relaxed).oldValue
            temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(processID).\(serial).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor < 0, errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        var failure: String?
        bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            do {
                try SystemCall.writeAll(descriptor, buffer)
            } catch {
                failure = (error as? SystemCallError)?.description ?? "\(error)"
            }
        }
        if failure == nil, durable, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw Failure(path: path, reason: failure)
        }
    }
}
