import Foundation
import NodArchive
import NodCore
import NodFuzzing
import NodReport
import NodTestSupport
import Testing

/// Hostile values in every kind of evidence file: each mutation is audited through the whole
/// pipeline and rendered in every format; nod must answer, never trap.
@Suite(.tags(.slow))
struct ValueMutationTests {
    /// Finds the values it means to: a CSV's cells below the header, YAML scalars, and in
    /// Markdown only the front matter's.
    @Test func slotsAreTheValues() {
        let csv = Array("id,date,votes\nM1,2025-01-01,1\nM2,\"q, x\",2\n".utf8)
        #expect(ValueMutation.slots(in: csv, path: "a.csv").map { String(decoding: csv[$0], as: UTF8.self) } == ["M1", "2025-01-01", "1"])
        let yaml = Array("period: { start: 2024-04-01, end: 2025-03-31 }\nsurplus: 14000   # note\nname: \"Quoted\"\n".utf8)
        #expect(ValueMutation.slots(in: yaml, path: "a.yaml").map { String(decoding: yaml[$0], as: UTF8.self) } == ["2024-04-01", "2025-03-31", "14000"])
        let markdown = Array("---\ndate: 2025-09-20\n---\nTime: 11:00\n".utf8)
        #expect(ValueMutation.slots(in: markdown, path: "m.md").map { String(decoding: markdown[$0], as: UTF8.self) } == ["2025-09-20"])
    }

    /// 200 mutations for each seed: 600 a run, reproducible from the seed.
    @Test(arguments: [1, 2, 3])
    func everyMutationIsAudited(seed: UInt64) throws {
        var random = EvidenceLossTests.SeededGenerator(state: seed)
        let base = FuzzBase.shared.example
        var audited = 0
        for _ in 0..<200 {
            guard let mutation = ValueMutation.choose(in: base, file: Int.random(in: 0..<1000, using: &random),
                                                      slot: Int.random(in: 0..<10_000, using: &random),
                                                      value: Int.random(in: 0..<1000, using: &random)),
                  let contents = mutation.apply(to: base) else { continue }
            guard let report = FuzzBase.shared.audit(contents) else { continue }
            for format in ReportFormat.allCases { #expect(throws: Never.self, "\(mutation)") { _ = try format.render(report) } }
            audited += 1
        }
        #expect(audited > 100)  // the rest made the manifest unusable: a refusal, also an answer
    }
}
