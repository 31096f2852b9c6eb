import Foundation
import NodArchiveTesting
@testable import NodArchive
import NodCore
import Testing

/// Small tar.gz bundles are inflated whole by libdeflate; anything the fast path cannot vouch
/// for goes back to libarchive's own filter, and the bundle reads the same either way.
struct GzipInflaterTests {
    static let entries: [ArchiveBuilder.Entry] = [
        .text("bundle/manifest.yaml", "bundle-format: 1\n"),
        .text("bundle/cofnodion/cyfarfod.md", "---\nmeeting: agm\n---\nCroeso.\n"),
        .file("bundle/attachments/scan.pdf", .random(40 << 10, seed: 7)),
    ]

    /// The tar, when the fast path inflated it.
    static func inflate(_ data: Data, limit: Int = 1 << 20) -> [UInt8]? {
        guard case .inflated(let tar) = outcome(data, limit: limit) else { return nil }
        return tar
    }

    static func outcome(_ data: Data, limit: Int = 1 << 20) -> GzipInflater.Outcome {
        data.withUnsafeBytes { GzipInflater.inflate($0, limit: limit) }
    }

    static func isDamaged(_ data: Data) -> Bool {
        if case .damaged = outcome(data) { return true }
        return false
    }

    @Test func inflatesASmallTarGzToItsTar() throws {
        let tar = try ArchiveBuilder.build(Self.entries, format: .tar)
        let gzip = try ArchiveBuilder.build(Self.entries, format: .tarGzip)
        #expect(Self.inflate(gzip) == Array(tar))
    }

    @Test func leavesToLibarchiveWhatItCannotVouchFor() throws {
        let gzip = try ArchiveBuilder.build(Self.entries, format: .tarGzip)
        let size = try #require(Self.inflate(gzip)).count
        // Larger than the limit: the size at which entries' ratios start to be checked.
        #expect(Self.inflate(gzip, limit: size - 1) == nil)
        // A declared size that lies (the trailer's last four bytes).
        var lying = gzip
        lying[lying.count - 4] ^= 0x01
        #expect(Self.inflate(lying) == nil)
        // A second member after the first, and bytes after the member.
        #expect(Self.inflate(gzip + gzip) == nil)
        #expect(Self.inflate(gzip + Data([0, 0, 0, 0])) == nil)
        // What is not gzip at all.
        #expect(Self.inflate(try ArchiveBuilder.build(Self.entries, format: .tar)) == nil)
        #expect(!Self.isDamaged(gzip + gzip))
    }

    /// Damaged data — a broken stream, a CRC that does not match, a member cut short — is not
    /// left to libarchive, which stops at the tar's end without looking at the CRC: refused.
    @Test func damagedDataIsRefusedNotPassedOn() throws {
        let gzip = try ArchiveBuilder.build(Self.entries, format: .tarGzip)
        var damaged = gzip
        damaged[damaged.count / 2] ^= 0xFF
        var badChecksum = gzip
        badChecksum[badChecksum.count - 8] ^= 0x01
        #expect(Self.isDamaged(damaged) && Self.isDamaged(badChecksum))
        #expect(Self.inflate(gzip.prefix(gzip.count - 8)) == nil)
    }

    /// Through the fast path or libarchive's filter (a second, empty member sends the same
    /// tar there), the same files, digests and format.
    @Test func bothPathsReadTheSameBundle() throws {
        let gzip = try ArchiveBuilder.build(Self.entries, format: .tarGzip)
        let twoMembers = gzip + (try ArchiveBuilder.build([], format: .tarGzip))
        #expect(Self.inflate(twoMembers) == nil)
        let fast = try BundleReader().read(data: gzip, source: "b.tar.gz")
        let streamed = try BundleReader().read(data: twoMembers, source: "b.tar.gz")
        #expect(fast.files.map(\.path) == streamed.files.map(\.path) && fast.files.count == 3)
        #expect(fast.files.map(\.sha256) == streamed.files.map(\.sha256))
        #expect(fast.digest == streamed.digest)
        #expect(fast.format == streamed.format && fast.format.hasSuffix("(gzip)"))
    }
}
