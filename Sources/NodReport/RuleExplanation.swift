package import NodCore
package import NodRules

/// `nod explain RULE-ID`: a rule in full, for a co-op that wants to meet it — requirement,
/// evidence needed, threshold, guidance, severity, models, when it applies, checker, source.
package enum RuleExplanation {
    package static func text(_ rule: Rule, pack: RulePack, language: Language) -> String {
        let l = language.rawValue
        let cy = language == .cy
        let models = rule.models.map { LocalizedText.list($0.map(\.name)).text(l) } ?? (cy ? "pob model" : "every model")
        var out = "\(rule.id)  \(rule.title.text(l))\n\n"
        out += "\(cy ? "Gofyniad" : "Requirement"): \(rule.requirement.text(l))\n\n"
        out += "\(cy ? "Tystiolaeth sydd ei hangen" : "Evidence needed"): \(rule.evidence.text(l))\n\n"
        out += "\(cy ? "Trothwy" : "Threshold"): \(rule.threshold.text(l))\n\n"
        out += "\(cy ? "Sut i'w fodloni" : "How to meet it"): \(rule.guidance.text(l))\n\n"
        out += "\(cy ? "Difrifoldeb" : "Severity"): \(ReportStrings.severity(rule.severity).text(l)) · "
        out += "\(cy ? "Pecyn" : "Pack"): \(pack.title.text(l)) (\(pack.id)) · \(cy ? "Modelau" : "Models"): \(models)\n"
        if let when = rule.appliesWhen {
            var conditions: [String] = []
            if let nations = when.nations {
                conditions.append(LocalizedText.list(nations.map(\.locative)).text(l))
            }
            if let regulated = when.regulatedService {
                conditions.append(regulated ? (cy ? "gwasanaeth a reoleiddir" : "a regulated service") : (cy ? "gwasanaeth nas rheoleiddir" : "a service not regulated"))
            }
            if let forms = when.legalForms { conditions.append(LocalizedText.list(forms.map(\.name)).text(l)) }
            out += "\(cy ? "Yn berthnasol" : "Applies"): \(conditions.joined(separator: "; "))\n"
        }
        out += "\(cy ? "Gwiriwr (yn y cod)" : "Checker (in the code)"): \(rule.check.value)\n"
        out += "\(cy ? "Ffynhonnell" : "Source"): \(rule.citation.text(l))\n"
        return out
    }
}
