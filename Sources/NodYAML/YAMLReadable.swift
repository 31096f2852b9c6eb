package import Foundation
package import NodCore

/// A type read straight from a located YAML node, strictly, with errors that say where.
///
/// Why not `Decodable`: every `Decodable` type costs the Swift runtime, on first use in a
/// process, a scan of each of the ≈ 7 600 protocol conformances loaded and the instantiation
/// of its generic containers — measured at a third of a typical audit's time — and the
/// containers' existential dispatch costs again on every file of a batch. Reading nodes
/// directly costs neither, and keeps the rules the decoder had:
/// - keys a type does not name are refused, with a suggestion
///   (`unknown key 'modle' — did you mean 'model'?`);
/// - only plain scalars are numbers, booleans or null (`"14"` is text, not 14), and
///   `yes`/`no`/`on`/`off` are not booleans;
/// - `Decimal` is read from the scalar's digits, never through a binary float.
package protocol YAMLReadable {
    init(yaml: YAMLValue) throws(YAMLError)
}

/// One node being read, with the key it is the value of, so messages can name the field
/// (`'notice-days': expected a whole number, found a quoted string`).
package struct YAMLValue: Sendable {
    package let node: YAMLNode
    /// The mapping key this node is the value of; list items keep their list's key.
    package let key: String?

    package init(_ node: YAMLNode, key: String? = nil) {
        self.node = node
        self.key = key
    }

    package var location: FileLocation { node.location }
    package var isNull: Bool { node.isNull }

    /// This node as a mapping whose keys must all be among `keys`; every unknown key is named.
    package func mapping(_ keys: [String]) throws(YAMLError) -> YAMLMapping {
        var problems = YAMLProblems()
        let mapping = try mapping(keys, noting: &problems)
        try problems.check()
        return mapping
    }

    /// This node as a mapping whose keys should all be among `keys`: unknown keys are noted in
    /// `problems` and the known ones can still be read, so one run finds every mistake.
    package func mapping(_ keys: [String], noting problems: inout YAMLProblems) throws(YAMLError) -> YAMLMapping {
        let mapping = try anyMapping()
        for pair in mapping.pairs {
            guard !keys.contains(where: pair.key.isScalar) else { continue }
            let name = pair.key.scalar ?? ""
            var message = "unknown key '\(name)'"
            var welsh = "allwedd anhysbys '\(name)'"
            if let guess = Suggestion.closest(to: name, among: keys.sorted()) {
                message += " — did you mean '\(guess)'?"
                welsh += " — ai '\(guess)' oedd dan sylw?"
                // 'severty' explains a missing 'severity': one mistake, one error.
                problems.explain(.missingKey(guess, at: mapping.location))
            } else {
                message += " (expected one of: \(keys.sorted().joined(separator: ", ")))"
                welsh += " (disgwylid un o: \(keys.sorted().joined(separator: ", ")))"
            }
            problems.note(YAMLError(.unknownKey, at: pair.key.location, message, welsh: welsh))
        }
        return mapping
    }

    /// This node as a mapping with any keys (the caller checks them: stakeholder classes…).
    package func anyMapping() throws(YAMLError) -> YAMLMapping {
        guard case .mapping(let pairs) = node.content else { throw mismatch("a mapping") }
        return YAMLMapping(self, pairs: pairs)
    }

    /// The items of a list, each keeping this node's key for messages.
    package func items() throws(YAMLError) -> [YAMLValue] {
        guard case .sequence(let items) = node.content else { throw mismatch("a list") }
        return items.map { YAMLValue($0, key: key) }
    }

    /// The text of a scalar; null is not text.
    package func string() throws(YAMLError) -> String {
        guard !isNull, let text = node.scalar else { throw mismatch(isNull ? "text" : "a single value") }
        return text
    }

    package func bool() throws(YAMLError) -> Bool {
        let text = try plainText("true or false", tag: "tag:yaml.org,2002:bool")
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: throw YAMLError(.typeMismatch, at: location, "\(fieldName)expected true or false, found '\(text)'")
        }
    }

    package func integer() throws(YAMLError) -> Int {
        let text = try plainText("a whole number", tag: "tag:yaml.org,2002:int")
        guard let value = IntegerText.parse(text, allowingPlus: true) else {
            throw YAMLError(.typeMismatch, at: location, "\(fieldName)expected a whole number, found '\(text)'")
        }
        guard IntegerText.plausible.contains(value) else {
            throw YAMLError(.invalidValue, at: location, "\(fieldName)\(text) is larger than any count nod accepts (at most \(IntegerText.plausible.upperBound) either way)")
        }
        return value
    }

    package func double() throws(YAMLError) -> Double {
        let text = try plainText("a number", tag: "tag:yaml.org,2002:float")
        guard ScalarSyntax.isDecimal(text), let value = Double(text), value.isFinite else {
            throw YAMLError(.typeMismatch, at: location, "\(fieldName)expected a number, found '\(text)'")
        }
        return value
    }

    package func decimal() throws(YAMLError) -> Decimal {
        let text = try plainText("a number", tag: "tag:yaml.org,2002:float")
        // DecimalText accepts plain notation only, as the CSV readers do: one syntax for money.
        guard let value = DecimalText.parse(text, allowingPlus: true) else {
            throw YAMLError(.typeMismatch, at: location, "\(fieldName)expected a decimal number, found '\(text)'")
        }
        return value
    }

    /// A value this field may not have, named after it: `'reviewed': '2025-02-29' is not a calendar date`.
    package func invalid(_ message: String) -> YAMLError {
        YAMLError(.invalidValue, at: location, fieldName + message)
    }

    /// The wrong shape of node: `'organisation': expected a mapping, found a list`.
    package func mismatch(_ expected: String) -> YAMLError {
        YAMLError(.typeMismatch, at: location, "\(fieldName)expected \(expected), found \(node.kindDescription)",
                  welsh: "\(fieldName)gwerth o'r math anghywir (disgwylid \(expected), cafwyd \(node.kindDescription))")
    }

    /// `'notice-days': ` — the field being read, for messages; empty at the top.
    package var fieldName: String { key.map { "'\($0)': " } ?? "" }

    /// A scalar that may be a number or boolean: plain, or explicitly tagged as such.
    private func plainText(_ expected: String, tag: String) throws(YAMLError) -> String {
        guard case .scalar(let text, let style) = node.content, style == .plain || node.tag == tag else {
            throw mismatch(expected)
        }
        return text
    }
}

/// A mapping being read: values by key, required or optional.
package struct YAMLMapping: Sendable {
    /// The mapping node itself (missing keys are reported at its start).
    package let value: YAMLValue
    package let pairs: [YAMLNode.Pair]

    init(_ value: YAMLValue, pairs: [YAMLNode.Pair]) {
        self.value = value
        self.pairs = pairs
    }

    package var location: FileLocation { value.location }

    /// The value under `key`, null or not; `nil` when the key is absent.
    package subscript(key: String) -> YAMLValue? {
        pairs.first { $0.key.isScalar(key) }.map { YAMLValue($0.value, key: key) }
    }

    /// The value under `key` refused, located at it (at the mapping when the key is absent):
    /// `'end': the period ends … before it starts …`; with `prefixed: false` the message is
    /// given whole, for one that names its field itself (`pack-format 2 is not one this nod reads`).
    package func invalid(_ key: String, _ message: String, prefixed: Bool = true) -> YAMLError {
        let at = self[key]?.location ?? location
        return YAMLError(.invalidValue, at: at, prefixed ? "'\(key)': \(message)" : message)
    }

    /// The value under `key`, which must be present and not null.
    package func required<T: YAMLReadable>(_ key: String, as type: T.Type = T.self) throws(YAMLError) -> T {
        guard let value = self[key] else { throw YAMLError.missingKey(key, at: location) }
        if value.isNull, !(T.self is any ExpressibleByNilLiteral.Type) {
            throw YAMLError(.missingKey, at: value.location, "'\(key)' has no value")
        }
        return try T(yaml: value)
    }

    /// A pair's value, named after its key and required not null: for mappings whose keys are
    /// data (stakeholder classes, rule ids) rather than field names.
    package func value<T: YAMLReadable>(of pair: YAMLNode.Pair, as type: T.Type = T.self) throws(YAMLError) -> T {
        let key = pair.key.scalar ?? ""
        let value = YAMLValue(pair.value, key: key)
        if value.isNull { throw YAMLError(.missingKey, at: value.location, "'\(key)' has no value") }
        return try T(yaml: value)
    }

    /// The value under `key`; `nil` when the key is absent or null.
    package func optional<T: YAMLReadable>(_ key: String, as type: T.Type = T.self) throws(YAMLError) -> T? {
        guard let value = self[key], !value.isNull else { return nil }
        return try T(yaml: value)
    }
}

/// An enum read from its raw text: `'model': 'multi' is not one of: worker, user-led, … — did you mean …?`
package protocol YAMLEnum: YAMLReadable, RawRepresentable<String>, CaseIterable {}

extension YAMLEnum {
    package init(yaml: YAMLValue) throws(YAMLError) {
        let text = try yaml.string()
        guard let value = Self(rawValue: text) else {
            let choices = Self.allCases.map(\.rawValue)
            var message = "\(yaml.fieldName)'\(text)' is not one of: \(choices.joined(separator: ", "))"
            if let guess = Suggestion.closest(to: text, among: choices) { message += " — did you mean '\(guess)'?" }
            throw YAMLError(.invalidValue, at: yaml.location, message)
        }
        self = value
    }
}

/// The plain-scalar number syntax nod accepts.
enum ScalarSyntax {
    /// `-12`, `0`, `+3`: no hex, no underscores, at most 19 digits.
    static func isInteger(_ text: String) -> Bool {
        var digits = Substring(text).utf8[...]
        if digits.first == UInt8(ascii: "-") || digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.count <= 19 && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// `12`, `-0.5`, `812000.00`: plain decimal notation only (no exponents, no `.5`).
    static func isDecimal(_ text: String) -> Bool {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, isInteger(String(whole)) else { return false }
        guard parts.count == 2 else { return true }
        return !parts[1].isEmpty && parts[1].utf8.count <= 18
            && parts[1].utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}

extension String: YAMLReadable {
    package init(yaml: YAMLValue) throws(YAMLError) { self = try yaml.string() }
}

extension Int: YAMLReadable {
    package init(yaml: YAMLValue) throws(YAMLError) { self = try yaml.integer() }
}

extension Bool: YAMLReadable {
    package init(yaml: YAMLValue) throws(YAMLError) { self = try yaml.bool() }
}

extension Double: YAMLReadable {
    package init(yaml: YAMLValue) throws(YAMLError) { self = try yaml.double() }
}

extension Decimal: YAMLReadable {
    package init(yaml: YAMLValue) throws(YAMLError) { self = try yaml.decimal() }
}

extension Array: YAMLReadable where Element: YAMLReadable {
    // Inlinable, as are `Located` and the mapping's readers: otherwise every list in every
    // file was read through unspecialised generic code (metadata looked up per item).
    package init(yaml: YAMLValue) throws(YAMLError) {
        let items = try yaml.items()
        var result: [Element] = []
        result.reserveCapacity(items.count)
        // Every item is read, so each bad one is named in the same run.
        var problems = YAMLProblems()
        for item in items {
            if let element = problems.read({ () throws(YAMLError) in try Element(yaml: item) }) { result.append(element) }
        }
        try problems.check()
        self = result
    }
}

extension YAMLNode: YAMLReadable {
    /// A node reads as itself, so that part of a document (a rule's checker parameters)
    /// can be kept raw and read later into a type chosen at run time.
    package init(yaml: YAMLValue) throws(YAMLError) { self = yaml.node }
}

extension Located: YAMLReadable where Value: YAMLReadable {
    package init(yaml: YAMLValue) throws(YAMLError) {
        self.init(try Value(yaml: yaml), at: yaml.location)
    }
}

extension LocalDate: YAMLReadable {
    package init(yaml: YAMLValue) throws(YAMLError) {
        let text = try yaml.string()
        guard let date = LocalDate(iso8601: text) else {
            throw yaml.invalid("'\(text)' is not a calendar date (expected YYYY-MM-DD)")
        }
        guard LocalDate.plausible.contains(date) else {
            throw yaml.invalid("\(text) is outside the dates nod accepts (\(LocalDate.plausible.lowerBound) to \(LocalDate.plausible.upperBound))")
        }
        self = date
    }
}

extension DatePeriod: YAMLReadable {
    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["start", "end"])
        let start: LocalDate = try fields.required("start"), end: LocalDate = try fields.required("end")
        guard start <= end else {
            throw fields.invalid("end", "the period ends (\(end)) before it starts (\(start))")
        }
        self.init(start: start, end: end)
    }
}

extension LocalizedText: YAMLReadable {
    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["en", "cy"])
        self.init(en: try fields.required("en"), cy: try fields.required("cy"))
    }
}

extension YAMLDocument {
    /// Parses one required document and reads it as `T`.
    package static func read<T: YAMLReadable>(
        _ type: T.Type, from bytes: some Collection<UInt8>, file: String,
        lineOffset: Int = 0, limits: YAMLLimits = .default
    ) throws(YAMLError) -> T {
        try T(yaml: YAMLValue(parseRequired(bytes, file: file, lineOffset: lineOffset, limits: limits)))
    }
}

extension Severity: YAMLEnum {}

/// The errors of one read that goes on past the first: each field or item is read on its own,
/// its error noted, and `check` throws them all as one error (the first, the rest `further`).
package struct YAMLProblems: Sendable {
    package private(set) var errors: [YAMLError] = []
    /// Errors another already explains (a missing key whose misspelling was named), left out.
    private var explained: Set<YAMLError> = []

    package init() {}

    package mutating func note(_ error: YAMLError) { errors.append(error) }

    mutating func explain(_ error: YAMLError) { explained.insert(error) }

    /// The value `body` reads, or `nil` with its error noted.
    package mutating func read<T>(_ body: () throws(YAMLError) -> T) -> T? {
        do { return try body() } catch {
            errors.append(error)
            return nil
        }
    }

    /// Throws every noted error as one; returns when there is none.
    package func check() throws(YAMLError) {
        if let error = YAMLError.combined(errors.filter { !explained.contains($0) }) { throw error }
    }
}
