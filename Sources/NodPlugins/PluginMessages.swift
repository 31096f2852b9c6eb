public import NodCore

/// Messages from nod to a plug-in (protocol 1, plugins.md): one JSON object per line.
public enum HostMessage: Encodable, Sendable {
    case hello(nod: String)
    case check(CheckRequest)
    case bye

    /// One check request: the rule, its parameters, the evidence and the raw files it needs.
    public struct CheckRequest: Encodable, Sendable {
        public var id: String
        public var check: String
        public var rule: String
        public var params: JSONValue
        public var lang: String
        public var auditDate: String
        public var evidence: JSONValue
        public var files: [File]

        /// A raw file a check's `needs` globs matched: text when UTF-8, else base64.
        public struct File: Encodable, Sendable {
            public var path: String
            public var sha256: String
            public var bytes: Int64
            public var text: String?
            public var base64: String?
        }

        public init(id: String, check: String, rule: String, params: JSONValue, lang: String, auditDate: String, evidence: JSONValue, files: [File]) {
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

    public func encode(to encoder: any Encoder) throws {
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
public enum PluginMessage: Decodable, Sendable {
    case hello(Hello)
    case result(Result)
    case error(id: String, message: String)

    public struct Hello: Decodable, Sendable {
        public var `protocol`: Int
        public var plugin: String
        public var version: String
        public var checks: [String]
    }

    public struct Result: Decodable, Sendable {
        public enum Status: String, Decodable, Sendable { case pass, fail, notApplicable = "not-applicable" }
        public var id: String
        public var status: Status
        public var message: LocalizedText
        public var evidence: [EvidenceCitation]?
        public var measures: [String: Double]?
    }

    private enum Keys: String, CodingKey { case type, id, message }

    public init(from decoder: any Decoder) throws {
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
