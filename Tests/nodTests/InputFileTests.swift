import Foundation
import NodTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Keys, reports and exceptions files are read only when they are regular files of a size such
/// a file can have: checked before a byte is read, so a huge or endless "key" costs nothing.
@Suite(.timeLimit(.minutes(1)))
struct InputFileTests {
    @Test func aGigabyteKeyOrReportIsRefusedBeforeItIsRead() throws {
        try TemporaryDirectory.with { dir in
            let (report, publicKey) = try SigningCommandTests.signedReport(in: dir)
            let huge = dir.appendingPathComponent("huge")
            _ = FileManager.default.createFile(atPath: huge.path, contents: nil)
            let handle = try FileHandle(forWritingTo: huge)
            try handle.truncate(atOffset: 1 << 30)  // sparse: no gigabyte is written
            try handle.close()
            for arguments in [["verify", report.path, "--key", huge.path], ["verify", huge.path, "--key", publicKey.path],
                              ["audit", "Examples/gofal-dyffryn", "--date", "2026-06-30", "--sign", huge.path],
                              ["audit", "Examples/gofal-dyffryn", "--date", "2026-06-30", "--waivers", huge.path],
                              ["diff", huge.path, report.path]] {
                let outcome = try NodProcess.run(arguments, memoryCapMiB: 512)
                #expect(outcome.status == 2, "\(arguments): \(outcome.stderr)")
                #expect(outcome.stderr.contains("\(huge.path): error: the file is 1073741824 bytes; a file of this kind is at most"), "\(outcome.stderr)")
            }
        }
    }

    @Test func aFIFOOrAFolderIsRefusedWithoutWaitingAndAMissingFileSaysSo() throws {
        try TemporaryDirectory.with { dir in
            let (report, publicKey) = try SigningCommandTests.signedReport(in: dir)
            let fifo = dir.appendingPathComponent("key.pub").path
            #expect(mkfifo(fifo, 0o600) == 0)
            let outcome = try NodProcess.run(["verify", report.path, "--key", fifo])
            #expect(outcome.status == 2 && outcome.stderr.contains("\(fifo): error: not a regular file"), "\(outcome.stderr)")
            let folder = try NodProcess.run(["verify", report.path, "--key", dir.path])
            #expect(folder.status == 2 && folder.stderr.contains("error: not a regular file"), "\(folder.stderr)")
            let missing = try NodProcess.run(["verify", dir.appendingPathComponent("nothing.json").path, "--key", publicKey.path])
            #expect(missing.status == 2 && missing.stderr.contains("nothing.json: error: no such file"), "\(missing.stderr)")
        }
    }
}
