import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file seen through one memory-mapped window of a few MiB at a time.
///
/// Mapping the whole of a 1 GiB bundle made every page of it count as resident memory;
/// `pread` into a buffer costs a copy of every byte (measured: a quarter of the time of a
/// large audit). A sliding window keeps the mapping's speed and bounds the memory: moving
/// the window unmaps the pages behind it.
final class FileWindow {
    let descriptor: Int32
    let size: Int
    static let windowSize = 8 << 20
    private var start = 0
    private var length = 0
    private var mapping: UnsafeMutableRawPointer?

    /// Opens `path`; nil with `errno` set when it cannot be opened or is not a regular file.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        size = Int(status.st_size)
    }

    deinit {
        unmap()
        close(descriptor)
    }

    /// Up to `count` bytes from `offset`, stopping at the end of the window that holds it;
    /// empty at the end of the file, nil when the file cannot be mapped. The bytes stay
    /// valid until the next call.
    func bytes(at offset: Int, upTo count: Int) -> UnsafeRawBufferPointer? {
        guard offset < size else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        if mapping == nil || offset < start || offset >= start + length {
            unmap()
            start = offset - offset % Self.windowSize
            length = min(Self.windowSize, size - start)
            guard let mapped = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, off_t(start)),
                  mapped != MAP_FAILED else { return nil }
            _ = madvise(mapped, length, MADV_SEQUENTIAL)
            mapping = mapped
        }
        guard let mapping else { return nil }
        return UnsafeRawBufferPointer(start: mapping + (offset - start), count: min(count, start + length - offset))
    }

    private func unmap() {
        if let mapping { munmap(mapping, length) }
        mapping = nil
    }
}
