import ArgumentParser
import Foundation
import NodAudit
import NodCheckers
import NodCore
import NodEngine
import NodReport
import NodRules

/// `nod rules`: what the loaded standards contain, and whether rule files are valid.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the loaded rules and profiles, or lint rule files.",
        subcommands: [List.self, Lint.self, Test.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List every loaded rule (id, severity, pack, title), or the profiles, or the whole catalogue as Markdown.",
            discussion: HelpText.flow("""
            The text format is one line per rule (or profile), tab-separated, for scripts. The md
            format is the rule catalogue: every pack's rules with requirement, threshold, severity,
            models, checker and source, then the profiles (docs/rules.md is this for the built-in rules).

            Examples:
              nod rules list --lang cy
              nod rules list --profiles
              nod rules list --format md > docs/rules.md
            """))

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, md }

        @Flag(help: "List the profiles instead of the rules.")
        var profiles = false

        @Option(help: "Output format: text (tab-separated lines) or md (the catalogue).")
        var format: Format = .text

        @Option(help: "Language of the titles: cy or en.")
        var lang: Language = .en

        @OptionGroup(title: "Rules") var rules: RuleOptions

        func run() throws {
            let library = try setUp { () throws(AuditSetupError) in try rules.choice.load() }
            var out = ""
            if format == .md {
                out = RuleCatalogueMarkdown.render(library)
            } else if profiles {
                for profile in library.profiles.sorted(by: { $0.id < $1.id }) {
                    out += "\(profile.id)\t\(profile.version)\t\(profile.packs.map(\.value).joined(separator: ","))\t\(profile.title.text(lang.rawValue))\n"
                }
            } else {
                for (rule, pack) in library.allRules {
                    out += "\(rule.id)\t\(rule.severity.rawValue)\t\(pack)\t\(rule.title.text(lang.rawValue))\n"
                }
            }
            StandardOutput.write(out)
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run rule packs' golden cases; fail when a case gives the wrong result or a rule has no passing or no failing case.",
            discussion: HelpText.flow("""
            The cases are YAML files in a tests/ folder beside the packs (Rules/tests/*.yaml for
            nod's own): bundles made from a base folder with files replaced or removed, each with
            the result it must give for the rules it names. Every rule of the packs tested needs a
            case it passes and a case it fails (or is not evidenced in). Exit 0 when all hold, 1
            when any does not, 2 for a case file or rule with an error. See docs/rules-testing.md.

            Examples:
              nod rules test Rules/
              nod rules test my-pack/ --with-default-rules
            """))

        @Argument(help: ArgumentHelp("Rule pack files or folders whose tests/ to run (default: the built-in rules and ./Rules/tests).", valueName: "path"))
        var paths: [String] = []

        @Flag(help: "Load the built-in packs as well, so the cases' profiles may name them.")
        var withDefaultRules = false

        @OptionGroup(title: "Plug-ins") var plugins: PluginOptions

        func run() throws {
            let (files, errors, searched) = RuleTestFile.discover(beside: paths.isEmpty ? ["Rules"] : paths)
            if !errors.isEmpty {
                for line in errors { StandardError.write(line) }
                throw ExitCode(ExitStatus.usage)
            }
            guard !files.isEmpty else {
                StandardError.write("error: no test cases found in \(searched.joined(separator: ", ")) (nod's own live in a clone's Rules/tests)")
                throw ExitCode(ExitStatus.usage)
            }
            let runner = RuleTestRunner(rules: RuleChoice(paths: paths, withDefaultRules: withDefaultRules), plugins: plugins.search)
            let summary = try setUp { () throws(AuditSetupError) in try runner.run(files) }
            StandardOutput.write(summary.text)
            if !summary.succeeded { throw ExitCode(ExitStatus.notAwarded) }
        }
    }
}
