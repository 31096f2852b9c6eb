package import NodArchive
package import NodAudit
package import NodCore
import NodEvidence
package import NodReport

/// nod's audit as shipped — embedded rules, built-in checkers, a profile — ready to run on
/// evidence in memory, without the command line. The fuzzers and the evidence-loss
/// property test drive the same steps as `nod audit` (the application layer's `AuditPlan`).
package struct ShippedAudit: Sendable {
    package let pipeline: AuditPipeline
    let loader = EvidenceLoader()

    /// Compiles the embedded rules of `profile`; nil when the profile is unknown or a rule
    /// does not compile (a bug the rule tests catch first).
    package init?(profile id: String = "care-quality-mark", auditDate: LocalDate) {
        guard let plan = try? AuditPlan(rules: RuleChoice(), profile: id, auditDate: auditDate, language: nil),
              let session = try? plan.openSession(plugins: PluginSearch(paths: [], environment: [], installed: nil)) else { return nil }
        pipeline = plan.pipeline(session)
    }

    /// Audits bundle contents; nil when the evidence is refused (no manifest, bad manifest:
    /// `nod audit` exits 3 then).
    package func audit(_ contents: BundleContents) -> AuditReport? {
        guard let evidence = try? loader.load(files: contents.files, source: contents.source, digest: contents.digest,
                                              archiveSHA256: contents.archiveSHA256) else { return nil }
        return pipeline.report(for: evidence)
    }
}
