import Foundation

/// Faults a test asks an isolated batch worker to suffer (`NOD_BATCH_WORKER_FAULT`), to show
/// that one bundle's trap, hang or runaway memory costs only that bundle. Each is
/// `kind:text`, and strikes on a bundle whose path contains `text`: `trap` stops the
/// process as a failed precondition would, `hang` never answers, `memory` allocates without
/// end. Unset (as for every user), there are none.
package struct WorkerFaults: Sendable {
    package var faults: [(kind: String, text: String)]

    package init(_ specification: String? = ProcessInfo.processInfo.environment["NOD_BATCH_WORKER_FAULT"]) {
        faults = (specification ?? "").split(separator: ",").compactMap { part in
            let pieces = part.split(separator: ":", maxSplits: 1)
            return pieces.count == 2 ? (String(pieces[0]), String(pieces[1])) : nil
        }
    }

    func strike(_ bundle: String) {
        for fault in faults where bundle.contains(fault.text) {
            switch fault.kind {
            case "trap":
                fatalError("a fault injected for a test (NOD_BATCH_WORKER_FAULT)")
            case "hang":
                while true { sleep(60) }
            case "memory":
                var hoard: [[UInt8]] = []
                while true { hoard.append([UInt8](repeating: 1, count: 64 << 20)) }
            default:
                continue
            }
        }
    }
}
