package import NodCore

/// Why a bundle's evidence could not be read at all: only a bad `manifest.yaml` does this.
/// Everything else wrong with a bundle is a `Problem` on the model.
package struct EvidenceError: Error, Hashable, Sendable, CustomStringConvertible {
    package enum Code: String, Hashable, Sendable {
        case noManifest = "evidence.no-manifest"
        case badManifest = "evidence.bad-manifest"
    }

    package var code: Code
    package var location: FileLocation
    package var message: String

    package init(_ code: Code, at location: FileLocation, _ message: String) {
        self.code = code
        self.location = location
        self.message = message
    }

    package var description: String { "\(location): \(message)" }
}
