package import NodCore
import NodRules

/// Why an audit could not be set up — invalid rules, an unknown profile, a bad plug-in or
/// exceptions file — as every located problem at once, so a front end can show them all: the
/// CLI prints each as `file:line:column: error: …` and exits 2 (4 for `internal`).
package struct AuditSetupError: Error, Sendable {
    /// Whether the person asked for something wrong (`usage`) or nod itself failed (`internal`).
    package enum Kind: Sendable { case usage, `internal` }

    /// One thing wrong, where it is written when there is a place to point at.
    package struct Problem: Sendable, Equatable {
        package var location: FileLocation?
        package var message: String

        package init(at location: FileLocation?, _ message: String) {
            self.location = location
            self.message = message
        }
    }

    package var kind: Kind
    package var problems: [Problem]

    package init(_ kind: Kind = .usage, _ problems: [Problem]) {
        self.kind = kind
        self.problems = problems
    }

    /// The rule errors, sorted by place; nil when there are none.
    static func rules(_ errors: [RuleError]) -> AuditSetupError? {
        errors.isEmpty ? nil : AuditSetupError(.usage, Array(Set(errors)).sorted().map { Problem(at: $0.location, $0.message) })
    }
}
