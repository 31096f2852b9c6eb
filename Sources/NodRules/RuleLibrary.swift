import Foundation
import Crypto
package import NodCore
package import NodYAML

/// A YAML file of rules: a pack or a profile, with the name it is known by in messages.
package struct RuleSource: Sendable {
    package var name: String
    package var bytes: [UInt8]

    package init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

/// A pack as loaded, with the hash of the exact bytes it came from (recorded in reports).
package struct LoadedPack: Sendable {
    package var pack: RulePack
    package var sha256: String
    package var source: String
}

/// A rule as a profile uses it: severity and parameters after the profile's tailoring.
package struct ResolvedRule: Sendable {
    package var rule: Rule
    package var pack: String
    package var severity: Severity
    package var parameters: YAMLNode?
    package var id: String { rule.id }

    package init(rule: Rule, pack: String, severity: Severity, parameters: YAMLNode?) {
        self.rule = rule
        self.pack = pack
        self.severity = severity
        self.parameters = parameters
    }
}

/// Every pack and profile loaded for a run, checked against each other.
///
/// Loading never stops at the first error: `nod rules lint` reports them all.
package struct RuleLibrary: Sendable {
    package private(set) var packs: [LoadedPack] = []
    package private(set) var profiles: [Profile] = []

    /// Loads `sources`; the library holds whatever was valid, `errors` everything that was not.
    package static func load(_ sources: [RuleSource]) -> (library: RuleLibrary, errors: [RuleError]) {
        var library = RuleLibrary()
        var errors: [RuleError] = []
        for source in sources {
            do throws(RuleError) {
                try library.add(source)
            } catch {
                errors += error.all
            }
        }
        errors += library.crossCheck()
        return (library, errors.sorted())
    }

    private mutating func add(_ source: RuleSource) throws(RuleError) {
        let node: YAMLNode
        do {
            node = try YAMLDocument.parseRequired(source.bytes, file: source.name)
        } catch {
            throw RuleError(.syntax, at: error.location, error.message)
        }
        do {
            if node["pack"] != nil {
                let pack = try RulePack(yaml: YAMLValue(node))
                if let existing = packs.first(where: { $0.pack.id == pack.id }) {
                    throw RuleError(.duplicatePack, at: pack.location, "pack '\(pack.id)' is already loaded from \(existing.pack.location)")
                }
                let hash = SHA256.hash(data: source.bytes).hexString
                packs.append(LoadedPack(pack: pack, sha256: hash, source: source.name))
            } else if node["profile"] != nil {
                let profile = try Profile(yaml: YAMLValue(node))
                if let existing = profiles.first(where: { $0.id == profile.id }) {
                    throw RuleError(.duplicateProfile, at: profile.location, "profile '\(profile.id)' is already loaded from \(existing.location)")
                }
                profiles.append(profile)
            } else {
                throw RuleError(.unknownDocument, at: node.location, "neither a rule pack (no 'pack:' key) nor a profile (no 'profile:' key)")
            }
        } catch let error as YAMLError {
            var first = RuleError(.syntax, at: error.location, error.message)
            first.further = error.further.map { RuleError(.syntax, at: $0.location, $0.message) }
            throw first
        } catch let error as RuleError {
            throw error
        } catch {
            throw RuleError(.syntax, at: node.location, "\(error)")
        }
    }

    /// Duplicate rule ids across packs; profiles naming packs or rules that do not exist.
    private func crossCheck() -> [RuleError] {
        var errors: [RuleError] = []
        var seen: [String: FileLocation] = [:]
        for loaded in packs {
            for rule in loaded.pack.rules {
                if let first = seen[rule.id] {
                    errors.append(RuleError(.duplicateRule, at: rule.location, "rule '\(rule.id)' is defined twice (first at \(first))"))
                } else {
                    seen[rule.id] = rule.location
                }
            }
        }
        let packIDs = packs.map(\.pack.id)
        for profile in profiles {
            for pack in profile.packs where !packIDs.contains(pack.value) {
                var message = "profile '\(profile.id)' names pack '\(pack.value)', which is not loaded"
                if let guess = Suggestion.closest(to: pack.value, among: packIDs) { message += " — did you mean '\(guess)'?" }
                errors.append(RuleError(.unknownPack, at: pack.location, message))
            }
            let ruleIDs = Set(packs.filter { pack in profile.packs.contains { $0.value == pack.pack.id } }.flatMap { $0.pack.rules.map(\.id) })
            for excluded in profile.exclude where !ruleIDs.contains(excluded.value) {
                errors.append(RuleError(.unknownRule, at: excluded.location, "profile '\(profile.id)' excludes '\(excluded.value)', which none of its packs defines"))
            }
            for (ruleID, tailoring) in profile.tailor.sorted(by: { $0.key < $1.key }) where !ruleIDs.contains(ruleID) {
                errors.append(RuleError(.unknownRule, at: tailoring.location, "profile '\(profile.id)' tailors '\(ruleID)', which none of its packs defines"))
            }
            if let surveillance = profile.surveillanceProfile, !profiles.contains(where: { $0.id == surveillance.value }) {
                var message = "profile '\(profile.id)' names surveillance profile '\(surveillance.value)', which is not loaded"
                if let guess = Suggestion.closest(to: surveillance.value, among: profiles.map(\.id)) { message += " — did you mean '\(guess)'?" }
                errors.append(RuleError(.unknownProfile, at: surveillance.location, message))
            }
        }
        return errors
    }

    package func profile(_ id: String) -> Profile? {
        profiles.first { $0.id == id }
    }

    /// Every rule of every pack, sorted by id (for `nod rules list` and `nod explain`).
    package var allRules: [(rule: Rule, pack: String)] {
        packs.flatMap { loaded in loaded.pack.rules.map { ($0, loaded.pack.id) } }.sorted { $0.rule.id < $1.rule.id }
    }

    /// The packs a profile uses, in the profile's order.
    package func packs(for profile: Profile) -> [LoadedPack] {
        profile.packs.compactMap { name in packs.first { $0.pack.id == name.value } }
    }

    /// The rules a profile judges, tailored and sorted by id.
    package func rules(for profile: Profile) -> [ResolvedRule] {
        let excluded = Set(profile.exclude.map(\.value))
        return packs(for: profile).flatMap { loaded in
            loaded.pack.rules.filter { !excluded.contains($0.id) }.map { rule in
                let tailoring = profile.tailor[rule.id]
                return ResolvedRule(rule: rule, pack: loaded.pack.id, severity: tailoring?.severity ?? rule.severity,
                                    parameters: tailoring?.parameters ?? rule.parameters)
            }
        }.sorted { $0.id < $1.id }
    }
}

