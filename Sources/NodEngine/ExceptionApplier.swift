package import NodCore
package import NodRules

/// What the waivers file did: the waivers that expired before the audit date and those that
/// matched nothing (the rule was met, not in the profile, or could not be checked).
package struct WaiverOutcome: Sendable {
    package var expired: [Waiver] = []
    package var unused: [(waiver: Waiver, reason: LocalizedText)] = []
}

/// Applies attestations, then waivers, to evaluated results — judged against the audit date,
/// never the clock. A waived rule stays in the results with its waiver. A rule that could not
/// be checked (`error`) is never waived or attested away: a broken check never awards a mark.
package enum ExceptionApplier {
    package static func apply(_ results: [RuleResult], waivers: [Waiver], attestations: [Attestation],
                             auditDate: LocalDate) -> (results: [RuleResult], waivers: WaiverOutcome) {
        var results = results
        for attestation in attestations where attestation.date.value <= auditDate {
            guard let index = results.firstIndex(where: { $0.ruleID == attestation.rule.value }),
                  results[index].status != .notApplicable, results[index].status != .error else { continue }
            results[index].attestation = attestation
            let text = "\(attestation.attester), \(attestation.date.value): \(attestation.note)"
            switch attestation.outcome {
            case .met where results[index].status != .pass:
                results[index].status = .attested
                results[index].message = LocalizedText(en: "Attested as met by \(text)", cy: "Ardystiwyd fel wedi'i fodloni gan \(text)")
            case .notMet:
                results[index].status = .fail
                results[index].message = LocalizedText(en: "Attested as not met by \(text)", cy: "Ardystiwyd fel heb ei fodloni gan \(text)")
            default:
                break
            }
            results[index].evidence.append(EvidenceCitation(attestation.rule.location))
        }
        var outcome = WaiverOutcome()
        for waiver in waivers {
            guard waiver.isActive(on: auditDate) else {
                if waiver.expires.value < auditDate { outcome.expired.append(waiver) }
                else { outcome.unused.append((waiver, LocalizedText(en: "not yet granted on the audit date", cy: "heb ei roi eto ar ddyddiad yr archwiliad"))) }
                continue
            }
            guard let index = results.firstIndex(where: { $0.ruleID == waiver.rule.value }) else {
                outcome.unused.append((waiver, LocalizedText(en: "the rule is not in this profile", cy: "nid yw'r rheol yn y proffil hwn")))
                continue
            }
            switch results[index].status {
            case .fail, .notEvidenced:
                results[index].status = .waived
                results[index].waiver = waiver
            case .error:
                outcome.unused.append((waiver, LocalizedText(en: "the rule could not be checked, and a check that failed to run cannot be waived",
                                                             cy: "nid oedd modd gwirio'r rheol, ac ni ellir hepgor gwiriad a fethodd â rhedeg")))
            default:
                outcome.unused.append((waiver, LocalizedText(en: "the rule is met or does not apply", cy: "mae'r rheol wedi'i bodloni neu nid yw'n berthnasol")))
            }
        }
        return (results, outcome)
    }
}
