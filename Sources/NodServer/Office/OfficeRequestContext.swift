import Hummingbird
import NIOCore
import NodCore
import NodStore

/// Who is asking, as the office has worked it out from the request: their account (by
/// session cookie or API token), their session, and the language they read.
struct Visitor: Sendable {
    var account: Account?
    var session: Session?
    /// The cookie's token, to end the session on sign-out.
    var sessionToken: String?
    /// The token that guards forms sent before signing in (a cookie of its own).
    var anonymousCSRF: String?
    /// Whether the anonymous CSRF cookie must be set on the response.
    var setAnonymousCSRF = false
    var language: Language = .en
    /// Whether the account was found by API token (scripts) rather than by session (pages).
    var byAPIToken = false

    /// The token every form of this visitor's pages carries.
    var csrfToken: String { session?.csrfToken ?? anonymousCSRF ?? "" }
}

/// The request context of every route: Hummingbird's own, plus the peer's address (for
/// throttling and the loopback-only first-run form) and the visitor.
struct OfficeRequestContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?
    var visitor = Visitor()

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// Forms are small; uploads are streamed by their own handler, not collected.
    var maxUploadSize: Int { 64 << 10 }

    /// The peer's address as text (`127.0.0.1`), for throttling and logs.
    var peer: String { remoteAddress?.ipAddress ?? "unknown" }
}
