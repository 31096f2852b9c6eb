import Synchronization

/// Rung when an upload joins the queue, so that an idle audit worker starts at once instead
/// of at its next look at the ledger (and looks seldom while nothing comes).
final class QueueBell: Sendable {
    private let rings = Atomic<Int>(0)

    func ring() { rings.add(1, ordering: .relaxed) }

    /// Waits until the bell rings or `longest` passes, looking every few milliseconds.
    func wait(longest: Duration) async {
        let before = rings.load(ordering: .relaxed)
        let clock = ContinuousClock(), end = clock.now + longest
        while rings.load(ordering: .relaxed) == before, clock.now < end, !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(10))
        }
    }
}
