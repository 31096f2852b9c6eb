import Foundation
import NodReport
import Synchronization

/// Markup rendered for the pages, kept a while (reports, and submission pages' own parts): a stored report never changes, so the same
/// submission in the same language renders the same fragment, and decoding and rendering it
/// again for every reader would cost most of a page's time. Bounded: the oldest goes first.
final class FragmentCache<Value: Sendable>: Sendable {
    private struct Entry { var html: Value; var used: UInt64 }
    private let entries = Mutex<(table: [String: Entry], tick: UInt64)>(([:], 0))
    let capacity: Int

    init(capacity: Int = 64) { self.capacity = capacity }

    /// The fragment for `key`, made by `render` when not kept (or `nil` when it cannot be made).
    func fragment(_ key: String, render: () -> Value?) -> Value? {
        if let hit = entries.withLock({ state -> Value? in
            state.tick += 1
            guard var entry = state.table[key] else { return nil }
            entry.used = state.tick
            state.table[key] = entry
            return entry.html
        }) { return hit }
        guard let html = render() else { return nil }
        entries.withLock { state in
            state.tick += 1
            if state.table.count >= capacity, let oldest = state.table.min(by: { $0.value.used < $1.value.used })?.key {
                state.table.removeValue(forKey: oldest)
            }
            state.table[key] = Entry(html: html, used: state.tick)
        }
        return html
    }

    /// Forgets a submission's fragments (it was deleted).
    func forget(_ publicID: String) {
        entries.withLock { state in state.table = state.table.filter { !$0.key.hasPrefix(publicID) } }
    }
}
