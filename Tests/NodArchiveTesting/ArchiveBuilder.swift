internal import CLibArchive
import NodArchive
package import Foundation

/// Builds archives in memory with libarchive's writer, for tests and benchmarks (this testing
/// target is the only importer of CLibArchive besides NodArchive, and nod never links it): every
/// container docs/bundle.md accepts, and the hostile shapes it refuses (links, devices, `..`,
/// encrypted entries, bombs), without committing binary fixtures.
package enum ArchiveBuilder {
    /// A container format with its compression filter.
    package enum Format: String, Sendable, CaseIterable {
        case zip, tar, tarGzip = "tar.gz", tarZstd = "tar.zst", tarXz = "tar.xz", tarBzip2 = "tar.bz2", sevenZip = "7z"
    }

    /// What an entry holds.
    package enum Content: Sendable {
        case bytes([UInt8])
        /// `count` zero bytes, streamed (a bomb's payload) without being held in memory.
        case zeros(Int64)
        /// `count` pseudo-random bytes (incompressible, like scans and photos), streamed.
        case random(Int64, seed: UInt64)

        var count: Int64 {
            switch self {
            case .bytes(let bytes): Int64(bytes.count)
            case .zeros(let count), .random(let count, _): count
            }
        }
    }

    /// One entry to write.
    package enum Entry: Sendable {
        case file(String, Content)
        case directory(String)
        case symlink(String, target: String)
        case hardlink(String, target: String)
        case characterDevice(String)

        package static func text(_ path: String, _ text: String) -> Entry {
            .file(path, .bytes(Array(text.utf8)))
        }
    }

    /// Why libarchive would not write the archive.
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// The archive's bytes. `passphrase` encrypts zip entries (traditional PKWARE encryption).
    package static func build(_ entries: [Entry], format: Format, passphrase: String? = nil) throws -> Data {
        try ThreadLocale.utf8 { () throws -> Data in try buildInUTF8Locale(entries, format: format, passphrase: passphrase) }
    }

    private static func buildInUTF8Locale(_ entries: [Entry], format: Format, passphrase: String?) throws -> Data {
        let output = GrowingBuffer()
        guard let archive = archive_write_new() else { throw Failure(description: "archive_write_new failed") }
        defer { archive_write_free(archive) }
        func check(_ status: Int32) throws {
            guard status >= ARCHIVE_WARN else {
                throw Failure(description: archive_error_string(archive).map { String(cString: $0) } ?? "libarchive error \(status)")
            }
        }
        switch format {
        case .zip: try check(archive_write_set_format_zip(archive))
        case .sevenZip: try check(archive_write_set_format_7zip(archive))
        default: try check(archive_write_set_format_pax_restricted(archive))
        }
        switch format {
        case .tarGzip: try check(archive_write_add_filter_gzip(archive))
        case .tarZstd: try check(archive_write_add_filter_zstd(archive))
        case .tarXz: try check(archive_write_add_filter_xz(archive))
        case .tarBzip2: try check(archive_write_add_filter_bzip2(archive))
        default: break
        }
        if let passphrase {
            try check(archive_write_set_options(archive, "zip:encryption=zipcrypt"))
            try check(archive_write_set_passphrase(archive, passphrase))
        }
        archive_write_set_bytes_in_last_block(archive, 1)
        let context = Unmanaged.passUnretained(output).toOpaque()
        try check(archive_write_open2(archive, context, nil, { _, context, bytes, count in
            let output = Unmanaged<GrowingBuffer>.fromOpaque(context!).takeUnretainedValue()
            output.data.append(bytes!.assumingMemoryBound(to: UInt8.self), count: count)
            return count
        }, nil, nil))
        for entry in entries {
            try write(entry, to: archive, check: check)
        }
        try check(archive_write_close(archive))
        return output.data
    }

    private static func write(_ entry: Entry, to archive: OpaquePointer, check: (Int32) throws -> Void) throws {
        let header = archive_entry_new()
        defer { archive_entry_free(header) }
        var content: Content?
        switch entry {
        case .file(let path, let body):
            archive_entry_set_pathname_utf8(header, path)
            archive_entry_set_filetype(header, nod_AE_IFREG)
            archive_entry_set_size(header, body.count)
            content = body
        case .directory(let path):
            archive_entry_set_pathname_utf8(header, path)
            archive_entry_set_filetype(header, nod_AE_IFDIR)
        case .symlink(let path, let target):
            archive_entry_set_pathname_utf8(header, path)
            archive_entry_set_filetype(header, nod_AE_IFLNK)
            archive_entry_set_symlink_utf8(header, target)
        case .hardlink(let path, let target):
            archive_entry_set_pathname_utf8(header, path)
            archive_entry_set_filetype(header, nod_AE_IFREG)
            archive_entry_set_hardlink_utf8(header, target)
        case .characterDevice(let path):
            archive_entry_set_pathname_utf8(header, path)
            archive_entry_set_filetype(header, nod_AE_IFCHR)
            archive_entry_set_rdev(header, 0x0501)
        }
        archive_entry_set_perm(header, 0o644)
        archive_entry_set_mtime(header, 1_700_000_000, 0)
        try check(archive_write_header(archive, header))
        switch content {
        case .bytes(let bytes)?:
            if !bytes.isEmpty {
                let written = bytes.withUnsafeBytes { archive_write_data(archive, $0.baseAddress, $0.count) }
                try check(written < 0 ? Int32(written) : ARCHIVE_OK)
            }
        case .random(var remaining, var state)?:
            var block = [UInt64](repeating: 0, count: (1 << 20) / 8)
            while remaining > 0 {
                for index in block.indices {
                    state ^= state << 13; state ^= state >> 7; state ^= state << 17  // xorshift64
                    block[index] = state
                }
                let count = Int(min(remaining, Int64(block.count * 8)))
                let written = block.withUnsafeBytes { archive_write_data(archive, $0.baseAddress, count) }
                try check(written < 0 ? Int32(written) : ARCHIVE_OK)
                remaining -= Int64(count)
            }
        case .zeros(var remaining)?:
            let zeros = [UInt8](repeating: 0, count: 1 << 20)
            while remaining > 0 {
                let count = Int(min(remaining, Int64(zeros.count)))
                let written = zeros.withUnsafeBytes { archive_write_data(archive, $0.baseAddress, count) }
                try check(written < 0 ? Int32(written) : ARCHIVE_OK)
                remaining -= Int64(count)
            }
        case nil:
            break
        }
    }
}

/// The archive being written, grown by libarchive's write callback.
private final class GrowingBuffer {
    var data = Data()
}
