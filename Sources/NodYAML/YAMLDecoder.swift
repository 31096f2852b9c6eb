import NodCore
import Foundation

/// Decodes `Decodable` types from located YAML nodes, with errors that say where and what.
///
/// Strict on purpose, because evidence comes from outside:
/// - a type whose `CodingKeys` is `CaseIterable` gets every unknown key refused, with a
///   suggestion (`unknown key 'modle' — did you mean 'model'?`);
/// - only plain scalars are numbers, booleans or null (`"14"` is text, not 14), and
///   `yes`/`no`/`on`/`off` are not booleans;
/// - `Decimal` is read from the scalar's digits, never through a binary float.
public struct YAMLDecoder: Sendable {
    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from node: YAMLNode) throws(YAMLError) -> T {
        do {
            return try NodeDecoder(node: node, codingPath: []).decodeValue(T.self)
        } catch let error as YAMLError {
            throw error
        } catch {
            throw YAMLError(.invalidValue, at: node.location, "\(error)")
        }
    }

    /// Parses and decodes in one step.
    public func decode<T: Decodable>(
        _ type: T.Type, from bytes: some Collection<UInt8>, file: String,
        lineOffset: Int = 0, limits: YAMLLimits = .default
    ) throws(YAMLError) -> T {
        let node = try YAMLDocument.parseRequired(bytes, file: file, lineOffset: lineOffset, limits: limits)
        return try decode(type, from: node)
    }
}

/// A coding key made from any string, for nested paths and error messages.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

/// The `Decoder` for one node.
struct NodeDecoder: LocatingDecoder {
    let node: YAMLNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var sourceLocation: FileLocation { node.location }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let pairs) = node.content else {
            throw mismatch("a mapping")
        }
        // `Key(stringValue:)` answers for the usual case without a dynamic cast; the
        // CaseIterable lookup (a scan of every conformance in the process on first use,
        // measured at a tenth of a typical audit) is made only when a key is unknown.
        let unknown = pairs.filter { Key(stringValue: $0.key.scalar ?? "") == nil }
        if !unknown.isEmpty, let known = KnownKeys.of(Key.self) {
            for pair in unknown {
                let name = pair.key.scalar ?? ""
                guard !known.contains(name) else { continue }
                var message = "unknown key '\(name)'"
                if let guess = Suggestion.closest(to: name, among: known.sorted()) {
                    message += " — did you mean '\(guess)'?"
                } else {
                    message += " (expected one of: \(known.sorted().joined(separator: ", ")))"
                }
                throw YAMLError(.unknownKey, at: pair.key.location, message)
            }
        }
        return KeyedDecodingContainer(KeyedContainer<Key>(decoder: self, pairs: pairs))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let items) = node.content else {
            throw mismatch("a list")
        }
        return UnkeyedContainer(decoder: self, items: items)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(decoder: self)
    }

    func child(_ node: YAMLNode, key: any CodingKey) -> NodeDecoder {
        NodeDecoder(node: node, codingPath: codingPath + [key])
    }

    func mismatch(_ expected: String) -> YAMLError {
        YAMLError(.typeMismatch, at: node.location, "\(fieldName)expected \(expected), found \(node.kindDescription)")
    }

    /// `'notice-days': ` — the field being decoded, for messages.
    var fieldName: String {
        guard let last = codingPath.last(where: { $0.intValue == nil }) else { return "" }
        return "'\(last.stringValue)': "
    }

    /// Decodes a value, turning any `DecodingError` raised by the type itself into a located error.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            if T.self == Decimal.self {
                return try ScalarReader(decoder: self).decimal() as! T
            }
            return try T(from: self)
        } catch let error as DecodingError {
            throw locate(error, decoding: T.self)
        }
    }

    private func locate<T>(_ error: DecodingError, decoding type: T.Type) -> YAMLError {
        switch error {
        case .dataCorrupted(let context):
            if let choices = KnownValues.of(T.self), let text = node.scalar {
                var message = "\(fieldName)'\(text)' is not one of: \(choices.joined(separator: ", "))"
                if let guess = Suggestion.closest(to: text, among: choices) { message += " — did you mean '\(guess)'?" }
                return YAMLError(.invalidValue, at: node.location, message)
            }
            let text = context.debugDescription
            let prefix = name(of: context.codingPath)
            let named = prefix.isEmpty || text.hasPrefix(prefix.dropLast(2)) || text.hasPrefix(String(prefix.dropFirst().dropLast(3)))
            return YAMLError(.invalidValue, at: resolve(context.codingPath), named ? text : prefix + text)
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return YAMLError(.typeMismatch, at: resolve(context.codingPath), "\(name(of: context.codingPath))\(context.debugDescription)")
        case .keyNotFound(let key, let context):
            return YAMLError(.missingKey, at: resolve(context.codingPath), "missing key '\(key.stringValue)'")
        @unknown default:
            return YAMLError(.invalidValue, at: node.location, "\(error)")
        }
    }

    /// `'end': ` — the deepest named key of an error's path, or this decoder's field.
    private func name(of path: [any CodingKey]) -> String {
        guard path.count > codingPath.count, let key = path.last(where: { $0.intValue == nil }) else { return fieldName }
        return "'\(key.stringValue)': "
    }

    /// The node a coding path (deeper than this decoder's) points at, for the best location.
    private func resolve(_ path: [any CodingKey]) -> FileLocation {
        var current = node
        for key in path.dropFirst(codingPath.count) {
            switch current.content {
            case .mapping(let pairs):
                guard let pair = pairs.first(where: { $0.key.scalar == key.stringValue }) else { return current.location }
                current = pair.value
            case .sequence(let items):
                guard let index = key.intValue, items.indices.contains(index) else { return current.location }
                current = items[index]
            case .scalar:
                return current.location
            }
        }
        return current.location
    }
}

/// The names a `CodingKeys` enum accepts, when it is `CaseIterable`.
enum KnownKeys {
    static func of<Key: CodingKey>(_ type: Key.Type) -> Set<String>? {
        guard let iterable = type as? any CaseIterable.Type else { return nil }
        return Set(names(iterable))
    }

    private static func names<C: CaseIterable>(_ type: C.Type) -> [String] {
        type.allCases.compactMap { ($0 as? any CodingKey)?.stringValue }
    }
}

/// The raw values a `CaseIterable` string enum accepts, for "is not one of" messages.
enum KnownValues {
    static func of<T>(_ type: T.Type) -> [String]? {
        guard let iterable = type as? any CaseIterable.Type else { return nil }
        let values = values(iterable)
        return values.isEmpty ? nil : values
    }

    private static func values<C: CaseIterable>(_ type: C.Type) -> [String] {
        type.allCases.compactMap { ($0 as? any RawRepresentable)?.rawValue as? String }
    }
}

extension YAMLNode: Decodable {
    /// A node decodes as itself, so that part of a document (a rule's checker parameters)
    /// can be kept raw and decoded later into a type chosen at run time.
    public init(from decoder: any Decoder) throws {
        guard let decoder = decoder as? NodeDecoder else {
            throw DecodingError.typeMismatch(YAMLNode.self, .init(codingPath: decoder.codingPath, debugDescription: "YAMLNode decodes from YAML only"))
        }
        self = decoder.node
    }
}
