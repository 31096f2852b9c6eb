import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// CARE-01: the responsible individual visited each place at least quarterly and met the
/// people supported and staff. Finds the longest gap between visits per place.
package struct RIVisitsQuarterly: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var maxGapDays: Int
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["max-gap-days"])
            maxGapDays = try fields.optional("max-gap-days", as: Int.self) ?? 92
        }
    }

    package static let id = "ri-visits-quarterly"
    package static let summary = "The responsible individual visited every place at least quarterly, meeting people and staff; finds the longest gap."
    package static let examples = [
        CheckerExample("five visits, none more than 92 days apart", expect: .pass),
        CheckerExample("a summer without a visit", expect: .fail, files: ["visits/2025-07-10.md": nil]),
        CheckerExample("a visit that met no one", expect: .fail, files: ["visits/2025-10-06.md": ExampleBundle.visit("2025-10-06", people: 0)]),
        CheckerExample("a second place never visited since April", expect: .fail, files: [
            "visits/2025-04-20-north.md": ExampleBundle.visit("2025-04-20", place: "Cwm Tawe"),
        ]),
        CheckerExample("a visit that met no one and a place left unvisited: both named", expect: .fail, files: [
            "visits/2025-10-06.md": ExampleBundle.visit("2025-10-06", people: 0),
            "visits/2025-04-20-north.md": ExampleBundle.visit("2025-04-20", place: "Cwm Tawe"),
        ], mentioning: ["The visit on 2025-10-06", "1 visit to Cwm Tawe"]),
        CheckerExample("no visit records", expect: .notEvidenced, files: [
            "visits/2025-04-15.md": nil, "visits/2025-07-10.md": nil, "visits/2025-10-06.md": nil,
            "visits/2026-01-05.md": nil, "visits/2026-03-30.md": nil,
        ]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        try input.requireAllReadable(.visits)
        let visits = input.evidence.visits.filter { input.period.contains($0.date.value) }
        guard !visits.isEmpty else {
            return .notEvidenced("No record of a responsible individual's visit in the period (visits/*.md).",
                                 "Dim cofnod o ymweliad gan yr unigolyn cyfrifol yn y cyfnod (visits/*.md).")
        }
        var unmet = UnmetConditions()
        for empty in visits where (empty.peopleSpokenTo?.value ?? 0) == 0 || (empty.staffMet?.value ?? 0) == 0 {
            unmet.add("The visit on \(empty.date.value) does not record meeting both people supported and staff.",
                      "Nid yw'r ymweliad ar \(empty.date.value) yn cofnodi cyfarfod â'r bobl a gefnogir a'r staff.",
                      evidence: [EvidenceCitation(empty.date.location)])
        }
        var longest = 0
        for (place, placeVisits) in Dictionary(grouping: visits, by: \.place).sorted(by: { $0.key < $1.key }) {
            let gap = LongestGap(placeVisits.map(\.date.value), across: input.period)
            longest = max(longest, gap.days)
            let needed = LongestGap.minimumCount(across: input.period, maxGap: options.maxGapDays)
            if placeVisits.count < needed {
                unmet.add("\(CountedNoun.visit.counted(placeVisits.count).startingSentence.en)\(place.isEmpty ? "" : " to \(place)") in the period; at least \(needed) are needed at most \(options.maxGapDays) days apart.",
                          "\(CountedNoun.visit.counted(placeVisits.count).startingSentence.cy)\(place.isEmpty ? "" : " â \(place)") yn y cyfnod; mae angen o leiaf \(needed) o fewn \(options.maxGapDays) diwrnod i'w gilydd.",
                          evidence: placeVisits.map { EvidenceCitation($0.date.location) })
            } else if gap.days > options.maxGapDays {
                let whereText = place.isEmpty ? "" : " at \(place)"
                let ending = gap.endsAt.map { "ending \($0)" } ?? "to the end of the period"
                unmet.add("\(CountedNoun.day.counted(gap.days).startingSentence.en) passed without a visit\(whereText) (\(ending)); visits must be at most \(options.maxGapDays) days apart.",
                          "Aeth \(CountedNoun.day.counted(gap.days).cy) heibio heb ymweliad\(place.isEmpty ? "" : " yn \(place)") (\(gap.endsAt.map { "yn gorffen \($0)" } ?? "hyd at ddiwedd y cyfnod")); rhaid i ymweliadau fod o fewn \(options.maxGapDays) diwrnod i'w gilydd.",
                          evidence: placeVisits.map { EvidenceCitation($0.date.location) })
            }
        }
        if let failure = unmet.failure(measures: [Measure("visits", Double(visits.count)), Measure("longest-gap-days", Double(longest))]) { return failure }
        return .pass("\(CountedNoun.visit.counted(visits.count).startingSentence.en) in the period; the longest gap was \(CountedNoun.day.counted(longest).en).",
                     "\(CountedNoun.visit.counted(visits.count).startingSentence.cy) yn y cyfnod; y bwlch hiraf oedd \(CountedNoun.day.counted(longest).cy).",
                     evidence: visits.map { EvidenceCitation($0.date.location) }, measures: [Measure("longest-gap-days", Double(longest))])
    }
}
