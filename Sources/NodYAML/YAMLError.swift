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
