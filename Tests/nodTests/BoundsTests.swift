import Foundation
import NodArchive
import NodArchiveTesting
import NodTestSupport
import Testing

/// The bounds SECURITY.md promises, proven on the nod binary: each hostile bundle is refused
/// with exit 3, a message naming the file and the limit, under a memory cap that nod would
/// break if it held what the bundle asks it to.
@Suite(.tags(.slow))
struct BoundsTests {
    static let manifest = try! String(contentsOf: RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn/manifest.yaml"), encoding: .utf8)

    /// A ustar header for a regular file of `size` bytes (the data does not have to follow).
    static func tarHeader(name: String, size: Int64) -> [UInt8] {
        var header = [UInt8](repeating: 0, count: 512)
        func put(_ text: String, at offset: Int) { for (index, byte) in text.utf8.enumerated() { header[offset + index] = byte } }
        put(name, at: 0)
        put("0000644", at: 100); put("0000000", at: 108); put("0000000", at: 116)
        put(String(size, radix: 8).leftPadded(to: 11), at: 124)
        put("00000000000", at: 136)
        put("        ", at: 148)
        put("0", at: 156)
        put("ustar", at: 257); put("00", at: 263)
        let checksum = header.reduce(0) { $0 + Int($1) }
        put(String(checksum, radix: 8).leftPadded(to: 6), at: 148)
        header[154] = 0; header[155] = UInt8(ascii: " ")
        return header
    }

    static func tarFile(name: String, content: [UInt8]) -> [UInt8] {
        tarHeader(name: name, size: Int64(content.count)) + content + [UInt8](repeating: 0, count: (512 - content.count % 512) % 512)
    }

    @Test func zipBombIsRefusedUnderAMemoryCap() throws {
        try TemporaryDirectory.with { dir in
            // 512 MiB of zeros deflate to about half a MiB: a ratio near 1000 : 1.
            let bomb = try ArchiveBuilder.build([
                .text("bundle/manifest.yaml", Self.manifest),
                .file("bundle/attachments/video.mp4", .zeros(512 << 20)),
            ], format: .zip)
            let path = dir.appendingPathComponent("bomb.zip")
            try bomb.write(to: path)
            let outcome = try NodProcess.run(["audit", path.path, "--date", "2026-06-30", "--format", "json"], memoryCapMiB: 384)
            #expect(outcome.status == 3, "\(outcome.stderr)")
            #expect(outcome.stderr.contains("bomb.zip"))
            #expect(outcome.stderr.contains("attachments/video.mp4"))
            #expect(outcome.stderr.contains("compression ratio over the limit of 200:1"))
        }
    }

    @Test func tenThousandAndOneEntriesAreRefused() throws {
        try TemporaryDirectory.with { dir in
            var tar = Self.tarFile(name: "manifest.yaml", content: Array(Self.manifest.utf8))
            for index in 1...10_000 { tar += Self.tarFile(name: "attachments/\(index).txt", content: []) }
            tar += [UInt8](repeating: 0, count: 1024)
            let path = dir.appendingPathComponent("many.tar")
            try Data(tar).write(to: path)
            let outcome = try NodProcess.run(["inspect", path.path], memoryCapMiB: 384)
            #expect(outcome.status == 3)
            #expect(outcome.stderr.contains("many.tar"))
            #expect(outcome.stderr.contains("more than the limit of 10000 entries"))
        }
    }

    @Test func deeplyNestedYAMLIsRefusedAtItsLine() throws {
        try TemporaryDirectory.with { dir in
            let bundle = dir.appendingPathComponent("deep")
            let nested = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
            try TemporaryDirectory.write(["manifest.yaml": Self.manifest + "extra: \(nested)\n"], under: bundle)
            let outcome = try NodProcess.run(["inspect", bundle.path], memoryCapMiB: 384)
            #expect(outcome.status == 3)
            #expect(outcome.stderr.contains("manifest.yaml:"), "\(outcome.stderr)")
            #expect(outcome.stderr.contains("64"), "the message names the depth limit: \(outcome.stderr)")
        }
    }

    @Test func csvWithA100MBLineIsRefusedAtTheFileLimit() throws {
        try TemporaryDirectory.with { dir in
            let bundle = dir.appendingPathComponent("wide")
            try TemporaryDirectory.write(["manifest.yaml": Self.manifest], under: bundle)
            try FileManager.default.createDirectory(at: bundle.appendingPathComponent("members"), withIntermediateDirectories: true)
            var line = Data("member_id,class,joined,".utf8)
            line.append(Data(repeating: UInt8(ascii: "x"), count: 100_000_000))
            try line.write(to: bundle.appendingPathComponent("members/register.csv"))
            let outcome = try NodProcess.run(["audit", bundle.path, "--date", "2026-06-30", "--format", "json"], memoryCapMiB: 384)
            #expect(outcome.status == 3)
            #expect(outcome.stderr.contains("members/register.csv"))
            #expect(outcome.stderr.contains("structured file larger than the limit of 32 MiB"))
        }
    }

    @Test func oneGigabyteStructuredFileIsRefusedWithoutBeingReadWhole() throws {
        try TemporaryDirectory.with { dir in
            // The header promises 1 GiB but the archive stops after 40 MiB: reading the entry
            // whole would end in "truncated"; stopping at the 32 MiB limit is what must happen.
            var tar = Self.tarFile(name: "manifest.yaml", content: Array(Self.manifest.utf8))
            tar += Self.tarHeader(name: "minutes/2025-09-20-agm.md", size: 1 << 30)
            tar += [UInt8](repeating: UInt8(ascii: "a"), count: 40 << 20)
            let path = dir.appendingPathComponent("huge.tar")
            try Data(tar).write(to: path)
            let outcome = try NodProcess.run(["inspect", path.path], memoryCapMiB: 384)
            #expect(outcome.status == 3)
            #expect(outcome.stderr.contains("minutes/2025-09-20-agm.md"), "\(outcome.stderr)")
            #expect(outcome.stderr.contains("structured file larger than the limit of 32 MiB"))
            #expect(!outcome.stderr.contains("truncated"))

            // The same in a folder: a sparse 1 GiB file, refused under a cap well below 1 GiB.
            let bundle = dir.appendingPathComponent("sparse")
            try TemporaryDirectory.write(["manifest.yaml": Self.manifest], under: bundle)
            let huge = bundle.appendingPathComponent("accounts/2024-25.yaml")
            try FileManager.default.createDirectory(at: huge.deletingLastPathComponent(), withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: huge.path, contents: nil)
            let handle = try FileHandle(forWritingTo: huge)
            try handle.truncate(atOffset: 1 << 30)
            try handle.close()
            let folder = try NodProcess.run(["inspect", bundle.path], memoryCapMiB: 384)
            #expect(folder.status == 3)
            #expect(folder.stderr.contains("accounts/2024-25.yaml"))
            #expect(folder.stderr.contains("structured file larger than the limit of 32 MiB"))
        }
    }

    /// Every file under `root`, with its size, except under `excluded`.
    static func snapshot(_ root: URL, excluding excluded: URL) -> [String: Int] {
        var files: [String: Int] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let relative = enumerator?.nextObject() as? String {
            let full = root.appendingPathComponent(relative).path
            if full.hasPrefix(excluded.path + "/") || full == excluded.path { continue }
            files[relative] = (try? FileManager.default.attributesOfItem(atPath: full)[.size] as? Int) ?? -1
        }
        return files
    }

    @Test func nothingIsWrittenOutsideOut() throws {
        try TemporaryDirectory.with { dir in
            let marker = UUID().uuidString
            let input = dir.appendingPathComponent("in"), out = dir.appendingPathComponent("work/out")
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("home"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("tmp"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: RepositoryPaths.examples.appendingPathComponent("eryri-byw-annibynnol"),
                                             to: input.appendingPathComponent("eryri"))
            let hostile: [(String, [ArchiveBuilder.Entry])] = [
                ("climb.tar", [.text("manifest.yaml", Self.manifest), .text("../../escape-\(marker).txt", "x")]),
                ("absolute.tar", [.text("manifest.yaml", Self.manifest), .text("/tmp/nod-escape-\(marker).txt", "x")]),
                ("link.tar", [.text("manifest.yaml", Self.manifest), .symlink("minutes", target: "/tmp"), .text("minutes/escape-\(marker).md", "x")]),
            ]
            for (name, entries) in hostile {
                try ArchiveBuilder.build(entries, format: .tar).write(to: input.appendingPathComponent(name))
            }
            let before = Self.snapshot(dir, excluding: out)
            var environment = ProcessInfo.processInfo.environment
            environment["HOME"] = dir.appendingPathComponent("home").path
            environment["TMPDIR"] = dir.appendingPathComponent("tmp").path
            let work = dir.appendingPathComponent("work")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            let batch = try NodProcess.run(["batch", input.path, "--out", out.path, "--date", "2026-06-30", "--format", "html"],
                                           in: work, environment: environment)
            #expect(batch.status == 3, "\(batch.stderr)")
            let audit = try NodProcess.run(["audit", input.appendingPathComponent("climb.tar").path, "--output", out.appendingPathComponent("climb.json").path],
                                           in: work, environment: environment)
            #expect(audit.status == 3)

            #expect(Self.snapshot(dir, excluding: out).filter { $0.key != "work" } == before, "files appeared or changed outside --out")
            #expect(!FileManager.default.fileExists(atPath: "/tmp/nod-escape-\(marker).txt"))
            #expect(!FileManager.default.fileExists(atPath: "/tmp/escape-\(marker).md"))
            let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
            #expect(written == ["eryri.html", "eryri.json", "summary.csv", "summary.html", "summary.json"], "\(written)")
        }
    }

    /// Structured files are held in memory to be parsed: together they are bounded (64 MiB by
    /// default), so three registers of 30 MiB are refused at the budget, within the cap.
    @Test func structuredFilesPastTheBudgetAreRefusedUnderAMemoryCap() throws {
        try TemporaryDirectory.with { dir in
            let row = Array("M000001,workers,2020-01-01,,1,1,\(String(repeating: "N", count: 100))\n".utf8)
            var register = Array("member_id,class,joined,left,votes,shares,name\n".utf8)
            while register.count < 30 << 20 { register += row }
            let bundle = try ArchiveBuilder.build([.text("bundle/manifest.yaml", Self.manifest)]
                + ["members/register.csv", "staff/register.csv", "logs/complaints.csv"].map { .file("bundle/\($0)", .bytes(register)) },
                format: .tar)
            let path = dir.appendingPathComponent("big.tar")
            try bundle.write(to: path)
            let outcome = try NodProcess.run(["audit", path.path, "--date", "2026-06-30", "--format", "json"], memoryCapMiB: 512)
            #expect(outcome.status == 3, "\(outcome.stderr)")
            #expect(outcome.stderr.contains("YAML, CSV and Markdown files add up to more than the limit of 64 MiB"), "\(outcome.stderr)")
        }
    }

    /// Two bundles each holding about 20 MiB of registers and minutes, audited by two isolated
    /// workers of 512 MiB of address space each (the formula of SECURITY.md), with and without
    /// the shipped plug-ins (which are sent the evidence): both audited, neither over budget.
    @Test(arguments: [("care-quality-mark", 2_000_000), ("care-quality-mark-extended", 60_000)])
    func largeStructuredBundlesAuditWithinEachWorkersBudget(profile: String, rows: Int) throws {
        try TemporaryDirectory.with { dir in
            let example = RepositoryPaths.examples.appendingPathComponent("bristol-adaptations")
            var register = "member_id,class,joined,left,votes,shares,name\n"
            for index in 0..<min(rows, 100_000) { register += "M\(index),workers,2020-01-01,,1,1,\(String(repeating: "N", count: 120))\n" }
            var minutes = "---\nmeeting: board\ndate: 2025-05-14\ndirectors-present: [D1, D2]\n---\n"
            for index in 0..<min(rows, 60_000) { minutes += "Line \(index) of the minutes, about members, care, money and what was decided.\n" }
            for name in ["one", "two"] {
                let bundle = dir.appendingPathComponent("in/\(name)")
                try FileManager.default.createDirectory(at: bundle.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: example, to: bundle)
                try Data(register.utf8).write(to: bundle.appendingPathComponent("members/register.csv"))
                try Data(minutes.utf8).write(to: bundle.appendingPathComponent("minutes/2025-05-14-board.md"))
            }
            let out = dir.appendingPathComponent("out")
            let outcome = try NodProcess.run(["batch", dir.appendingPathComponent("in").path, "--out", out.path, "--date", "2026-06-30",
                                              "--jobs", "2", "--worker-memory", "512", "--profile", profile], memoryCapMiB: 512)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let summary = try String(contentsOf: out.appendingPathComponent("summary.csv"), encoding: .utf8)
            #expect(!summary.contains("internal error"), "\(summary)")
            #expect(summary.components(separatedBy: ",audited,").count == 3, "\(summary)")
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
