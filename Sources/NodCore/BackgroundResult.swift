import Foundation
import Synchronization

/// Work started on a thread of its own now and collected later with `wait()`: `nod audit`
/// reads the bundle while it loads and compiles the rules, and the bundle reader hashes a
/// large archive while libarchive reads it. A dedicated thread, so waiting on it can never
/// starve a shared pool.
public final class BackgroundResult<Value: Sendable>: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let value = Mutex<Value?>(nil)

    public init(_ work: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            let result = work()
            value.withLock { $0 = result }
            finished.signal()
        }
    }

    /// Blocks until the work is done and returns its result.
    public func wait() -> Value {
        finished.wait()
        return value.withLock { $0! }
    }
}
