import Foundation
import NodTestSupport
import Testing

/// `nod batch merge`: the shards of a batch made one, byte for byte what one machine writes.
struct BatchMergeCommandTests {
    @Test func mergedShardsAreByteIdenticalToOneMachinesBatch() throws {
        try TemporaryDirectory.with { dir in
            let input = try BatchCommandTests.inputs(in: dir)
            // Bundles that compete for one report name: the same name in two folders, and the
            // same name as another archive type in another case.
            try FileManager.default.createDirectory(at: input.appendingPathComponent("region-b"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: input.appendingPathComponent("gofal-dyffryn.zip"),
                                             to: input.appendingPathComponent("region-b/gofal-dyffryn.zip"))
            try FileManager.default.copyItem(at: RepositoryPaths.examples.appendingPathComponent("eryri-byw-annibynnol"),
                                             to: input.appendingPathComponent("region-b/Gofal-Dyffryn"))
            try Data("%PDF-1.7\n".utf8).write(to: input.appendingPathComponent("region-b/notes.pdf"))
            let options = ["--date", "2026-06-30", "--format", "html", "--in-process", "--jobs", "2"]
            let one = dir.appendingPathComponent("one")
            _ = try NodProcess.run(["batch", input.path, "--out", one.path] + options)
            var shards: [String] = []
            for k in 1...3 {
                let shard = dir.appendingPathComponent("shard-\(k)")
                _ = try NodProcess.run(["batch", input.path, "--out", shard.path, "--shard", "\(k)/3"] + options)
                shards.append(shard.path)
            }
            let merged = dir.appendingPathComponent("merged")
            let merge = try NodProcess.run(["batch", "merge"] + shards + ["--out", merged.path, "--format", "html"])
            #expect(merge.status == 0, "\(merge.stderr)")
            #expect(merge.stderr.hasPrefix("merged 3 shards: 7 found: 4 awarded, 1 with conditions, 0 not awarded, 1 rejected, 1 not a bundle"), "\(merge.stderr)")
            let names = try FileManager.default.contentsOfDirectory(atPath: one.path).sorted()
            #expect(try FileManager.default.contentsOfDirectory(atPath: merged.path).sorted() == names)
            #expect(names.count == 3 + 2 * 5, "\(names)")
            for name in names {
                #expect(try Data(contentsOf: merged.appendingPathComponent(name)) == Data(contentsOf: one.appendingPathComponent(name)), "\(name)")
            }

            // A shard twice, or a shard of another date, is refused.
            let twice = try NodProcess.run(["batch", "merge", shards[0], shards[0], "--out", dir.appendingPathComponent("x").path, "--format", "html"])
            #expect(twice.status == 2 && twice.stderr.contains("is in two shards"), "\(twice.stderr)")
            let other = dir.appendingPathComponent("other")
            _ = try NodProcess.run(["batch", input.path, "--out", other.path, "--shard", "1/3", "--date", "2026-07-01", "--in-process"])
            let mixed = try NodProcess.run(["batch", "merge", shards[1], other.path, "--out", dir.appendingPathComponent("y").path])
            #expect(mixed.status == 2 && mixed.stderr.contains("date 2026-07-01"), "\(mixed.stderr)")
        }
    }
}
