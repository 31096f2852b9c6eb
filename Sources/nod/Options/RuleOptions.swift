import ArgumentParser
import Foundation
import NodCheckers
import NodCore
import NodEngine
import NodRules
import NodYAML

/// `--rules PATH` (repeatable) and `--with-default-rules`: which packs and profiles a run loads.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "A rule pack or profile file, or a folder of them, to load instead of the built-in ones (repeatable).",
        valueName: "path"))
    var rulePaths: [String] = []

    @Flag(help: "Load the built-in packs and profiles as well as those given with --rules.")
    var withDefaultRules = false

    /// The sources to load; an unreadable path is reported like any rule error.
    func sources() -> (sources: [RuleSource], errors: [RuleError]) {
        var sources = rulePaths.isEmpty || withDefaultRules ? EmbeddedRules.sources : []
        var errors: [RuleError] = []
        for path in rulePaths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(RuleError(.unreadable, at: .init(file: path), "no such file or folder"))
                continue
            }
            let files = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                    .sorted().map { "\(path)/\($0)" }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    errors.append(RuleError(.unreadable, at: .init(file: file), "the file could not be read"))
                    continue
                }
                sources.append(RuleSource(name: file, bytes: Array(data)))
            }
        }
        return (sources, errors)
    }

    /// Loads and cross-checks the rules, printing every error; throws exit code 2 when any.
    func library() throws -> RuleLibrary {
        let (sources, readErrors) = sources()
        let (library, errors) = (rulePaths.isEmpty ? AuditHeadStart.builtInRules() : nil) ?? RuleLibrary.load(sources)
        try Self.reportOrThrow(readErrors + errors)
        return library
    }

    /// Every rule of every loaded pack, and every profile's tailored rules, bound to checkers:
    /// the errors of a rule nobody uses still make the rules invalid. With `only`, packs that
    /// ship disabled by default (their checkers may come from plug-ins that are not installed)
    /// and other profiles are checked only when that profile uses them.
    static func compileErrors(_ library: RuleLibrary, registry: CheckerRegistry, only profile: Profile? = nil) -> [RuleError] {
        let errors = rulesToValidate(library, only: profile).flatMap { RuleCompiler.compile($0, registry: registry).errors }
        return Array(Set(errors)).sorted()
    }

    /// The profile's rules compiled once, with every error a run must report (exit 2): the
    /// profile's own, and those of the other rules of the packs it may load. A pack rule the
    /// profile uses unchanged (same parameters node) is not compiled a second time.
    static func compile(_ library: RuleLibrary, registry: CheckerRegistry, profile: Profile) -> (rules: [CompiledRule], errors: [RuleError]) {
        let selected = library.rules(for: profile)
        let compiled = RuleCompiler.compile(selected, registry: registry)
        func key(_ rule: ResolvedRule) -> String { "\(rule.pack)/\(rule.id)@\(rule.parameters.map { "\($0.location)" } ?? "-")" }
        let unchanged = Set(selected.map(key))
        let others = (rulesToValidate(library, only: profile).first ?? []).filter { !unchanged.contains(key($0)) }
        let errors = compiled.errors + RuleCompiler.compile(others, registry: registry).errors
        return (compiled.rules, Array(Set(errors)).sorted())
    }

    /// What a run must compile without error: every rule of the packs it may load as written,
    /// then each profile's selection with its overrides (`profile` alone when given).
    static func rulesToValidate(_ library: RuleLibrary, only profile: Profile? = nil) -> [[ResolvedRule]] {
        let used = Set(profile?.packs.map(\.value) ?? [])
        let packs = library.packs.filter { profile == nil || !$0.pack.disabledByDefault || used.contains($0.pack.id) }
        let allRules = packs.flatMap { loaded in
            loaded.pack.rules.map { ResolvedRule(rule: $0, pack: loaded.pack.id, severity: $0.severity, parameters: $0.parameters) }
        }
        return [allRules] + library.profiles.filter { profile == nil || $0.id == profile?.id }.map { library.rules(for: $0) }
    }

    static func reportOrThrow(_ errors: [RuleError]) throws {
        guard !errors.isEmpty else { return }
        for error in errors.sorted() { StandardError.report(error.location, error.message) }
        throw ExitCode(ExitStatus.usage)
    }

    /// The built-in checkers and any external ones.
    func registry(adding external: [AnyChecker] = []) throws -> CheckerRegistry {
        do {
            return try BuiltInCheckers.registry(adding: external)
        } catch {
            StandardError.write("error: \(error)")
            throw ExitCode(ExitStatus.internalError)
        }
    }
}
