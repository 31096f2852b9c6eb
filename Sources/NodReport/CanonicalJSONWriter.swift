package import Foundation
import NodCore

/// Writes JSON byte for byte as Foundation's `JSONEncoder` writes it with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` — the canonical form signed
/// reports are checked against — straight from the values being written.
///
/// Why not `JSONEncoder`: the report is written for every bundle of a batch, and encoding
/// through `Codable` cost a typical audit a tenth of its time (the runtime instantiating
/// each type's generic containers and scanning protocol conformances on first use, then
/// boxing every value). Why no tree of JSON values either: building one, sorting each
/// object's keys and freeing it again was half of what writing a report cost. A writer's
/// caller gives each object's keys in UTF-8 order (`key(_:)` checks it in debug builds);
/// keys known only at run time go through `sortedFields(_:)`. Reports written by earlier
/// versions still verify, because the bytes are the same; `CanonicalJSONTests` holds the
/// writer to `JSONEncoder`'s output.
package struct CanonicalJSONWriter: Sendable {
    /// The text so far; `finish()` adds the final newline.
    package private(set) var bytes: [UInt8] = []
    /// For each open container, how many items it holds so far.
    private var openCounts: [Int] = []
    #if DEBUG
    /// For each open container, its last key (objects only): keys must come in order.
    private var lastKeys: [String?] = []
    #endif

    package init(capacity: Int = 64 * 1024) {
        bytes.reserveCapacity(capacity)
        openCounts.reserveCapacity(16)
    }

    /// The text with its final newline, as `Data` (the newline is added in place: copying
    /// the text first would copy every report twice).
    package mutating func finish() -> Data {
        precondition(openCounts.isEmpty, "a JSON container was left open")
        bytes.append(UInt8(ascii: "\n"))
        return Data(bytes)
    }

    /// `value` as an object: `{`, its fields, `}`.
    package mutating func object(_ value: some CanonicalJSONObject) {
        begin(UInt8(ascii: "{"))
        value.writeFields(to: &self)
        end(UInt8(ascii: "}"))
    }

    /// Starts a field of the open object: `"key" : `. Keys must come in UTF-8 order.
    package mutating func key(_ key: String) {
        #if DEBUG
        if let last = lastKeys[lastKeys.count - 1] {
            assert(last.precedesInUTF8Order(key), "JSON key '\(key)' written after '\(last)'")
        }
        lastKeys[lastKeys.count - 1] = key
        #endif
        separate()
        writeString(key)
        bytes.append(contentsOf: Self.keySeparator)
    }

    // MARK: Fields, nil left out as `encodeIfPresent` leaves it out

    package mutating func field(_ name: String, _ value: String?) { field(name, value) { $0.writeString($1) } }
    package mutating func field(_ name: String, _ value: Int?) { field(name, value) { $0.integer(Int64($1)) } }
    package mutating func field(_ name: String, _ value: Int64) { field(name, value) { $0.integer($1) } }
    package mutating func field(_ name: String, _ value: Double?) { field(name, value) { $0.number($1) } }
    package mutating func field(_ name: String, _ value: Bool?) { field(name, value) { $0.bool($1) } }
    package mutating func field(_ name: String, _ value: [String]?) { field(name, value) { $0.array($1) { $0.writeString($1) } } }
    package mutating func field(_ name: String, _ value: (some CanonicalJSONObject)?) { field(name, value) { $0.object($1) } }
    package mutating func field(_ name: String, _ values: [some CanonicalJSONObject]) { field(name, values) { $0.array($1) { $0.object($1) } } }

    /// A field holding an object that `body` writes the fields of.
    package mutating func objectField(_ name: String, _ body: (inout CanonicalJSONWriter) -> Void) {
        key(name)
        begin(UInt8(ascii: "{"))
        body(&self)
        end(UInt8(ascii: "}"))
    }

    /// A field holding an object of fields known only at run time, in the order of their keys' bytes.
    package mutating func sortedField(_ name: String, _ fields: [String: Double]?) {
        field(name, fields) { $0.sortedObject($1) { $0.number($1) } }
    }

    /// The same for whole numbers (counts by name).
    package mutating func sortedField(_ name: String, _ fields: [String: Int]) {
        field(name, fields) { $0.sortedObject($1) { $0.integer(Int64($1)) } }
    }

    /// `"name" : value` written by `write`, or nothing when the value is absent.
    private mutating func field<Value>(_ name: String, _ value: Value?, _ write: (inout CanonicalJSONWriter, Value) -> Void) {
        guard let value else { return }
        key(name)
        write(&self, value)
    }

    private mutating func array<Items: Sequence>(_ items: Items, _ write: (inout CanonicalJSONWriter, Items.Element) -> Void) {
        begin(UInt8(ascii: "["))
        for item in items {
            separate()
            write(&self, item)
        }
        end(UInt8(ascii: "]"))
    }

    private mutating func sortedObject<Value>(_ fields: [String: Value], _ write: (inout CanonicalJSONWriter, Value) -> Void) {
        begin(UInt8(ascii: "{"))
        for name in fields.keys.sorted(by: { $0.precedesInUTF8Order($1) }) {
            key(name)
            write(&self, fields[name]!)
        }
        end(UInt8(ascii: "}"))
    }

    // MARK: Scalars

    private mutating func integer(_ value: Int64) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// `82.0` is written `82`, `1e-07` and `1.2345678901234568e+16` as Swift prints them;
    /// JSON has no NaN or infinity (JSONEncoder refused them), so they are written null.
    private mutating func number(_ value: Double) {
        guard value.isFinite else { return bytes.append(contentsOf: "null".utf8) }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    // MARK: Layout

    /// `{` or `[`; its items go one per line, two spaces deeper.
    private mutating func begin(_ open: UInt8) {
        bytes.append(open)
        openCounts.append(0)
        #if DEBUG
        lastKeys.append(nil)
        #endif
    }

    /// The newline and indentation before an item, and the comma after the one before it.
    private mutating func separate() {
        let last = openCounts.count - 1
        if openCounts[last] > 0 { bytes.append(UInt8(ascii: ",")) }
        openCounts[last] += 1
        bytes.append(UInt8(ascii: "\n"))
        indent(2 * openCounts.count)
    }

    /// `}` or `]` on its own line; an empty container keeps its blank line, as the encoder's did.
    private mutating func end(_ close: UInt8) {
        let count = openCounts.removeLast()
        #if DEBUG
        lastKeys.removeLast()
        #endif
        bytes.append(UInt8(ascii: "\n"))
        if count == 0 { bytes.append(UInt8(ascii: "\n")) }
        indent(2 * openCounts.count)
        bytes.append(close)
    }

    private static let keySeparator = Array(" : ".utf8)
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 128)

    /// `count` spaces, copied from a ready-made run (a generic `repeatElement` append was a
    /// fifth of the writer's time).
    private mutating func indent(_ count: Int) {
        var left = count
        while left > 0 {
            let run = min(left, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[..<run])
            left -= run
        }
    }

    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Runs of bytes that need no escape are copied whole; most strings are one run.
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
                case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
                case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
                case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
                case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
                case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
                default:
                    bytes.append(contentsOf: #"\u00"#.utf8)
                    bytes.append(contentsOf: CollectionOfOne(byte).hexString.utf8)
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// A value that writes itself as one JSON object: its fields, keys in UTF-8 order.
package protocol CanonicalJSONObject {
    func writeFields(to json: inout CanonicalJSONWriter)
}
