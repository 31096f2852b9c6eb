internal import CLibArchive
import Foundation

/// libarchive's non-ASCII names come back NULL in the "C" locale (NOTES.md). A UTF-8
/// `LC_CTYPE` is made once and installed for the calling thread only, around each use of
/// libarchive: `setlocale` changes the whole process and is not safe while other threads run
/// (parallel tests crashed in strlen when one thread switched it under another).
private nonisolated(unsafe) let utf8Locale: locale_t? = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)

enum ThreadLocale {
    /// Runs `body` with this thread's character type locale set to UTF-8, then restores it.
    static func utf8<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        guard let utf8Locale else { return try body() }
        let previous = uselocale(utf8Locale)
        defer { uselocale(previous) }
        return try body()
    }
}

/// The bytes libarchive reads, served in chunks with seeking, so that
/// `archive_filter_bytes(a, -1)` counts what was really consumed (the bomb ratio needs it)
/// and zip is read through its central directory (links are seen as links).
final class MemoryInput {
    let bytes: UnsafeRawBufferPointer
    var position = 0
    static let chunk = 64 * 1024

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }
}

/// A libarchive read handle restricted to the formats and built-in filters bundle.md
/// names. Filters are probed on a scratch handle first: a filter that libarchive would
/// run as an external program (it returns `ARCHIVE_WARN` then) is never registered.
final class ArchiveReadHandle {
    let archive: OpaquePointer
    private let input: MemoryInput

    init(bytes: UnsafeRawBufferPointer) {
        archive = archive_read_new()
        input = MemoryInput(bytes: bytes)
        Self.registerFormatsAndFilters(archive)
    }

    deinit {
        archive_read_free(archive)
    }

    private static func registerFormatsAndFilters(_ archive: OpaquePointer) {
        let filters: [(OpaquePointer?) -> Int32] = [
            archive_read_support_filter_gzip, archive_read_support_filter_bzip2,
            archive_read_support_filter_xz, archive_read_support_filter_lzma,
            archive_read_support_filter_lzip, archive_read_support_filter_zstd,
            archive_read_support_filter_lz4, archive_read_support_filter_compress,
        ]
        archive_read_support_format_zip(archive)
        archive_read_support_format_tar(archive)
        archive_read_support_format_gnutar(archive)
        archive_read_support_format_7zip(archive)
        for filter in filters {
            let probe = archive_read_new()
            let builtIn = filter(probe) == ARCHIVE_OK
            archive_read_free(probe)
            if builtIn { _ = filter(archive) }
        }
    }

    /// Opens the archive over the memory; returns libarchive's error text on failure.
    func open() -> String? {
        let context = Unmanaged.passUnretained(input).toOpaque()
        archive_read_set_callback_data(archive, context)
        archive_read_set_read_callback(archive) { _, context, buffer in
            let input = Unmanaged<MemoryInput>.fromOpaque(context!).takeUnretainedValue()
            let count = min(MemoryInput.chunk, input.bytes.count - input.position)
            guard count > 0, let base = input.bytes.baseAddress else { return 0 }
            buffer?.pointee = UnsafeRawPointer(base + input.position)
            input.position += count
            return count
        }
        archive_read_set_skip_callback(archive) { _, context, request in
            let input = Unmanaged<MemoryInput>.fromOpaque(context!).takeUnretainedValue()
            let skipped = min(Int(request), input.bytes.count - input.position)
            input.position += skipped
            return Int64(skipped)
        }
        archive_read_set_seek_callback(archive) { _, context, offset, whence in
            let input = Unmanaged<MemoryInput>.fromOpaque(context!).takeUnretainedValue()
            let base: Int = switch whence {
            case SEEK_SET: 0
            case SEEK_CUR: input.position
            default: input.bytes.count
            }
            let target = base + Int(offset)
            guard target >= 0, target <= input.bytes.count else { return Int64(ARCHIVE_FATAL) }
            input.position = target
            return Int64(target)
        }
        guard archive_read_open1(archive) == ARCHIVE_OK else { return errorText }
        return nil
    }

    var errorText: String {
        archive_error_string(archive).map { String(cString: $0) } ?? "unknown libarchive error"
    }

    /// Compressed bytes consumed so far from the raw input.
    var consumedBytes: Int64 { archive_filter_bytes(archive, -1) }

    var formatName: String {
        archive_format_name(archive).map { String(cString: $0) } ?? "unknown"
    }

    var filterNames: [String] {
        (0..<max(0, archive_filter_count(archive) - 1)).compactMap { index in
            archive_filter_name(archive, index).map { String(cString: $0) }
        }.filter { $0 != "none" }
    }
}
