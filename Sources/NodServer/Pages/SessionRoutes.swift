import Foundation
import Logging
import HTTPTypes
import Hummingbird
import NIOCore
import NodCore
import NodStore

/// Signing in and out, the first administrator, and the language switch.
struct SessionRoutes {
    let office: Office

    struct SignInContent { let error: String?; let email: String }
    struct FirstRunContent { let dataFolder: String; let formAllowed: Bool; let error: String? }

    func add(to router: Router<OfficeRequestContext>) {
        router.get("/") { request, context in try await home(request, context) }
        router.get("/sign-in") { request, context in
            if try await office.ledger.accountCount() == 0 { return Office.redirect("/setup") }
            return office.page("sign-in", title: "signIn", content: SignInContent(error: nil, email: ""), request: request, context: context)
        }
        router.post("/sign-in") { request, context in try await signIn(request, context) }
        router.post("/sign-out") { request, context in
            let form = try await FormFields(request, context: context)
            guard form.hasValidToken(context) else { return office.staleForm(request, context) }
            if let token = context.visitor.sessionToken { try await office.ledger.endSession(token: token) }
            var response = Office.redirect("/sign-in")
            response.setCookie(office.cookie(Identify.sessionCookie, "", request: request, maxAge: 0))
            return response
        }
        router.get("/setup") { request, context in
            guard try await office.ledger.accountCount() == 0 else { return Office.redirect("/") }
            return firstRun(request, context, error: nil)
        }
        router.post("/setup") { request, context in try await setUp(request, context) }
        router.get("/language/:language") { request, context in
            let language = context.parameters.get("language").flatMap(Language.init(rawValue:)) ?? .en
            var next = request.uri.queryParameters.get("next") ?? "/"
            // Only a path on this site: never `//host` or a scheme.
            if !next.hasPrefix("/") || next.hasPrefix("//") || next.contains("\\") { next = "/" }
            var response = Office.redirect(next)
            response.setCookie(office.cookie(Identify.languageCookie, language.rawValue, request: request, maxAge: 365 * 24 * 3600))
            return response
        }
    }

    private func home(_ request: Request, _ context: OfficeRequestContext) async throws -> Response {
        if try await office.ledger.accountCount() == 0 { return firstRun(request, context, error: nil) }
        guard let account = context.visitor.account else { return Office.redirect("/sign-in") }
        if account.role == .coOp, let id = account.organisationID, let organisation = try await office.ledger.organisation(id: id) {
            return Office.redirect("/organisations/\(organisation.publicID)")
        }
        return try await OrganisationRoutes(office: office).list(request, context)
    }

    private func firstRun(_ request: Request, _ context: OfficeRequestContext, error: String?) -> Response {
        office.page("first-run", title: "firstRunTitle",
                    content: FirstRunContent(dataFolder: office.configuration.data.path, formAllowed: isDirectLoopback(request, context), error: error),
                    request: request, context: context)
    }

    /// The first-run form is only for someone at the server itself: a loopback peer, no proxy
    /// configured, and no forwarding header (behind a proxy every request looks local).
    private func isDirectLoopback(_ request: Request, _ context: OfficeRequestContext) -> Bool {
        guard !office.configuration.behindProxy, request.headers[HTTPField.Name("X-Forwarded-For")!] == nil,
              request.headers[HTTPField.Name("Forwarded")!] == nil else { return false }
        let peer = context.peer
        return peer == "127.0.0.1" || peer == "::1" || peer.hasPrefix("127.")
    }

    private func setUp(_ request: Request, _ context: OfficeRequestContext) async throws -> Response {
        let form = try await FormFields(request, context: context)
        guard form.hasValidToken(context) else { return office.staleForm(request, context) }
        guard try await office.ledger.accountCount() == 0, isDirectLoopback(request, context) else {
            return office.message("forbiddenTitle", ["firstRunIntro"], status: .forbidden, request: request, context: context)
        }
        do {
            let id = try await office.ledger.addAccount(email: form["email"] ?? "", password: form["password"] ?? "", role: .admin)
            return try await startSession(accountID: id, request: request)
        } catch let error as AccountError {
            return firstRun(request, context, error: AccountMessages.text(error, context.visitor.language))
        }
    }

    private func signIn(_ request: Request, _ context: OfficeRequestContext) async throws -> Response {
        let form = try await FormFields(request, context: context)
        guard form.hasValidToken(context) else { return office.staleForm(request, context) }
        let email = (form["email"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let words = SiteText.words(context.visitor.language)
        guard office.throttle.allows(email: email, address: context.peer) else {
            office.logger.warning("sign-in throttled", metadata: ["peer": "\(context.peer)"])
            return office.page("sign-in", title: "signIn", content: SignInContent(error: words["tooManyAttempts"], email: email),
                               request: request, context: context, status: .tooManyRequests)
        }
        guard try await office.ledger.verifyPassword(email: email, password: form["password"] ?? ""),
              let account = try await office.ledger.account(email: email) else {
            office.throttle.failed(email: email, address: context.peer)
            return office.page("sign-in", title: "signIn", content: SignInContent(error: words["signInFailed"], email: email),
                               request: request, context: context, status: .unauthorized)
        }
        office.throttle.succeeded(email: email)
        return try await startSession(accountID: account.id, request: request)
    }

    private func startSession(accountID: Int, request: Request) async throws -> Response {
        let (token, _) = try await office.ledger.startSession(accountID: accountID)
        var response = Office.redirect("/")
        response.setCookie(office.cookie(Identify.sessionCookie, token, request: request, maxAge: Int(Ledger.sessionLifetime)))
        return response
    }
}

/// Why an account could not be made, in the reader's language.
enum AccountMessages {
    static func text(_ error: AccountError, _ language: Language) -> String {
        let text: LocalizedText = switch error {
        case .badEmail: .init(en: "Enter an email address in the right form, like name@example.coop.",
                              cy: "Rhowch gyfeiriad e-bost yn y ffurf gywir, fel enw@enghraifft.coop.")
        case .weakPassword(let minimum): .init(en: "The password must have at least \(minimum) characters.",
                                               cy: "Rhaid i’r cyfrinair gael o leiaf \(minimum) nod.")
        case .exists: .init(en: "There is already an account for this email address.", cy: "Mae cyfrif eisoes ar gyfer y cyfeiriad e-bost hwn.")
        case .organisationNeeded: .init(en: "Choose the organisation a co-op account belongs to.",
                                        cy: "Dewiswch y sefydliad y mae cyfrif cwmni cydweithredol yn perthyn iddo.")
        case .organisationNotAllowed: .init(en: "Only a co-op account belongs to an organisation: choose “None”.",
                                            cy: "Dim ond cyfrif cwmni cydweithredol sy’n perthyn i sefydliad: dewiswch “Dim”.")
        }
        return text.text(language.rawValue)
    }
}
