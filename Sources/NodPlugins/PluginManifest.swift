package import NodCore
package import NodYAML
import Foundation

/// A plug-in folder's `plugin.yaml`: its id, version, how to run it and the checks it offers.
package struct PluginManifest: YAMLReadable, Sendable {
    /// One check the plug-in offers and the raw files it needs.
    package struct Check: YAMLReadable, Sendable {
        package var id: Located<String>
        package var needs: [String]
        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["id", "needs"])
            id = try fields.required("id")
            needs = try fields.optional("needs") ?? []
        }
    }

    package var plugin: String
    package var version: String
    package var run: [String]
    package var timeoutSeconds: Double
    package var checks: [Check]
    /// The folder it was found in.
    package var directory: String = ""
    package var location: FileLocation

    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["plugin", "version", "protocol", "run", "timeout-seconds", "checks"])
        let id: Located<String> = try fields.required("plugin")
        plugin = id.value
        location = id.location
        version = try fields.required("version")
        let version: Int = try fields.required("protocol")
        guard version == 1 else { throw fields.invalid("protocol", "protocol \(version) is not one this nod speaks (1)", prefixed: false) }
        run = try fields.required("run")
        guard !run.isEmpty else { throw fields.invalid("run", "run: needs a program", prefixed: false) }
        timeoutSeconds = try fields.optional("timeout-seconds") ?? 10
        guard timeoutSeconds > 0, timeoutSeconds <= 600 else {
            throw fields.invalid("timeout-seconds", "timeout-seconds must be between 0 and 600", prefixed: false)
        }
        checks = try fields.required("checks")
    }

    package var launch: PluginLaunch {
        PluginLaunch(name: plugin, version: version, run: run, directory: directory,
                     timeout: .milliseconds(Int64(timeoutSeconds * 1000)), checks: checks.map(\.id.value))
    }
}

/// Finds plug-ins: every folder directly inside the search paths that holds a `plugin.yaml`.
package enum PluginDiscovery {
    /// The plug-ins found, and every error (a bad plugin.yaml, a check id offered twice).
    package static func discover(in searchPaths: [String], builtInCheckIDs: Set<String> = []) -> (plugins: [PluginManifest], errors: [PluginManifestError]) {
        var plugins: [PluginManifest] = []
        var errors: [PluginManifestError] = []
        var offered: [String: FileLocation] = [:]
        for root in searchPaths {
            let folders = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted()
            for folder in folders {
                let directory = (root as NSString).appendingPathComponent(folder)
                let file = (directory as NSString).appendingPathComponent("plugin.yaml")
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                do {
                    var manifest = try YAMLDocument.read(PluginManifest.self, from: Array(data), file: file)
                    manifest.directory = directory
                    for check in manifest.checks {
                        if builtInCheckIDs.contains(check.id.value) {
                            errors.append(PluginManifestError(location: check.id.location, message: "check '\(check.id.value)' is already a built-in checker"))
                        } else if let first = offered[check.id.value] {
                            errors.append(PluginManifestError(location: check.id.location, message: "check '\(check.id.value)' is offered twice: here and at \(first)"))
                        } else {
                            offered[check.id.value] = check.id.location
                        }
                    }
                    plugins.append(manifest)
                } catch {
                    errors.append(PluginManifestError(location: error.location, message: error.message))
                }
            }
        }
        return (plugins, errors)
    }
}

/// A plug-in folder that cannot be used, and where.
package struct PluginManifestError: Error, Sendable, CustomStringConvertible {
    package var location: FileLocation
    package var message: String
    package var description: String { "\(location): \(message)" }
}
