public import NodCore

/// Why a bundle's evidence could not be read at all: only a bad `manifest.yaml` does this.
/// Everything else wrong with a bundle is a `Problem` on the model.
public struct EvidenceError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Code: String, Hashable, Sendable {
        case noManifest = "evidence.no-manifest"
        case badManifest = "evidence.bad-manifest"
    }

    public var code: Code
    public var location: FileLocation
    public var message: String

    public init(_ code: Code, at location: FileLocation, _ message: String) {
        self.code = code
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}
