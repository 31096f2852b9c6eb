import Foundation

extension EmbeddedRules {
    /// The embedded files as rule sources, named `<built-in>/FILE` in messages.
    package static var sources: [RuleSource] {
        encoded.map { file in
            RuleSource(name: "<built-in>/\(file.name)", bytes: Array(Data(base64Encoded: file.base64) ?? Data()))
        }
    }

    /// The embedded files' names and exact bytes, for the staleness test.
    package static var files: [(name: String, bytes: [UInt8])] {
        encoded.map { ($0.name, Array(Data(base64Encoded: $0.base64) ?? Data())) }
    }
}
