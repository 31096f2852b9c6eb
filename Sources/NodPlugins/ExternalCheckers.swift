import Foundation
import NodCore
package import NodEngine
import NodEvidence
import NodPluginProtocol
import NodYAML
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Plug-in checks as checkers of the registry: the engine cannot tell them from built-ins.
package enum ExternalCheckers {
    /// One `AnyChecker` per check the plug-in offers, all sharing its one connection and the
    /// run's snapshot cache (the evidence is turned into JSON once per bundle, not per check).
    package static func make(_ manifest: PluginManifest, connection: PluginConnection, snapshots: EvidenceSnapshotCache) -> [AnyChecker] {
        manifest.checks.map { check in
            let id = check.id.value, needs = check.needs
            return AnyChecker(id: id, summary: "Provided by plug-in '\(manifest.plugin)'.", source: manifest.plugin, version: manifest.version) { node, rule in
                let params = JSONValue(node)
                return BoundCheck { input in
                    try run(id: id, rule: rule, params: params, needs: needs, input: input, connection: connection, snapshots: snapshots)
                }
            }
        }
    }

    static func run(id: String, rule: String, params: JSONValue, needs: [String], input: CheckInput,
                    connection: PluginConnection, snapshots: EvidenceSnapshotCache) throws -> CheckOutcome {
        let snapshot = try snapshots.snapshot(of: input.evidence)
        let files = input.evidence.files.filter { file in needs.contains { fnmatch($0, file.path, FNM_PATHNAME) == 0 } }.map { file in
            let text = file.content.flatMap { String(validating: $0, as: UTF8.self) }
            return CheckRequest.File(path: file.path, sha256: file.sha256, bytes: file.bytes, text: text,
                                                 base64: text == nil ? file.content.map { Data($0).base64EncodedString() } : nil)
        }
        let request = CheckRequest(id: rule, check: id, rule: rule, params: params,
                                               lang: input.manifest.language?.rawValue ?? "en", auditDate: input.auditDate.description,
                                               evidence: snapshot, files: files)
        let plugin = connection.launch.name
        do {
            switch try connection.check(request, bundle: input.evidence.digest) {
            case .result(let result):
                let measures = (result.measures ?? [:]).sorted { $0.key < $1.key }.map { Measure($0.key, $0.value) }
                let message = LocalizedText(en: result.message.en, cy: result.message.cy)
                let verdict: CheckOutcome.Verdict = switch result.status {
                case .pass: .pass
                case .fail: .fail
                case .notApplicable: .notApplicable(reason: message)
                }
                let evidence = (result.evidence ?? []).map { EvidenceCitation(path: $0.path, line: $0.line) }
                return CheckOutcome(verdict, message, evidence: evidence, measures: measures)
            case .error(_, let message):
                throw CheckFailure(LocalizedText(en: "Plug-in '\(plugin)' could not check: \(message)",
                                                 cy: "Ni allai'r ategyn '\(plugin)' wirio: \(message)"))
            case .hello:
                throw CheckFailure(LocalizedText(en: "Plug-in '\(plugin)' answered out of turn", cy: "Atebodd yr ategyn '\(plugin)' allan o'i dro"))
            }
        } catch let failure as PluginFailure {
            throw CheckFailure(LocalizedText(en: "Plug-in '\(plugin)' failed: \(failure.fault)", cy: "Methodd yr ategyn '\(plugin)': \(failure.fault)"))
        }
    }
}

/// The evidence snapshot of the bundle being audited, as JSON, made once and handed to every
/// plug-in check of that bundle (a worker audits one bundle at a time; the digest tells them apart).
package final class EvidenceSnapshotCache: Sendable {
    private let latest = Mutex<(digest: String, snapshot: JSONValue)?>(nil)

    package init() {}

    func snapshot(of evidence: EvidenceModel) throws -> JSONValue {
        if let cached = latest.withLock({ $0 }), cached.digest == evidence.digest { return cached.snapshot }
        let snapshot = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(EvidenceSnapshot(evidence)))
        latest.withLock { $0 = (evidence.digest, snapshot) }
        return snapshot
    }
}
