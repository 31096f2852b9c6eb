import Foundation
package import NodCore

extension LocalDate {
    /// Today's date in the local calendar: the audit date when none is given.
    package static var today: LocalDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? LocalDate(year: 1970, month: 1, day: 1)!
    }
}
