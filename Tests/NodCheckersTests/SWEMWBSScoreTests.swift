import NodCheckers
import NodCore
import NodEvidence
import Testing

/// SWEMWBS scoring against the published conversion (docs/rules.md).
struct SWEMWBSScoreTests {
    static func response(_ items: [Int?]) -> SurveyResponse {
        var answers: [String: Int] = [:]
        for (index, item) in items.enumerated() { if let item { answers["swemwbs_\(index + 1)"] = item } }
        return SurveyResponse(respondentID: "R", stakeholderClass: .serviceUsers, date: LocalDate(iso8601: "2025-11-01")!,
                              answers: answers, cells: [:], location: FileLocation(file: "s.csv", line: 2))
    }

    @Test(arguments: [([1, 1, 1, 1, 1, 1, 1], 7.00), ([3, 3, 3, 3, 3, 3, 2], 18.59), ([4, 3, 3, 3, 3, 3, 3], 19.98), ([4, 4, 3, 3, 3, 3, 3], 20.73),
                      ([4, 4, 4, 4, 4, 4, 4], 25.03), ([5, 5, 5, 5, 5, 5, 5], 35.00), ([2, 3, 3, 3, 3, 3, 3], 18.59)])
    func convertsRawTotalsWithTheRaschTable(items: [Int], metric: Double) {
        #expect(SWEMWBSScore.metric(Self.response(items)) == metric)
    }

    @Test func aResponseMissingAnItemIsNotScored() {
        #expect(SWEMWBSScore.metric(Self.response([4, 4, nil, 4, 4, 4, 4])) == nil)
    }

    @Test func everyRawTotalHasAMetricScoreThatRises() {
        var previous = 0.0
        for raw in 7...35 {
            let items = (0..<7).map { index in 1 + min(4, max(0, raw - 7 - index * 4)) }
            let metric = SWEMWBSScore.metric(Self.response(items))
            #expect(items.reduce(0, +) == raw)
            #expect((metric ?? 0) > previous, "raw \(raw)")
            previous = metric ?? previous
        }
    }
}
