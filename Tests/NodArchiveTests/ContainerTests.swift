import Foundation
import Crypto
import NodArchive
import NodArchiveTesting
import NodCore
import NodTestSupport
import Testing

/// The same evidence in every container gives the same listing and the same digest.
struct ContainerTests {
    static let files: [(String, String)] = [
        ("manifest.yaml", "bundle-format: 1\n"),
        ("cofnodion/cyfarfod-blynyddol-ŵyl-dewi.md", "---\nmeeting: agm\n---\nCroeso.\n"),
        ("polisïau/diogelu.md", "Polisi diogelu — Gwasanaeth Gofal Cymdeithasol\n"),
        ("members/register.csv", "member_id,class,joined\nM001,workers,2020-01-01\n"),
    ]

    static func entries(root: String?) -> [ArchiveBuilder.Entry] {
        let prefix = root.map { $0 + "/" } ?? ""
        var entries: [ArchiveBuilder.Entry] = root.map { [.directory($0)] } ?? []
        entries += files.map { .text(prefix + $0.0, $0.1) }
        return entries
    }

    @Test(arguments: ArchiveBuilder.Format.allCases)
    func everyContainerGivesTheDirectoryDigest(format: ArchiveBuilder.Format) throws {
        let expected = try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write(Dictionary(uniqueKeysWithValues: Self.files), under: dir)
            return try BundleReader().read(path: dir.path)
        }
        let archive = try ArchiveBuilder.build(Self.entries(root: "Gofal Cydweithredol"), format: format)
        let contents = try BundleReader().read(data: archive, source: "bundle.\(format.rawValue)")
        #expect(contents.files.map(\.path) == expected.files.map(\.path))
        #expect(contents.files.map(\.sha256) == expected.files.map(\.sha256))
        #expect(contents.digest == expected.digest)
        #expect(contents.archiveSHA256 != nil)
        #expect(expected.archiveSHA256 == nil)
        #expect(contents.files.contains { $0.path == "cofnodion/cyfarfod-blynyddol-ŵyl-dewi.md" })
    }

    @Test func archiveWithoutRootFolderIsReadAsIs() throws {
        let archive = try ArchiveBuilder.build(Self.entries(root: nil), format: .zip)
        let contents = try BundleReader().read(data: archive, source: "flat.zip")
        #expect(contents.file(at: "manifest.yaml") != nil)
    }

    @Test func structuredFilesAreKeptAndAttachmentsOnlyHashed() throws {
        let archive = try ArchiveBuilder.build([
            .text("manifest.yaml", "bundle-format: 1\n"),
            .file("policies/scan.pdf", .bytes([0x25, 0x50, 0x44, 0x46])),
        ], format: .tarGzip)
        let contents = try BundleReader().read(data: archive, source: "b.tgz")
        #expect(contents.file(at: "manifest.yaml")?.content == Array("bundle-format: 1\n".utf8))
        let pdf = try #require(contents.file(at: "policies/scan.pdf"))
        #expect(pdf.content == nil)
        #expect(pdf.bytes == 4)
        #expect(pdf.sha256 == "315d429b7714cedb6ad04ac31240145257692630457f3c88253c5beceac76027")
    }

    @Test func digestIsTheSha256sumListing() throws {
        let archive = try ArchiveBuilder.build([.text("manifest.yaml", "a\n"), .text("b.txt", "b\n")], format: .tar)
        let contents = try BundleReader().read(data: archive, source: "b.tar")
        // sha256("a\n") and sha256("b\n"), then the sha256 of the two sha256sum lines, sorted by path.
        #expect(contents.files.map(\.path) == ["b.txt", "manifest.yaml"])
        #expect(contents.file(at: "manifest.yaml")?.sha256 == "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7")
        #expect(contents.digest == "cc72f65b0398a52e35a958e5392dba4d2a762bba3e64ef72ce42ce8aca753b0a")
    }
}

/// An archive on disk is read through a sliding window of the file, not from memory: the
/// result must be exactly that of the bytes in memory, across window boundaries and seeks.
struct FileReadingTests {
    @Test(arguments: [ArchiveBuilder.Format.tar, .zip, .sevenZip, .tarGzip])
    func fileAndMemoryGiveTheSameContents(format: ArchiveBuilder.Format) throws {
        // 10 MiB of attachments span two 8 MiB windows; zip and 7z seek to their end first.
        let archive = try ArchiveBuilder.build([
            .text("bundle/manifest.yaml", "bundle-format: 1\n"),
            .file("bundle/attachments/a.bin", .random(9 << 20, seed: 1)),
            .file("bundle/attachments/b.bin", .random(1 << 20, seed: 2)),
            .text("bundle/policies/diogelu.md", "Polisi\n"),
        ], format: format)
        let fromMemory = try BundleReader().read(data: archive, source: "b")
        let fromFile = try TemporaryDirectory.with { dir in
            let path = dir.appendingPathComponent("b.\(format.rawValue)").path
            try archive.write(to: URL(fileURLWithPath: path))
            return try BundleReader().read(path: path, source: "b")
        }
        #expect(fromFile.files.map(\.path) == fromMemory.files.map(\.path))
        #expect(fromFile.files.map(\.sha256) == fromMemory.files.map(\.sha256))
        #expect(fromFile.archiveSHA256 == fromMemory.archiveSHA256)
        #expect(fromFile.archiveSHA256 == SHA256.hash(data: archive).hexString)
    }

    @Test func aRefusedArchiveOnDiskIsStillRefused() throws {
        let archive = try ArchiveBuilder.build([
            .text("manifest.yaml", "bundle-format: 1\n"), .symlink("evil", target: "/etc/passwd"),
        ], format: .tar)
        let error = try TemporaryDirectory.with { dir in
            let path = dir.appendingPathComponent("evil.tar").path
            try archive.write(to: URL(fileURLWithPath: path))
            return #expect(throws: BundleError.self) { try BundleReader().read(path: path) }
        }
        #expect(error?.code == .link)
    }

    /// From 16 MiB the archive's own digest is computed on a second thread: it must agree with
    /// the file's SHA-256, and a refusal must still come back (the thread is cancelled).
    @Test func largeArchivesAreDigestedBesideTheRead() throws {
        let entries: [ArchiveBuilder.Entry] = [
            .text("manifest.yaml", "bundle-format: 1\n"), .file("attachments/scan.tiff", .zeros(17 << 20)),
        ]
        try TemporaryDirectory.with { dir in
            let good = dir.appendingPathComponent("good.tar"), bad = dir.appendingPathComponent("bad.tar")
            let archive = try ArchiveBuilder.build(entries, format: .tar)
            try archive.write(to: good)
            try ArchiveBuilder.build(entries + [.symlink("evil", target: "/etc/passwd")], format: .tar).write(to: bad)
            let contents = try BundleReader().read(path: good.path)
            #expect(contents.archiveSHA256 == SHA256.hash(data: archive).hexString)
            #expect(BundleReader.archiveSHA256(path: good.path) == contents.archiveSHA256)
            let error = #expect(throws: BundleError.self) { try BundleReader().read(path: bad.path) }
            #expect(error?.code == .link)
        }
    }

    /// A tar made by GNU tar with `--sparse` of a manifest and `scan.bin`, a file of `size`
    /// bytes that is a hole except for `pieces` (offset, text).
    static func sparseTar(format: String, size: Int, pieces: [(Int, String)], in dir: URL) throws -> URL {
        let folder = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("bundle-format: 1\n".utf8).write(to: folder.appendingPathComponent("manifest.yaml"))
        let scan = folder.appendingPathComponent("scan.bin")
        try #require(FileManager.default.createFile(atPath: scan.path, contents: nil))
        let handle = try FileHandle(forWritingTo: scan)
        for (offset, text) in pieces {
            try handle.seek(toOffset: UInt64(offset))
            try handle.write(contentsOf: Data(text.utf8))
        }
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
        let archive = dir.appendingPathComponent("sparse.tar")
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/tar")
        tar.arguments = ["--sparse", "--format=\(format)", "-cf", archive.path, "-C", folder.path, "manifest.yaml", "scan.bin"]
        try tar.run()
        tar.waitUntilExit()
        try #require(tar.terminationStatus == 0)
        return archive
    }

    /// Entries are read block by block where libarchive holds them; a sparse entry's holes
    /// must come out as the zeros they stand for, in GNU's and pax's sparse formats alike.
    @Test(arguments: ["gnu", "pax"])
    func sparseEntriesAreReadWithTheirHolesAsZeros(format: String) throws {
        var expanded = [UInt8](repeating: 0, count: 600 << 10)
        expanded.replaceSubrange(0..<4, with: Array("head".utf8))
        expanded.replaceSubrange((300 << 10)..<(300 << 10) + 3, with: Array("mid".utf8))
        expanded.append(contentsOf: Array("tail".utf8))
        try TemporaryDirectory.with { dir in
            let archive = try Self.sparseTar(format: format, size: expanded.count,
                                             pieces: [(0, "head"), (300 << 10, "mid"), (600 << 10, "tail")], in: dir)
            let file = try #require(try BundleReader().read(path: archive.path).file(at: "scan.bin"))
            #expect(file.bytes == Int64(expanded.count))
            #expect(file.sha256 == SHA256.hash(data: expanded).hexString)
        }
    }

    /// A hostile archive of a few KiB declaring an 8 GiB hole is a bomb like any other: refused
    /// by the ratio of bytes out to bytes in, long before 8 GiB of zeros are hashed.
    @Test func aSparseHoleIsChargedAgainstTheBombLimits() throws {
        try TemporaryDirectory.with { dir in
            let archive = try Self.sparseTar(format: "gnu", size: (8 << 30) + 1, pieces: [(0, "x"), (8 << 30, "y")], in: dir)
            let error = #expect(throws: BundleError.self) { try BundleReader().read(path: archive.path) }
            #expect(error?.code == .compressionRatio)
            #expect(error?.entry == "scan.bin")
        }
    }
}
