import Foundation
import NodSigning
import Testing

struct KeyTests {
    @Test func keysRoundTripThroughTheirTextForm() throws {
        let keys = SigningKeyPair.generate()
        let reread = try SigningKeyPair(privateKeyText: keys.privateKeyText)
        #expect(reread.publicKey.keyID == keys.publicKey.keyID)
        let verifier = try VerificationKey(publicKeyText: keys.publicKey.text)
        let data = Data("report".utf8)
        #expect(verifier.isValid(signature: try keys.sign(data), for: data))
        #expect(!verifier.isValid(signature: try keys.sign(data), for: Data("Report".utf8)))
        #expect(!verifier.isValid(signature: try SigningKeyPair.generate().sign(data), for: data))
        #expect(keys.publicKey.keyID.count == 16)
    }

    @Test(arguments: ["", "nod-ed25519-public-key-v1\nnot base64!\n", "nod-ed25519-private-key-v1\nAAAA\n", "-----BEGIN PUBLIC KEY-----\nMCow\n"])
    func badKeyFilesAreRefused(text: String) {
        #expect(throws: SigningError.self) { try VerificationKey(publicKeyText: text) }
    }
}
