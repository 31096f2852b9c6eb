import HTTPTypes
import Hummingbird

/// Headers on every answer: a strict Content-Security-Policy (styles and images from the
/// office only, no script at all, no framing), no MIME sniffing, no referrer leaving the site,
/// and no caching of pages that hold personal data.
struct SecurityHeaders: RouterMiddleware {
    typealias Context = OfficeRequestContext

    static let policy = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("Permissions-Policy")!] = "camera=(), microphone=(), geolocation=()"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

/// Times every request for `/metrics`.
struct RequestTiming: RouterMiddleware {
    typealias Context = OfficeRequestContext
    let metrics: OfficeMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let clock = ContinuousClock(), start = clock.now
        defer { metrics.requestTook(clock.now - start) }
        return try await next(request, context)
    }
}
