import Crypto
import Foundation
import NodCore

/// Report file names in a batch: the bundle's name without its archive extension, made safe
/// for a file name and unique (two bundles of the same name get a short hash of their path).
package enum ReportNames {
    /// The bundle's name without its archive extension, made safe for a file name; bundles
    /// whose bases are equal ignoring case compete for one report name.
    package static func base(of path: String) -> String {
        var name = (path as NSString).lastPathComponent
        for suffix in BundleFinder.archiveSuffixes where name.lowercased().hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
            break
        }
        return name.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" }.reduce(into: "") { $0.append($1) }
    }

    package static func assign(_ bundles: [String]) -> [String] {
        let bases = bundles.map(base(of:))
        // Names that would collide with each other, with the summaries, or be empty or hidden
        // get a short hash of the bundle's whole path; names are compared ignoring case, as some
        // file systems do.
        let counts = Dictionary(bases.map { ($0.lowercased(), 1) }, uniquingKeysWith: +)
        var taken = Set(["summary"])
        return zip(bundles, bases).map { path, base in
            var name = base
            var salt = 0
            while counts[name.lowercased(), default: 0] > 1 || name.isEmpty || name.hasPrefix(".") || taken.contains(name.lowercased()) {
                let hash = SHA256.hash(data: Data((salt == 0 ? path : "\(path)#\(salt)").utf8)).prefix(4).hexString
                name = base.isEmpty || base.hasPrefix(".") ? "bundle-\(hash)" : "\(base)-\(hash)"
                salt += 1
            }
            taken.insert(name.lowercased())
            return name
        }
    }
}
