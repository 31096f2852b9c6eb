import Foundation
import NodArchive
import NodArchiveTesting
import NodCore
import NodTestSupport
import Testing

/// Every refusal of docs/bundle.md, provoked by an archive built in the test.
struct RefusalTests {
    static let manifest = ArchiveBuilder.Entry.text("manifest.yaml", "bundle-format: 1\n")

    func refusal(
        _ entries: [ArchiveBuilder.Entry], format: ArchiveBuilder.Format = .tar,
        limits: BundleLimits = .default, passphrase: String? = nil
    ) throws -> BundleError {
        let data = try ArchiveBuilder.build(entries, format: format, passphrase: passphrase)
        return try refusal(data: data, limits: limits)
    }

    func refusal(data: Data, limits: BundleLimits = .default) throws -> BundleError {
        do {
            let contents = try BundleReader(limits: limits).read(data: data, source: "bundle")
            Issue.record("expected a refusal, read \(contents.files.count) files")
            return BundleError(.unreadable, source: "", "not refused")
        } catch {
            return error
        }
    }

    @Test(arguments: [ArchiveBuilder.Format.tar, .zip])
    func traversal(format: ArchiveBuilder.Format) throws {
        let error = try refusal([Self.manifest, .text("minutes/../../etc/passwd", "x")], format: format)
        #expect(error.code == .traversal)
        #expect(error.entry == "minutes/../../etc/passwd")
        #expect(error.description.hasPrefix("bundle!/minutes/../../etc/passwd: "))
    }

    @Test func absolutePath() throws {
        let error = try refusal([Self.manifest, .text("/etc/cron.d/evil", "x")])
        #expect(error.code == .absolutePath)
    }

    @Test func windowsDrivePath() throws {
        let error = try refusal([Self.manifest, .text("C:/Windows/evil.txt", "x")], format: .zip)
        #expect(error.code == .absolutePath)
    }

    @Test(arguments: [ArchiveBuilder.Format.tar, .zip, .sevenZip])
    func symbolicLink(format: ArchiveBuilder.Format) throws {
        let error = try refusal([Self.manifest, .symlink("members/register.csv", target: "/etc/shadow")], format: format)
        #expect(error.code == .link)
        #expect(error.entry == "members/register.csv")
    }

    @Test func hardLink() throws {
        let error = try refusal([Self.manifest, .hardlink("copy.yaml", target: "manifest.yaml")])
        #expect(error.code == .hardlink)
    }

    @Test func device() throws {
        let error = try refusal([Self.manifest, .characterDevice("dev/tty")])
        #expect(error.code == .device)
    }

    @Test func duplicatePath() throws {
        let error = try refusal([Self.manifest, .text("a.md", "1"), .text("a.md", "2")])
        #expect(error.code == .duplicatePath)
        #expect(error.entry == "a.md")
    }

    @Test func duplicateAfterUnicodeNormalisation() throws {
        // "ŵ" precomposed (U+0175) and decomposed (w + U+0302) are the same name.
        let error = try refusal([Self.manifest, .text("d\u{175}r.md", "1"), .text("dw\u{302}r.md", "2")])
        #expect(error.code == .duplicatePath)
    }

    @Test func encryptedZipEntry() throws {
        let error = try refusal([Self.manifest, .text("secret.md", "hidden")], format: .zip, passphrase: "cyfrinair")
        #expect(error.code == .encrypted)
    }

    @Test func tooManyEntriesAtTheDefaultLimit() throws {
        var entries = [Self.manifest]
        for index in 0..<10_000 { entries.append(.text("f/\(index).txt", "")) }
        let error = try refusal(entries)
        #expect(error.code == .tooManyEntries)
        #expect(error.message.contains("10000"))
    }

    @Test func tooManyBytes() throws {
        let limits = BundleLimits(maxTotalBytes: 1000)
        let error = try refusal([Self.manifest, .file("a.bin", .bytes(Array(repeating: 7, count: 600))),
                                 .file("b.bin", .bytes(Array(repeating: 7, count: 600)))], limits: limits)
        #expect(error.code == .tooManyBytes)
        #expect(error.entry == "b.bin")
        #expect(error.message.contains("1000 bytes"))
    }

    @Test func structuredFileOverItsLimit() throws {
        let limits = BundleLimits(maxStructuredFileBytes: 1 << 10)
        let error = try refusal([Self.manifest, .file("members/register.csv", .bytes(Array(repeating: 65, count: 2048)))], limits: limits)
        #expect(error.code == .fileTooLarge)
        #expect(error.message.contains("1 KiB"))
    }

    @Test(arguments: [ArchiveBuilder.Format.zip, .tarGzip, .tarZstd, .tarXz, .sevenZip])
    func highRatioBomb(format: ArchiveBuilder.Format) throws {
        let error = try refusal([Self.manifest, .file("accounts/bomb.pdf", .zeros(64 << 20))], format: format)
        #expect(error.code == .compressionRatio)
        #expect(error.message.contains("200:1"))
    }

    /// A legitimate, well-compressed survey file (12:1 deflate, 29:1 xz) placed where its whole
    /// compressed form could arrive in a chunk read for the entry before it: read-ahead must not
    /// make its ratio look like a bomb's, in solid (7z), streamed (gzip, xz) and zip containers.
    @Test(arguments: [ArchiveBuilder.Format.sevenZip, .tarGzip, .tarXz, .zip])
    func largeCompressibleEvidenceIsNotABomb(format: ArchiveBuilder.Format) throws {
        var generator = SystemRandomNumberGenerator()
        let words = ["aelod", "bwrdd", "cyfarfod", "gofal", "cymuned", "gweithiwr", "gofalwr", "adolygiad", "tystiolaeth", "pleidlais"]
        var entries = [Self.manifest]
        for index in 0..<40 {
            entries.append(.text("minutes/\(index).md", (0..<200).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")))
        }
        var text = "respondent_id,class,date,comment\n"
        var row = 0
        while text.utf8.count < 3 << 19 {
            row += 1
            // Survey rows differ little: the file compresses about 60:1, legitimately.
            text += "R\(row),service-users,2025-11-\(10 + row % 20),\(words[row % 7])\n"
        }
        // Second, straight after the tiny manifest: its whole compressed form arrives in the
        // first chunk read, before its own entry starts.
        entries.insert(.text("surveys/comments.csv", text), at: 1)
        let data = try ArchiveBuilder.build(entries, format: format)
        let contents = try BundleReader().read(data: data, source: "bundle.\(format.rawValue)")
        #expect(contents.file(at: "surveys/comments.csv")?.bytes == Int64(text.utf8.count))
    }

    /// Stopped by the ratio check after its first MiB; inflating it whole would take far longer
    /// than the time limit.
    @Test(.tags(.slow), .timeLimit(.minutes(1))) func threeGiBZipBombIsRefusedWithoutInflating() throws {
        let bomb = try ArchiveBuilder.build([Self.manifest, .file("bomb.bin", .zeros(3 << 30))], format: .zip)
        #expect(bomb.count < 8 << 20)
        let error = try? refusal(data: bomb)
        #expect(error?.code == .compressionRatio)
    }

    @Test func truncated() throws {
        let data = try ArchiveBuilder.build([Self.manifest, .file("a.bin", .bytes((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }))], format: .tarGzip)
        let error = try refusal(data: data.prefix(data.count / 2))
        #expect(error.code == .truncated)
    }

    /// A zip cut short anywhere — in an entry's data, in the central directory, just before the
    /// end record — is said to be truncated, not a decompression error or a mismatch of names.
    @Test(arguments: [0.1, 0.5, 0.9, 0.999])
    func truncatedZip(kept: Double) throws {
        let data = try ArchiveBuilder.build([Self.manifest, .file("a.bin", .bytes((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })),
                                             .text("minutes/agm.md", "# AGM\n")], format: .zip)
        let error = try refusal(data: data.prefix(Int(Double(data.count) * kept)))
        #expect(error.code == .truncated, "\(error)")
        #expect(error.description == "bundle: the zip is truncated: its end, which lists its files, is missing (an upload or copy stopped part way); send the whole file again")
    }

    @Test func notAnArchive() throws {
        let error = try refusal(data: Data("this is a letter, not an archive\n".utf8))
        #expect(error.code == .notAnArchive)
    }

    @Test func emptyFile() throws {
        let error = try refusal(data: Data())
        #expect(error.code == .notAnArchive)
    }

    @Test func noManifest() throws {
        let error = try refusal([.text("minutes/agm.md", "x")])
        #expect(error.code == .noManifest)
    }

    @Test func controlCharactersInName() throws {
        let error = try refusal([Self.manifest, .text("evil\u{1b}[31m.md", "x")])
        #expect(error.code == .badName)
        #expect(!error.description.contains("\u{1b}"))
    }

    /// A tar names its entries in raw bytes: UTF-8 is read as it is, anything else refused.
    @Test func entryNamesMustBeUTF8() throws {
        let manifest = (Array("manifest.yaml".utf8), Array("bundle-format: 1\n".utf8))
        let welsh = try BundleReader().read(data: Self.ustar([manifest, (Array("caf\u{E9}.md".utf8), Array("x".utf8))]), source: "b.tar")
        #expect(welsh.files.map(\.path) == ["café.md", "manifest.yaml"])
        let error = try refusal(data: Self.ustar([manifest, ([0x63, 0x61, 0x66, 0xE9, 0x2E, 0x6D, 0x64], Array("x".utf8))]))
        #expect(error.code == .badName)
        #expect(error.message.contains("not valid UTF-8"))
    }

    /// A ustar archive written byte by byte, for names no string can hold.
    static func ustar(_ entries: [(name: [UInt8], content: [UInt8])]) -> Data {
        var archive: [UInt8] = []
        for (name, content) in entries {
            var header = [UInt8](repeating: 0, count: 512)
            func octal(_ value: Int, at offset: Int, width: Int) {
                let digits = Array(String(value, radix: 8).utf8)
                header.replaceSubrange(offset..<offset + width - 1, with: [UInt8](repeating: 0x30, count: width - 1 - digits.count) + digits)
            }
            header.replaceSubrange(0..<name.count, with: name)
            octal(0o644, at: 100, width: 8)
            octal(0, at: 108, width: 8)
            octal(0, at: 116, width: 8)
            octal(content.count, at: 124, width: 12)
            octal(0, at: 136, width: 12)
            header[156] = UInt8(ascii: "0")
            header.replaceSubrange(257..<265, with: Array("ustar\u{0}00".utf8))
            header.replaceSubrange(148..<156, with: [UInt8](repeating: 0x20, count: 8))
            octal(header.reduce(0) { $0 + Int($1) }, at: 148, width: 7)
            archive += header + content + [UInt8](repeating: 0, count: (512 - content.count % 512) % 512)
        }
        return Data(archive + [UInt8](repeating: 0, count: 1024))
    }

    @Test func directoryWithSymlinkIsRefused() throws {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write(["manifest.yaml": "bundle-format: 1\n"], under: dir)
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("secret").path, withDestinationPath: "/etc/passwd")
            let error = #expect(throws: BundleError.self) { try BundleReader().read(path: dir.path) }
            #expect(error?.code == .link)
        }
    }

    @Test func missingPath() throws {
        do {
            _ = try BundleReader().read(path: "/nonexistent/nod/bundle.zip")
            Issue.record("expected a refusal")
        } catch {
            #expect(error.code == .notFound)
        }
    }
}
