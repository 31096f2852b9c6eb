package import Foundation
package import NodCore

/// What is signed and how a signed report is checked. The signed bytes are the canonical
/// JSON (sorted keys, as written) of the report without its signature; a signed file must
/// itself be canonical, so that a reordered field or changed space is detected too.
package enum ReportSigning {
    package enum SignatureCheck: Equatable, Sendable {
        case valid(keyID: String)
        case invalid(SignatureFailure)
    }

    /// The bytes a signature covers.
    package static func signedBytes(_ report: AuditReport) throws -> Data {
        var unsigned = report
        unsigned.signature = nil
        return try JSONReportRenderer.render(unsigned)
    }

    /// Returns the report with its signature filled in by `sign`.
    package static func sign(_ report: AuditReport, keyID: String, sign: (Data) throws -> String) throws -> AuditReport {
        var signed = report
        signed.signature = AuditReport.Signature(keyID: keyID, value: try sign(try signedBytes(report)))
        return signed
    }

    /// Checks a report file's bytes against a key.
    package static func verify(_ data: Data, keyID: String, isValid: (String, Data) -> Bool) -> SignatureCheck {
        guard let report = try? JSONReportRenderer.decode(data) else {
            return .invalid(.notNod(what: "report"))
        }
        guard let signature = report.signature else { return .invalid(.unsigned(what: "report")) }
        guard signature.algorithm == "ed25519" else { return .invalid(.unknownAlgorithm(signature.algorithm)) }
        guard let canonical = try? JSONReportRenderer.render(report), canonical == data else {
            return .invalid(.changed(what: "report"))
        }
        guard signature.keyID == keyID else { return .invalid(.otherKey(signedWith: signature.keyID, expected: keyID)) }
        guard let signed = try? signedBytes(report), isValid(signature.value, signed) else {
            return .invalid(.mismatch(what: "report"))
        }
        return .valid(keyID: keyID)
    }
}

/// Why a signed report or certificate is not what its signer signed: a kind, for pages to say
/// in either language (`kind`), and the English the command line prints (`description`).
package enum SignatureFailure: Error, Sendable, Equatable, CustomStringConvertible {
    case notNod(what: String)
    case unsigned(what: String)
    case unknownAlgorithm(String)
    case changed(what: String)
    case otherKey(signedWith: String, expected: String)
    case mismatch(what: String)

    /// Why, in both languages, for a reader of a report page (key ids are codes, the same in both).
    package var plain: LocalizedText {
        switch self {
        case .notNod: LocalizedText(en: "the file is not a report from nod", cy: "nid yw'r ffeil yn adroddiad gan nod")
        case .unsigned: LocalizedText(en: "the file is not signed", cy: "nid yw'r ffeil wedi'i llofnodi")
        case .unknownAlgorithm: LocalizedText(en: "it is signed in a way nod does not know", cy: "mae wedi'i llofnodi mewn ffordd nad yw nod yn ei hadnabod")
        case .changed: LocalizedText(en: "the file was changed after it was signed", cy: "newidiwyd y ffeil ar ôl ei llofnodi")
        case .otherKey(let signed, let expected):
            LocalizedText(en: "it was signed with another key (\(signed), not \(expected))", cy: "fe'i llofnodwyd gydag allwedd arall (\(signed), nid \(expected))")
        case .mismatch: LocalizedText(en: "the signature does not match the file's contents", cy: "nid yw'r llofnod yn cyfateb i gynnwys y ffeil")
        }
    }

    package var kind: String {
        switch self {
        case .notNod: "not-nod"
        case .unsigned: "unsigned"
        case .unknownAlgorithm: "unknown-algorithm"
        case .changed: "changed"
        case .otherKey: "other-key"
        case .mismatch: "mismatch"
        }
    }

    package var description: String {
        switch self {
        case .notNod(let what): "the file is not a nod \(what) (\(what)-format 1)"
        case .unsigned(let what): "the \(what) is not signed"
        case .unknownAlgorithm(let name): "unknown signature algorithm '\(name)'"
        case .changed(let what): "the \(what) was changed after signing: it is no longer in the form nod wrote (a byte, a field or its order differs)"
        case .otherKey(let signed, let expected): "signed with key \(signed), not with this key (\(expected))"
        case .mismatch(let what): "the signature does not match the \(what)'s contents"
        }
    }
}
