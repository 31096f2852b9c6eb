import Foundation
import NodTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Pipes, sockets, devices and links in or as a bundle are refused at once — never waited on,
/// never followed — and a batch over folders holding them, or a loop of links, finishes with a
/// row for each bundle it could not read.
@Suite(.timeLimit(.minutes(1)))
struct SpecialFileTests {
    @Test func aPipeAsTheBundleIsRefusedWithoutWaiting() throws {
        try TemporaryDirectory.with { dir in
            let pipe = dir.appendingPathComponent("bundle.zip").path
            #expect(mkfifo(pipe, 0o600) == 0)
            let outcome = try NodProcess.run(["audit", pipe, "--date", "2026-06-30"])
            #expect(outcome.status == 3 && outcome.stderr.contains("is not a file or a folder"), "\(outcome.stderr)")
        }
    }

    @Test func aPipeInsideABundleFolderIsRefusedWithoutWaiting() throws {
        try TemporaryDirectory.with { dir in
            let bundle = dir.appendingPathComponent("bundle")
            try FileManager.default.copyItem(at: RepositoryPaths.examples.appendingPathComponent("bristol-adaptations"), to: bundle)
            #expect(mkfifo(bundle.appendingPathComponent("minutes/waiting.md").path, 0o600) == 0)
            let outcome = try NodProcess.run(["audit", bundle.path, "--date", "2026-06-30"])
            #expect(outcome.status == 3 && outcome.stderr.contains("minutes/waiting.md: error: device files, sockets and pipes"), "\(outcome.stderr)")
        }
    }

    @Test func aLinkInsideABundleFolderIsRefused() throws {
        try TemporaryDirectory.with { dir in
            let bundle = dir.appendingPathComponent("bundle")
            try FileManager.default.copyItem(at: RepositoryPaths.examples.appendingPathComponent("bristol-adaptations"), to: bundle)
            try FileManager.default.createSymbolicLink(atPath: bundle.appendingPathComponent("policies/secret.md").path, withDestinationPath: "/etc/passwd")
            let outcome = try NodProcess.run(["audit", bundle.path, "--date", "2026-06-30", "--format", "json"])
            #expect(outcome.status == 3 && outcome.stderr.contains("policies/secret.md: error: symbolic links are not allowed"), "\(outcome.stderr)")
            #expect(!outcome.stdout.contains("root:"))
        }
    }

    @Test func aBatchOverPipesLoopsAndLinksToRootFinishes() throws {
        try TemporaryDirectory.with { dir in
            let input = dir.appendingPathComponent("in"), out = dir.appendingPathComponent("out")
            try FileManager.default.createDirectory(at: input.appendingPathComponent("deeper"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: RepositoryPaths.examples.appendingPathComponent("bristol-adaptations"), to: input.appendingPathComponent("good"))
            #expect(mkfifo(input.appendingPathComponent("x.zip").path, 0o600) == 0)
            try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("root").path, withDestinationPath: "/")
            try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("deeper/loop").path, withDestinationPath: input.path)
            // A file whose name is not UTF-8 (the byte 0xFF), made through the C call.
            let raw = (Array(input.path.utf8) + [UInt8(ascii: "/"), 0xFF] + Array("bad.zip".utf8) + [0]).map { CChar(bitPattern: $0) }
            let descriptor = open(raw, O_CREAT | O_WRONLY, 0o600)
            #expect(descriptor >= 0)
            close(descriptor)
            let outcome = try NodProcess.run(["batch", input.path, "--out", out.path, "--date", "2026-06-30"])
            #expect(outcome.status == 3, "\(outcome.stderr)")
            let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any])
            let rows = try #require(summary["rows"] as? [[String: Any]])
            let reasons = rows.compactMap { $0["reason"] as? String }
            // Nothing is left out: the link to / and the folder holding only a loop are rows too.
            #expect(rows.count == 5, "\(rows)")
            #expect(reasons.contains("a link, which a batch does not follow, so not a bundle"), "\(reasons)")
            #expect(reasons.contains("no manifest.yaml in this folder or below it (1 file), so not a bundle"), "\(reasons)")
            #expect(reasons.contains { $0.contains("x.zip: is not a file or a folder") }, "\(reasons)")
            #expect(reasons.contains { $0.contains("\\xffbad.zip: the name is not valid UTF-8") }, "\(reasons)")
        }
    }
}
