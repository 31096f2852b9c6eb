import NodAudit
import NodCore
import Synchronization

/// The certification cycle's today, a dependency of the office rather than the wall clock:
/// `nod serve --date` fixes it, and a test moves it on to run three years of a certificate in
/// seconds. Without either, it is the calendar's date.
final class OfficeClock: Sendable {
    private let fixed: Mutex<LocalDate?>

    init(_ date: LocalDate?) { fixed = Mutex(date) }

    var today: LocalDate { fixed.withLock { $0 } ?? .today }

    /// Moves the cycle to `date` (tests).
    func set(_ date: LocalDate) { fixed.withLock { $0 = date } }
}
