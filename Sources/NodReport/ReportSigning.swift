package import Foundation

/// What is signed and how a signed report is checked. The signed bytes are the canonical
/// JSON (sorted keys, as written) of the report without its signature; a signed file must
/// itself be canonical, so that a reordered field or changed space is detected too.
package enum ReportSigning {
    package enum SignatureCheck: Equatable, Sendable {
        case valid(keyID: String)
        case invalid(String)
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
            return .invalid("the file is not a nod report (report-format 1)")
        }
        guard let signature = report.signature else { return .invalid("the report is not signed") }
        guard signature.algorithm == "ed25519" else { return .invalid("unknown signature algorithm '\(signature.algorithm)'") }
        guard let canonical = try? JSONReportRenderer.render(report), canonical == data else {
            return .invalid("the report was changed after signing: it is no longer in the form nod wrote (a byte, a field or its order differs)")
        }
        guard signature.keyID == keyID else {
            return .invalid("signed with key \(signature.keyID), not with this key (\(keyID))")
        }
        guard let signed = try? signedBytes(report), isValid(signature.value, signed) else {
            return .invalid("the signature does not match the report's contents")
        }
        return .valid(keyID: keyID)
    }
}
