import NodCore
import Foundation

struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoder
    let pairs: [YAMLNode.Pair]

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { pairs.compactMap { $0.key.scalar.flatMap(Key.init(stringValue:)) } }

    func contains(_ key: Key) -> Bool { value(for: key) != nil }

    private func value(for key: Key) -> YAMLNode? {
        pairs.first { $0.key.scalar == key.stringValue }?.value
    }

    private func child(_ key: Key) throws -> NodeDecoder {
        guard let node = value(for: key) else {
            throw YAMLError(.missingKey, at: decoder.node.location, "missing key '\(key.stringValue)'")
        }
        return decoder.child(node, key: key)
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        value(for: key)?.isNull ?? true
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let child = try child(key)
        if child.node.isNull, !(T.self is any ExpressibleByNilLiteral.Type) {
            throw YAMLError(.missingKey, at: child.node.location, "'\(key.stringValue)' has no value")
        }
        return try child.decodeValue(T.self)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}

struct UnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: NodeDecoder
    let items: [YAMLNode]
    var currentIndex = 0

    init(decoder: NodeDecoder, items: [YAMLNode]) {
        self.decoder = decoder
        self.items = items
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func nextDecoder() throws -> NodeDecoder {
        guard !isAtEnd else {
            throw YAMLError(.typeMismatch, at: decoder.node.location, "the list has too few items")
        }
        defer { currentIndex += 1 }
        return decoder.child(items[currentIndex], key: AnyCodingKey(intValue: currentIndex))
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, items[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try nextDecoder().decodeValue(T.self)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try nextDecoder().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try nextDecoder().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try nextDecoder() }
}

struct SingleValueContainer: SingleValueDecodingContainer {
    let decoder: NodeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    private var reader: ScalarReader { ScalarReader(decoder: decoder) }

    func decodeNil() -> Bool { decoder.node.isNull }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool() }
    func decode(_ type: String.Type) throws -> String { try reader.string() }
    func decode(_ type: Double.Type) throws -> Double { try reader.double() }
    func decode(_ type: Float.Type) throws -> Float { Float(try reader.double()) }
    func decode(_ type: Int.Type) throws -> Int { try reader.integer(Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(UInt64.self) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeValue(T.self) }
}

/// Reads typed values out of one scalar node, strictly.
struct ScalarReader {
    let decoder: NodeDecoder
    var node: YAMLNode { decoder.node }

    private func text() throws -> String {
        guard let text = node.scalar else { throw decoder.mismatch("a single value") }
        return text
    }

    /// A scalar that may be a number, boolean or null: plain, or explicitly tagged as such.
    private func plainText(_ expected: String, tag: String) throws -> String {
        guard case .scalar(let text, let style) = node.content else { throw decoder.mismatch(expected) }
        guard style == .plain || node.tag == tag else { throw decoder.mismatch(expected) }
        return text
    }

    func string() throws -> String {
        if node.isNull { throw decoder.mismatch("text") }
        return try text()
    }

    func bool() throws -> Bool {
        let text = try plainText("true or false", tag: "tag:yaml.org,2002:bool")
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            throw YAMLError(.typeMismatch, at: node.location, "\(decoder.fieldName)expected true or false, found '\(text)'")
        }
    }

    func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let text = try plainText("a whole number", tag: "tag:yaml.org,2002:int")
        guard Self.isInteger(text), let value = T(text) else {
            throw YAMLError(.typeMismatch, at: node.location, "\(decoder.fieldName)expected a whole number, found '\(text)'")
        }
        return value
    }

    func double() throws -> Double {
        let text = try plainText("a number", tag: "tag:yaml.org,2002:float")
        guard Self.isDecimal(text), let value = Double(text), value.isFinite else {
            throw YAMLError(.typeMismatch, at: node.location, "\(decoder.fieldName)expected a number, found '\(text)'")
        }
        return value
    }

    func decimal() throws -> Decimal {
        let text = try plainText("a number", tag: "tag:yaml.org,2002:float")
        guard Self.isDecimal(text), let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            throw YAMLError(.typeMismatch, at: node.location, "\(decoder.fieldName)expected a decimal number, found '\(text)'")
        }
        return value
    }

    /// `-12`, `0`, `+3`: no leading zeros games, no hex, no underscores.
    static func isInteger(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.count <= 19 && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `12`, `-0.5`, `812000.00`: plain decimal notation only (no exponents, no `.5`).
    static func isDecimal(_ text: String) -> Bool {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, isInteger(String(whole)) else { return false }
        guard parts.count == 2 else { return true }
        return !parts[1].isEmpty && parts[1].count <= 18 && parts[1].allSatisfy { $0.isASCII && $0.isNumber }
    }
}
