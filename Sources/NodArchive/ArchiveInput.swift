#if canImport(Glibc)
import Glibc
#endif

/// The bytes libarchive reads, served in chunks with seeking, so that
/// `archive_filter_bytes(a, -1)` counts what was really consumed (the bomb ratio needs it)
/// and zip is read through its central directory (links are seen as links).
///
/// A file is served through a sliding `FileWindow`, never mapped whole, so a 1 GiB bundle
/// costs a window of memory, not 1 GiB of resident pages.
final class ArchiveInput {
    private enum Source {
        case memory(UnsafeRawBufferPointer)
        case file(FileWindow)
    }

    private let source: Source
    let size: Int
    private(set) var position = 0
    static let chunk = 1 << 20

    /// Serves bytes already in memory; the caller keeps them alive while the input is used.
    init(bytes: UnsafeRawBufferPointer) {
        source = .memory(bytes)
        size = bytes.count
    }

    /// Serves the file behind `window`.
    init(window: FileWindow) {
        source = .file(window)
        size = window.size
    }

    /// The same bytes again, from their start (for a second reading of one archive).
    func rewound() -> ArchiveInput {
        switch source {
        case .memory(let bytes): ArchiveInput(bytes: bytes)
        case .file(let window): ArchiveInput(window: window)
        }
    }

    /// The next chunk from the current position (empty at the end); nil when it cannot be read.
    /// The chunk stays valid until the next call.
    func read() -> UnsafeRawBufferPointer? {
        let chunk: UnsafeRawBufferPointer?
        switch source {
        case .memory(let bytes):
            let count = min(Self.chunk, size - position)
            chunk = count > 0 ? UnsafeRawBufferPointer(rebasing: bytes[position..<position + count]) : UnsafeRawBufferPointer(start: nil, count: 0)
        case .file(let window):
            chunk = window.bytes(at: position, upTo: Self.chunk)
        }
        position += chunk?.count ?? 0
        return chunk
    }

    /// Up to `count` bytes from `offset`, without moving the reading position.
    func bytes(at offset: Int, upTo count: Int) -> UnsafeRawBufferPointer? {
        guard offset < size else { return nil }
        switch source {
        case .memory(let bytes): return UnsafeRawBufferPointer(rebasing: bytes[offset..<min(size, offset + count)])
        case .file(let window): return window.bytes(at: offset, upTo: count)
        }
    }

    /// Every byte at once when they are already in memory (a small file is read whole);
    /// nil for a large file, which is only ever seen through its window.
    var wholeBytes: UnsafeRawBufferPointer? {
        switch source {
        case .memory(let bytes): bytes
        case .file(let window): window.size <= FileWindow.readWholeBytes ? window.bytes(at: 0, upTo: size) : nil
        }
    }

    /// Moves forward by up to `count` bytes; returns how far it moved.
    func skip(_ count: Int) -> Int {
        let skipped = max(0, min(count, size - position))
        position += skipped
        return skipped
    }

    /// Moves to `offset` from the start, the current position or the end; nil when outside the input.
    func seek(_ offset: Int, whence: Int32) -> Int? {
        let base: Int = switch whence {
        case SEEK_SET: 0
        case SEEK_CUR: position
        default: size
        }
        let target = base + offset
        guard target >= 0, target <= size else { return nil }
        position = target
        return target
    }
}
