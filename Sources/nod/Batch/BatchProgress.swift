import Foundation
import Synchronization

/// "done / total, rate, ETA, failures" on a terminal; nothing but the closing line otherwise.
final class BatchProgress: Sendable {
    private struct Counts {
        var done = 0
        var rejected = 0
    }

    private let counts = Mutex(Counts())
    private let total: Int
    private let isTerminal: Bool
    private let started = ContinuousClock.now

    init(total: Int, isTerminal: Bool) {
        self.total = total
        self.isTerminal = isTerminal
    }

    private var seconds: Double {
        let elapsed = (ContinuousClock.now - started).components
        return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    }

    func advance(rejected failed: Bool) {
        counts.withLock { counts in
            counts.done += 1
            if failed { counts.rejected += 1 }
            guard isTerminal else { return }
            let rate = Double(counts.done) / max(0.001, seconds)
            let eta = rate > 0 ? Double(total - counts.done) / rate : 0
            FileHandle.standardError.write(Data(String(format: "\r[%d/%d] %.1f bundles/s, ETA %.0f s, %d rejected   ",
                                                       counts.done, total, rate, eta, counts.rejected).utf8))
        }
    }

    func finish(_ line: String) {
        if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        FileHandle.standardError.write(Data((line + String(format: " in %.1f s\n", seconds)).utf8))
    }
}
