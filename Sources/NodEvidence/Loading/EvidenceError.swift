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
    /// The same in Welsh, when nod has it (a manifest's unknown, missing or mistyped key).
    package var welsh: String?

    package init(_ code: Code, at location: FileLocation, _ message: String, welsh: String? = nil) {
        self.code = code
        self.location = location
        self.message = message
        self.welsh = welsh
    }

    package var description: String { "\(location): \(message)" }
}
