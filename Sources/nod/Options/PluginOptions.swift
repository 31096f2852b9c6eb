import ArgumentParser
import NodAudit

/// `--plugin-path DIR` (repeatable), `NOD_PLUGIN_PATH` (colon-separated), and the plug-ins
/// installed with nod (the `Plugins/` folder next to it).
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugin-path"), help: ArgumentHelp("A folder of plug-ins (repeatable); NOD_PLUGIN_PATH adds more.", valueName: "dir"))
    var paths: [String] = []

    var search: PluginSearch { PluginSearch(paths: paths) }
}
