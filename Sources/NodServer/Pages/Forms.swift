import Foundation
import Hummingbird

/// A URL-encoded form's fields, decoded by Hummingbird (small: the context's upload limit bounds the body), and the
/// CSRF check every form POST passes before anything else.
struct FormFields: Sendable {
    private let fields: [String: String]

    init(_ request: Request, context: OfficeRequestContext) async throws {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        // Hummingbird's decoder; a body it cannot read is a form with no fields (so its CSRF
        // check fails and the visitor gets the plain "form out of date" page).
        fields = (try? URLEncodedFormDecoder().decode([String: String].self, from: String(buffer: buffer))) ?? [:]
    }

    subscript(_ name: String) -> String? { fields[name] }

    /// Whether the form carries this visitor's CSRF token.
    func hasValidToken(_ context: OfficeRequestContext) -> Bool {
        CSRF.matches(fields["csrf"], context.visitor.csrfToken)
    }
}
