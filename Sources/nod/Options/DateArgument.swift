import ArgumentParser
import NodCore

/// A date given on the command line (`--date`, `--period-start`): `YYYY-MM-DD`, within the
/// dates evidence may carry, or a usage error naming the option.
enum DateArgument {
    static func validate(_ text: String?, option: String) throws {
        guard let text else { return }
        guard let date = LocalDate(iso8601: text) else {
            throw ValidationError("\(option) '\(text)' is not a calendar date in the form YYYY-MM-DD")
        }
        guard LocalDate.plausible.contains(date) else {
            throw ValidationError("\(option) \(text) is outside the dates nod accepts (\(LocalDate.plausible.lowerBound) to \(LocalDate.plausible.upperBound))")
        }
    }
}
