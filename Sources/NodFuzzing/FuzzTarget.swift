import Foundation
import NodArchive
import NodCheckers
import NodCore
import NodEngine
import NodEvidence
import NodPluginProtocol
import NodPlugins
import NodReport
import NodRules
import NodYAML

/// One libFuzzer harness: what part of nod a fuzz input is fed to.
///
/// Every harness must return normally for every input: refusals are typed errors, never
/// traps. Inputs that replace one file of a valid bundle (`csv`, `front-matter`, `yaml`)
/// go on through the whole audit and the JSON report, so checkers meet the odd-but-valid
/// evidence a parser lets through.
package enum FuzzTarget: String, CaseIterable, Sendable {
    /// libyaml events → located nodes (anchors, aliases, budgets) → the strict decoder; then
    /// the input after its first byte (which chooses the file) as one YAML file of a bundle.
    case yaml
    /// Archive bytes → libarchive intake under the limits → evidence → audit.
    case archive
    /// One CSV of the example bundle (the first byte chooses which) → its reader → audit.
    case csv
    /// One Markdown file with front matter (the first byte chooses which) → audit.
    case frontMatter = "front-matter"
    /// A plug-in's answer line → `PluginMessage`.
    case pluginMessage = "plugin-message"
    /// `--waivers` file.
    case waivers
    /// `--attestations` file.
    case attestations
    /// A rule pack (or profile) file, loaded and its rules compiled.
    case rulePack = "rule-pack"
    /// One value of one file of the example replaced by a hostile one (`ValueMutation`): the
    /// input's first three pairs of bytes choose the file, the value and its replacement.
    case values

    /// Feeds `input` to the harness. Returns normally unless nod has a bug.
    package func run(_ input: [UInt8]) {
        switch self {
        case .yaml: Self.yaml(input)
        case .archive: Self.archive(input)
        case .csv: Self.replaceOne(of: FuzzBase.shared.csvPaths, input)
        case .frontMatter: Self.replaceOne(of: FuzzBase.shared.markdownPaths, input)
        case .pluginMessage: _ = try? JSONDecoder().decode(PluginMessage.self, from: Data(input))
        case .waivers: _ = try? ExceptionFiles.waivers(input, file: "waivers.yaml", knownRules: FuzzBase.shared.ruleIDs)
        case .attestations: _ = try? ExceptionFiles.attestations(input, file: "attestations.yaml", knownRules: FuzzBase.shared.ruleIDs)
        case .rulePack: Self.rulePack(input)
        case .values: Self.values(input)
        }
    }

    private static func yaml(_ input: [UInt8]) {
        let limits = YAMLLimits(maxDepth: 64, maxNodes: 10_000)
        guard let node = try? YAMLDocument.parse(input, file: "fuzz.yaml", limits: limits) else { return }
        _ = try? Manifest(yaml: YAMLValue(node))
        // The input (after its first byte, which chooses the file) as one YAML file of a bundle.
        replaceOne(of: FuzzBase.shared.yamlPaths, input)
    }

    private static func archive(_ input: [UInt8]) {
        let limits = BundleLimits(maxEntries: 200, maxTotalBytes: 8 << 20, maxStructuredFileBytes: 1 << 20)
        guard let contents = try? BundleReader(limits: limits).read(data: Data(input), source: "fuzz") else { return }
        _ = FuzzBase.shared.audit(contents)
    }

    /// Replaces one file of the example bundle with the input after its first byte, which
    /// chooses the file (`paths[(byte & 0x7F) % count]`) and, with its high bit, whether the
    /// whole audit runs (clear) or only the evidence loader (set: many more inputs a second
    /// for the parsers; the audit under ASan runs about twenty a second).
    private static func replaceOne(of paths: [String], _ input: [UInt8]) {
        guard let selector = input.first, !paths.isEmpty else { return }
        let path = paths[Int(selector & 0x7F) % paths.count]
        let contents = FuzzBase.shared.example.replacing(path, with: Array(input.dropFirst()))
        if selector & 0x80 == 0 {
            _ = FuzzBase.shared.audit(contents)
        } else {
            _ = FuzzBase.shared.load(contents)
        }
    }

    private static func values(_ input: [UInt8]) {
        guard input.count >= 6 else { return }
        func number(_ at: Int) -> Int { Int(input[at]) << 8 | Int(input[at + 1]) }
        let base = FuzzBase.shared.example
        guard let mutation = ValueMutation.choose(in: base, file: number(0), slot: number(2), value: number(4)),
              let contents = mutation.apply(to: base) else { return }
        _ = FuzzBase.shared.audit(contents)
    }

    private static func rulePack(_ input: [UInt8]) {
        // The input alone (as a pack, or as a profile whose packs are then missing), so that
        // each run decodes one file rather than the ten shipped ones; its rules are compiled
        // against the built-in checkers, which decodes every checker's parameters.
        let (library, _) = RuleLibrary.load([RuleSource(name: "fuzz.yaml", bytes: input)])
        guard let registry = try? BuiltInCheckers.registry() else { return }
        let rules = library.packs.flatMap { loaded in
            loaded.pack.rules.map { ResolvedRule(rule: $0, pack: loaded.pack.id, severity: $0.severity, parameters: $0.parameters) }
        }
        _ = RuleCompiler.compile(rules, registry: registry)
        for profile in library.profiles {
            _ = RuleCompiler.compile(library.rules(for: profile), registry: registry)
        }
    }
}
