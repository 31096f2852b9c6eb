import Foundation
import Hummingbird
import Mustache
import NodCore
import NodStore

/// What the layout needs on every page, around the page's own `content`. It names its own
/// children for the templates (`MustacheParent`): the layout looks up a score of them per
/// page, and reflection would cost more than the rest of the page.
struct PageModel: MustacheParent {
    struct AccountModel: MustacheParent {
        let email: String
        let isAdmin: Bool
        let isCertifier: Bool
        let mayViewPortfolio: Bool

        func child(named name: String) -> Any? {
            switch name {
            case "email": email
            case "isAdmin": isAdmin
            case "isCertifier": isCertifier
            case "mayViewPortfolio": mayViewPortfolio
            default: nil
            }
        }
    }
    let t: [String: String]
    let lang: String
    let otherLang: String
    let switchURL: String
    let title: String
    let csrf: String
    let account: AccountModel?
    let refresh: Bool
    /// The page's own content, reflected once (`ReflectedValue`).
    let content: Any?

    func child(named name: String) -> Any? {
        switch name {
        case "t": t
        case "lang": lang
        case "otherLang": otherLang
        case "switchURL": switchURL
        case "title": title
        case "csrf": csrf
        case "account": account
        case "refresh": refresh
        case "content": content
        default: nil
        }
    }
}

/// A page's short message (not found, refused, too large) in the visitor's language.
struct MessageContent {
    let heading: String
    let lines: [String]
    let backURL: String
}

extension Office {
    /// Renders `template` inside the layout for this visitor.
    func page<Content>(_ template: String, title key: String, content: Content, request: Request, context: OfficeRequestContext,
                       status: HTTPResponse.Status = .ok, refresh: Bool = false, titleText: String? = nil) -> Response {
        let html = render(template, title: key, content: content, request: request, context: context, refresh: refresh, titleText: titleText)
        var response = Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
        response.headers[.contentLanguage] = context.visitor.language.rawValue
        return response
    }

    /// The markup of `template` for this visitor; `csrf` replaces the visitor's token (a
    /// placeholder, when the markup is cached and the token put in per request).
    func render<Content>(_ template: String, title key: String, content: Content, request: Request, context: OfficeRequestContext,
                         refresh: Bool = false, titleText: String? = nil, csrf: String? = nil) -> String {
        let visitor = context.visitor
        let words = SiteText.words(visitor.language)
        let other: Language = visitor.language == .cy ? .en : .cy
        let here = request.uri.path + (request.uri.query.map { "?\($0)" } ?? "")
        let model = PageModel(
            t: words, lang: visitor.language.rawValue, otherLang: other.rawValue,
            switchURL: "/language/\(other.rawValue)?next=\(Self.percentEncoded(here))",
            title: titleText ?? words[key] ?? key, csrf: csrf ?? visitor.csrfToken,
            account: visitor.account.map { .init(email: $0.email, isAdmin: $0.role == .admin, isCertifier: $0.role == .certifier,
                                                 mayViewPortfolio: PortfolioRoutes.mayView($0.role)) },
            refresh: refresh, content: ReflectedValue.wrap(content))
        return templates.render(model, withTemplate: template) ?? ""
    }

    /// A plain page saying what happened and what to do.
    func message(_ heading: String, _ lines: [String], status: HTTPResponse.Status, request: Request, context: OfficeRequestContext,
                 back: String = "/") -> Response {
        let words = SiteText.words(context.visitor.language)
        return page("message", title: heading, content: MessageContent(heading: words[heading] ?? heading, lines: lines.map { words[$0] ?? $0 }, backURL: back),
                    request: request, context: context, status: status)
    }

    func notFound(_ request: Request, _ context: OfficeRequestContext) -> Response {
        message("notFoundTitle", ["notFoundText"], status: .notFound, request: request, context: context)
    }

    func staleForm(_ request: Request, _ context: OfficeRequestContext) -> Response {
        message("forbiddenTitle", ["csrfText"], status: .forbidden, request: request, context: context)
    }

    /// A redirect after a form (303: the browser follows with GET).
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~/"))) ?? ""
    }

    /// A date as pages show it (UTC, to the minute): the same for every reader.
    static func shortDate(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02d %02d:%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
                      Int(parts.tm_hour), Int(parts.tm_min))
    }
}

