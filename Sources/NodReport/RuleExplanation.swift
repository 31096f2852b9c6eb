package import NodCore
package import NodRules

/// `nod explain RULE-ID`: a rule in full, for a co-op that wants to meet it — requirement,
/// evidence needed, threshold, guidance, severity, models, when it applies, checker, source.
package enum RuleExplanation {
    package static func text(_ rule: Rule, pack: String, language: Language) -> String {
        let l = language.rawValue
        let cy = language == .cy
        let models = rule.models.map { $0.map(\.rawValue).joined(separator: ", ") } ?? (cy ? "pob model" : "every model")
        var out = "\(rule.id)  \(rule.title.text(l))\n\n"
        out += "\(cy ? "Gofyniad" : "Requirement"): \(rule.requirement.text(l))\n\n"
        out += "\(cy ? "Tystiolaeth sydd ei hangen" : "Evidence needed"): \(rule.evidence.text(l))\n\n"
        out += "\(cy ? "Trothwy" : "Threshold"): \(rule.threshold.text(l))\n\n"
        out += "\(cy ? "Sut i'w fodloni" : "How to meet it"): \(rule.guidance.text(l))\n\n"
        out += "\(cy ? "Difrifoldeb" : "Severity"): \(rule.severity.rawValue) · \(cy ? "Pecyn" : "Pack"): \(pack) · \(cy ? "Modelau" : "Models"): \(models)\n"
        if let when = rule.appliesWhen {
            var conditions: [String] = []
            if let nations = when.nations { conditions.append("nation: \(nations.map(\.rawValue).joined(separator: ", "))") }
            if let regulated = when.regulatedService { conditions.append("regulated-service: \(regulated)") }
            if let forms = when.legalForms { conditions.append("legal-form: \(forms.map(\.rawValue).joined(separator: ", "))") }
            out += "\(cy ? "Yn berthnasol pan" : "Applies when"): \(conditions.joined(separator: "; "))\n"
        }
        out += "\(cy ? "Gwiriwr" : "Checker"): \(rule.check.value)\n"
        out += "\(cy ? "Ffynhonnell" : "Source"): \(rule.citation)\n"
        return out
    }
}
