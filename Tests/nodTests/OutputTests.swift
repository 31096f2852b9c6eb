import Foundation
import NodArchiveTesting
import NodTestSupport
import Testing

/// Outputs go only where they should, and only as files: devices and pipes are written to as
/// they are (never replaced), folders are refused, a batch's reports never overwrite its
/// summaries, and a bad target is a usage error that says why.
struct OutputTests {
    static let audit = ["audit", "Examples/bristol-adaptations", "--date", "2026-06-30", "--format", "json"]

    @Test func aDeviceIsWrittenToNotReplaced() throws {
        let outcome = try NodProcess.run(Self.audit + ["-o", "/dev/null"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
        #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
        let stdout = try NodProcess.run(Self.audit + ["-o", "/dev/stdout"])
        #expect(stdout.status == 0 && stdout.stdout.hasPrefix("{"), "\(stdout.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: "/dev/stdout") == "/proc/self/fd/1")
    }

    @Test func aFolderOrAnEmptyNameIsAUsageError() throws {
        try TemporaryDirectory.with { dir in
            let folder = try NodProcess.run(Self.audit + ["-o", dir.path])
            #expect(folder.status == 2 && folder.stderr.contains("is a folder"), "\(folder.stderr)")
            let empty = try NodProcess.run(Self.audit + ["-o", ""])
            #expect(empty.status == 2, "\(empty.stderr)")
        }
    }

    @Test func aBatchOutThatIsAFileOrNothingIsAUsageError() throws {
        try TemporaryDirectory.with { dir in
            let file = dir.appendingPathComponent("reports")
            try Data("x".utf8).write(to: file)
            let onFile = try NodProcess.run(["batch", "Examples", "--out", file.path, "--date", "2026-06-30"])
            #expect(onFile.status == 2 && onFile.stderr.contains("\(file.path): error: is a file"), "\(onFile.stderr)")
            let empty = try NodProcess.run(["batch", "Examples", "--out", "", "--date", "2026-06-30"])
            #expect(empty.status == 2 && empty.stderr.contains("--out names no folder"), "\(empty.stderr)")
            #expect(try Data(contentsOf: file) == Data("x".utf8))
        }
    }

    /// A bundle named like a summary gets a report of its own name; the summaries stay.
    @Test func aBundleNamedSummaryDoesNotOverwriteTheSummary() throws {
        try TemporaryDirectory.with { dir in
            let input = dir.appendingPathComponent("in"), out = dir.appendingPathComponent("out")
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: RepositoryPaths.examples.appendingPathComponent("bristol-adaptations"), to: input.appendingPathComponent("summary"))
            try FileManager.default.copyItem(at: RepositoryPaths.examples.appendingPathComponent("eryri-byw-annibynnol"), to: input.appendingPathComponent("Summary.JSON"))
            let outcome = try NodProcess.run(["batch", input.path, "--out", out.path, "--date", "2026-06-30"])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any])
            let reports = (summary["rows"] as? [[String: Any]])?.compactMap { $0["report"] as? String } ?? []
            #expect(reports.count == 2 && Set(reports.map { $0.lowercased() }).count == 2, "\(reports)")
            #expect(!reports.contains { $0.lowercased() == "summary.json" }, "\(reports)")
        }
    }

    @Test func initOverAFileIsAUsageError() throws {
        try TemporaryDirectory.with { dir in
            let file = dir.appendingPathComponent("bundle")
            try Data("x".utf8).write(to: file)
            let outcome = try NodProcess.run(["init", file.path])
            #expect(outcome.status == 2 && outcome.stderr.contains("a file of that name exists"), "\(outcome.stderr)")
        }
    }
}
