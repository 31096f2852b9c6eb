import Foundation
import Synchronization

/// Slows guessing: a few failed sign-ins for one account, or more from one address, within a
/// window and that account or address must wait for the window to pass.
final class LoginThrottle: Sendable {
    let window: TimeInterval
    let perAccount: Int
    let perAddress: Int
    private let failures = Mutex<[String: [Date]]>([:])

    init(window: TimeInterval = 15 * 60, perAccount: Int = 5, perAddress: Int = 20) {
        self.window = window
        self.perAccount = perAccount
        self.perAddress = perAddress
    }

    /// Whether a sign-in for `email` from `address` may be tried now.
    func allows(email: String, address: String, now: Date = Date()) -> Bool {
        failures.withLock { table in
            Self.recent(table["account:\(email.lowercased())"], since: now - window) < perAccount
                && Self.recent(table["address:\(address)"], since: now - window) < perAddress
        }
    }

    func failed(email: String, address: String, now: Date = Date()) {
        failures.withLock { table in
            for key in ["account:\(email.lowercased())", "address:\(address)"] {
                table[key, default: []].removeAll { $0 < now - window }
                table[key, default: []].append(now)
            }
            // Forget what is past the window, so the table cannot grow without end.
            if table.count > 10_000 { table = table.filter { $0.value.contains { $0 >= now - window } } }
        }
    }

    func succeeded(email: String) {
        _ = failures.withLock { $0.removeValue(forKey: "account:\(email.lowercased())") }
    }

    private static func recent(_ times: [Date]?, since: Date) -> Int { times?.count { $0 >= since } ?? 0 }
}
