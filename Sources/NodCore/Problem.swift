/// Something wrong with one piece of evidence, found while reading it, with where it is.
///
/// A problem is data, not a failure to run: the bundle is still read, and the rules that
/// need that file turn its problems into `error` or `not-evidenced` results. Only an
/// unreadable archive or a bad manifest rejects a bundle, and that is a thrown error.
package struct Problem: Error, Hashable, Sendable, CustomStringConvertible, Comparable {
    /// Whether the file could still be used.
    package enum Scope: String, Hashable, Sendable, Codable {
        /// The whole file could not be read; nothing in it is used.
        case file
        /// One record (a CSV row, a list item) was left out; the rest of the file is used.
        case record
        /// A note that changes nothing that was read (an unknown column, an unused file).
        case note
    }

    /// A stable code that scripts and tests can match (`csv.unterminated-quote`).
    package var code: String
    package var location: FileLocation
    package var message: String
    package var scope: Scope

    package init(code: String, location: FileLocation, message: String, scope: Scope) {
        self.code = code
        self.location = location
        self.message = message
        self.scope = scope
    }

    /// `file:line:column: message`
    package var description: String { "\(location): \(message)" }

    package static func < (lhs: Problem, rhs: Problem) -> Bool {
        (lhs.location, lhs.code, lhs.message) < (rhs.location, rhs.code, rhs.message)
    }
}
