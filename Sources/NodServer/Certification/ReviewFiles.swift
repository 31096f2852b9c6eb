import Foundation

/// Where a submission's review is written for its audit: `DATA/reviews/ID.attestations.yaml`
/// and `ID.waivers.yaml`, the files `nod audit --attestations/--waivers` read. The ledger holds
/// the same text; these copies exist so that the audit worker reads them as any audit would.
struct ReviewFiles {
    let attestations: URL
    let waivers: URL

    init(folder: URL, submission publicID: String) {
        attestations = folder.appendingPathComponent("\(publicID).attestations.yaml")
        waivers = folder.appendingPathComponent("\(publicID).waivers.yaml")
    }

    var existingAttestations: String? { FileManager.default.fileExists(atPath: attestations.path) ? attestations.path : nil }
    var existingWaivers: String? { FileManager.default.fileExists(atPath: waivers.path) ? waivers.path : nil }

    /// Writes the review's text (an empty text removes the file), atomically.
    func write(attestations attestationsText: String, waivers waiversText: String) throws {
        try FileManager.default.createDirectory(at: attestations.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        for (text, url) in [(attestationsText, attestations), (waiversText, waivers)] {
            if text.isEmpty {
                try? FileManager.default.removeItem(at: url)
            } else {
                try Data(text.utf8).write(to: url, options: .atomic)
            }
        }
    }
}
