/// A message from a plug-in to nod: its hello, a check's result, or an error for one request.
/// A Swift plug-in encodes it; nod decodes the same type.
public enum PluginMessage: Codable, Sendable, Equatable {
    case hello(Hello)
    case result(CheckResult)
    case error(id: String, message: String)

    /// The plug-in's answer to nod's hello: the protocol it speaks and the checks it offers.
    public struct Hello: Codable, Sendable, Equatable {
        public var `protocol`: Int
        public var plugin: String
        public var version: String
        public var checks: [String]

        public init(protocol: Int = HostMessage.protocolVersion, plugin: String, version: String, checks: [String]) {
            self.protocol = `protocol`
            self.plugin = plugin
            self.version = version
            self.checks = checks
        }
    }

    private enum Keys: String, CodingKey { case type, id, message }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "hello": self = .hello(try Hello(from: decoder))
        case "result": self = .result(try CheckResult(from: decoder))
        case "error": self = .error(id: try container.decode(String.self, forKey: .id), message: try container.decode(String.self, forKey: .message))
        default: throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "unknown message type '\(type)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .hello(let hello):
            try hello.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("hello", forKey: .type)
        case .result(let result):
            try result.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("result", forKey: .type)
        case .error(let id, let message):
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("error", forKey: .type)
            try container.encode(id, forKey: .id)
            try container.encode(message, forKey: .message)
        }
    }
}

/// A check's result: its status, a message in both languages, the evidence it rests on and any
/// measures it took.
public struct CheckResult: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable { case pass, fail, notApplicable = "not-applicable" }

    public var id: String
    public var status: Status
    public var message: BilingualText
    public var evidence: [Citation]?
    public var measures: [String: Double]?

    public init(id: String, status: Status, message: BilingualText, evidence: [Citation]? = nil, measures: [String: Double]? = nil) {
        self.id = id
        self.status = status
        self.message = message
        self.evidence = evidence
        self.measures = measures
    }
}

/// A text in English and Welsh; a result must carry both.
public struct BilingualText: Codable, Sendable, Equatable {
    public var en: String
    public var cy: String

    public init(en: String, cy: String) {
        self.en = en
        self.cy = cy
    }
}

/// A place in the bundle a result rests on: a file, and a line when one is meant.
public struct Citation: Codable, Sendable, Equatable {
    public var path: String
    public var line: Int?

    public init(path: String, line: Int? = nil) {
        self.path = path
        self.line = line
    }
}
