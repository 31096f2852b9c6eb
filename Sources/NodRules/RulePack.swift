public import NodCore

/// A versioned set of rules on one theme (`governance`, `accounts`), as written in `Rules/`.
public struct RulePack: Decodable, Sendable {
    /// The pack format this nod reads; a newer one is refused rather than misread.
    public static let supportedFormat = 1

    public var id: String
    public var version: String
    public var title: LocalizedText
    public var rules: [Rule]
    /// Shipped but not used by any profile unless one names it.
    public var disabledByDefault: Bool
    public var location: FileLocation

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case format = "pack-format", id = "pack", version, title, rules, disabledByDefault = "disabled-by-default"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try FormatVersion.check(container, key: .format, supported: Self.supportedFormat, what: "pack-format")
        let id = try container.decode(Located<String>.self, forKey: .id)
        self.id = id.value
        location = id.location
        version = try container.decode(String.self, forKey: .version)
        title = try container.decode(LocalizedText.self, forKey: .title)
        rules = try container.decode([Rule].self, forKey: .rules)
        disabledByDefault = try container.decodeIfPresent(Bool.self, forKey: .disabledByDefault) ?? false
    }
}

/// Refuses a document written for a newer nod.
enum FormatVersion {
    static func check<K: CodingKey>(_ container: KeyedDecodingContainer<K>, key: K, supported: Int, what: String) throws {
        let format = try container.decode(Int.self, forKey: key)
        guard format == supported else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "\(what) \(format) is not one this nod reads (it reads \(supported)); update nod")
        }
    }
}
