internal import CLibArchive
import NodArchive
import Crypto

/// The least work any auditor of an archive must do: libarchive reads every entry and
/// SHA-256 hashes every byte, in one pass, with none of nod's checks.
///
/// It exists for `nod-bench`, which compares nod against it (the "in-process floor" of
/// docs/architecture.md); nod itself never uses it.
package enum ArchiveFloor {
    /// Reads the archive at `path` and hashes each entry; returns the number of bytes hashed,
    /// or nil when libarchive cannot read it.
    package static func readAndHash(path: String) -> Int64? {
        ThreadLocale.utf8 { () -> Int64? in
            guard let archive = archive_read_new() else { return nil }
            defer { archive_read_free(archive) }
            archive_read_support_format_all(archive)
            archive_read_support_filter_all(archive)
            guard archive_read_open_filename(archive, path, 1 << 20) == ARCHIVE_OK else { return nil }
            var total: Int64 = 0
            var entry: OpaquePointer?
            while archive_read_next_header(archive, &entry) == ARCHIVE_OK {
                var hasher = SHA256()
                // Blocks where libarchive holds them, as nod reads them (the benchmark's
                // archives have no sparse entries, so no holes to fill).
                var block: UnsafeRawPointer?
                var count = 0
                var offset: Int64 = 0
                while archive_read_data_block(archive, &block, &count, &offset) == ARCHIVE_OK {
                    if count > 0, let block { hasher.update(bufferPointer: UnsafeRawBufferPointer(start: block, count: count)) }
                    total += Int64(count)
                }
                _ = hasher.finalize()
            }
            return total
        }
    }
}
