public import Foundation
import NodCore

/// A JSON value built by hand, written byte for byte as Foundation's `JSONEncoder` writes it
/// with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` — the canonical form signed
/// reports are checked against.
///
/// Why not `JSONEncoder`: the report is written for every bundle of a batch, and encoding
/// through `Codable` cost a typical audit a tenth of its time (the runtime instantiating
/// each type's generic containers and scanning protocol conformances on first use, then
/// boxing every value). Reports written by earlier versions still verify, because the bytes
/// are the same; `CanonicalJSONTests` holds the two writers to that.
public enum CanonicalJSON: Sendable {
    case object([(key: String, value: CanonicalJSON)])
    case array([CanonicalJSON])
    case string(String)
    case integer(Int64)
    case number(Double)
    case bool(Bool)

    /// An object from fields in any order; `nil` values are left out, as `encodeIfPresent` does.
    public static func fields(_ fields: KeyValuePairs<String, CanonicalJSON?>) -> CanonicalJSON {
        var present: [(key: String, value: CanonicalJSON)] = []
        present.reserveCapacity(fields.count)
        for (key, value) in fields { if let value { present.append((key, value)) } }
        return .object(present)
    }

    public static func integer(_ value: Int) -> CanonicalJSON { .integer(Int64(value)) }

    /// The text, with a final newline.
    public var data: Data {
        var out: [UInt8] = []
        out.reserveCapacity(64 * 1024)
        write(to: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return Data(out)
    }

    private func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .object(let fields):
            let order = Self.keyOrder(fields)
            writeContainer(open: "{", close: "}", count: order.count, to: &out, indent: indent) { index, out in
                let field = fields[order[index]]
                Self.writeString(field.key, to: &out)
                out.append(contentsOf: Self.keySeparator)
                field.value.write(to: &out, indent: indent + 2)
            }
        case .array(let items):
            writeContainer(open: "[", close: "]", count: items.count, to: &out, indent: indent) { index, out in
                items[index].write(to: &out, indent: indent + 2)
            }
        case .string(let text):
            Self.writeString(text, to: &out)
        case .integer(let value):
            out.append(contentsOf: String(value).utf8)
        case .number(let value):
            // `82.0` is written `82`, `1e-07` and `1.2345678901234568e+16` as Swift prints them;
            // JSON has no NaN or infinity (JSONEncoder refused them), so they are written null.
            guard value.isFinite else { return out.append(contentsOf: "null".utf8) }
            var text = value.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            out.append(contentsOf: text.utf8)
        case .bool(let value):
            out.append(contentsOf: (value ? "true" : "false").utf8)
        }
    }

    /// `[`, the items one per line two spaces deeper, `]`; an empty container keeps its blank line.
    private func writeContainer(
        open: Unicode.Scalar, close: Unicode.Scalar, count: Int, to out: inout [UInt8], indent: Int,
        item: (Int, inout [UInt8]) -> Void
    ) {
        out.append(UInt8(ascii: open))
        out.append(UInt8(ascii: "\n"))
        if count == 0 { out.append(UInt8(ascii: "\n")) }
        for index in 0..<count {
            Self.indent(indent + 2, to: &out)
            item(index, &out)
            if index < count - 1 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\n"))
        }
        Self.indent(indent, to: &out)
        out.append(UInt8(ascii: close))
    }

    /// The positions of `fields` in the order of their keys' UTF-8 bytes. Objects here have a
    /// handful of keys, most already in order: an insertion sort of positions moves no
    /// strings and does one comparison per key when they are (a general sort of the pairs
    /// was a tenth of the writer's time).
    private static func keyOrder(_ fields: [(key: String, value: CanonicalJSON)]) -> [Int] {
        var order = Array(fields.indices)
        guard order.count <= 32 else { return order.sorted { fields[$0].key.precedesInUTF8Order(fields[$1].key) } }
        for next in order.indices.dropFirst() {
            let moving = order[next]
            var slot = next
            while slot > 0, fields[moving].key.precedesInUTF8Order(fields[order[slot - 1]].key) {
                order[slot] = order[slot - 1]
                slot -= 1
            }
            order[slot] = moving
        }
        return order
    }

    private static let keySeparator = Array(" : ".utf8)
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 128)

    /// `count` spaces, copied from a ready-made run (a generic `repeatElement` append was a
    /// fifth of the writer's time).
    private static func indent(_ count: Int, to out: inout [UInt8]) {
        var left = count
        while left > 0 {
            let run = min(left, spaces.count)
            out.append(contentsOf: spaces[..<run])
            left -= run
        }
    }

    private static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole; most strings are one run.
            var runStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
                case 0x08: out.append(contentsOf: #"\b"#.utf8)
                case 0x0C: out.append(contentsOf: #"\f"#.utf8)
                case 0x0A: out.append(contentsOf: #"\n"#.utf8)
                case 0x0D: out.append(contentsOf: #"\r"#.utf8)
                case 0x09: out.append(contentsOf: #"\t"#.utf8)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: #"\u00"#.utf8)
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 0x0F)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
