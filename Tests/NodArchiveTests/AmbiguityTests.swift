import Foundation
import NodArchive
import NodArchiveTesting
import NodCore
import NodTestSupport
import Testing

/// Archives people make are accepted as they make them; archives two tools would read
/// differently are refused.
struct AmbiguityTests {
    static let manifest = ArchiveBuilder.Entry.text("manifest.yaml", "bundle-format: 1\n")

    static func read(_ data: Data) throws(BundleError) -> BundleContents {
        try BundleReader().read(data: data, source: "bundle")
    }

    /// `tar -C folder -czf x.tgz .` and Python's `shutil.make_archive` begin with `./`.
    @Test(arguments: [ArchiveBuilder.Format.tar, .tarGzip, .zip])
    func anArchiveOfDotHasItsRootAsItsFirstEntry(format: ArchiveBuilder.Format) throws {
        let data = try ArchiveBuilder.build([.directory("./"), .directory("./minutes/"), .text("./manifest.yaml", "bundle-format: 1\n"),
                                             .text("./minutes/agm.md", "x")], format: format)
        let contents = try Self.read(data)
        #expect(contents.files.map(\.path).sorted() == ["manifest.yaml", "minutes/agm.md"])
    }

    /// Finder's zips put `__MACOSX/` beside the folder; it is not a second top folder.
    @Test func finderLitterDoesNotHideTheRoot() throws {
        let data = try ArchiveBuilder.build([.directory("gofal/"), .text("gofal/manifest.yaml", "bundle-format: 1\n"),
                                             .directory("__MACOSX/"), .directory("__MACOSX/gofal/"),
                                             .text("__MACOSX/gofal/._manifest.yaml", "junk")], format: .zip)
        let contents = try Self.read(data)
        #expect(contents.files.map(\.path) == ["manifest.yaml"])
    }

    @Test(arguments: [("Manifest.yaml", "manifest.yaml"), ("minutes/agm.md", "minutes/AGM.md"), ("minutes/agm.md", "minutes/agm.md."),
                      ("minutes/agm.md", "minutes/agm.md ")])
    func namesThatDifferOnlyByCaseOrTrailingDotsAreRefused(first: String, second: String) throws {
        let data = try ArchiveBuilder.build([Self.manifest, .text(first, "a"), .text(second, "b")], format: .tar)
        #expect(throws: BundleError.self) { try Self.read(data) }
        do { _ = try Self.read(data) } catch { #expect(error.code == .duplicatePath && error.message.contains("differ only by case")) }
    }

    @Test(arguments: ["minutes/agm\u{200B}.md", "minutes/\u{202E}dm.mga", "\u{FEFF}manifest.yaml"])
    func namesWithInvisibleCharactersAreRefused(name: String) throws {
        let data = try ArchiveBuilder.build([Self.manifest, .text(name, "a")], format: .tar)
        do {
            _ = try Self.read(data)
            Issue.record("\(name) was read")
        } catch {
            #expect(error.code == .badName && error.message.contains("invisible character"), "\(error)")
        }
    }

    /// A tar with a zip after it: tar readers see one bundle, zip readers another.
    @Test func aSecondArchiveAfterATarIsRefused() throws {
        let tar = try ArchiveBuilder.build([Self.manifest, .text("minutes/agm.md", "x")], format: .tar)
        let zip = try ArchiveBuilder.build([Self.manifest, .text("minutes/other.md", "y")], format: .zip)
        #expect(try Self.read(tar).files.count == 2)
        do {
            _ = try Self.read(tar + zip)
            Issue.record("a tar followed by a zip was read")
        } catch {
            #expect(error.message.contains("follow the end of the tar archive"), "\(error)")
        }
    }

    /// A gzip whose CRC does not match what it holds.
    @Test func aGzipWithABadChecksumIsRefused() throws {
        var data = try ArchiveBuilder.build([Self.manifest, .text("minutes/agm.md", "x")], format: .tarGzip)
        data[data.count - 8] ^= 0xFF
        do {
            _ = try Self.read(data)
            Issue.record("a damaged gzip was read")
        } catch {
            #expect(error.message.contains("checksum does not match"), "\(error)")
        }
    }
}

/// The bytes a bundle may hold for parsing, and its compression as a whole, are bounded.
struct AggregateLimitTests {
    @Test func structuredFilesTogetherAreBounded() throws {
        let text = String(repeating: "x,y\n", count: 100_000)  // 400 KB each
        let entries: [ArchiveBuilder.Entry] = [.text("manifest.yaml", "bundle-format: 1\n")]
            + (0..<4).map { .text("logs/l\($0).csv", text) }
        let data = try ArchiveBuilder.build(entries, format: .zip)
        do {
            _ = try BundleReader(limits: BundleLimits(maxStructuredTotalBytes: 1 << 20)).read(data: data, source: "b")
            Issue.record("read")
        } catch {
            #expect(error.code == .tooManyBytes && error.message.contains("YAML, CSV and Markdown files add up"), "\(error)")
        }
    }

    /// Many entries, each under the size at which one is judged by ratio, of zeros.
    @Test func manySmallZeroEntriesAreABomb() throws {
        let entries: [ArchiveBuilder.Entry] = [.text("manifest.yaml", "bundle-format: 1\n")]
            + (0..<40).map { .file("attachments/z\($0).bin", .zeros(1 << 20 - 1)) }
        let data = try ArchiveBuilder.build(entries, format: .tarGzip)
        do {
            _ = try BundleReader().read(data: data, source: "b")
            Issue.record("read")
        } catch {
            #expect(error.code == .compressionRatio && error.message.contains("together inflate"), "\(error)")
        }
    }
}

/// A zip whose central directory and local headers disagree is two bundles in one file.
struct ZipDisagreementTests {
    @Test func aLocalHeaderNamingAnotherFileIsRefused() throws {
        let zip = try ArchiveBuilder.build([.text("manifest.yaml", "bundle-format: 1\n"), .text("minutes/agm.md", "x")], format: .zip)
        #expect(try BundleReader().read(data: zip, source: "b").files.count == 2)
        // The local header comes first in the file, the central directory's copy of the name last.
        var bytes = [UInt8](zip)
        let name = Array("minutes/agm.md".utf8)
        let first = try #require((0...(bytes.count - name.count)).first { Array(bytes[$0..<$0 + name.count]) == name })
        bytes.replaceSubrange(first..<first + name.count, with: Array("minutes/xyz.md".utf8))
        do {
            _ = try BundleReader().read(data: Data(bytes), source: "b")
            Issue.record("a zip with disagreeing names was read")
        } catch {
            #expect(error.message.contains("central directory and its local entries"), "\(error)")
        }
    }
}
