import ArgumentParser
import Foundation
import NodAudit
import NodCore
import NodReport
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
        guard let (rule, packID) = library.allRules.first(where: { $0.rule.id == id }),
              let pack = library.packs.first(where: { $0.pack.id == packID })?.pack else {
            var message = "no rule '\(ruleID)' is loaded"
            if let guess = Suggestion.closest(to: id, among: library.allRules.map(\.rule.id)) { message += " — did you mean '\(guess)'?" }
            StandardError.write("error: \(message)")
            throw ExitCode(ExitStatus.usage)
        }
        StandardOutput.write(RuleExplanation.text(rule, pack: pack, language: lang))
    }
}
