internal import CLibYAML
import NodCore

/// One parse event, copied out of libyaml into Swift values.
struct YAMLEvent {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case alias(anchor: String)
        case scalar(value: String, anchor: String?, tag: String?, style: YAMLNode.ScalarStyle)
        case sequenceStart(anchor: String?, tag: String?)
        case sequenceEnd
        case mappingStart(anchor: String?, tag: String?)
        case mappingEnd
    }

    var kind: Kind
    /// 1-based line and column, already shifted by the reader's line offset.
    var line: Int
    var column: Int
}

/// Owns one libyaml parser and the bytes it reads; the only place that touches libyaml.
///
/// libyaml's 0-based marks become 1-based here, once.
final class LibYAMLEventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let lineOffset: Int
    private let file: String

    init(bytes: some Collection<UInt8>, file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
        parser = .allocate(capacity: 1)
        input = .allocate(capacity: max(1, bytes.count))
        _ = input.initialize(from: bytes)
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        input.deallocate()
    }

    /// The next event, or a located syntax error.
    func next() throws(YAMLError) -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            throw syntaxError()
        }
        defer { yaml_event_delete(&event) }
        let line = Int(event.start_mark.line) + 1 + lineOffset
        let column = Int(event.start_mark.column) + 1
        let kind: YAMLEvent.Kind
        switch event.type {
        case YAML_STREAM_START_EVENT: kind = .streamStart
        case YAML_STREAM_END_EVENT: kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT: kind = .documentStart
        case YAML_DOCUMENT_END_EVENT: kind = .documentEnd
        case YAML_ALIAS_EVENT:
            kind = .alias(anchor: Self.string(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let style: YAMLNode.ScalarStyle = switch scalar.style {
            case YAML_PLAIN_SCALAR_STYLE: .plain
            case YAML_SINGLE_QUOTED_SCALAR_STYLE, YAML_DOUBLE_QUOTED_SCALAR_STYLE: .quoted
            default: .block
            }
            kind = .scalar(value: value, anchor: Self.string(scalar.anchor), tag: Self.string(scalar.tag), style: style)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            kind = .sequenceStart(anchor: Self.string(start.anchor), tag: Self.string(start.tag))
        case YAML_SEQUENCE_END_EVENT: kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            kind = .mappingStart(anchor: Self.string(start.anchor), tag: Self.string(start.tag))
        case YAML_MAPPING_END_EVENT: kind = .mappingEnd
        default:
            kind = .streamEnd
        }
        return YAMLEvent(kind: kind, line: line, column: column)
    }

    private func syntaxError() -> YAMLError {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unreadable YAML"
        let context = parser.pointee.context.map { String(cString: $0) }
        let location: FileLocation
        if parser.pointee.error == YAML_READER_ERROR {
            // Encoding errors carry only a byte offset, no mark.
            location = position(ofByte: parser.pointee.problem_offset)
        } else {
            let mark = parser.pointee.problem_mark
            location = FileLocation(file: file, line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1)
        }
        let message = context.map { "\(problem) \($0)" } ?? problem
        return YAMLError(.syntax, at: location, "YAML syntax error: \(message)")
    }

    /// Line and column (in characters) of a byte offset into the input.
    private func position(ofByte offset: Int) -> FileLocation {
        let prefix = input.prefix(min(offset, input.count))
        let lineStart = (prefix.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        let line = prefix.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + 1
        let column = String(decoding: input[lineStart..<prefix.count], as: UTF8.self).unicodeScalars.count + 1
        return FileLocation(file: file, line: line + lineOffset, column: column)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
