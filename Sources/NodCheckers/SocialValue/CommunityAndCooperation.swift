import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// SV-03: concern for community and co-operation among co-operatives: a members-approved
/// community policy or resolution, and membership of a federation or consortium.
/// Finds the policy or resolution and the memberships.
package struct CommunityAndCooperation: Checker {
    package typealias Options = NoOptions
    package static let id = "community-and-co-operation"
    package static let summary = "A community policy or resolution and a federation membership exist; finds both."
    package static let examples = [
        CheckerExample("community resolution and Cwmpas membership", expect: .pass),
        CheckerExample("no federation", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(of: "memberships:\n  - { name: Cwmpas, since: 2019-05-01 }\n", with: ""),
        ]),
        CheckerExample("no community policy or resolution", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(of: "  - { id: community, file: policies/community.md, reviewed: 2025-06-12, languages: [cy, en] }\n", with: ""),
            "minutes/2025-09-20-agm.md": ExampleBundle.agm(date: "2025-09-20", notice: "2025-09-01"),
        ]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        let resolution = input.evidence.meetings.filter { [.agm, .general].contains($0.kind.value) }
            .flatMap(\.resolutions).first { $0.kind == .communityPolicy && $0.result == .passed }
        let policy = input.manifest.policy("community")
        var unmet = UnmetConditions()
        if resolution == nil, policy == nil {
            unmet.add("No community policy in the manifest and no community-policy resolution passed by members.",
                      "Dim polisi cymunedol yn y maniffest a dim penderfyniad community-policy wedi'i basio gan yr aelodau.",
                      evidence: [EvidenceCitation(path: "manifest.yaml")])
        }
        let federations = LocalizedText.list(input.manifest.memberships.map { LocalizedText(en: "“\($0.name)”", cy: "“\($0.name)”") })
        if input.manifest.memberships.isEmpty {
            unmet.add("The co-op lists no federation or consortium membership (memberships).",
                      "Nid yw'r gydweithfa'n rhestru aelodaeth o ffederasiwn na chonsortiwm (memberships).",
                      evidence: [EvidenceCitation(path: "manifest.yaml")])
        }
        if let failure = unmet.failure() { return failure }
        var evidence = [EvidenceCitation(path: "manifest.yaml")]
        if let resolution { evidence.append(EvidenceCitation(resolution.location)) }
        return .pass("A community commitment and membership of \(federations.en) show concern for community and co-operation.",
                     "Mae ymrwymiad cymunedol ac aelodaeth o \(federations.cy) yn dangos gofal am y gymuned a chydweithredu.", evidence: evidence)
    }
}
