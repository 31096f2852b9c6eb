/// A message from nod to a plug-in (protocol 1, docs/plugins.md): one JSON object per line,
/// its kind in `type`. nod encodes it; a Swift plug-in decodes the same type.
public enum HostMessage: Codable, Sendable, Equatable {
    case hello(nod: String)
    case check(CheckRequest)
    case bye

    /// The protocol version this module speaks.
    public static let protocolVersion = 1

    private enum Keys: String, CodingKey { case type, `protocol`, nod }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .hello(let nod):
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("hello", forKey: .type)
            try container.encode(Self.protocolVersion, forKey: .protocol)
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

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "hello": self = .hello(nod: try container.decode(String.self, forKey: .nod))
        case "check": self = .check(try CheckRequest(from: decoder))
        case "bye": self = .bye
        default: throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "unknown message type '\(type)'")
        }
    }
}

/// One check request: the rule, its parameters, the evidence snapshot and the raw files the
/// check's `needs` globs matched.
public struct CheckRequest: Codable, Sendable, Equatable {
    public var id: String
    public var check: String
    public var rule: String
    public var params: JSONValue
    /// The report language, `cy` or `en`.
    public var lang: String
    /// `YYYY-MM-DD`.
    public var auditDate: String
    public var evidence: JSONValue
    public var files: [File]

    /// A raw file: its text when it is UTF-8, else its bytes in base64.
    public struct File: Codable, Sendable, Equatable {
        public var path: String
        public var sha256: String
        public var bytes: Int64
        public var text: String?
        public var base64: String?

        public init(path: String, sha256: String, bytes: Int64, text: String?, base64: String?) {
            self.path = path
            self.sha256 = sha256
            self.bytes = bytes
            self.text = text
            self.base64 = base64
        }
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
