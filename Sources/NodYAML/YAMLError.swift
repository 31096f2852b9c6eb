package import NodCore

/// Why a YAML document could not be read or decoded, and exactly where.
///
/// One error type for the module: syntax errors from libyaml, structural refusals of the
/// composer (duplicate keys, undefined aliases, budgets) and decoding errors (unknown keys,
/// wrong types) all carry a 1-based `file:line:column` and a stable code.
package struct YAMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Stable codes, so that callers and tests can tell refusals apart without parsing text.
    package enum Code: String, Hashable, Sendable {
        case syntax = "yaml.syntax"
        case duplicateKey = "yaml.duplicate-key"
        case undefinedAlias = "yaml.undefined-alias"
        case recursiveAlias = "yaml.recursive-alias"
        case redefinedAnchor = "yaml.redefined-anchor"
        case badMerge = "yaml.bad-merge"
        case complexKey = "yaml.complex-key"
        case unsupportedTag = "yaml.unsupported-tag"
        case multipleDocuments = "yaml.multiple-documents"
        case tooDeep = "yaml.too-deep"
        case tooManyNodes = "yaml.too-many-nodes"
        case unknownKey = "yaml.unknown-key"
        case missingKey = "yaml.missing-key"
        case typeMismatch = "yaml.type-mismatch"
        case invalidValue = "yaml.invalid-value"
        case empty = "yaml.empty"
        case tooManyLines = "markdown.too-many-lines"
    }

    package var code: Code
    package var location: FileLocation
    package var message: String
    /// The same in Welsh, for the errors a co-op's secretary meets most (unknown, missing and
    /// mistyped keys); others are named in Welsh by their code.
    package var welsh: String?
    /// Further errors found in the same document on the same read (each of a list's items, each
    /// field of a rule), so that one run names every mistake; in the order they were found.
    package var further: [YAMLError] = []

    /// A required key that is not there, reported at its mapping's start.
    package static func missingKey(_ key: String, at location: FileLocation) -> YAMLError {
        YAMLError(.missingKey, at: location, "missing key '\(key)'", welsh: "allwedd ofynnol ar goll: '\(key)'")
    }

    /// This error and every further one, each alone.
    package var all: [YAMLError] {
        var first = self
        first.further = []
        return [first] + further.flatMap(\.all)
    }

    /// One error standing for `errors` (at least one): the first, with the others further.
    package static func combined(_ errors: [YAMLError]) -> YAMLError? {
        let flat = errors.flatMap(\.all)
        guard var first = flat.first else { return nil }
        first.further = Array(flat.dropFirst())
        return first
    }

    package init(_ code: Code, at location: FileLocation, _ message: String, welsh: String? = nil) {
        self.code = code
        self.location = location
        self.message = message
        self.welsh = welsh
    }

    /// `manifest.yaml:7:3: unknown key 'modle' — did you mean 'model'?`
    package var description: String { "\(location): \(message)" }

    /// The same error as a located evidence problem that makes its whole file unusable.
    package var problem: Problem {
        Problem(code: Problem.Code(rawValue: code.rawValue), location: location, message: message, welsh: welsh, scope: .file)
    }
}
