import ArgumentParser
import Foundation
import NodCheckers
import NodCore
import NodAudit
import NodEngine
import NodPlugins

/// `nod plugins list`: every checker a rule can name, built in or from a plug-in.
struct Plugins: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List the checkers available to rules: built-in and from plug-ins.",
        subcommands: [List.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Every checker with its id, source (built-in or plug-in), version and path.",
            discussion: HelpText.flow("""
            Plug-ins are folders with a plugin.yaml (docs/plugins.md), found in --plugin-path folders,
            NOD_PLUGIN_PATH and the Plugins/ folder installed with nod. A check offered twice, or a
            plugin.yaml that is not valid, is an error with its location (exit 2).

            Example:
              nod plugins list --plugin-path ./my-plugins
            """))

        @OptionGroup var plugins: PluginOptions

        func run() throws {
            let builtIn = BuiltInCheckers.all
            let (found, errors) = plugins.search.discover()
            for error in errors { StandardError.report(error.location, error.message) }
            var rows = builtIn.map { [$0.id, "built-in", $0.version, "-"] }
            for plugin in found {
                for check in plugin.checks { rows.append([check.id.value, plugin.plugin, plugin.version, plugin.directory]) }
            }
            var out = ""
            for row in rows.sorted(by: { $0[0] < $1[0] }) { out += row.joined(separator: "\t") + "\n" }
            StandardOutput.write(out)
            if !errors.isEmpty { throw ExitCode(ExitStatus.usage) }
        }
    }
}
