import Crypto
import Foundation
import NodCore

/// Report file names in a batch: the bundle's name without its archive extension, made safe
/// for a file name and unique (two bundles of the same name get a short hash of their path).
package enum ReportNames {
    package static func assign(_ bundles: [String]) -> [String] {
        let bases = bundles.map { path -> String in
            var name = (path as NSString).lastPathComponent
            for suffix in BundleFinder.archiveSuffixes where name.lowercased().hasSuffix(suffix) {
                name = String(name.dropLast(suffix.count))
                break
            }
            return name.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" }.reduce(into: "") { $0.append($1) }
        }
        let counts = Dictionary(bases.map { ($0, 1) }, uniquingKeysWith: +)
        return zip(bundles, bases).map { path, base in
            guard counts[base, default: 0] > 1 else { return base }
            let hash = SHA256.hash(data: Data(path.utf8)).prefix(4).hexString
            return "\(base)-\(hash)"
        }
    }
}
