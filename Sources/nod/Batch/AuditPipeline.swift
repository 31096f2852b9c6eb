import NodCore
import NodEngine
import NodEvidence
import NodReport
import NodRules

/// Everything needed to turn one bundle's evidence into a report, decided once per run (or
/// per batch worker): the same steps for `nod audit` and for every bundle of `nod batch`.
struct AuditPipeline {
    let profile: Profile
    let packs: [LoadedPack]
    let rules: [CompiledRule]
    let waivers: [Waiver]
    let attestations: [Attestation]
    let waiversGiven: Bool
    let auditDate: LocalDate
    let language: Language?

    func report(for evidence: EvidenceModel) -> AuditReport {
        let evaluated = Evaluator().evaluate(rules, input: CheckInput(evidence: evidence, auditDate: auditDate))
        let (results, waiverOutcome) = ExceptionApplier.apply(evaluated, waivers: waivers, attestations: attestations, auditDate: auditDate)
        let verdict = DecisionMaker.decide(results, profile: profile, auditDate: auditDate)
        return ReportBuilder.build(evidence: evidence, profile: profile, packs: packs, results: results, verdict: verdict,
                                   auditDate: auditDate, language: language ?? evidence.manifest.language ?? .en,
                                   waivers: waiversGiven ? waiverOutcome : nil)
    }
}
