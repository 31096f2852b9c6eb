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
    /// What came of trying.
    enum Outcome {
        case inflated([UInt8])
        /// libdeflate found the data damaged: a deflate stream that breaks, or a CRC-32 that does
        /// not match. libarchive's filter, which stops reading at the tar's end, never looks at
        /// the CRC, so another tool could read the same file differently: it is refused.
        case damaged
        /// Not one this path takes; libarchive's filter reads it.
        case elsewhere
    }

    static func inflate(_ gzip: UnsafeRawBufferPointer, limit: Int) -> Outcome {
        // A member: 10-byte header (1f 8b, method 8), data, CRC-32 and the size mod 2^32.
        guard gzip.count >= 18, gzip[0] == 0x1F, gzip[1] == 0x8B, gzip[2] == 0x08 else { return .elsewhere }
        let declared = Int(gzip.loadUnaligned(fromByteOffset: gzip.count - 4, as: UInt32.self).littleEndian)
        guard declared > 0, declared <= limit, let decompressor = libdeflate_alloc_decompressor() else { return .elsewhere }
        defer { libdeflate_free_decompressor(decompressor) }
        var consumed = 0, produced = 0
        var result = LIBDEFLATE_SUCCESS
        let output = [UInt8](unsafeUninitializedCapacity: declared) { buffer, count in
            result = libdeflate_gzip_decompress_ex(decompressor, gzip.baseAddress, gzip.count,
                                                   buffer.baseAddress, declared, &consumed, &produced)
            count = result == LIBDEFLATE_SUCCESS ? produced : 0
        }
        if result == LIBDEFLATE_BAD_DATA { return .damaged }
        // The whole file one member, and exactly the size it declared (a wrapped size is a lie).
        guard result == LIBDEFLATE_SUCCESS, consumed == gzip.count, produced == declared else { return .elsewhere }
        return .inflated(output)
    }
}
