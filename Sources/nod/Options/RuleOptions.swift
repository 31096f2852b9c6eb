import ArgumentParser
import NodAudit

/// `--rules PATH` (repeatable) and `--with-default-rules`: which packs and profiles a run loads.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "A rule pack or profile file, or a folder of them, to load instead of the built-in ones (repeatable).",
        valueName: "path"))
    var rulePaths: [String] = []

    @Flag(help: "Load the built-in packs and profiles as well as those given with --rules.")
    var withDefaultRules = false

    var choice: RuleChoice { RuleChoice(paths: rulePaths, withDefaultRules: withDefaultRules) }
}
