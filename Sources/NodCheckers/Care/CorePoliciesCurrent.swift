import Foundation
import NodCore
package import NodEngine
import NodEvidence
package import NodYAML

/// CARE-03: the six core policies exist (major when one is missing) and each was reviewed in
/// the twelve months before the period end (minor when overdue).
/// Finds missing and overdue policies. An empty file, or a text policy with no words in it, is
/// missing too: absence must never pass where a file that says nothing would fail.
package struct CorePoliciesCurrent: Checker {
    package struct Options: YAMLReadable, Sendable {
        package var required: [String]
        package var maxMonthsSinceReview: Int
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["required", "max-months-since-review"])
            required = try fields.optional("required", as: [String].self)
                ?? ["safeguarding", "complaints", "whistleblowing", "control-restraint", "staff-support", "staff-discipline"]
            maxMonthsSinceReview = try fields.optional("max-months-since-review", as: Int.self) ?? 12
        }
    }

    package static let id = "core-policies-current"
    package static let summary = "The core care policies exist and were reviewed within a year; finds missing and overdue policies."
    static func manifest(_ change: (String) -> String) -> String { change(ExampleBundle.manifest()) }
    package static let examples = [
        CheckerExample("all six, reviewed in June", expect: .pass),
        CheckerExample("no whistleblowing policy", expect: .fail, files: [
            "manifest.yaml": manifest { $0.replacingOccurrences(of: "  - { id: whistleblowing, file: policies/whistleblowing.md, reviewed: 2025-06-12, languages: [cy, en] }\n", with: "") },
        ], severity: .major),
        CheckerExample("the listed file is not in the bundle", expect: .fail, files: ["policies/safeguarding.md": nil], severity: .major),
        CheckerExample("the staff support policy is an empty file", expect: .fail, files: ["policies/staff-support.md": ""], severity: .major),
        CheckerExample("the safeguarding policy is only blank lines", expect: .fail, files: ["policies/safeguarding.md": "\n  \n\t\n"], severity: .major),
        CheckerExample("complaints policy last reviewed in 2024", expect: .fail, files: [
            "manifest.yaml": manifest { $0.replacingOccurrences(of: "id: complaints, file: policies/complaints.md, reviewed: 2025-06-12", with: "id: complaints, file: policies/complaints.md, reviewed: 2024-11-30") },
        ], severity: .minor),
        CheckerExample("no whistleblowing policy and complaints last reviewed in 2024: both named, at major", expect: .fail, files: [
            "manifest.yaml": manifest {
                $0.replacingOccurrences(of: "  - { id: whistleblowing, file: policies/whistleblowing.md, reviewed: 2025-06-12, languages: [cy, en] }\n", with: "")
                    .replacingOccurrences(of: "id: complaints, file: policies/complaints.md, reviewed: 2025-06-12", with: "id: complaints, file: policies/complaints.md, reviewed: 2024-11-30")
            },
        ], severity: .major, mentioning: ["Missing core policies", ": whistleblowing.", "complaints (2024-11-30)"]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: Options) throws -> CheckOutcome {
        let files = Dictionary(input.evidence.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var missing: [String] = []
        var citations: [EvidenceCitation] = []
        for id in options.required {
            guard let policy = input.manifest.policy(id), let file = files[policy.file.value], Self.hasContent(file) else {
                missing.append(id)
                if let policy = input.manifest.policy(id) { citations.append(EvidenceCitation(policy.file.location)) }
                continue
            }
        }
        var unmet = UnmetConditions()
        if !missing.isEmpty {
            let names = LocalizedText.list(missing.map(PolicyName.name(of:)))
            unmet.add("Missing core policies (not listed in the manifest, or their file is not in the bundle or is empty): \(names.en).",
                      "Polisïau craidd ar goll (heb eu rhestru yn y maniffest, neu nid yw eu ffeil yn y bwndel neu mae'n wag): \(names.cy).",
                      evidence: citations.isEmpty ? [EvidenceCitation(path: "manifest.yaml")] : citations, severity: .major)
        }
        let oldest = input.period.end.adding(months: -options.maxMonthsSinceReview)
        let present = options.required.filter { !missing.contains($0) }.compactMap(input.manifest.policy)
        let overdue = present.filter { ($0.reviewed?.value).map { $0 < oldest } ?? true }
        if !overdue.isEmpty {
            let names = overdue.map { policy in
                let name = PolicyName.name(of: policy.id)
                return policy.reviewed.map { LocalizedText(en: "\(name.en) (\($0.value))", cy: "\(name.cy) (\($0.value))") }
                    ?? LocalizedText(en: "\(name.en) (no date)", cy: "\(name.cy) (dim dyddiad)")
            }
            let list = LocalizedText.list(names)
            unmet.add("Policies not reviewed since \(oldest): \(list.en).", "Polisïau heb eu hadolygu ers \(oldest): \(list.cy).",
                      evidence: overdue.map { EvidenceCitation($0.reviewed?.location ?? $0.file.location) }, severity: .minor)
        }
        let measures = (missing.isEmpty ? [] : [Measure("missing-policies", Double(missing.count))])
            + (overdue.isEmpty ? [] : [Measure("overdue-policies", Double(overdue.count))])
        if let failure = unmet.failure(measures: measures) { return failure }
        return .pass("All \(options.required.count) core policies are present and were reviewed since \(oldest).",
                     "Mae pob un o'r \(options.required.count) polisi craidd yn bresennol ac wedi'u hadolygu ers \(oldest).",
                     evidence: options.required.compactMap(input.manifest.policy).map { EvidenceCitation($0.file.location) })
    }

    /// Whether a policy file says anything: not empty, and (when its text is kept) not only whitespace.
    static func hasContent(_ file: BundleFile) -> Bool {
        guard file.bytes > 0 else { return false }
        guard let content = file.content else { return true }
        return content.contains { !(UInt8(ascii: " ") == $0 || (9...13).contains($0)) }
    }
}
