import ArgumentParser
import Foundation
import NodCheckers
import NodCore
import NodEngine
import NodPlugins
import NodRules

/// `--plugin-path DIR` (repeatable), `NOD_PLUGIN_PATH` (colon-separated), and the plug-ins
/// installed with nod (the `Plugins/` folder next to it).
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugin-path"), help: ArgumentHelp("A folder of plug-ins (repeatable); NOD_PLUGIN_PATH adds more.", valueName: "dir"))
    var paths: [String] = []

    var searchPaths: [String] {
        let environment = (ProcessInfo.processInfo.environment["NOD_PLUGIN_PATH"] ?? "").split(separator: ":").map(String.init)
        return paths + environment + (Self.installed.map { [$0] } ?? [])
    }

    /// Plug-ins are looked for when a folder of them is named, or when one of `rules` uses a
    /// check that nod does not have built in; otherwise an audit does not read any `plugin.yaml`.
    func connect(forUseBy rules: [ResolvedRule]) throws -> (checkers: [AnyChecker], connections: [PluginConnection]) {
        let builtIn = Set(BuiltInCheckers.all.map(\.id))
        let named = !paths.isEmpty || !(ProcessInfo.processInfo.environment["NOD_PLUGIN_PATH"] ?? "").isEmpty
        guard named || rules.contains(where: { !builtIn.contains($0.rule.check.value) }) else { return ([], []) }
        return try connect()
    }

    /// Discovers plug-ins and opens one connection each; errors are exit 2 with their location.
    func connect() throws -> (checkers: [AnyChecker], connections: [PluginConnection]) {
        let (found, errors) = PluginDiscovery.discover(in: searchPaths, builtInCheckIDs: Set(BuiltInCheckers.all.map(\.id)))
        for error in errors { StandardError.report(error.location, error.message) }
        if !errors.isEmpty { throw ExitCode(ExitStatus.usage) }
        var checkers: [AnyChecker] = [], connections: [PluginConnection] = []
        for manifest in found {
            let connection = PluginConnection(launch: manifest.launch)
            connections.append(connection)
            checkers += ExternalCheckers.make(manifest, connection: connection)
        }
        return (checkers, connections)
    }

    /// The `Plugins/` folder shipped with nod: beside the binary or up to four folders above it.
    static var installed: String? {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = url.appendingPathComponent("Plugins")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue { return candidate.path }
            url.deleteLastPathComponent()
        }
        return nil
    }
}
