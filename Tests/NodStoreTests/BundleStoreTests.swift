import Crypto
import Foundation
@testable import NodStore
import NodTestSupport
import Testing

/// The bundle store keeps what was submitted, once, whole, under its digest, and never lets a
/// name become a path.
struct BundleStoreTests {
    @Test func aBundleIsKeptUnderItsDigestOnce() throws {
        try TemporaryDirectory.with { dir in
            let store = try BundleStore(data: dir)
            let bytes = Data("PK\u{3}\u{4} not really a zip".utf8)
            let first = try store.put(bytes)
            let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            #expect(first.sha256 == digest)
            #expect(first.url.path.hasSuffix("/bundles/\(digest.prefix(2))/\(digest)"))
            #expect(try Data(contentsOf: first.url) == bytes)
            let again = try store.put(bytes)
            #expect(again == first)
            let folder = first.url.deletingLastPathComponent()
            // No temporary file is left behind, and there is one copy.
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [digest])
            #expect(try store.bundle(digest) == first)
            let mode = try FileManager.default.attributesOfItem(atPath: first.url.path)[.posixPermissions] as? NSNumber
            #expect(mode?.intValue == 0o600)
        }
    }

    @Test func aDigestIsNeverAPath() throws {
        try TemporaryDirectory.with { dir in
            let store = try BundleStore(data: dir)
            for bad in ["../../etc/passwd", String(repeating: "A", count: 64), String(repeating: "a", count: 63), ""] {
                #expect(throws: BundleStore.Failure.notADigest(bad)) { try store.bundle(bad) }
            }
            #expect(try store.bundle(String(repeating: "0", count: 64)) == nil)
        }
    }

    @Test func aBundleOverTheLimitIsRefusedAndNothingIsWritten() throws {
        try TemporaryDirectory.with { dir in
            let store = try BundleStore(data: dir, limit: 10)
            #expect(throws: BundleStore.Failure.tooLarge(limit: 10)) { try store.put(Data(count: 11)) }
            let walker = FileManager.default.enumerator(atPath: store.root.path)
            #expect(walker?.nextObject() == nil)
        }
    }
}
