import Foundation

/// `--shard K/N`: a stable 1/N of the bundles, chosen by a hash (FNV-1a) of each bundle's
/// report name before it is made unique (`ReportNames.base`, ignoring case), so the same
/// bundle lands in the same shard on every machine and every run, and bundles that compete
/// for one report name share a shard: each shard names its reports as one machine would, and
/// `nod batch merge` gives the one machine's summary.
package struct Shard: Sendable, Equatable {
    package let index: Int
    package let count: Int

    package init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    package func contains(_ path: String) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in ReportNames.base(of: path).lowercased().utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int(hash % UInt64(count)) == index - 1
    }
}
