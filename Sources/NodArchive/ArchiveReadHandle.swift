internal import CLibArchive
import Foundation

/// libarchive's non-ASCII names come back NULL in the "C" locale (docs/architecture.md, "Traps of the C libraries"). A UTF-8
/// `LC_CTYPE` is made once and installed for the calling thread only, around each use of
/// libarchive: `setlocale` changes the whole process and is not safe while other threads run
/// (parallel tests crashed in strlen when one thread switched it under another).
private nonisolated(unsafe) let utf8Locale: locale_t? = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)

package enum ThreadLocale {
    /// Runs `body` with this thread's character type locale set to UTF-8, then restores it.
    package static func utf8<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        guard let utf8Locale else { return try body() }
        let previous = uselocale(utf8Locale)
        defer { uselocale(previous) }
        return try body()
    }
}

/// A libarchive read handle restricted to the formats and built-in filters docs/bundle.md
/// names. Filters are probed on a scratch handle first: a filter that libarchive would
/// run as an external program (it returns `ARCHIVE_WARN` then) is never registered.
final class ArchiveReadHandle {
    let archive: OpaquePointer
    let input: ArchiveInput

    init(input: ArchiveInput) {
        archive = archive_read_new()
        self.input = input
        Self.registerFormatsAndFilters(archive)
    }

    /// A handle that reads a zip as a streaming tool does: by its local headers, in order,
    /// never looking at the central directory.
    init(zipLocalHeadersOf input: ArchiveInput) {
        archive = archive_read_new()
        self.input = input
        archive_read_support_format_zip_streamable(archive)
        seekable = false
    }

    /// Whether libarchive may seek (the zip reader then trusts the central directory).
    private var seekable = true

    deinit {
        archive_read_free(archive)
    }

    /// The filters libarchive runs in-process, probed once per process on scratch handles.
    private static let builtInFilters: [@Sendable (OpaquePointer?) -> Int32] = {
        let filters: [@Sendable (OpaquePointer?) -> Int32] = [
            archive_read_support_filter_gzip, archive_read_support_filter_bzip2,
            archive_read_support_filter_xz, archive_read_support_filter_lzma,
            archive_read_support_filter_lzip, archive_read_support_filter_zstd,
            archive_read_support_filter_lz4, archive_read_support_filter_compress,
        ]
        return filters.filter { filter in
            let probe = archive_read_new()
            defer { archive_read_free(probe) }
            return filter(probe) == ARCHIVE_OK
        }
    }()

    private static func registerFormatsAndFilters(_ archive: OpaquePointer) {
        archive_read_support_format_zip(archive)
        archive_read_support_format_tar(archive)
        archive_read_support_format_gnutar(archive)
        archive_read_support_format_7zip(archive)
        for filter in builtInFilters { _ = filter(archive) }
    }

    /// Opens the archive over the memory; returns libarchive's error text on failure.
    func open() -> String? {
        let context = Unmanaged.passUnretained(input).toOpaque()
        archive_read_set_callback_data(archive, context)
        archive_read_set_read_callback(archive) { _, context, buffer in
            let input = Unmanaged<ArchiveInput>.fromOpaque(context!).takeUnretainedValue()
            guard let chunk = input.read() else { return Int(ARCHIVE_FATAL) }
            buffer?.pointee = chunk.baseAddress
            return chunk.count
        }
        archive_read_set_skip_callback(archive) { _, context, request in
            let input = Unmanaged<ArchiveInput>.fromOpaque(context!).takeUnretainedValue()
            return Int64(input.skip(Int(request)))
        }
        if seekable {
            archive_read_set_seek_callback(archive) { _, context, offset, whence in
                let input = Unmanaged<ArchiveInput>.fromOpaque(context!).takeUnretainedValue()
                return input.seek(Int(offset), whence: whence).map(Int64.init) ?? Int64(ARCHIVE_FATAL)
            }
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
