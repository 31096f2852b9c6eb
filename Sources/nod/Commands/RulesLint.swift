import ArgumentParser
import Foundation
import NodAudit
import NodCheckers
import NodCore
import NodEngine
import NodReport
import NodRules

extension Rules {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Validate rule packs and profiles; print file:line:column errors (exit 2 when any).",
            discussion: HelpText.flow("""
            Checks each file's structure and types, unknown keys (with suggestions), duplicate rule
            ids, profiles naming packs or rules that are not loaded, unknown checker ids and
            ill-typed checker parameters. With no paths, lints the built-in rules.

            A checker no installed plug-in provides is an error, except in an optional pack
            (disabled-by-default) that --profile does not use: there it is a warning naming the
            checker, so a copied or installed nod without its plug-ins lints its own rules clean.

            Examples:
              nod rules lint Rules/
              nod rules lint my-scheme.yaml --with-default-rules
            """))

        @Argument(help: ArgumentHelp("Rule files or folders (default: the built-in rules).", valueName: "path"))
        var paths: [String] = []

        @Flag(help: "Load the built-in packs as well, so a profile may name them.")
        var withDefaultRules = false

        @Option(help: ArgumentHelp("The profile in use: an optional pack it does not use may name checkers of plug-ins that are not installed.",
                                   valueName: "id"))
        var profile = "care-quality-mark"

        @OptionGroup(title: "Plug-ins") var plugins: PluginOptions

        func run() throws {
            let choice = RuleChoice(paths: paths, withDefaultRules: withDefaultRules)
            let (sources, readErrors) = choice.sources()
            let (library, errors) = RuleLibrary.load(sources)
            let external = try setUp { () throws(AuditSetupError) in try plugins.search.connect() }
            defer { external.close() }
            let registry: CheckerRegistry
            do {
                registry = try BuiltInCheckers.registry(adding: external.checkers)
            } catch {
                throw StandardError.exit(AuditSetupError(.internal, [.init(at: nil, "\(error)")]))
            }
            let findings = RuleValidation.lint(library, registry: registry, profile: profile)
            for warning in findings.warnings { StandardError.write("\(warning.location): warning: \(warning.message)") }
            let compileErrors = findings.errors
            let all = Array(Set(readErrors + errors + compileErrors)).sorted()
            if !all.isEmpty { throw StandardError.exit(AuditSetupError(.usage, all.map { .init(at: $0.location, $0.message) })) }
            for (rule, _) in library.allRules where rule.needsTranslation {
                StandardError.write("\(rule.location): warning: rule \(rule.id) awaits its Welsh translation (needs-translation: true)")
            }
            StandardOutput.write("\([CountedNoun.file.counted(sources.count), CountedNoun.pack.counted(library.packs.count), CountedNoun.profile.counted(library.profiles.count), CountedNoun.rule.counted(library.allRules.count)].map(\.en).joined(separator: ", ")): no errors\n")
        }
    }
}
