import Foundation
@_exported public import NodPluginProtocol

/// Everything a Swift plug-in needs to speak nod's protocol 1 (docs/plugins.md): decode each
/// request, call your check, write the answer as one flushed line. The messages are the very
/// types nod itself encodes and decodes (NodPluginProtocol). A plug-in is then a page:
///
/// ```swift
/// import NodPluginKit
/// PluginKit.serve(plugin: "my-checks", version: "1.0.0", checks: ["my-check"]) { request in
///     request.check == "my-check" ? .pass(en: "Fine", cy: "Iawn") : nil
/// }
/// ```
public enum PluginKit {
    /// One check request, with the evidence as plain JSON values.
    public typealias Request = CheckRequest
    /// A JSON value, with accessors that make reading the evidence short.
    public typealias Value = JSONValue

    /// A check's answer: pass, fail or not applicable, in both languages, citing the evidence.
    public struct Answer: Sendable, Equatable {
        public var status: CheckResult.Status
        public var message: BilingualText
        public var citations: [Citation]
        public var measures: [String: Double]

        public static func pass(en: String, cy: String, measures: [String: Double] = [:]) -> Answer {
            Answer(status: .pass, message: BilingualText(en: en, cy: cy), citations: [], measures: measures)
        }

        public static func fail(en: String, cy: String, measures: [String: Double] = [:]) -> Answer {
            Answer(status: .fail, message: BilingualText(en: en, cy: cy), citations: [], measures: measures)
        }

        public static func notApplicable(en: String, cy: String) -> Answer {
            Answer(status: .notApplicable, message: BilingualText(en: en, cy: cy), citations: [], measures: [:])
        }

        /// The same answer citing `path` (and `line`).
        public func citing(_ path: String, line: Int? = nil) -> Answer {
            var copy = self
            copy.citations.append(Citation(path: path, line: line))
            return copy
        }

        /// The protocol's result message for request `id`.
        public func result(id: String) -> CheckResult {
            CheckResult(id: id, status: status, message: message, evidence: citations, measures: measures)
        }
    }

    /// Serves requests until nod says bye. `check` returns `nil` for a check it does not know.
    public static func serve(plugin: String, version: String, checks: [String], _ check: (Request) throws -> Answer?) {
        while let line = readLine(strippingNewline: true) {
            let data = Data(line.utf8)
            // Its type and id first, so a malformed check still gets an error answer with its id.
            guard let envelope = try? JSONDecoder().decode(Envelope.self, from: data) else { continue }
            switch envelope.type {
            case "hello":
                write(.hello(PluginMessage.Hello(plugin: plugin, version: version, checks: checks)))
            case "check":
                let id = envelope.id ?? ""
                do {
                    guard case .check(let request) = try JSONDecoder().decode(HostMessage.self, from: data) else { continue }
                    guard let answer = try check(request) else {
                        write(.error(id: id, message: "unknown check '\(request.check)'"))
                        continue
                    }
                    write(.result(answer.result(id: id)))
                } catch {
                    write(.error(id: id, message: "\(error)"))
                }
            default:
                return
            }
        }
    }

    /// A line's type and id, whatever else it holds.
    private struct Envelope: Decodable {
        var type: String
        var id: String?

        enum CodingKeys: String, CodingKey { case type, id }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            type = try container.decode(String.self, forKey: .type)
            id = try? container.decodeIfPresent(String.self, forKey: .id)
        }
    }

    /// One JSON object per line, flushed at once (a pipe would otherwise buffer it).
    private static func write(_ message: PluginMessage) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var data = try? encoder.encode(message) else { return }
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }
}
