package import Logging
package import NodArchive
package import NodCore
package import NodEvidence
import NodEngine
package import NodReport
package import NodYAML

/// Everything a front end chooses for an audit: the rules and profile, plug-ins, the
/// certifier's exceptions, the date and language, and the bundle limits.
package struct AuditSettings: Sendable {
    package var rules = RuleChoice()
    package var profile = "care-quality-mark"
    package var plugins = PluginSearch()
    package var waivers: String?
    package var attestations: String?
    /// The organisation's previous JSON report, for repeated findings.
    package var previous: String?
    package var auditDate: LocalDate
    package var language: Language?
    package var bundleLimits = BundleLimits.default
    package var yamlLimits = YAMLLimits.default

    package init(auditDate: LocalDate) {
        self.auditDate = auditDate
    }
}

/// From a bundle and a choice of rules to a report, in a few lines for any front end:
/// `let auditor = try Auditor(settings)`, then `auditor.audit(path)` for each bundle, then
/// `auditor.close()`. One auditor runs one bundle at a time (its plug-ins are its own).
package final class Auditor: Sendable {
    package let plan: AuditPlan
    package let pipeline: AuditPipeline
    package let loader: BundleLoader
    private let session: AuditSession

    /// Loads and validates the rules, connects the plug-ins and reads the exceptions, in that
    /// order; the first step that fails throws all of its problems.
    package init(_ settings: AuditSettings, logger: Logger = Logger(label: "nod.audit"), concurrentReading: Bool = false) throws(AuditSetupError) {
        plan = try AuditPlan(rules: settings.rules, profile: settings.profile, auditDate: settings.auditDate, language: settings.language)
        session = try plan.openSession(plugins: settings.plugins)
        let exceptions: AuditExceptions, history: AuditHistory?
        do {
            exceptions = try plan.readExceptions(waivers: settings.waivers, attestations: settings.attestations)
            history = try plan.readHistory(previous: settings.previous)
        } catch {
            session.close()
            throw error
        }
        pipeline = plan.pipeline(session, exceptions: exceptions, history: history)
        loader = BundleLoader(bundleLimits: settings.bundleLimits, yamlLimits: settings.yamlLimits, logger: logger, concurrent: concurrentReading)
    }

    /// Reads and judges one bundle, or says why it was rejected.
    package func audit(_ path: String) -> Result<AuditReport, BundleRejection> {
        loader.read(path).map(pipeline.report(for:))
    }

    /// Judges evidence already read.
    package func report(for evidence: EvidenceModel) -> AuditReport {
        pipeline.report(for: evidence)
    }

    /// Stops the plug-ins; what each wrote to standard error.
    @discardableResult
    package func close() -> [(plugin: String, stderr: String)] { session.close() }
}
