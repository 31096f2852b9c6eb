import Foundation
import NodCore
package import NodEngine
import NodEvidence

/// FIN-06: the co-op's residual assets are locked for other co-ops or good causes; for a
/// charity a missing lock is a major nonconformity. Finds the constitution's asset-lock;
/// a manifest that does not say is not evidence of a lock.
package struct AssetLock: Checker {
    package typealias Options = NoOptions
    package static let id = "asset-lock"
    package static let summary = "The constitution locks the co-op's assets; finds the asset-lock declaration."
    package static let examples = [
        CheckerExample("locked", expect: .pass),
        CheckerExample("not locked", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(of: "asset-lock: true", with: "asset-lock: false"),
        ]),
        CheckerExample("a charity without a lock", expect: .fail, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(of: "asset-lock: true", with: "asset-lock: false")
                .replacingOccurrences(of: "regulated-service: false", with: "regulated-service: false\n  charitable: true"),
        ], severity: .major),
        CheckerExample("the manifest does not say", expect: .notEvidenced, files: [
            "manifest.yaml": ExampleBundle.manifest().replacingOccurrences(of: "  asset-lock: true\n", with: ""),
        ]),
    ]

    package init() {}

    package func check(_ input: CheckInput, options: NoOptions) throws -> CheckOutcome {
        let cite = [EvidenceCitation(path: "manifest.yaml")]
        switch input.manifest.constitution.assetLock {
        case nil:
            return .notEvidenced(
                "The manifest does not say whether the constitution locks the co-op's assets (constitution.asset-lock).",
                "Nid yw'r maniffest yn dweud a yw'r cyfansoddiad yn cloi asedau'r gydweithfa (constitution.asset-lock).")
        case true?:
            return .pass("The constitution locks the co-op's assets.", "Mae'r cyfansoddiad yn cloi asedau'r gydweithfa.", evidence: cite)
        case false?:
            return .fail("The constitution does not lock the co-op's assets (constitution.asset-lock).",
                     "Nid yw'r cyfansoddiad yn cloi asedau'r gydweithfa (constitution.asset-lock).", evidence: cite,
                     severity: input.manifest.organisation.charitable ? .major : nil)
        }
    }
}
