import NodCore

/// Entry point for reading YAML text into located nodes.
package enum YAMLDocument {
    /// Parses one YAML document. `lineOffset` is added to every line (front matter starts
    /// below the Markdown file's first line). An empty document is `nil`.
    package static func parse(
        _ bytes: some Collection<UInt8>,
        file: String,
        lineOffset: Int = 0,
        limits: YAMLLimits = .default
    ) throws(YAMLError) -> YAMLNode? {
        let reader = LibYAMLEventReader(bytes: bytes, file: file, lineOffset: lineOffset)
        var composer = YAMLComposer(reader: reader, file: file, limits: limits)
        return try composer.composeSingleDocument()
    }

    /// Parses and requires a non-empty document.
    package static func parseRequired(
        _ bytes: some Collection<UInt8>,
        file: String,
        lineOffset: Int = 0,
        limits: YAMLLimits = .default
    ) throws(YAMLError) -> YAMLNode {
        guard let node = try parse(bytes, file: file, lineOffset: lineOffset, limits: limits), !node.isNull else {
            throw YAMLError(.empty, at: FileLocation(file: file, line: 1 + lineOffset, column: 1), "the YAML document is empty")
        }
        return node
    }
}
