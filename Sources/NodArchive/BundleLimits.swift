import Foundation

/// How much a bundle may hold before it is refused. Defaults are docs/bundle.md's.
package struct BundleLimits: Sendable, Hashable {
    /// Entries (files and folders) in the bundle.
    package var maxEntries: Int
    /// Uncompressed bytes of every file together, counted as they are read (declared sizes lie).
    package var maxTotalBytes: Int64
    /// One structured file (YAML, CSV, Markdown): it is held in memory to be parsed.
    package var maxStructuredFileBytes: Int64
    /// Structured files together: what a bundle may hold in memory to be parsed.
    package var maxStructuredTotalBytes: Int64
    /// Output bytes per compressed input byte allowed for an entry, once it is past
    /// `ratioThresholdBytes`, and for the whole archive once it is past `aggregateRatioThresholdBytes`.
    package var maxCompressionRatio: Int64
    /// Entries smaller than this are never judged by ratio (a tiny file of zeros is not a bomb).
    package var ratioThresholdBytes: Int64
    /// Past this many uncompressed bytes in all, the archive as a whole is judged by ratio:
    /// thousands of small entries of zeros, each under `ratioThresholdBytes`, are a bomb too.
    package var aggregateRatioThresholdBytes: Int64

    package init(
        maxEntries: Int = 10_000,
        maxTotalBytes: Int64 = 2 << 30,
        maxStructuredFileBytes: Int64 = 32 << 20,
        maxStructuredTotalBytes: Int64 = 64 << 20,
        maxCompressionRatio: Int64 = 200,
        ratioThresholdBytes: Int64 = 1 << 20,
        aggregateRatioThresholdBytes: Int64 = 16 << 20
    ) {
        self.maxEntries = maxEntries
        self.maxTotalBytes = maxTotalBytes
        self.maxStructuredFileBytes = maxStructuredFileBytes
        self.maxStructuredTotalBytes = maxStructuredTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioThresholdBytes = ratioThresholdBytes
        self.aggregateRatioThresholdBytes = aggregateRatioThresholdBytes
    }

    package static let `default` = BundleLimits()
}

/// Byte counts for messages: `2 GiB`, `32 MiB`, `512 bytes`.
enum ByteCount {
    static func format(_ bytes: Int64) -> String {
        let units: [(Int64, String)] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (size, name) in units where bytes >= size && bytes % size == 0 {
            return "\(bytes / size) \(name)"
        }
        for (size, name) in units where bytes >= size {
            return String(format: "%.1f \(name)", Double(bytes) / Double(size))
        }
        return "\(bytes) bytes"
    }
}
