import Foundation
import NodCheckers
import NodCore
package import NodEngine
package import NodPlugins
package import NodRules

/// Where a run looks for checker plug-ins — folders named by the user, `NOD_PLUGIN_PATH`, and
/// the `Plugins/` folder installed with nod — and how it connects to the ones it needs.
package struct PluginSearch: Sendable {
    /// Folders named on the command line (or by a server's configuration).
    package var paths: [String]
    /// Folders from the environment (`NOD_PLUGIN_PATH`, colon-separated).
    package var environment: [String]
    /// The plug-ins shipped with nod, when they are found.
    package var installed: String?

    package init(paths: [String] = [], environment: [String] = PluginSearch.environmentPaths(),
                 installed: String? = PluginSearch.installedFolder()) {
        self.paths = paths
        self.environment = environment
        self.installed = installed
    }

    /// Every folder searched, in order: named, environment, installed.
    package var searchPaths: [String] { paths + environment + (installed.map { [$0] } ?? []) }

    /// Plug-ins are looked for when a folder of them is named, or when one of `rules` uses a
    /// check that nod does not have built in; otherwise an audit does not read any `plugin.yaml`.
    package func connect(forUseBy rules: [ResolvedRule]) throws(AuditSetupError) -> PluginSet {
        let builtIn = Set(BuiltInCheckers.all.map(\.id))
        let named = !paths.isEmpty || !environment.isEmpty
        guard named || rules.contains(where: { !builtIn.contains($0.rule.check.value) }) else { return PluginSet() }
        return try connect()
    }

    /// Discovers plug-ins and opens one connection each; a bad `plugin.yaml` or a check offered
    /// twice is an error with its location.
    package func connect() throws(AuditSetupError) -> PluginSet {
        let (found, errors) = discover()
        guard errors.isEmpty else { throw AuditSetupError(.usage, errors.map { .init(at: $0.location, $0.message) }) }
        var set = PluginSet()
        let snapshots = EvidenceSnapshotCache()
        for manifest in found {
            let connection = PluginConnection(launch: manifest.launch)
            set.connections.append(connection)
            set.checkers += ExternalCheckers.make(manifest, connection: connection, snapshots: snapshots)
        }
        return set
    }

    /// The plug-ins found and the errors of those that are not valid, without connecting.
    package func discover() -> (plugins: [PluginManifest], errors: [PluginManifestError]) {
        PluginDiscovery.discover(in: searchPaths, builtInCheckIDs: Set(BuiltInCheckers.all.map(\.id)))
    }

    /// `NOD_PLUGIN_PATH`'s folders.
    package static func environmentPaths() -> [String] {
        (ProcessInfo.processInfo.environment["NOD_PLUGIN_PATH"] ?? "").split(separator: ":").map(String.init)
    }

    /// The `Plugins/` folder shipped with nod: `share/nod/Plugins` of its install prefix, or a
    /// `Plugins/` folder beside the binary or up to four folders above it.
    /// The running program is found through /proc (a name typed at the shell is not a path).
    package static func installedFolder(executable: String = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                                            ?? CommandLine.arguments[0]) -> String? {
        var url = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        // Installed (PREFIX/bin/nod beside PREFIX/share/nod/Plugins), else the repository's
        // Plugins/ above a build folder.
        for _ in 0..<5 {
            for candidate in [url.appendingPathComponent("share/nod/Plugins"), url.appendingPathComponent("Plugins")] {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue { return candidate.path }
            }
            url.deleteLastPathComponent()
        }
        return nil
    }
}

/// The checkers a run's plug-ins offer and the connections behind them, closed together.
package struct PluginSet: Sendable {
    package var checkers: [AnyChecker] = []
    package var connections: [PluginConnection] = []

    package init() {}

    /// Stops every plug-in; returns what each wrote to its standard error, for the log.
    @discardableResult
    package func close() -> [(plugin: String, stderr: String)] {
        connections.compactMap { connection in
            connection.close()
            let text = String(decoding: connection.stderrLog, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : (connection.launch.name, text)
        }
    }
}
