import NodCore
package import NodRules
import NodYAML

/// A rule bound to its checker with decoded options: what the evaluator runs.
package struct CompiledRule: Sendable {
    package let resolved: ResolvedRule
    let check: BoundCheck
    package var id: String { resolved.id }
}

/// Binds every rule of a profile to a checker of the registry, reporting unknown checkers
/// and bad parameters at the place in the rule pack where they are written.
package enum RuleCompiler {
    package static func compile(_ rules: [ResolvedRule], registry: CheckerRegistry) -> (rules: [CompiledRule], errors: [RuleError]) {
        var compiled: [CompiledRule] = []
        var errors: [RuleError] = []
        for resolved in rules {
            let checkID = resolved.rule.check
            guard let checker = registry[checkID.value] else {
                var message = "rule \(resolved.id) names checker '\(checkID.value)', which no built-in or plug-in provides"
                if let guess = Suggestion.closest(to: checkID.value, among: registry.ids) { message += " — did you mean '\(guess)'?" }
                errors.append(RuleError(.unknownChecker, at: checkID.location, message))
                continue
            }
            do {
                let bound = try checker.bind(resolved.parameters, at: resolved.rule.location, rule: resolved.id)
                compiled.append(CompiledRule(resolved: resolved, check: bound))
            } catch let error as YAMLError {
                errors.append(RuleError(.badParameters, at: error.location, "rule \(resolved.id), checker '\(checker.id)': \(error.message)"))
            } catch {
                errors.append(RuleError(.badParameters, at: resolved.rule.location, "rule \(resolved.id): \(error)"))
            }
        }
        return (compiled, errors.sorted())
    }
}
