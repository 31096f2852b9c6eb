import Crypto
import Foundation
import Synchronization

/// The SHA-256 of a whole file, computed on a thread of its own while the caller does
/// other work with the same file (libarchive reading it).
///
/// It reads through its own `FileWindow`, so memory stays bounded. `cancel()` stops it at
/// the next window when the caller no longer needs the answer (a refused bundle).
final class BackgroundDigest: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let cancelled = Atomic<Bool>(false)
    private let digest = Mutex<String?>(nil)

    init(path: String) {
        let thread = Thread { [self] in
            let result = Self.sha256(path: path, cancelled: cancelled)
            digest.withLock { $0 = result }
            finished.signal()
        }
        thread.start()
    }

    /// Asks the thread to stop; `wait()` then returns nil.
    func cancel() {
        cancelled.store(true, ordering: .relaxed)
    }

    /// Blocks until the digest is known; nil when the file could not be read or was cancelled.
    func wait() -> String? {
        finished.wait()
        return digest.withLock { $0 }
    }

    private static func sha256(path: String, cancelled: borrowing Atomic<Bool>) -> String? {
        guard let window = FileWindow(path: path) else { return nil }
        return FileDigest.sha256(of: window) { cancelled.load(ordering: .relaxed) }
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
