package import NodCore
package import NodYAML

/// A versioned set of rules on one theme (`governance`, `accounts`), as written in `Rules/`.
package struct RulePack: YAMLReadable, Sendable {
    /// The pack format this nod reads; a newer one is refused rather than misread.
    package static let supportedFormat = 1

    package var id: String
    package var version: String
    package var title: LocalizedText
    package var rules: [Rule]
    /// Shipped but not used by any profile unless one names it.
    package var disabledByDefault: Bool
    package var location: FileLocation

    /// A newer format is refused at once; otherwise every field is read, and every rule, so
    /// that one run names every mistake of the file.
    package init(yaml: YAMLValue) throws(YAMLError) {
        var problems = YAMLProblems()
        let fields = try yaml.mapping(["pack-format", "pack", "version", "title", "rules", "disabled-by-default"], noting: &problems)
        try FormatVersion.check(fields, key: "pack-format", supported: Self.supportedFormat)
        let id = problems.read { () throws(YAMLError) -> Located<String> in try fields.required("pack") }
        let version = problems.read { () throws(YAMLError) -> String in try fields.required("version") }
        let title = problems.read { () throws(YAMLError) -> LocalizedText in try fields.required("title") }
        let rules = problems.read { () throws(YAMLError) -> [Rule] in try fields.required("rules") }
        let disabled = problems.read { () throws(YAMLError) -> Bool in try fields.optional("disabled-by-default") ?? false }
        try problems.check()
        guard let id, let version, let title, let rules, let disabled else {
            throw YAMLError(.invalidValue, at: yaml.location, "the pack could not be read")
        }
        self.id = id.value
        location = id.location
        self.version = version
        self.title = title
        self.rules = rules
        disabledByDefault = disabled
    }
}

/// Refuses a document written for a newer nod.
enum FormatVersion {
    static func check(_ fields: YAMLMapping, key: String, supported: Int) throws(YAMLError) {
        let format: Int = try fields.required(key)
        guard format == supported else {
            throw fields.invalid(key, "\(key) \(format) is not one this nod reads (it reads \(supported)); update nod", prefixed: false)
        }
    }
}
