package import NodReport
package import NodCore
package import NodEngine
package import NodEvidence
package import NodRules

/// Everything needed to turn one bundle's evidence into a report, decided once per run (or
/// per batch worker): the same steps for `nod audit`, every bundle of `nod batch`, the
/// fuzzers and the evidence-loss property test.
package struct AuditPipeline: Sendable {
    package let profile: Profile
    package let packs: [LoadedPack]
    package let rules: [CompiledRule]
    package let waivers: [Waiver]
    package let attestations: [Attestation]
    package let waiversGiven: Bool
    package let auditDate: LocalDate
    package let language: Language?
    /// The organisation's previous audit (`--previous`, or the office's ledger).
    package let history: AuditHistory?
    /// The files beside the bundle that change the result, for the report's `inputs`.
    package var inputs: AuditReport.Inputs?

    package init(profile: Profile, packs: [LoadedPack], rules: [CompiledRule], waivers: [Waiver] = [], attestations: [Attestation] = [],
                waiversGiven: Bool = false, auditDate: LocalDate, language: Language?, history: AuditHistory? = nil) {
        self.profile = profile
        self.packs = packs
        self.rules = rules
        self.waivers = waivers
        self.attestations = attestations
        self.waiversGiven = waiversGiven
        self.auditDate = auditDate
        self.language = language
        self.history = history
    }

    package func report(for evidence: EvidenceModel) -> AuditReport {
        let evaluated = Evaluator().evaluate(rules, input: CheckInput(evidence: evidence, auditDate: auditDate))
        let (excepted, waiverOutcome) = ExceptionApplier.apply(evaluated, waivers: waivers, attestations: attestations, auditDate: auditDate)
        let repeated = RepeatedFindings.apply(excepted, history: history, escalateTo: profile.repeatedFindingSeverity)
        let award = DecisionMaker.decide(repeated.results, profile: profile, auditDate: auditDate)
        var report = ReportBuilder.build(evidence: evidence, profile: profile, packs: packs, results: repeated.results, award: award,
                                         auditDate: auditDate, language: language ?? evidence.manifest.language ?? .en,
                                         waivers: waiversGiven ? waiverOutcome : nil)
        report.inputs = inputs
        if let history {
            report.history = .init(previousAuditDate: history.previousAuditDate, repeated: repeated.repeated,
                                   unclosedActions: repeated.unclosed.map { .init(rule: $0.rule, due: $0.due) })
        }
        return report
    }
}
