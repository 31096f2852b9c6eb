public import Foundation

/// Everything a Swift plug-in needs to speak nod's protocol 1 (spec/plugins.md): decode each
/// request, call your check, write the answer as one flushed line. A plug-in is then a page:
///
/// ```swift
/// import NodPluginKit
/// PluginKit.serve(plugin: "my-checks", version: "1.0.0") { request in
///     request.check == "my-check" ? .pass(en: "Fine", cy: "Iawn") : nil
/// }
/// ```
public enum PluginKit {
    /// One check request, with the evidence as plain JSON values.
    public struct Request: Decodable, Sendable {
        public var id: String
        public var check: String
        public var rule: String
        public var params: Value
        public var lang: String
        public var auditDate: String
        public var evidence: Value
        public var files: [File]

        public struct File: Decodable, Sendable {
            public var path: String
            public var text: String?
        }

        enum CodingKeys: String, CodingKey { case id, check, rule, params, lang, auditDate = "audit-date", evidence, files }
    }

    /// A JSON value, with accessors that make reading the evidence short.
    public indirect enum Value: Decodable, Sendable {
        case null, bool(Bool), number(Double), string(String), array([Value]), object([String: Value])

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let value = try? container.decode(Bool.self) { self = .bool(value) }
            else if let value = try? container.decode(Double.self) { self = .number(value) }
            else if let value = try? container.decode(String.self) { self = .string(value) }
            else if let value = try? container.decode([Value].self) { self = .array(value) }
            else { self = .object(try container.decode([String: Value].self)) }
        }

        public subscript(key: String) -> Value { if case .object(let object) = self { return object[key] ?? .null }; return .null }
        public var array: [Value] { if case .array(let items) = self { return items }; return [] }
        public var string: String? { if case .string(let text) = self { return text }; return nil }
        public var number: Double? { if case .number(let value) = self { return value }; return nil }
    }

    /// A check's answer.
    public struct Answer: Encodable, Sendable {
        var status: String
        var message: [String: String]
        var evidence: [[String: String]]
        var lines: [Int?]
        var measures: [String: Double]

        public static func pass(en: String, cy: String, measures: [String: Double] = [:]) -> Answer {
            Answer(status: "pass", message: ["en": en, "cy": cy], evidence: [], lines: [], measures: measures)
        }

        public static func fail(en: String, cy: String, measures: [String: Double] = [:]) -> Answer {
            Answer(status: "fail", message: ["en": en, "cy": cy], evidence: [], lines: [], measures: measures)
        }

        public static func notApplicable(en: String, cy: String) -> Answer {
            Answer(status: "not-applicable", message: ["en": en, "cy": cy], evidence: [], lines: [], measures: [:])
        }

        /// The same answer citing `path` (and `line`).
        public func citing(_ path: String, line: Int? = nil) -> Answer {
            var copy = self
            copy.evidence.append(["path": path])
            copy.lines.append(line)
            return copy
        }
    }

    /// Serves requests until nod says bye. `check` returns `nil` for a check it does not know.
    public static func serve(plugin: String, version: String, checks: [String], _ check: (Request) throws -> Answer?) {
        while let line = readLine(strippingNewline: true) {
            // One parse per line: the message's type, its id, and for a check the whole request.
            guard let incoming = try? JSONDecoder().decode(Incoming.self, from: Data(line.utf8)) else { continue }
            switch incoming.type {
            case "hello":
                write(["type": "hello", "protocol": 1, "plugin": plugin, "version": version, "checks": checks])
            case "check":
                let id = incoming.id ?? ""
                do {
                    let request = try incoming.request.get()
                    guard let answer = try check(request) else {
                        write(["type": "error", "id": id, "message": "unknown check '\(request.check)'"])
                        continue
                    }
                    var message: [String: Any] = ["type": "result", "id": id, "status": answer.status, "message": answer.message, "measures": answer.measures]
                    message["evidence"] = zip(answer.evidence, answer.lines).map { citation, line -> [String: Any] in
                        var entry: [String: Any] = ["path": citation["path"] ?? ""]
                        if let line { entry["line"] = line }
                        return entry
                    }
                    write(message)
                } catch {
                    write(["type": "error", "id": id, "message": "\(error)"])
                }
            default:
                return
            }
        }
    }

    /// A line from nod: its type and id always; for a check, the request or why it is malformed.
    private struct Incoming: Decodable {
        var type: String
        var id: String?
        var request: Result<Request, any Error>

        enum CodingKeys: String, CodingKey { case type, id }
        struct NotACheck: Error {}

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            type = try container.decode(String.self, forKey: .type)
            id = try? container.decodeIfPresent(String.self, forKey: .id)
            request = type == "check" ? Result { try Request(from: decoder) } : .failure(NotACheck())
        }
    }

    /// One JSON object per line, flushed at once (a pipe would otherwise buffer it).
    private static func write(_ object: [String: Any]) {
        guard var data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }
}
