package import NodArchive
import NodCore

/// Typed mutations of valid evidence: one value of one file of a valid bundle — a scalar of a
/// YAML file or of a Markdown file's front matter, or a cell of a CSV register — replaced by a
/// value no co-op writes: extreme dates, negative, zero and huge numbers, null, the wrong type,
/// nothing at all. The byte-level harnesses rarely produce these (they break the syntax first);
/// the readers and checkers must meet them and answer with located problems, never a trap.
package struct ValueMutation: Sendable, CustomStringConvertible {
    /// What replaces a value.
    package static let hostileValues = [
        "9999-12-31", "0001-01-01", "1899-12-31", "2201-01-01", "2025-02-30", "-1", "0", "-0",
        "9223372036854775807", "-9223372036854775808", "1000000001", "1e308", "0.0000001", "NaN", ".inf",
        "", "null", "~", "[]", "{}", "true", "x", "\"\"", "'9'",
    ]

    package let path: String
    /// Which value of the file (in the order `slots(in:path:)` finds them).
    package let slot: Int
    package let value: String

    package var description: String { "\(path), value \(slot) → '\(value)'" }

    /// The bundle with this mutation applied; nil when the file has no such value.
    package func apply(to bundle: BundleContents) -> BundleContents? {
        guard let file = bundle.files.first(where: { $0.path == path }), let content = file.content else { return nil }
        let slots = Self.slots(in: content, path: path)
        guard slot < slots.count else { return nil }
        var bytes = content
        bytes.replaceSubrange(slots[slot], with: Array(value.utf8))
        return bundle.replacing(path, with: bytes)
    }

    /// A mutation chosen by three numbers (from a seeded generator or a fuzzer's bytes).
    package static func choose(in bundle: BundleContents, file: Int, slot: Int, value: Int) -> ValueMutation? {
        let candidates = bundle.files.filter { $0.content != nil && ($0.path.hasSuffix(".csv") || $0.path.hasSuffix(".yaml") || $0.path.hasSuffix(".md")) }
        guard !candidates.isEmpty else { return nil }
        let chosen = candidates[abs(file % candidates.count)]
        let count = slots(in: chosen.content ?? [], path: chosen.path).count
        guard count > 0 else { return nil }
        return ValueMutation(path: chosen.path, slot: abs(slot % count), value: hostileValues[abs(value % hostileValues.count)])
    }

    /// Where the values of a file are: CSV cells of the rows after the header (in lines
    /// without quotes), or YAML scalars after `key: ` (in a Markdown file, only in its front
    /// matter), each up to the next `,`, `}`, `]`, `#` or line end.
    package static func slots(in bytes: [UInt8], path: String) -> [Range<Int>] {
        path.hasSuffix(".csv") ? csvCells(bytes) : yamlScalars(bytes, frontMatterOnly: path.hasSuffix(".md"))
    }

    private static func lines(_ bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = [], start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            lines.append(start..<index)
            start = index + 1
        }
        if start < bytes.count { lines.append(start..<bytes.count) }
        return lines
    }

    private static func csvCells(_ bytes: [UInt8]) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        for line in lines(bytes).dropFirst() where !bytes[line].contains(UInt8(ascii: "\"")) {
            var start = line.lowerBound
            for index in line where bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "\r") {
                cells.append(start..<index)
                start = index + 1
            }
            if start <= line.upperBound, bytes[start..<line.upperBound].last != UInt8(ascii: "\r") { cells.append(start..<line.upperBound) }
        }
        return cells
    }

    private static func yamlScalars(_ bytes: [UInt8], frontMatterOnly: Bool) -> [Range<Int>] {
        var scalars: [Range<Int>] = [], fences = 0
        for line in lines(bytes) {
            let text = bytes[line]
            if frontMatterOnly {
                if text.elementsEqual("---".utf8) { fences += 1; if fences == 2 { break }; continue }
                if fences == 0 { break }
            }
            var index = line.lowerBound
            while index + 1 < line.upperBound {
                defer { index += 1 }
                guard bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: " ") else { continue }
                var start = index + 2
                while start < line.upperBound, bytes[start] == UInt8(ascii: " ") { start += 1 }
                var end = start
                while end < line.upperBound, !",}]#\r".utf8.contains(bytes[end]) { end += 1 }
                while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
                guard end > start, bytes[start] != UInt8(ascii: "{"), bytes[start] != UInt8(ascii: "["),
                      bytes[start] != UInt8(ascii: "\""), bytes[start] != UInt8(ascii: "'") else { continue }
                scalars.append(start..<end)
            }
        }
        return scalars
    }
}
