#if canImport(Glibc)
import Glibc
#endif

/// A file nod is given besides a bundle — a key, a report, a waivers, attestations or rule
/// file — read whole only when it is a regular file no larger than what such a file can be.
/// Its size is checked before a byte is read, so a 1 GiB "public key" costs nothing; a FIFO
/// or device is refused without blocking; a missing file says so.
package enum InputFile {
    /// Why a file was not read.
    package enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case missing
        case notAFile
        case tooLarge(bytes: Int64, limit: Int)
        case unreadable(String)

        package var description: String {
            switch self {
            case .missing: "no such file"
            case .notAFile: "not a regular file"
            case .tooLarge(let bytes, let limit): "the file is \(bytes) bytes; a file of this kind is at most \(limit) bytes"
            case .unreadable(let reason): "the file could not be read: \(reason)"
            }
        }
    }

    /// Limits for each kind of file, far above any real one.
    package static let keyLimit = 64 << 10
    package static let reportLimit = 64 << 20
    package static let exceptionsLimit = 16 << 20
    package static let rulesLimit = 32 << 20

    /// The file's bytes, or why not.
    package static func read(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            throw code == ENOENT || code == ENOTDIR ? .missing : .unreadable(SystemCallError(code: code).description)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(SystemCallError(code: errno).description) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notAFile }
        guard status.st_size <= limit else { throw .tooLarge(bytes: Int64(status.st_size), limit: limit) }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var done = 0
        while done < bytes.count {
            let result = bytes.withUnsafeMutableBytes { buffer in
                Result { () throws(SystemCallError) -> Int in
                    try SystemCall.retrying { Glibc.read(descriptor, buffer.baseAddress! + done, buffer.count - done) }
                }
            }
            let count: Int
            switch result {
            case .success(let read): count = read
            case .failure(let error): throw .unreadable(error.description)
            }
            if count == 0 { break }  // the file shrank while it was read
            done += count
        }
        return Array(bytes.prefix(done))
    }
}
