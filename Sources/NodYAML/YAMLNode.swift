package import NodCore

/// One node of a YAML document, knowing the line and column it started at.
///
/// Aliases are already expanded (within the node budget) and merge keys applied, so a
/// consumer sees plain scalars, sequences and mappings and never a pointer into libyaml.
package struct YAMLNode: Sendable, Hashable {
    /// How a scalar was written: only plain scalars can be numbers, booleans or null.
    package enum ScalarStyle: Sendable, Hashable {
        case plain, quoted, block
    }

    /// A key and its value in a mapping, in document order.
    package struct Pair: Sendable, Hashable {
        package var key: YAMLNode
        package var value: YAMLNode
    }

    package enum Content: Sendable, Hashable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    package var content: Content
    package var location: FileLocation
    /// The resolved tag when one was written (`tag:yaml.org,2002:str`), else `nil`.
    package var tag: String?
    /// Nodes in this subtree, aliases counted at their full size (the expansion budget's unit).
    package var weight: Int

    package init(_ content: Content, at location: FileLocation, tag: String? = nil) {
        self.content = content
        self.location = location
        self.tag = tag
        switch content {
        case .scalar: weight = 1
        case .sequence(let items): weight = 1 + items.reduce(0) { $0 + $1.weight }
        case .mapping(let pairs): weight = 1 + pairs.reduce(0) { $0 + $1.key.weight + $1.value.weight }
        }
    }

    /// The text of a scalar, `nil` for collections.
    package var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// A plain `~`, `null` or empty scalar: YAML's null.
    package var isNull: Bool {
        guard case .scalar(let text, .plain) = content, tag == nil || tag == "tag:yaml.org,2002:null" else {
            return false
        }
        // By length first: every value read asks, and most are not null.
        switch text.utf8.count {
        case 0: return true
        case 1: return text == "~"
        case 4: return text == "null" || text == "Null" || text == "NULL"
        default: return false
        }
    }

    /// The value under `key` in a mapping.
    package subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content else { return nil }
        return pairs.first { $0.key.isScalar(key) }?.value
    }

    /// Whether this is a scalar reading `text`. Lengths are compared first: looking a key up
    /// passes over the others, and a length settles most of them without comparing text.
    package func isScalar(_ text: String) -> Bool {
        guard case .scalar(let scalar, _) = content else { return false }
        return scalar.utf8.count == text.utf8.count && scalar == text
    }

    /// What this node is, in words, for error messages.
    package var kindDescription: String {
        switch content {
        case .scalar where isNull: "null"
        case .scalar(_, .plain): "a plain scalar"
        case .scalar: "a quoted string"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}
