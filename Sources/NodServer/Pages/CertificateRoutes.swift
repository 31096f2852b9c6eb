import Foundation
import Hummingbird
import NodCore
import NodPDF
import NodQRCode
import NodReport
import NodStore

/// A certificate: its printable page (public: it is what an organisation shows), its PDF and
/// its signed file, and — for certifiers — its management: status changes, surveillance and
/// corrective actions (which the organisation's own members see too, to close them).
struct CertificateRoutes {
    let office: Office

    struct Column { let lang: String; let heading: String; let awardedTo: String; let level: String; let lines: [Line] }
    struct Line { let label: String; let value: String }
    struct CertificateContent {
        let number: String, organisation: String, columns: [Column], qr: String, checkLine: String, registerURL: String, status: String
        let mayManage: Bool
    }

    func add(to router: Router<OfficeRequestContext>) {
        router.get("/certificates/:number") { request, context in
            try await withCertificate(request, context) { certificate, document in
                let columns = [Language.cy, .en].map { language in
                    let column = CertificateWords.column(document, language)
                    return Column(lang: language.rawValue, heading: column.heading, awardedTo: column.awardedTo, level: column.level,
                                  lines: column.lines.map { Line(label: $0.label, value: $0.value) })
                }
                let sheet = CertificateWords.sheet(document)
                let account = context.visitor.account
                let content = CertificateContent(
                    number: certificate.number, organisation: InertText.name(certificate.organisationName), columns: columns,
                    qr: QRCode(document.register)?.svg(label: sheet.registerURL) ?? "", checkLine: sheet.checkLine,
                    registerURL: document.register, status: CertificateWords.status(certificate.status, context.visitor.language),
                    mayManage: account.map { $0.role == .certifier || $0.role == .admin || $0.organisationID == certificate.organisationID } ?? false)
                return office.page("certificate", title: "certificateTitle", content: content, request: request, context: context,
                                   titleText: "\(certificate.number) \(InertText.name(certificate.organisationName))")
            }
        }
        router.get("/certificates/:number/certificate.pdf") { request, context in
            try await withCertificate(request, context) { certificate, document in
                let sheet = CertificateWords.sheet(document)
                guard let pdf = await OffLoop.run({ CertificatePDF.render(sheet) }) else {
                    return office.message("errorTitle", ["errorText"], status: .internalServerError, request: request, context: context)
                }
                return Office.download(pdf, name: "\(certificate.number).pdf", type: "application/pdf")
            }
        }
        router.get("/certificates/:number/certificate.json") { request, context in
            try await withCertificate(request, context) { certificate, _ in
                Office.download(Data(certificate.document.utf8), name: "\(certificate.number).json", type: "application/json")
            }
        }
        CertificateManagement(office: office).add(to: router)
    }

    /// Runs `body` with the certificate the URL names and its signed document.
    func withCertificate(_ request: Request, _ context: OfficeRequestContext,
                         _ body: (NodStore.Certificate, CertificateDocument) async throws -> Response) async throws -> Response {
        guard let certificate = try await office.ledger.certificate(number: context.parameters.get("number") ?? ""),
              let document = try? JSONDecoder().decode(CertificateDocument.self, from: Data(certificate.document.utf8)) else {
            return office.notFound(request, context)
        }
        return try await body(certificate, document)
    }
}
