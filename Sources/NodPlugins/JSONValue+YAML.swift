package import NodPluginProtocol
package import NodYAML

extension JSONValue {
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
