internal import CLibDeflate

/// Inflates a small gzip file in one call with libdeflate, so that libarchive reads the tar
/// inside from memory instead of through its own zlib filter.
///
/// Why: a typical bundle is a few hundred KiB of tar.gz whose scans inflate literal by
/// literal, and zlib's streaming inflate was over a quarter of a batch's time; libdeflate's
/// whole-buffer inflate takes about 0.7 of zlib's time on the same bytes (BENCHMARKS.md).
///
/// Only a single-member gzip whose unpacked size is at most `limit` goes this way, and
/// `limit` is the size below which no entry's compression ratio is ever checked: every
/// bundle is refused or accepted exactly as through libarchive's filter. Anything else — a
/// larger archive, several members, a declared size that lies, damaged data — returns nil
/// and is left to libarchive, which streams it and applies the bomb limits.
enum GzipInflater {
    static func inflate(_ gzip: UnsafeRawBufferPointer, limit: Int) -> [UInt8]? {
        // A member: 10-byte header (1f 8b, method 8), data, CRC-32 and the size mod 2^32.
        guard gzip.count >= 18, gzip[0] == 0x1F, gzip[1] == 0x8B, gzip[2] == 0x08 else { return nil }
        let declared = Int(gzip.loadUnaligned(fromByteOffset: gzip.count - 4, as: UInt32.self).littleEndian)
        guard declared > 0, declared <= limit, let decompressor = libdeflate_alloc_decompressor() else { return nil }
        defer { libdeflate_free_decompressor(decompressor) }
        var consumed = 0, produced = 0
        var succeeded = false
        let output = [UInt8](unsafeUninitializedCapacity: declared) { buffer, count in
            let result = libdeflate_gzip_decompress_ex(decompressor, gzip.baseAddress, gzip.count,
                                                       buffer.baseAddress, declared, &consumed, &produced)
            succeeded = result == LIBDEFLATE_SUCCESS
            count = succeeded ? produced : 0
        }
        // The whole file one member, and exactly the size it declared (a wrapped size is a lie).
        guard succeeded, consumed == gzip.count, produced == declared else { return nil }
        return output
    }
}
