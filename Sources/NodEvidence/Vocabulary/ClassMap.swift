import NodCore

/// A value per stakeholder class (`attendance: { workers: 12, carers: 2 }`), whose keys are
/// checked against the class vocabulary with a located, suggesting error.
public struct ClassMap<Value: Decodable & Sendable>: Decodable, Sendable {
    public var values: [StakeholderClass: Value]

    public init(_ values: [StakeholderClass: Value] = [:]) {
        self.values = values
    }

    public subscript(_ stakeholderClass: StakeholderClass) -> Value? { values[stakeholderClass] }
    public var isEmpty: Bool { values.isEmpty }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        var values: [StakeholderClass: Value] = [:]
        for key in container.allKeys {
            guard let stakeholderClass = StakeholderClass(rawValue: key.stringValue) else {
                let choices = StakeholderClass.allCases.map(\.rawValue)
                var message = "'\(key.stringValue)' is not a stakeholder class (one of: \(choices.joined(separator: ", ")))"
                if let guess = Suggestion.closest(to: key.stringValue, among: choices) { message += " — did you mean '\(guess)'?" }
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: message)
            }
            values[stakeholderClass] = try container.decode(Value.self, forKey: key)
        }
        self.values = values
    }
}
