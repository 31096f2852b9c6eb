import NodCore

/// A Markdown file split into its YAML front matter and its text, with line numbers kept.
///
/// Minutes, visit notes and reviews are Markdown with a `---` block on top; findings cite
/// lines of either part, so both remember where they sit in the original file.
package struct FrontMatterDocument: Sendable {
    /// The front matter's YAML bytes (without the `---` fences), when the file has one.
    package var yaml: [UInt8]?
    /// Lines added to the YAML's own line numbers to give the file's (1: it starts on line 2).
    package var yamlLineOffset: Int
    /// The Markdown body, whole, its lines joined by `\n` (line breaks normalised).
    package var bodyText: String
    /// Where each line of the body starts in `bodyText`'s UTF-8: four bytes a line, not a
    /// string a line (a file of line breaks alone must not cost an object per line).
    package var bodyLineStarts: [Int32]

    /// The body, one entry per line (made on demand).
    package var body: [String] {
        let utf8 = Array(bodyText.utf8)
        return bodyLineStarts.indices.map { index in
            let start = Int(bodyLineStarts[index])
            let end = index + 1 < bodyLineStarts.count ? Int(bodyLineStarts[index + 1]) - 1 : utf8.count
            return String(decoding: utf8[start..<max(start, end)], as: UTF8.self)
        }
    }
    /// The file line of `body[0]`.
    package var bodyFirstLine: Int

    /// The most lines a document may have: minutes of a long meeting have a few thousand; a
    /// file of line breaks alone would otherwise cost memory for millions of empty lines.
    package static let maxLines = 100_000

    /// Splits `bytes`. Front matter must open on the first line (after an optional BOM)
    /// with `---` and close with a line of `---` or `...`.
    package static func split(_ bytes: [UInt8], file: String) throws(YAMLError) -> FrontMatterDocument {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        guard let lines = Self.lines(bytes[start...]) else {
            throw YAMLError(.tooManyLines, at: FileLocation(file: file, line: maxLines + 1, column: 1),
                            "the file has more than \(maxLines) lines; nod reads documents of up to \(maxLines)")
        }
        guard let first = lines.first, Self.isFence(first, closing: false) else {
            let (text, starts) = Self.join(lines[...])
            return FrontMatterDocument(yaml: nil, yamlLineOffset: 0, bodyText: text, bodyLineStarts: starts, bodyFirstLine: 1)
        }
        guard let close = lines.indices.dropFirst().first(where: { Self.isFence(lines[$0], closing: true) }) else {
            throw YAMLError(.syntax, at: FileLocation(file: file, line: 1, column: 1),
                            "front matter opened with '---' on line 1 is never closed")
        }
        var yaml: [UInt8] = []
        for line in lines[1..<close] { yaml += line; yaml.append(0x0A) }
        let (text, starts) = Self.join(lines[(close + 1)...])
        return FrontMatterDocument(yaml: yaml, yamlLineOffset: 1, bodyText: text, bodyLineStarts: starts, bodyFirstLine: close + 2)
    }

    /// The lines, without their `\n` or `\r\n`; no line after a final line break; nil when
    /// there are more than `maxLines`.
    private static func lines(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>]? {
        var result: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        while true {
            if result.count > maxLines { return nil }
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let line = bytes[start..<end]
            result.append(line.last == 0x0D ? line.dropLast() : line)
            if end == bytes.endIndex { break }
            start = end + 1
        }
        if result.last?.isEmpty == true { result.removeLast() }
        return result
    }

    /// The lines as one text (joined by `\n`) and where each starts.
    private static func join(_ lines: ArraySlice<ArraySlice<UInt8>>) -> (String, [Int32]) {
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        starts.reserveCapacity(lines.count)
        for line in lines {
            if !starts.isEmpty { bytes.append(0x0A) }
            starts.append(Int32(bytes.count))
            bytes += line
        }
        return (String(decoding: bytes, as: UTF8.self), starts)
    }

    /// `---` (or, closing, `...`) with trailing spaces or tabs allowed; compared as bytes.
    private static func isFence(_ line: ArraySlice<UInt8>, closing: Bool) -> Bool {
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        let fence = line[line.startIndex..<end]
        return fence.elementsEqual("---".utf8) || closing && fence.elementsEqual("...".utf8)
    }
}
