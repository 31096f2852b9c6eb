import Foundation
import Hummingbird
import Mustache
import NodCore
import NodStore

/// What the layout needs on every page, around the page's own `content`.
struct PageModel<Content> {
    struct AccountModel { let email: String; let isAdmin: Bool }
    let t: [String: String]
    let lang: String
    let otherLang: String
    let switchURL: String
    let title: String
    let csrf: String
    let account: AccountModel?
    let refresh: Bool
    let content: Content
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
        let visitor = context.visitor
        let words = SiteText.words(visitor.language)
        let other: Language = visitor.language == .cy ? .en : .cy
        let here = request.uri.path + (request.uri.query.map { "?\($0)" } ?? "")
        let model = PageModel(
            t: words, lang: visitor.language.rawValue, otherLang: other.rawValue,
            switchURL: "/language/\(other.rawValue)?next=\(Self.percentEncoded(here))",
            title: titleText ?? words[key] ?? key, csrf: visitor.csrfToken,
            account: visitor.account.map { .init(email: $0.email, isAdmin: $0.role == .admin) },
            refresh: refresh, content: content)
        let html = templates.render(model, withTemplate: template) ?? ""
        var response = Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
        response.headers[.contentLanguage] = visitor.language.rawValue
        return response
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

