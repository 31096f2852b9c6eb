public import NodArchive
public import NodCore
import NodCheckers
import NodEngine
import NodEvidence
public import NodReport
import NodRules

/// nod's audit as shipped — embedded rules, built-in checkers, a profile — ready to run on
/// evidence in memory, without the command line. The fuzzers and the evidence-loss
/// property test drive the same steps as `nod audit`.
public struct ShippedAudit: Sendable {
    public let pipeline: AuditPipeline
    let loader = EvidenceLoader()

    /// Compiles the embedded rules of `profile`; nil when the profile is unknown or a rule
    /// does not compile (a bug the rule tests catch first).
    public init?(profile id: String = "care-quality-mark", auditDate: LocalDate) {
        let (library, errors) = RuleLibrary.load(EmbeddedRules.sources)
        guard errors.isEmpty, let profile = library.profile(id),
              let registry = try? BuiltInCheckers.registry() else { return nil }
        let compiled = RuleCompiler.compile(library.rules(for: profile), registry: registry)
        guard compiled.errors.isEmpty else { return nil }
        pipeline = AuditPipeline(profile: profile, packs: library.packs(for: profile), rules: compiled.rules,
                                 auditDate: auditDate, language: nil)
    }

    /// Audits bundle contents; nil when the evidence is refused (no manifest, bad manifest:
    /// `nod audit` exits 3 then).
    public func audit(_ contents: BundleContents) -> AuditReport? {
        guard let evidence = try? loader.load(files: contents.files, source: contents.source, digest: contents.digest,
                                              archiveSHA256: contents.archiveSHA256) else { return nil }
        return pipeline.report(for: evidence)
    }
}
