import Foundation
import NodCore
import NodPlugins
import NodTestSupport
import Testing

struct DiscoveryTests {
    static func manifest(_ name: String, checks: [String], extra: String = "") -> String {
        "plugin: \(name)\nversion: 1.0.0\nprotocol: 1\nrun: [python3, main.py]\ntimeout-seconds: 5\n\(extra)checks:\n"
            + checks.map { "  - id: \($0)\n    needs: [\"minutes/*.md\"]\n" }.joined()
    }

    @Test func findsPluginFoldersAndTheirChecks() throws {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write(["readability/plugin.yaml": Self.manifest("readability", checks: ["minutes-readable"]),
                                          "not-a-plugin/README.md": "nothing here"], under: dir)
            let (plugins, errors) = PluginDiscovery.discover(in: [dir.path])
            #expect(errors.isEmpty)
            #expect(plugins.map(\.plugin) == ["readability"])
            #expect(plugins.first?.checks.first?.needs == ["minutes/*.md"])
            #expect(plugins.first?.directory.hasSuffix("/readability") == true)
            #expect(plugins.first?.launch.timeout == .seconds(5))
        }
    }

    @Test func aCheckOfferedTwiceNamesBothPlaces() throws {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write(["a/plugin.yaml": Self.manifest("a", checks: ["attendance-rate"]),
                                          "b/plugin.yaml": Self.manifest("b", checks: ["attendance-rate"])], under: dir)
            let (_, errors) = PluginDiscovery.discover(in: [dir.path])
            let a = dir.appendingPathComponent("a/plugin.yaml").path, b = dir.appendingPathComponent("b/plugin.yaml").path
            #expect(errors.map(\.description) == ["\(b):7:9: check 'attendance-rate' is offered twice: here and at \(a):7:9"])
        }
    }

    @Test func aBuiltInIDCannotBeTakenAndABadManifestIsLocated() throws {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write(["a/plugin.yaml": Self.manifest("a", checks: ["agm-held"]),
                                          "b/plugin.yaml": Self.manifest("b", checks: ["x"], extra: "timeout: 5\n")], under: dir)
            let (_, errors) = PluginDiscovery.discover(in: [dir.path], builtInCheckIDs: ["agm-held"])
            #expect(errors.map(\.message) == ["check 'agm-held' is already a built-in checker",
                                              "unknown key 'timeout' (expected one of: checks, plugin, protocol, run, timeout-seconds, version)"])
            #expect(errors.last?.location.line == 6)
        }
    }

    @Test func pluginsListShowsBuiltInsAndPluginsAndRefusesDuplicates() throws {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write(["a/plugin.yaml": Self.manifest("a", checks: ["attendance-rate"])], under: dir)
            let listed = try NodProcess.run(["plugins", "list", "--plugin-path", dir.path])
            #expect(listed.status == 0)
            #expect(listed.stdout.contains("agm-held\tbuilt-in\t"))
            #expect(listed.stdout.contains("attendance-rate\ta\t1.0.0\t\(dir.appendingPathComponent("a").path)\n"))
            try TemporaryDirectory.write(["b/plugin.yaml": Self.manifest("b", checks: ["attendance-rate"])], under: dir)
            let duplicate = try NodProcess.run(["plugins", "list", "--plugin-path", dir.path])
            #expect(duplicate.status == 2)
            #expect(duplicate.stderr.contains("error: check 'attendance-rate' is offered twice"))
        }
    }
}
