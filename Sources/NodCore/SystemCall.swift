#if canImport(Glibc)
import Glibc
#endif

/// A system call that failed: its `errno`, and the system's words for it.
package struct SystemCallError: Error, Sendable, Equatable, CustomStringConvertible {
    package var code: Int32

    package init(code: Int32) {
        self.code = code
    }

    package var description: String { String(cString: strerror(code)) }
}

/// The one way nod makes a system call that reports failure through `errno` (as swift-nio
/// does): retried while a signal interrupts it (`EINTR`), any other failure thrown as a typed
/// error. Every read, write, poll and pread of nod goes through it.
package enum SystemCall {
    /// Calls `call` until it is not interrupted; a negative result is thrown with its `errno`.
    @discardableResult
    package static func retrying<Result: SignedInteger>(_ call: () -> Result) throws(SystemCallError) -> Result {
        while true {
            let result = call()
            if result >= 0 { return result }
            let code = errno
            if code != EINTR { throw SystemCallError(code: code) }
        }
    }

    /// Writes every byte of `bytes` to `descriptor`, however many calls it takes.
    package static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemCallError) {
        var offset = 0
        while offset < bytes.count {
            offset += try retrying { write(descriptor, bytes.baseAddress! + offset, bytes.count - offset) }
        }
    }
}
