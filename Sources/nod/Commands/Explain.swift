import ArgumentParser
import Foundation
import NodAudit
import NodCore
import NodEvidence
import NodRules

/// `nod explain RULE-ID`: a rule in full, for a co-op that wants to meet it.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: requirement, evidence needed, threshold, citation and guidance.",
        discussion: "Examples:\n  nod explain GOV-04\n  nod explain gov-04 --lang cy")

    @Argument(help: ArgumentHelp("The rule id, such as GOV-01.", valueName: "rule-id"))
    var ruleID: String

    @Option(help: "Language: cy or en.")
    var lang: Language = .en

    @OptionGroup(title: "Rules") var rules: RuleOptions

    func run() throws {
        let library = try setUp { () throws(AuditSetupError) in try rules.choice.load() }
        let id = ruleID.uppercased()
        guard let (rule, pack) = library.allRules.first(where: { $0.rule.id == id }) else {
            var message = "no rule '\(ruleID)' is loaded"
            if let guess = Suggestion.closest(to: id, among: library.allRules.map(\.rule.id)) { message += " — did you mean '\(guess)'?" }
            StandardError.write("error: \(message)")
            throw ExitCode(ExitStatus.usage)
        }
        let l = lang.rawValue
        let cy = lang == .cy
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
        StandardOutput.write(out)
    }
}
