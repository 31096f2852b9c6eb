import ArgumentParser
import Logging
import NodArchive
import NodCore
import NodEvidence
import NodYAML

/// Reads a bundle and its evidence the one way every command does, turning a refusal
/// into the `path: error: …` line and exit code 3 of cli.md.
struct BundleLoading: Sendable {
    let bundleLimits: BundleLimits
    let yamlLimits: YAMLLimits
    let logger: Logger
    /// Whether the evidence may be read on two threads (one audit; never a batch's workers).
    var concurrent = false

    init(limits: LimitOptions, logger: Logger, concurrent: Bool = false) {
        self.init(bundleLimits: limits.bundleLimits, yamlLimits: limits.yamlLimits, logger: logger, concurrent: concurrent)
    }

    init(bundleLimits: BundleLimits, yamlLimits: YAMLLimits, logger: Logger, concurrent: Bool = false) {
        self.bundleLimits = bundleLimits
        self.yamlLimits = yamlLimits
        self.logger = logger
        self.concurrent = concurrent
    }

    /// Why a bundle was rejected: where, and what (exit code 3 for one bundle; a row of a batch).
    struct Rejection: Error, Sendable {
        var location: FileLocation
        var message: String
    }

    /// Reads the bundle and its evidence, or says why it was rejected.
    func read(_ path: String) -> Result<EvidenceModel, Rejection> {
        let clock = ContinuousClock()
        let start = clock.now
        let contents: BundleContents
        do {
            contents = try BundleReader(limits: bundleLimits).read(path: path)
        } catch {
            return .failure(Rejection(location: error.location, message: error.message))
        }
        logger.debug("read \(contents.files.count) files (\(contents.format)) in \(clock.now - start)")
        do {
            let model = try EvidenceLoader(yamlLimits: yamlLimits, concurrent: concurrent).load(
                files: contents.files, source: contents.source, digest: contents.digest, archiveSHA256: contents.archiveSHA256)
            logger.debug("parsed evidence in \(clock.now - start), \(model.problems.count) problems")
            return .success(model)
        } catch {
            var location = error.location
            location.file = "\(path)!/\(location.file)"
            return .failure(Rejection(location: location, message: error.message))
        }
    }

    /// Reads the bundle, or prints the `path: error: …` line and exits with code 3.
    func load(_ path: String) throws -> EvidenceModel {
        try Self.unwrap(read(path))
    }

    /// The evidence, or the `path: error: …` line and exit code 3.
    static func unwrap(_ result: Result<EvidenceModel, Rejection>) throws -> EvidenceModel {
        switch result {
        case .success(let model):
            return model
        case .failure(let rejection):
            StandardError.report(rejection.location, rejection.message)
            throw ExitCode(ExitStatus.rejected)
        }
    }
}
