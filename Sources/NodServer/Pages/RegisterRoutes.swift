import Foundation
import Hummingbird
import NodCore
import NodReport
import NodStore

/// The public register, open to anyone without signing in: certificates in force or
/// suspended (organisation, level, number, valid until, status — nothing else about the
/// organisation), each certificate's status today (its QR code's target), the same as JSON,
/// the office's public key, and a form that checks a signed file.
struct RegisterRoutes {
    let office: Office

    struct Entry { let organisation: String; let level: String; let number: String; let expires: String; let status: String; let suspended: Bool }
    struct RegisterContent {
        let query: String, entries: [Entry], hasEntries: Bool
        init(query: String, entries: [Entry]) {
            self.query = query
            self.entries = entries
            hasEntries = !entries.isEmpty
        }
    }
    struct HistoryLine { let date: String; let status: String; let reason: String }
    struct EntryContent {
        let number: String, organisation: String, level: String, standard: String, decided: String, expires: String, status: String
        let statusClass: String, reason: String?, today: String, history: [HistoryLine]
    }

    /// One certificate in `/register.json`.
    struct JSONEntry: Encodable {
        let number: String, organisation: String, profile: String, level: String, standardVersion: String
        let decided: LocalDate, expires: LocalDate, status: String, statusChanged: LocalDate, url: String
        enum CodingKeys: String, CodingKey {
            case number, organisation, profile, level, standardVersion = "standard-version", decided, expires, status
            case statusChanged = "status-changed", url
        }
    }
    struct JSONRegister: Encodable {
        let date: LocalDate, keyID: String, certificates: [JSONEntry]
        enum CodingKeys: String, CodingKey { case date, keyID = "key-id", certificates }
    }

    func add(to router: Router<OfficeRequestContext>) {
        router.get("/register") { request, context in
            try await CycleSweep(office: office).sweep()
            let query = String((request.uri.queryParameters.get("q") ?? "").trimmingCharacters(in: .whitespaces).prefix(100))
            let language = context.visitor.language
            let entries = try await office.ledger.register(search: query).map { certificate in
                Entry(organisation: InertText.name(certificate.organisationName), level: level(certificate, language), number: certificate.number,
                      expires: certificate.expires.description, status: CertificateWords.status(certificate.status, language),
                      suspended: certificate.status != .active)
            }
            return office.page("register", title: "register", content: RegisterContent(query: query, entries: entries), request: request, context: context)
        }
        router.get("/register.json") { _, _ in
            try await CycleSweep(office: office).sweep()
            let entries = try await office.ledger.register().map { certificate in
                JSONEntry(number: certificate.number, organisation: certificate.organisationName, profile: certificate.profile, level: certificate.level,
                          standardVersion: certificate.standardVersion, decided: certificate.decided, expires: certificate.expires,
                          status: certificate.status.rawValue, statusChanged: certificate.statusChanged,
                          url: office.registerURL(certificate.number))
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let body = try encoder.encode(JSONRegister(date: office.clock.today, keyID: office.body.keyID, certificates: entries))
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        router.get("/register/key.pub") { _, _ in
            Office.download(Data(office.body.publicKeyText.utf8), name: "certification-body.pub", type: "text/plain; charset=utf-8")
        }
        router.get("/register/:number") { request, context in
            try await CycleSweep(office: office).sweep()
            guard let certificate = try await office.ledger.certificate(number: context.parameters.get("number") ?? "") else {
                return office.message("notFoundTitle", ["notIssuedHere"], status: .notFound, request: request, context: context, back: "/register")
            }
            let language = context.visitor.language
            let document = try? JSONDecoder().decode(CertificateDocument.self, from: Data(certificate.document.utf8))
            let history = try await office.ledger.statusHistory(certificateID: certificate.id).map {
                HistoryLine(date: $0.changed.description, status: CertificateWords.status($0.status, language),
                            reason: CertificateWords.reason($0.reason, language))
            }
            let content = EntryContent(
                number: certificate.number, organisation: InertText.name(certificate.organisationName), level: level(certificate, language),
                standard: "\(document?.scope.profileTitle?.text(language.rawValue) ?? certificate.profile) \(certificate.standardVersion)",
                decided: certificate.decided.description, expires: certificate.expires.description,
                status: CertificateWords.status(certificate.status, language), statusClass: certificate.status.rawValue,
                reason: certificate.status == .active ? nil : CertificateWords.reason(certificate.statusReason, language),
                today: office.clock.today.description, history: history)
            return office.page("register-entry", title: "certificate", content: content, request: request, context: context,
                               titleText: certificate.number)
        }
        VerifyRoutes(office: office).add(to: router)
    }

    /// The level's name in the reader's language (from the signed certificate).
    private func level(_ certificate: NodStore.Certificate, _ language: Language) -> String {
        let document = try? JSONDecoder().decode(CertificateDocument.self, from: Data(certificate.document.utf8))
        return document?.scope.levelTitle?.text(language.rawValue) ?? certificate.level
    }
}
