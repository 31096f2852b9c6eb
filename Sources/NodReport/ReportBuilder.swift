package import NodCore
package import NodEngine
package import NodEvidence
package import NodRules

/// Assembles the report from what the audit produced; the only place that knows both the
/// engine's values and the report's shape.
package enum ReportBuilder {
    package static func build(
        evidence: EvidenceModel, profile: Profile, packs: [LoadedPack], results: [RuleResult], award: AwardDecision,
        auditDate: LocalDate, language: Language, waivers: WaiverOutcome? = nil
    ) -> AuditReport {
        func record(_ waiver: Waiver, reason: LocalizedText? = nil) -> AuditReport.WaiverRecord {
            .init(rule: waiver.rule.value, justification: waiver.justification, approver: waiver.approver,
                  granted: waiver.granted.value, expires: waiver.expires.value, scope: waiver.scope, reason: reason)
        }
        let organisation = evidence.manifest.organisation
        return AuditReport(
            auditDate: auditDate,
            language: language.rawValue,
            bundle: .init(sha256: evidence.digest, archiveSHA256: evidence.archiveSHA256, organisation: organisation.name,
                          model: organisation.model.rawValue, nation: organisation.nation.rawValue,
                          regulatedService: organisation.regulatedService, period: evidence.manifest.period.value,
                          registration: organisation.registration.map { .init(register: $0.register, number: $0.number) }),
            rules: .init(profile: profile.id, profileVersion: profile.version, profileTitle: profile.title,
                         packs: packs.map { .init(id: $0.pack.id, version: $0.pack.version, sha256: $0.sha256, title: $0.pack.title) }),
            decision: award.decision,
            blocking: award.blocking,
            level: award.level?.id,
            levelTitle: award.level?.title,
            score: .init(earned: award.earned, possible: award.possible, percent: (award.scorePercent * 10).rounded() / 10),
            correctiveActions: award.correctiveActions.map { .init(rule: $0.ruleID, due: $0.due) },
            results: results.map { result in
                AuditReport.Result(
                    rule: result.ruleID, pack: result.pack, title: result.title, status: result.status, severity: result.severity,
                    message: result.message, reason: result.reason?.text(language.rawValue), reasonText: result.reason,
                    measures: result.measures.isEmpty ? nil : Dictionary(result.measures.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a }),
                    evidence: result.evidence, guidance: result.isNotMet ? result.guidance : nil,
                    waiver: result.waiver.map { record($0) },
                    attestation: result.attestation.map {
                        .init(attester: $0.attester, date: $0.date.value, outcome: $0.outcome.rawValue, note: $0.note)
                    },
                    escalatedFrom: result.escalatedFrom)
            },
            evidence: evidence.files.map { .init(path: $0.path, sha256: $0.sha256, bytes: $0.bytes) },
            problems: evidence.problems.map {
                .init(code: $0.code.rawValue, path: $0.location.file, line: $0.location.line > 0 ? $0.location.line : nil,
                      column: $0.location.column > 0 ? $0.location.column : nil, message: $0.message, messageCy: $0.welsh)
            },
            waivers: waivers.map { outcome in
                .init(expired: outcome.expired.map { record($0) }, unused: outcome.unused.map { record($0.waiver, reason: $0.reason) })
            })
    }
}
