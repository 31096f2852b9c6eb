import Crypto
import Foundation
import NodCore
import Synchronization

/// The SHA-256 of a whole file, computed on a thread of its own while the caller does
/// other work with the same file (libarchive reading it).
///
/// It reads through its own `FileWindow`, so memory stays bounded. `cancel()` stops it at
/// the next window when the caller no longer needs the answer (a refused bundle).
final class BackgroundDigest: Sendable {
    private final class Flag: Sendable {
        let raised = Atomic<Bool>(false)
    }

    private let cancelled = Flag()
    private let result: BackgroundResult<String?>

    init(path: String) {
        let cancelled = self.cancelled
        result = BackgroundResult {
            FileWindow(path: path).flatMap { FileDigest.sha256(of: $0) { cancelled.raised.load(ordering: .relaxed) } }
        }
    }

    /// Asks the thread to stop; `wait()` then returns nil.
    func cancel() {
        cancelled.raised.store(true, ordering: .relaxed)
    }

    /// Blocks until the digest is known; nil when the file could not be read or was cancelled.
    func wait() -> String? {
        result.wait()
    }
}

/// The SHA-256 of every byte of a file, read through its window.
enum FileDigest {
    static func sha256(of window: FileWindow, stop: () -> Bool = { false }) -> String? {
        var hasher = SHA256()
        var offset = 0
        while offset < window.size {
            guard !stop(), let bytes = window.bytes(at: offset, upTo: FileWindow.windowSize), !bytes.isEmpty else { return nil }
            hasher.update(bufferPointer: bytes)
            offset += bytes.count
        }
        return hasher.finalize().hexString
    }
}

extension SHA256Digest {
    /// The digest in lower-case hexadecimal, written from its bytes: through the generic
    /// sequence it was first copied into an array (a hexadecimal digest for every file).
    var hexString: String {
        withUnsafeBytes { $0.hexString }
    }
}
