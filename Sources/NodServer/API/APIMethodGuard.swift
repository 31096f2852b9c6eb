import Hummingbird

/// An API address asked with a method it does not answer gets 405 with `Allow`, as HTTP
/// says, rather than 404 (which would claim the address does not exist).
struct APIMethodGuard: RouterMiddleware {
    typealias Context = OfficeRequestContext

    /// Each API address, as a pattern of segments (`*` is an id), and the methods it answers.
    static let routes: [(segments: [String], methods: Set<HTTPRequest.Method>)] = [
        (["api", "openapi.json"], [.get, .head]),
        (["api", "organisations"], [.get, .head]),
        (["api", "submissions"], [.get, .head]),
        (["api", "organisations", "*", "submissions"], [.post]),
        (["api", "submissions", "*"], [.get, .head, .delete]),
        (["api", "submissions", "*", "report"], [.get, .head]),
        (["api", "portfolio"], [.get, .head]),
    ]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard path.hasPrefix("/api/") else { return try await next(request, context) }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        if let route = Self.routes.first(where: { Self.matches($0.segments, segments) }), !route.methods.contains(request.method) {
            var response = APIRoutes.error(.methodNotAllowed, "\(request.method.rawValue) is not allowed here", code: "method-not-allowed")
            response.headers[.allow] = route.methods.map(\.rawValue).sorted().joined(separator: ", ")
            return response
        }
        return try await next(request, context)
    }

    static func matches(_ pattern: [String], _ segments: [String]) -> Bool {
        pattern.count == segments.count && zip(pattern, segments).allSatisfy { $0 == "*" || $0 == $1 }
    }
}
