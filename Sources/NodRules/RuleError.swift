package import NodCore

/// Why a rule pack or profile is invalid, and where: exit code 2, printed as
/// `file:line:column: error: message` by `nod rules lint` and every command that loads rules.
package struct RuleError: Error, Hashable, Sendable, CustomStringConvertible, Comparable {
    package enum Code: String, Hashable, Sendable {
        case syntax = "rules.syntax"
        case unknownDocument = "rules.unknown-document"
        case unsupportedFormat = "rules.unsupported-format"
        case duplicateRule = "rules.duplicate-rule"
        case duplicatePack = "rules.duplicate-pack"
        case duplicateProfile = "rules.duplicate-profile"
        case unknownPack = "rules.unknown-pack"
        case unknownRule = "rules.unknown-rule"
        case unknownProfile = "rules.unknown-profile"
        case unknownChecker = "rules.unknown-checker"
        case badParameters = "rules.bad-parameters"
        case unreadable = "rules.unreadable"
    }

    package var code: Code
    package var location: FileLocation
    package var message: String
    /// Further errors of the same file found on the same read (see `YAMLError.further`).
    package var further: [RuleError] = []

    /// This error and every further one, each alone.
    package var all: [RuleError] {
        var first = self
        first.further = []
        return [first] + further
    }

    package init(_ code: Code, at location: FileLocation, _ message: String) {
        self.code = code
        self.location = location
        self.message = message
    }

    package var description: String { "\(location): \(message)" }

    package static func < (lhs: Self, rhs: Self) -> Bool { (lhs.location, lhs.message) < (rhs.location, rhs.message) }
}
