import Foundation
import NodFuzzing
import NodTestSupport
import Testing

/// Every committed seed and every input that once crashed a harness (`Tests/Fuzz/TARGET/`)
/// runs through its harness again: a regression comes back as a crash of this test.
struct CorpusReplayTests {
    static func inputs(_ target: FuzzTarget) -> [URL] {
        let folder = RepositoryPaths.root().appendingPathComponent("Tests/Fuzz/\(target.rawValue)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyCommittedInputRunsCleanly(target: FuzzTarget) throws {
        let inputs = Self.inputs(target)
        #expect(inputs.count >= 3, "Tests/Fuzz/\(target.rawValue) needs seed inputs")
        for input in inputs {
            target.run(Array(try Data(contentsOf: input)))
        }
    }
}
