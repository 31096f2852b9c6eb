package import Foundation
import NodCore
#if canImport(Glibc)
import Glibc
#endif

/// Writing to a plug-in that has died must be an error, not a SIGPIPE that kills nod.
private let brokenPipesIgnored: Bool = {
    signal(SIGPIPE, SIG_IGN)
    return true
}()

/// One running child process — a plug-in, or an isolated batch worker: its own process group (so killing it kills its children too), pipes
/// to its stdin and stdout, and its stderr drained into a bounded buffer for the log.
///
/// The only place in NodPlugins that makes raw system calls.
package final class PluginProcess {
    package let pid: pid_t
    private let input: Int32
    private let output: Int32
    private let errors: Int32
    private var pending = Data()
    /// Where each read lands: one buffer for the process's life, not one per read.
    private var readBuffer = [UInt8](repeating: 0, count: 64 * 1024)
    package private(set) var stderrText = Data()
    private var reaped = false
    static let stderrLimit = 64 * 1024

    /// Starts `argv` in `directory` (relative programs resolve there).
    package init(argv: [String], directory: String) throws(PluginFault) {
        _ = brokenPipesIgnored
        guard !argv.isEmpty else { throw .failedToStart("run: is empty") }
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0], errChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0, pipe(&errChild) == 0 else {
            throw .failedToStart(String(cString: strerror(errno)))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errChild[1], 2)
        for fd in toChild + fromChild + errChild { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // `cd` through the shell so the plug-in runs in its own folder; `exec` keeps one process.
        let shellArguments = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory] + argv
        var cArguments = shellArguments.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, "/bin/sh", &actions, &attributes, &cArguments, environ)
        close(toChild[0]); close(fromChild[1]); close(errChild[1])
        guard status == 0 else {
            close(toChild[1]); close(fromChild[0]); close(errChild[0])
            throw .failedToStart(String(cString: strerror(status)))
        }
        pid = child
        input = toChild[1]
        output = fromChild[0]
        errors = errChild[0]
        for fd in [output, errors] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        _ = fcntl(input, F_SETFD, FD_CLOEXEC)
        _ = fcntl(output, F_SETFD, FD_CLOEXEC)
        _ = fcntl(errors, F_SETFD, FD_CLOEXEC)
    }

    deinit {
        kill()
        close(input); close(output); close(errors)
    }

    /// Writes one line (the newline is added).
    package func send(_ line: Data) throws(PluginFault) {
        var bytes = line
        bytes.append(0x0A)
        let failed: Bool = bytes.withUnsafeBytes { buffer in
            (try? SystemCall.writeAll(input, buffer)) == nil
        }
        if failed { throw .exited(status: reapSoon()) }
    }

    /// The next line of stdout, waiting at most `timeout`; refuses a line over `limit` bytes.
    package func readLine(timeout: Duration, limit: Int) throws(PluginFault) -> Data {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = pending[pending.startIndex..<newline]
                pending.removeSubrange(pending.startIndex...newline)
                return Data(line)
            }
            if pending.count > limit { throw .answerTooLarge(limit: limit) }
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { throw .timedOut(seconds: Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18) }
            var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0), pollfd(fd: errors, events: Int16(POLLIN), revents: 0)]
            let milliseconds = Int32(min(1000, max(1, remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000)))
            do {
                try SystemCall.retrying { poll(&fds, 2, milliseconds) }
            } catch {
                throw .malformed(error.description)
            }
            if fds[1].revents != 0 { drainErrors() }
            if fds[0].revents & Int16(POLLIN) != 0 {
                if try readAvailable() == 0 { throw .exited(status: reapSoon()) }
            } else if fds[0].revents & Int16(POLLHUP | POLLERR) != 0 {
                throw .exited(status: reapSoon())
            }
        }
    }

    /// The exit status of a child that closed its output, waiting up to 200 ms for it to end.
    private func reapSoon() -> Int32 {
        for _ in 0..<20 {
            if let status = reap() { return status }
            usleep(10_000)
        }
        return -1
    }

    /// Reads what stdout has now; 0 means end of file.
    private func readAvailable() throws(PluginFault) -> Int {
        let count: Int
        do {
            count = try readBuffer.withUnsafeMutableBytes { buffer throws(SystemCallError) in
                try SystemCall.retrying { read(output, buffer.baseAddress, buffer.count) }
            }
        } catch {
            return (error as? SystemCallError)?.code == EAGAIN ? -1 : 0
        }
        pending.append(contentsOf: readBuffer[0..<count])
        return count
    }

    private func drainErrors() {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            guard let count = try? SystemCall.retrying({ read(errors, &buffer, buffer.count) }), count > 0 else { return }
            if stderrText.count < Self.stderrLimit { stderrText.append(contentsOf: buffer[0..<min(count, Self.stderrLimit - stderrText.count)]) }
        }
    }

    /// Kills the whole process group and reaps the child.
    package func kill() {
        guard !reaped else { return }
        _ = Glibc.kill(-pid, SIGKILL)
        _ = reap(blocking: true)
    }

    /// The exit status once the child has ended, or `nil` if it is still running.
    @discardableResult
    private func reap(blocking: Bool = false) -> Int32? {
        if reaped { return nil }
        var status: Int32 = 0
        let result = waitpid(pid, &status, blocking ? 0 : WNOHANG)
        guard result == pid else { return nil }
        reaped = true
        drainErrors()
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -(status & 0x7f)
    }

    /// Processes of the group `pid` that are still running (zombies waiting to be reaped by
    /// init do not count), read from /proc; for tests.
    static func livingMembers(ofGroup pid: pid_t) -> Int {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { entry in
            guard entry.allSatisfy(\.isNumber), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 3 && fields[0] != "Z" && fields[2] == "\(pid)"
        }.count
    }
}
