import Foundation
import Hummingbird

/// A URL-encoded form's fields (small: the context's upload limit bounds the body), and the
/// CSRF check every form POST passes before anything else.
struct FormFields: Sendable {
    private let fields: [String: String]

    init(_ request: Request, context: OfficeRequestContext) async throws {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        var fields: [String: String] = [:]
        for pair in String(buffer: buffer).split(separator: "&").prefix(64) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            guard let name = parts.first else { continue }
            fields[decode(name)] = parts.count > 1 ? decode(parts[1]) : ""
        }
        self.fields = fields
    }

    subscript(_ name: String) -> String? { fields[name] }

    /// Whether the form carries this visitor's CSRF token.
    func hasValidToken(_ context: OfficeRequestContext) -> Bool {
        CSRF.matches(fields["csrf"], context.visitor.csrfToken)
    }
}
