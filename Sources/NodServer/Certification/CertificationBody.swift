import Foundation
import NodCore
import NodSigning

/// The certification body's own Ed25519 key, which signs decisions and certificates: read
/// from `--signing-key`, or made on first start as `DATA/keys/certification-body.key` (mode
/// 0600) with its `.pub` beside it for anyone who verifies.
struct CertificationBody: Sendable {
    let key: SigningKeyPair

    var keyID: String { key.publicKey.keyID }
    var publicKeyText: String { key.publicKey.text }

    static func load(_ file: URL?, data: URL) throws -> CertificationBody {
        if let file {
            return CertificationBody(key: try SigningKeyPair(privateKeyText: String(decoding: try Data(contentsOf: file), as: UTF8.self)))
        }
        let folder = data.appendingPathComponent("keys", isDirectory: true)
        let privateFile = folder.appendingPathComponent("certification-body.key")
        if FileManager.default.fileExists(atPath: privateFile.path) {
            return CertificationBody(key: try SigningKeyPair(privateKeyText: String(decoding: try Data(contentsOf: privateFile), as: UTF8.self)))
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        // Replicas starting together on one data folder: the key is written whole to a file of
        // this process's own, then linked into place, which fails if another got there first;
        // then every replica reads the one key that won.
        let key = SigningKeyPair.generate()
        let draft = folder.appendingPathComponent(".certification-body.key-\(String.randomHex(bytes: 8))")
        guard FileManager.default.createFile(atPath: draft.path, contents: Data(key.privateKeyText.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? FileManager.default.removeItem(at: draft) }
        guard link(draft.path, privateFile.path) == 0 else {
            guard errno == EEXIST else { throw CocoaError(.fileWriteUnknown) }
            return CertificationBody(key: try SigningKeyPair(privateKeyText: String(decoding: try Data(contentsOf: privateFile), as: UTF8.self)))
        }
        try Data(key.publicKey.text.utf8).write(to: folder.appendingPathComponent("certification-body.pub"), options: .atomic)
        return CertificationBody(key: key)
    }
}
