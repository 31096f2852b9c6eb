import Foundation
import NodCore
package import NodEngine
package import NodRules
import NodYAML

/// What a run must compile without error before it judges anything: the policy `nod audit`,
/// `nod batch`, `nod rules lint` and the server share.
package enum RuleValidation {
    /// Every rule of every loaded pack, and every profile's tailored rules, bound to checkers:
    /// the errors of a rule nobody uses still make the rules invalid. With `only`, packs that
    /// ship disabled by default (their checkers may come from plug-ins that are not installed)
    /// and other profiles are checked only when that profile uses them.
    package static func errors(_ library: RuleLibrary, registry: CheckerRegistry, only profile: Profile? = nil) -> [RuleError] {
        let errors = rulesToValidate(library, only: profile).flatMap { RuleCompiler.compile($0, registry: registry).errors }
        return Array(Set(errors)).sorted()
    }

    /// What `nod rules lint` reports: every rule error, except that a checker missing from an
    /// optional pack (`disabled-by-default`) the profile `profileID` does not use is a warning —
    /// a plug-in not installed, which that profile does not need — so a copied or installed nod
    /// without its plug-ins lints its own rules clean.
    package static func lint(_ library: RuleLibrary, registry: CheckerRegistry, profile profileID: String)
        -> (errors: [RuleError], warnings: [RuleError]) {
        let chosen = library.profile(profileID)
        var optional: [FileLocation: String] = [:]
        for loaded in library.packs where loaded.pack.disabledByDefault && !(chosen?.packs.contains { $0.value == loaded.pack.id } ?? false) {
            for rule in loaded.pack.rules { optional[rule.check.location] = loaded.pack.id }
        }
        var errors: [RuleError] = [], warnings: [RuleError] = []
        for error in Self.errors(library, registry: registry) {
            guard error.code == .unknownChecker, let pack = optional[error.location] else {
                errors.append(error)
                continue
            }
            // A near checker's name is no help when the plug-in is simply not installed.
            let message = error.message.components(separatedBy: " — did you mean").first ?? error.message
            warnings.append(RuleError(.unknownChecker, at: error.location, "\(message) — pack '\(pack)' is optional and profile '\(profileID)' "
                                      + "does not use it; install the plug-in that provides it (or give --plugin-path) to check it"))
        }
        return (errors, warnings)
    }

    /// The profile's rules compiled once, with every error a run must report: the profile's
    /// own, and those of the other rules of the packs it may load. A pack rule the profile uses
    /// unchanged (same parameters node) is not compiled a second time.
    package static func compile(_ library: RuleLibrary, registry: CheckerRegistry, profile: Profile) -> (rules: [CompiledRule], errors: [RuleError]) {
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
    package static func rulesToValidate(_ library: RuleLibrary, only profile: Profile? = nil) -> [[ResolvedRule]] {
        let used = Set(profile?.packs.map(\.value) ?? [])
        let packs = library.packs.filter { profile == nil || !$0.pack.disabledByDefault || used.contains($0.pack.id) }
        let allRules = packs.flatMap { loaded in
            loaded.pack.rules.map { ResolvedRule(rule: $0, pack: loaded.pack.id, severity: $0.severity, parameters: $0.parameters) }
        }
        return [allRules] + library.profiles.filter { profile == nil || $0.id == profile?.id }.map { library.rules(for: $0) }
    }
}
