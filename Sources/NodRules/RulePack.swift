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

    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["pack-format", "pack", "version", "title", "rules", "disabled-by-default"])
        try FormatVersion.check(fields, key: "pack-format", supported: Self.supportedFormat)
        let id: Located<String> = try fields.required("pack")
        self.id = id.value
        location = id.location
        version = try fields.required("version")
        title = try fields.required("title")
        rules = try fields.required("rules")
        disabledByDefault = try fields.optional("disabled-by-default") ?? false
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
