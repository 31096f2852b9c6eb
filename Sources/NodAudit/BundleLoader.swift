package import Logging
package import NodArchive
package import NodCore
package import NodEvidence
import NodReport
package import NodYAML

/// Reads a bundle and its evidence the one way every front end does: the limits, the archive
/// or folder reader, the evidence loader, and the refusal a person can act on.
package struct BundleLoader: Sendable {
    package let bundleLimits: BundleLimits
    package let yamlLimits: YAMLLimits
    package let logger: Logger
    /// Whether the evidence may be read on two threads (one audit; never a batch's workers).
    package var concurrent = false

    package init(bundleLimits: BundleLimits = .default, yamlLimits: YAMLLimits = .default, logger: Logger, concurrent: Bool = false) {
        self.bundleLimits = bundleLimits
        self.yamlLimits = yamlLimits
        self.logger = logger
        self.concurrent = concurrent
    }

    /// Reads the bundle and its evidence, or says why it was rejected.
    package func read(_ path: String) -> Result<EvidenceModel, BundleRejection> {
        let clock = ContinuousClock()
        let start = clock.now
        let contents: BundleContents
        do {
            contents = try BundleReader(limits: bundleLimits).read(path: path)
        } catch {
            return .failure(BundleRejection(location: error.location, message: error.message, code: error.code.rawValue))
        }
        logger.debug("read \(contents.files.count) files (\(contents.format)) in \(clock.now - start)")
        do {
            let model = try EvidenceLoader(yamlLimits: yamlLimits, concurrent: concurrent).load(
                files: contents.files, source: contents.source, digest: contents.digest, archiveSHA256: contents.archiveSHA256)
            logger.debug("parsed evidence in \(clock.now - start), \(model.problems.count) problems")
            return .success(model)
        } catch {
            var location = error.location
            location.file = contents.locate(location.file)
            return .failure(BundleRejection(location: location, message: error.message, code: "bundle.bad-manifest", welsh: error.welsh))
        }
    }
}

/// Why a bundle was rejected — where, and what — so it costs only itself: exit code 3 for one
/// bundle, a row of a batch, a plain page of the server.
package struct BundleRejection: Error, Sendable, CustomStringConvertible {
    package var location: FileLocation
    package var message: String
    /// A stable code (`bundle.too-many-bytes`, `bundle.bad-manifest`) a reader's language names.
    package var code: String
    /// nod's Welsh for the message, when it has one (a manifest's unknown or missing key).
    package var welsh: String?

    package init(location: FileLocation, message: String, code: String, welsh: String? = nil) {
        self.location = location
        self.message = message
        self.code = code
        self.welsh = welsh
    }

    /// The message as a reader of `language` reads it (see `RejectionReason.sentence`).
    package func message(in language: Language) -> String {
        RejectionReason.sentence(message, code: code, welsh: welsh, language)
    }

    /// `path: message`, as a batch row gives the reason.
    package var description: String { "\(location): \(message)" }
}
