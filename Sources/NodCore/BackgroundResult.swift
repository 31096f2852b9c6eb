import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Work started on a thread of its own now and collected later with `wait()`: `nod audit`
/// reads the bundle while it loads and compiles the rules, and the bundle reader hashes a
/// large archive while libarchive reads it. A dedicated thread, so waiting on it can never
/// starve a shared pool.
package final class BackgroundResult<Value: Sendable>: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let value = Mutex<Value?>(nil)

    package init(_ work: @escaping @Sendable () -> Value) {
        DetachedThread.start { [self] in
            let result = work()
            value.withLock { $0 = result }
            finished.signal()
        }
    }

    /// Blocks until the work is done and returns its result.
    package func wait() -> Value {
        finished.wait()
        return value.withLock { $0! }
    }
}

/// A plain POSIX thread: Foundation's `Thread` took over a millisecond to start its body
/// (measured in `nod audit`, where that millisecond is on the critical path).
enum DetachedThread {
    private final class Body: Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    static func start(_ run: @escaping @Sendable () -> Void) {
        let body = Unmanaged.passRetained(Body(run)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { context in
            Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, body)
        guard started == 0 else {
            // No thread to be had: run it here rather than never.
            Unmanaged<Body>.fromOpaque(body).takeRetainedValue().run()
            return
        }
        pthread_detach(thread)
    }
}
