package import NodYAML

/// Any JSON value, for the parts of the protocol whose shape belongs to the plug-in
/// (a rule's parameters, a check's measures).
package enum JSONValue: Codable, Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// A rule's YAML parameters as JSON: plain numbers, booleans and null keep their type.
    package init(_ node: YAMLNode) {
        switch node.content {
        case .scalar(let text, let style):
            if node.isNull { self = .null }
            else if style == .plain, text == "true" || text == "false" { self = .bool(text == "true") }
            else if style == .plain, let number = Double(text), text.allSatisfy({ $0.isNumber || "-+.".contains($0) }) { self = .number(number) }
            else { self = .string(text) }
        case .sequence(let items): self = .array(items.map(JSONValue.init))
        case .mapping(let pairs): self = .object(Dictionary(pairs.map { ($0.key.scalar ?? "", JSONValue($0.value)) }, uniquingKeysWith: { a, _ in a }))
        }
    }
}
