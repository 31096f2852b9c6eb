import Foundation

/// Blocking work (an audit child's answer, reading a bundle) on a thread of its own, so that it
/// never holds one of the server's event loops or the concurrency pool's few threads.
enum OffLoop {
    static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
