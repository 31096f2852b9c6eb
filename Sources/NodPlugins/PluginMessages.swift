package import NodCore

/// Messages from nod to a plug-in (protocol 1, plugins.md): one JSON object per line.
package enum HostMessage: Encodable, Sendable {
    case hello(nod: String)
    case check(CheckRequest)
    case bye

    /// One check request: the rule, its parameters, the evidence and the raw files it needs.
    package struct CheckRequest: Encodable, Sendable {
        package var id: String
        package var check: String
        package var rule: String
        package var params: JSONValue
        package var lang: String
        package var auditDate: String
        package var evidence: JSONValue
        package var files: [File]

        /// A raw file a check's `needs` globs matched: text when UTF-8, else base64.
        package struct File: Encodable, Sendable {
            package var path: String
            package var sha256: String
            package var bytes: Int64
            package var text: String?
            package var base64: String?
        }

        package init(id: String, check: String, rule: String, params: JSONValue, lang: String, auditDate: String, evidence: JSONValue, files: [File]) {
            self.id = id
            self.check = check
            self.rule = rule
            self.params = params
            self.lang = lang
            self.auditDate = auditDate
            self.evidence = evidence
            self.files = files
        }

        enum CodingKeys: String, CodingKey { case id, check, rule, params, lang, auditDate = "audit-date", evidence, files }
    }

    private enum Keys: String, CodingKey { case type, `protocol`, nod }

    package func encode(to encoder: any Encoder) throws {
        switch self {
        case .hello(let nod):
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("hello", forKey: .type)
            try container.encode(1, forKey: .protocol)
            try container.encode(nod, forKey: .nod)
        case .check(let request):
            try request.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("check", forKey: .type)
        case .bye:
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("bye", forKey: .type)
        }
    }
}

/// Messages from a plug-in to nod.
package enum PluginMessage: Decodable, Sendable {
    case hello(Hello)
    case result(Result)
    case error(id: String, message: String)

    package struct Hello: Decodable, Sendable {
        package var `protocol`: Int
        package var plugin: String
        package var version: String
        package var checks: [String]
    }

    package struct Result: Decodable, Sendable {
        package enum Status: String, Decodable, Sendable { case pass, fail, notApplicable = "not-applicable" }
        package var id: String
        package var status: Status
        package var message: LocalizedText
        package var evidence: [EvidenceCitation]?
        package var measures: [String: Double]?
    }

    private enum Keys: String, CodingKey { case type, id, message }

    package init(from decoder: any Decoder) throws {
        let type = try decoder.container(keyedBy: Keys.self).decode(String.self, forKey: .type)
        switch type {
        case "hello": self = .hello(try Hello(from: decoder))
        case "result": self = .result(try Result(from: decoder))
        case "error":
            let container = try decoder.container(keyedBy: Keys.self)
            self = .error(id: try container.decode(String.self, forKey: .id), message: try container.decode(String.self, forKey: .message))
        default:
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown message type '\(type)'"))
        }
    }
}
