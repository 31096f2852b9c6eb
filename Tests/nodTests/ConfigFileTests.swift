import Foundation
import NodTestSupport
import Testing

/// nod.yaml: a team's defaults, found in the current folder or named with --config; the
/// command line wins; a mistake is located; the schema describes the same file.
struct ConfigFileTests {
    static let bundle = RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn").path

    @Test func theFileInTheCurrentFolderGivesDefaultsAndTheCommandLineWins() throws {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write(["nod.yaml": "config-format: 1\nprofile: governance-only\nlang: en\nlimits: { max-entries: 5 }\n"], under: dir)
            let limited = try NodProcess.run(["audit", Self.bundle, "--date", "2026-06-30", "--format", "md"], in: dir)
            #expect(limited.status == 3 && limited.stderr.contains("more than the limit of 5 entries"), "\(limited.stderr)")
            let chosen = try NodProcess.run(["audit", Self.bundle, "--date", "2026-06-30", "--format", "md", "--max-entries", "10000"], in: dir)
            #expect(chosen.status == 0, "\(chosen.stderr)")
            #expect(chosen.stdout.hasPrefix("# Audit report: Gofal"), "the configured language (en) over the manifest's (cy)")
            #expect(chosen.stdout.contains("--profile governance-only"))
            let overridden = try NodProcess.run(["audit", Self.bundle, "--date", "2026-06-30", "--format", "md", "--max-entries", "10000",
                                                 "--profile", "care-quality-mark", "--lang", "cy"], in: dir)
            #expect(overridden.stdout.contains("--profile care-quality-mark") && overridden.stdout.hasPrefix("# Adroddiad"))
        }
    }

    @Test func anExplicitFileWithRelativeRulesAndAMistakeLocated() throws {
        try TemporaryDirectory.with { dir in
            let rules = RepositoryPaths.root().appendingPathComponent("Rules")
            try FileManager.default.copyItem(at: rules, to: dir.appendingPathComponent("team/rules"))
            try TemporaryDirectory.write(["team/nod.yaml": "config-format: 1\nrules: [rules]\n",
                                          "bad.yaml": "config-format: 1\nlimits:\n  max-entrys: 3\n",
                                          "newer.yaml": "config-format: 2\n"], under: dir)
            let custom = try NodProcess.run(["audit", Self.bundle, "--date", "2026-06-30", "--format", "md", "--lang", "en",
                                             "--config", dir.appendingPathComponent("team/nod.yaml").path])
            #expect(custom.status == 0 && custom.stdout.contains("--rules RULES"), "\(custom.stderr)")
            let bad = try NodProcess.run(["audit", Self.bundle, "--config=\(dir.appendingPathComponent("bad.yaml").path)"])
            #expect(bad.status == 2)
            #expect(bad.stderr.contains("bad.yaml:3:3: error: unknown key 'max-entrys' — did you mean 'max-entries'?"), "\(bad.stderr)")
            let newer = try NodProcess.run(["audit", Self.bundle, "--config", dir.appendingPathComponent("newer.yaml").path])
            #expect(newer.status == 2 && newer.stderr.contains("config-format 2 is not one this nod reads"))
            let missing = try NodProcess.run(["audit", Self.bundle, "--config", dir.appendingPathComponent("none.yaml").path])
            #expect(missing.status == 2 && missing.stderr.contains("none.yaml: error: no such file"))
        }
    }

    @Test func theSchemaAcceptsAGoodFileAndRefusesABadOne() throws {
        try TemporaryDirectory.with { dir in
            try TemporaryDirectory.write([
                "good.yaml": "config-format: 1\nprofile: care-quality-mark\nlang: cy\nrules: [Rules/]\nplugin-path: [plugins/]\nlimits: { max-entries: 2000, max-ratio: 50 }\n",
                "bad.yaml": "config-format: 1\nlang: fr\n",
            ], under: dir)
            #expect(try SchemaValidator.validate(schema: "config.schema.json", [dir.appendingPathComponent("good.yaml")]).status == 0)
            #expect(try SchemaValidator.validate(schema: "config.schema.json", [dir.appendingPathComponent("bad.yaml")]).status != 0)
        }
    }
}
