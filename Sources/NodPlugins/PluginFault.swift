/// Why a plug-in's answer could not be used. Every fault kills the plug-in's process group;
/// the checks it owed become `error` results naming the plug-in and this cause.
package enum PluginFault: Error, Equatable, Sendable, CustomStringConvertible {
    case failedToStart(String)
    case timedOut(seconds: Double)
    case exited(status: Int32)
    case answerTooLarge(limit: Int)
    case malformed(String)
    case wrongID(expected: String, got: String)
    case refused(String)

    package var description: String {
        switch self {
        case .failedToStart(let why): "it could not be started: \(why)"
        case .timedOut(let seconds): "it did not answer within \(seconds) s"
        case .exited(let status): "it exited (status \(status))"
        case .answerTooLarge(let limit): "its answer was larger than the limit of \(limit / (1 << 20)) MiB"
        case .malformed(let why): "its answer was not a protocol message: \(why)"
        case .wrongID(let expected, let got): "it answered request '\(got)' when '\(expected)' was asked"
        case .refused(let why): "it refused the handshake: \(why)"
        }
    }
}
