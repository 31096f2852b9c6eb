import Foundation
import HTTPTypes
import Hummingbird
import NodCore
import NodStore

/// Works out who is asking before any route runs: the language (the reader's choice in a
/// cookie, else `Accept-Language`), the session from its cookie, or, for `/api/`, the account
/// an API token belongs to. A stale or unknown cookie is simply no session.
struct Identify: RouterMiddleware {
    typealias Context = OfficeRequestContext
    let office: Office

    static let sessionCookie = "nod-session"
    static let languageCookie = "nod-lang"
    static let csrfCookie = "nod-csrf"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let cookies = request.cookies
        if let chosen = cookies[Self.languageCookie].flatMap({ Language(rawValue: $0.value) }) {
            context.visitor.language = chosen
        } else {
            context.visitor.language = AcceptLanguage.preferred(request.headers[.acceptLanguage])
        }
        if request.uri.path.hasPrefix("/api/") {
            if let authorization = request.headers[.authorization], authorization.hasPrefix("Bearer ") {
                let secret = String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces)
                if let id = try await office.ledger.accountID(apiToken: secret) {
                    context.visitor.account = try await office.ledger.account(id: id)
                    context.visitor.byAPIToken = true
                }
            }
        } else if let token = cookies[Self.sessionCookie]?.value, let (session, account) = try await office.ledger.sessionAndAccount(token: token) {
            context.visitor.session = session
            context.visitor.sessionToken = token
            context.visitor.account = account
        }
        if context.visitor.session == nil {
            if let existing = cookies[Self.csrfCookie]?.value, existing.isLowercaseHex(digits: 64) {
                context.visitor.anonymousCSRF = existing
            } else {
                context.visitor.anonymousCSRF = CSRF.newToken()
                context.visitor.setAnonymousCSRF = true
            }
        }
        var response = try await next(request, context)
        if context.visitor.setAnonymousCSRF, let token = context.visitor.anonymousCSRF, response.headers[.setCookie] == nil {
            response.setCookie(office.cookie(Self.csrfCookie, token, request: request, maxAge: nil))
        }
        return response
    }
}

/// The token a form carries, compared in constant time.
enum CSRF {
    static func newToken() -> String { .randomHex(bytes: 32) }

    static func matches(_ sent: String?, _ expected: String) -> Bool {
        guard let sent, !expected.isEmpty, sent.utf8.count == expected.utf8.count else { return false }
        return zip(sent.utf8, expected.utf8).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension Office {
    /// A cookie as the office sets them: HttpOnly, SameSite=Lax, path `/`, and `Secure` when
    /// the page came over TLS (a proxy in front says so with `X-Forwarded-Proto: https`).
    func cookie(_ name: String, _ value: String, request: Request, maxAge: Int?) -> Cookie {
        let secure = configuration.behindProxy && request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https"
        return Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }
}
