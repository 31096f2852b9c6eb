import ArgumentParser
import Logging
import NodArchive
import NodCore
import NodEvidence

/// Reads a bundle and its evidence the one way every command does, turning a refusal
/// into the `path: error: …` line and exit code 3 of cli.md.
struct BundleLoading {
    let limits: LimitOptions
    let logger: Logger

    func load(_ path: String) throws -> EvidenceModel {
        let clock = ContinuousClock()
        let start = clock.now
        let contents: BundleContents
        do {
            contents = try BundleReader(limits: limits.bundleLimits).read(path: path)
        } catch {
            StandardError.report(error.location, error.message)
            throw ExitCode(ExitStatus.rejected)
        }
        logger.debug("read \(contents.files.count) files (\(contents.format)) in \(clock.now - start)")
        do {
            let model = try EvidenceLoader(yamlLimits: limits.yamlLimits).load(
                files: contents.files, source: contents.source, digest: contents.digest, archiveSHA256: contents.archiveSHA256)
            logger.debug("parsed evidence in \(clock.now - start), \(model.problems.count) problems")
            return model
        } catch {
            var location = error.location
            location.file = "\(path)!/\(location.file)"
            StandardError.report(location, error.message)
            throw ExitCode(ExitStatus.rejected)
        }
    }
}
