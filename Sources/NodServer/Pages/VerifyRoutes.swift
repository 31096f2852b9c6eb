import Foundation
import Hummingbird
import NodCore
import NodReport
import NodSigning
import NodStore

/// "Is this file genuine?": anyone sends a signed certificate or report; the office checks
/// the signature against its own key (the same check as `nod verify`) and, for a certificate,
/// says whether it is in force today. The file is read in memory and forgotten.
struct VerifyRoutes {
    let office: Office

    /// Signed files are small; anything larger is not one.
    static let fileLimit = 4 << 20

    struct CertificateLine { let number: String; let organisation: String; let status: String }
    struct Result { let valid: Bool; let why: String?; let keyID: String?; let certificate: CertificateLine?; let report: String? }
    struct VerifyContent { let keyID: String; let result: Result? }

    func add(to router: Router<OfficeRequestContext>) {
        router.get("/register/verify") { request, context in
            office.page("verify", title: "verifyTitle", content: VerifyContent(keyID: office.body.keyID, result: nil), request: request, context: context)
        }
        router.post("/register/verify") { request, context in
            guard let form = await SmallMultipartForm(request, limit: Self.fileLimit), let file = form["file"], !file.isEmpty else {
                return office.message("badUploadTitle", ["badUploadText"], status: .badRequest, request: request, context: context, back: "/register/verify")
            }
            let result = try await check(Data(file), language: context.visitor.language)
            return office.page("verify", title: "verifyTitle", content: VerifyContent(keyID: office.body.keyID, result: result),
                               request: request, context: context, status: result.valid ? .ok : .unprocessableContent)
        }
    }

    func check(_ data: Data, language: Language) async throws -> Result {
        let key = office.body.key.publicKey
        if CertificateDocument.isCertificate(data) {
            switch CertificateSigning.verify(data, keyID: key.keyID, isValid: key.isValid) {
            case .success(let document):
                try await CycleSweep(office: office).sweep()
                guard let certificate = try await office.ledger.certificate(number: document.number),
                      certificate.document == String(decoding: data, as: UTF8.self) else {
                    return Result(valid: false, why: SiteText.words(language)["notIssuedHere"], keyID: key.keyID, certificate: nil, report: nil)
                }
                return Result(valid: true, why: nil, keyID: key.keyID, certificate: CertificateLine(
                    number: certificate.number, organisation: InertText.name(certificate.organisationName),
                    status: CertificateWords.status(certificate.status, language)), report: nil)
            case .failure(let failure):
                return Result(valid: false, why: Self.why(failure, language), keyID: nil, certificate: nil, report: nil)
            }
        }
        switch ReportSigning.verify(data, keyID: key.keyID, isValid: key.isValid) {
        case .valid(let keyID):
            let report = try? JSONReportRenderer.decode(data)
            let summary = report.map { "\(InertText.name($0.bundle.organisation)) · \($0.auditDate) · \(ReportStrings.decision($0.decision).text(language.rawValue))" }
            return Result(valid: true, why: nil, keyID: keyID, certificate: nil, report: summary)
        case .invalid(let failure):
            return Result(valid: false, why: Self.why(failure, language), keyID: nil, certificate: nil, report: nil)
        }
    }

    /// The failure in the reader's language (key ids are codes, the same in both).
    static func why(_ failure: SignatureFailure, _ language: Language) -> String {
        let text = SiteText.words(language)["signature.\(failure.kind)"] ?? failure.description
        if case .otherKey(let signed, let expected) = failure { return "\(text) (\(signed) ≠ \(expected))" }
        return text
    }
}
