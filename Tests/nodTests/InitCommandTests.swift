import Foundation
import NodTestSupport
import Testing

/// `nod init`: a skeleton that reads cleanly, and audits once filled like the example.
struct InitCommandTests {
    @Test func skeletonInspectsWithoutProblems() throws {
        try TemporaryDirectory.with { dir in
            let bundle = dir.appendingPathComponent("new").path
            let created = try NodProcess.run(["init", bundle, "--period-start", "2025-04-01", "--model", "user-led", "--lang", "en"])
            #expect(created.status == 0, "\(created.stderr)")
            let inspected = try NodProcess.run(["inspect", bundle, "--format", "json"])
            #expect(inspected.status == 0)
            let json = try JSONSerialization.jsonObject(with: Data(inspected.stdout.utf8)) as? [String: Any]
            #expect((json?["problems"] as? [Any])?.isEmpty == true)
            #expect((json?["bundle"] as? [String: Any])?["model"] as? String == "user-led")
            let files = Set(((json?["evidence"] as? [[String: Any]]) ?? []).compactMap { $0["path"] as? String })
            for path in ["manifest.yaml", "members/register.csv", "board/directors.csv", "staff/supervision.csv",
                         "logs/whistleblowing.csv", "minutes/TEMPLATE.txt", "surveys/TEMPLATE.txt", "GUIDE.md"] {
                #expect(files.contains(path), "\(path)")
            }
        }
    }

    @Test func refusesAFolderThatIsNotEmpty() throws {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write(["keep.txt": "mine"], under: dir)
            let outcome = try NodProcess.run(["init", dir.path])
            #expect(outcome.status == 2)
            #expect(try String(contentsOf: dir.appendingPathComponent("keep.txt"), encoding: .utf8) == "mine")
        }
    }

    @Test func filledLikeTheExampleItAuditsAsAwarded() throws {
        try TemporaryDirectory.with { dir in
            let bundle = dir.appendingPathComponent("filled")
            #expect(try NodProcess.run(["init", bundle.path, "--period-start", "2025-04-01"]).status == 0)
            let example = RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn")
            let enumerator = FileManager.default.enumerator(at: example, includingPropertiesForKeys: [.isRegularFileKey])
            while let url = enumerator?.nextObject() as? URL {
                guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
                let target = bundle.appendingPathComponent(String(url.path.dropFirst(example.path.count + 1)))
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: url, to: target)
            }
            let outcome = try NodProcess.run(["audit", bundle.path, "--date", "2026-06-30", "--format", "json"])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
            #expect(json?["decision"] as? String == "awarded")
            #expect((json?["problems"] as? [Any])?.isEmpty == true)
        }
    }
}
