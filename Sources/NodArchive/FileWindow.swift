import Foundation
import NodCore
#if canImport(Glibc)
import Glibc
#endif

/// A file seen through one memory-mapped window of a few MiB at a time.
///
/// Mapping the whole of a 1 GiB bundle made every page of it count as resident memory;
/// `pread` into a buffer costs a copy of every byte (measured: a quarter of the time of a
/// large audit). A sliding window keeps the mapping's speed and bounds the memory: moving
/// the window unmaps the pages behind it.
///
/// A small file (most bundles: a few hundred KiB) is read whole into memory instead: mapping
/// it cost a page fault per few pages and, with two workers in one process, an unmapping
/// that interrupts the other core to flush its address translations — more than the copy.
final class FileWindow {
    let descriptor: Int32
    let size: Int
    static let windowSize = 8 << 20
    /// Files up to this size are read, not mapped.
    static let readWholeBytes = 4 << 20
    private var start = 0
    private var length = 0
    private var mapping: UnsafeMutableRawPointer?
    /// A small file's bytes, read on first use.
    private var whole: UnsafeMutableRawBufferPointer?

    /// Opens `path`; nil with `errno` set when it cannot be opened or is not a regular file.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
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
        whole?.deallocate()
        close(descriptor)
    }

    /// Up to `count` bytes from `offset`, stopping at the end of the window that holds it;
    /// empty at the end of the file, nil when the file cannot be mapped. The bytes stay
    /// valid until the next call.
    func bytes(at offset: Int, upTo count: Int) -> UnsafeRawBufferPointer? {
        guard offset < size else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        if size <= Self.readWholeBytes {
            guard let whole = readWhole() else { return nil }
            return UnsafeRawBufferPointer(rebasing: whole[offset..<min(size, offset + count)])
        }
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

    /// The whole of a small file, read on first use; nil when it could not be read to its end.
    private func readWhole() -> UnsafeMutableRawBufferPointer? {
        if let whole { return whole }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
        var done = 0
        while done < size {
            let count = (try? SystemCall.retrying { pread(descriptor, buffer.baseAddress! + done, size - done, off_t(done)) }) ?? -1
            guard count > 0 else {
                buffer.deallocate()
                return nil
            }
            done += count
        }
        whole = buffer
        return buffer
    }

    private func unmap() {
        if let mapping { munmap(mapping, length) }
        mapping = nil
    }
}
