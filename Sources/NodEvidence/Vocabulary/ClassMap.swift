import NodCore
package import NodYAML

/// A value per stakeholder class (`attendance: { workers: 12, carers: 2 }`), whose keys are
/// checked against the class vocabulary with a located, suggesting error.
package struct ClassMap<Value: YAMLReadable & Sendable>: YAMLReadable, Sendable {
    package var values: [StakeholderClass: Value]

    package init(_ values: [StakeholderClass: Value] = [:]) {
        self.values = values
    }

    package subscript(_ stakeholderClass: StakeholderClass) -> Value? { values[stakeholderClass] }
    package var isEmpty: Bool { values.isEmpty }

    package init(yaml: YAMLValue) throws(YAMLError) {
        var values: [StakeholderClass: Value] = [:]
        let mapping = try yaml.anyMapping()
        for pair in mapping.pairs {
            let name = pair.key.scalar ?? ""
            guard let stakeholderClass = StakeholderClass(rawValue: name) else {
                let choices = StakeholderClass.allCases.map(\.rawValue)
                var message = "'\(name)' is not a stakeholder class (one of: \(choices.joined(separator: ", ")))"
                if let guess = Suggestion.closest(to: name, among: choices) { message += " — did you mean '\(guess)'?" }
                throw YAMLError(.invalidValue, at: pair.value.location, message)
            }
            values[stakeholderClass] = try mapping.value(of: pair)
        }
        self.values = values
    }
}

extension ClassMap: Amount where Value: Amount {
    /// Whether any class's amount is below zero (members present, a class's share of votes).
    package var isNegative: Bool { values.values.contains { $0.isNegative } }
}
