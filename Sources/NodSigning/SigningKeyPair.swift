import Crypto
import NodCore
package import Foundation

/// An Ed25519 key pair for signing certification reports, stored as two small text files:
/// `NAME.key` (private, mode 0600) and `NAME.pub` (public, to give to anyone who verifies).
package struct SigningKeyPair: Sendable {
    let privateKey: Curve25519.Signing.PrivateKey

    package static let privateHeader = "nod-ed25519-private-key-v1"
    package static let publicHeader = "nod-ed25519-public-key-v1"

    package static func generate() -> SigningKeyPair {
        SigningKeyPair(privateKey: Curve25519.Signing.PrivateKey())
    }

    /// Reads a private key file written by `privateKeyText`.
    package init(privateKeyText text: String) throws(SigningError) {
        let raw = try KeyText.decode(text, header: Self.privateHeader, what: "private key")
        do {
            privateKey = try Curve25519.Signing.PrivateKey(rawRepresentation: raw)
        } catch {
            throw SigningError(.badKey, "the private key is not a valid Ed25519 key")
        }
    }

    init(privateKey: Curve25519.Signing.PrivateKey) {
        self.privateKey = privateKey
    }

    package var privateKeyText: String { KeyText.encode(privateKey.rawRepresentation, header: Self.privateHeader) }
    package var publicKey: VerificationKey { VerificationKey(key: privateKey.publicKey) }

    /// The Ed25519 signature of `bytes`, base64.
    package func sign(_ bytes: Data) throws -> String {
        try privateKey.signature(for: bytes).base64EncodedString()
    }
}

/// The public half: checks signatures, and names itself by a short fingerprint (`key-id`).
package struct VerificationKey: Sendable {
    let key: Curve25519.Signing.PublicKey

    package init(publicKeyText text: String) throws(SigningError) {
        let raw = try KeyText.decode(text, header: SigningKeyPair.publicHeader, what: "public key")
        do {
            key = try Curve25519.Signing.PublicKey(rawRepresentation: raw)
        } catch {
            throw SigningError(.badKey, "the public key is not a valid Ed25519 key")
        }
    }

    init(key: Curve25519.Signing.PublicKey) {
        self.key = key
    }

    package var text: String { KeyText.encode(key.rawRepresentation, header: SigningKeyPair.publicHeader) }

    /// The first 16 hex digits of the SHA-256 of the raw public key.
    package var keyID: String {
        SHA256.hash(data: key.rawRepresentation).prefix(8).hexString
    }

    package func isValid(signature base64: String, for bytes: Data) -> Bool {
        guard let signature = Data(base64Encoded: base64) else { return false }
        return key.isValidSignature(signature, for: bytes)
    }
}

/// The two-line text form of a key: a header naming its kind, then base64.
enum KeyText {
    static func encode(_ raw: Data, header: String) -> String { "\(header)\n\(raw.base64EncodedString())\n" }

    static func decode(_ text: String, header: String, what: String) throws(SigningError) -> Data {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.count == 2, lines[0] == header else {
            throw SigningError(.badKey, "not a nod \(what) file (expected a first line '\(header)')")
        }
        guard let raw = Data(base64Encoded: String(lines[1])), raw.count == 32 else {
            throw SigningError(.badKey, "the \(what) is not 32 bytes of base64")
        }
        return raw
    }
}

/// Why a key could not be read or a report not verified.
package struct SigningError: Error, CustomStringConvertible, Sendable {
    package enum Code: String, Sendable { case badKey = "signing.bad-key", unsigned = "signing.unsigned", notCanonical = "signing.not-canonical", mismatch = "signing.mismatch", otherKey = "signing.other-key", unreadable = "signing.unreadable" }
    package var code: Code
    package var message: String
    package init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }
    package var description: String { message }
}
