public import Foundation

/// A JSON value built by hand, written byte for byte as Foundation's `JSONEncoder` writes it
/// with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` — the canonical form signed
/// reports are checked against.
///
/// Why not `JSONEncoder`: the report is written for every bundle of a batch, and encoding
/// through `Codable` cost a typical audit a tenth of its time (the runtime instantiating
/// each type's generic containers and scanning protocol conformances on first use, then
/// boxing every value). Reports written by earlier versions still verify, because the bytes
/// are the same; `CanonicalJSONTests` holds the two writers to that.
public indirect enum CanonicalJSON: Sendable {
    case object([(key: String, value: CanonicalJSON)])
    case array([CanonicalJSON])
    case string(String)
    case integer(Int64)
    case number(Double)
    case bool(Bool)

    /// An object from fields in any order; `nil` values are left out, as `encodeIfPresent` does.
    public static func fields(_ fields: KeyValuePairs<String, CanonicalJSON?>) -> CanonicalJSON {
        .object(fields.compactMap { key, value in value.map { (key, $0) } })
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
            let sorted = fields.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            writeContainer(open: "{", close: "}", count: sorted.count, to: &out, indent: indent) { index, out in
                Self.writeString(sorted[index].key, to: &out)
                out.append(contentsOf: " : ".utf8)
                sorted[index].value.write(to: &out, indent: indent + 2)
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
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent + 2))
            item(index, &out)
            if index < count - 1 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\n"))
        }
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        out.append(UInt8(ascii: close))
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
