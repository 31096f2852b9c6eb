import Crypto
import NodPlugins
import Foundation
package import NodReport
import NodCheckers
package import NodCore
package import NodEngine
import NodEvidence
package import NodRules

/// What an audit will judge with, decided once per run: the rule library, the chosen
/// profile, the audit date and the report language. Workers open their own `AuditSession`
/// from it (plug-in processes are not shared between threads).
package struct AuditPlan: Sendable {
    package let library: RuleLibrary
    package let profile: Profile
    package let auditDate: LocalDate
    package let language: Language?
    /// The rules came from files (`--rules`), not only nod's own.
    package let rulesFromFiles: Bool

    /// Loads the rules and picks the profile; every rule error, or the unknown profile with
    /// the closest known one.
    package init(rules: RuleChoice, profile id: String, auditDate: LocalDate, language: Language?) throws(AuditSetupError) {
        let library = try rules.load()
        guard let profile = library.profile(id) else {
            let known = library.profiles.map(\.id).sorted()
            var message = "no profile '\(id)' is loaded (loaded: \(known.joined(separator: ", ")))"
            if let guess = Suggestion.closest(to: id, among: known) { message += " — did you mean '\(guess)'?" }
            throw AuditSetupError(.usage, [.init(at: nil, message)])
        }
        self.library = library
        self.profile = profile
        self.auditDate = auditDate
        self.language = language
        rulesFromFiles = !rules.paths.isEmpty
    }

    /// The packs the profile loads, with their digests (the report's `rules.packs`).
    package var packs: [LoadedPack] { library.packs(for: profile) }

    /// Connects the plug-ins the profile needs and compiles its rules; with `reportingErrors`
    /// (the first session of a run), every rule error is thrown.
    package func openSession(plugins: PluginSearch, reportingErrors: Bool = true) throws(AuditSetupError) -> AuditSession {
        let plugins = try plugins.connect(forUseBy: RuleValidation.rulesToValidate(library, only: profile).flatMap { $0 })
        let registry: CheckerRegistry
        do {
            registry = try BuiltInCheckers.registry(adding: plugins.checkers)
        } catch {
            plugins.close()
            throw AuditSetupError(.internal, [.init(at: nil, "\(error)")])
        }
        let (compiled, errors) = RuleValidation.compile(library, registry: registry, profile: profile)
        if reportingErrors, let failure = AuditSetupError.rules(errors) {
            plugins.close()
            throw failure
        }
        return AuditSession(rules: compiled, plugins: plugins)
    }

    /// Reads the waivers and attestations files, checking that each names a loaded rule.
    package func readExceptions(waivers: String?, attestations: String?) throws(AuditSetupError) -> AuditExceptions {
        let knownRules = Set(library.allRules.map(\.rule.id))
        var digests: [String: String] = [:]
        func read<T>(_ path: String?, _ decode: ([UInt8], String) throws(RuleError) -> [T]) throws(AuditSetupError) -> [T] {
            guard let path else { return [] }
            let bytes: [UInt8]
            do throws(InputFile.Failure) {
                bytes = try InputFile.read(path, limit: InputFile.exceptionsLimit)
            } catch {
                throw AuditSetupError(.usage, [.init(at: FileLocation(file: path), error.description)])
            }
            digests[path] = SHA256.hash(data: bytes).hexString
            do {
                return try decode(bytes, path)
            } catch {
                throw AuditSetupError.rules([error])!
            }
        }
        let waiverList = try read(waivers) { (bytes, file) throws(RuleError) in try ExceptionFiles.waivers(bytes, file: file, knownRules: knownRules) }
        let attestationList = try read(attestations) { (bytes, file) throws(RuleError) in
            try ExceptionFiles.attestations(bytes, file: file, knownRules: knownRules)
        }
        var exceptions = AuditExceptions(waivers: waiverList, attestations: attestationList, waiversGiven: waivers != nil)
        exceptions.waiversSHA256 = waivers.flatMap { digests[$0] }
        exceptions.attestationsSHA256 = attestations.flatMap { digests[$0] }
        return exceptions
    }

    /// The pipeline that turns evidence into a report with a session's compiled rules.
    package func pipeline(_ session: AuditSession, exceptions: AuditExceptions = AuditExceptions(), history: AuditHistory? = nil) -> AuditPipeline {
        var pipeline = AuditPipeline(profile: profile, packs: packs, rules: session.rules, waivers: exceptions.waivers,
                                     attestations: exceptions.attestations, waiversGiven: exceptions.waiversGiven, auditDate: auditDate,
                                     language: language, history: history)
        // The plug-ins that judge some rule of this profile, by name and version.
        let checks = Set(session.rules.map(\.resolved.rule.check.value))
        let plugins = session.plugins.connections.map(\.launch).filter { !Set($0.checks).isDisjoint(with: checks) }
            .map { "\($0.name) \($0.version)" }.sorted()
        let inputs = AuditReport.Inputs(waiversSHA256: exceptions.waiversSHA256, attestationsSHA256: exceptions.attestationsSHA256,
                                        previousSHA256: history?.sourceSHA256, rulesFromFiles: rulesFromFiles, plugins: plugins)
        pipeline.inputs = inputs.isEmpty ? nil : inputs
        return pipeline
    }

    /// Reads the organisation's previous report (`--previous`): what it found not met and the
    /// corrective actions it set. A file that is not a nod report is a usage error.
    package func readHistory(previous path: String?) throws(AuditSetupError) -> AuditHistory? {
        guard let path else { return nil }
        let bytes: [UInt8]
        do throws(InputFile.Failure) {
            bytes = try InputFile.read(path, limit: InputFile.reportLimit)
        } catch {
            throw AuditSetupError(.usage, [.init(at: FileLocation(file: path), error.description)])
        }
        guard let report = try? JSONReportRenderer.decode(Data(bytes)) else {
            throw AuditSetupError(.usage, [.init(at: FileLocation(file: path), "not a nod JSON report (report-format 1)")])
        }
        guard report.auditDate <= auditDate else {
            throw AuditSetupError(.usage, [.init(at: FileLocation(file: path), "the previous audit (\(report.auditDate)) is after this one (\(auditDate))")])
        }
        var history = AuditHistory(report)
        history.sourceSHA256 = SHA256.hash(data: bytes).hexString
        return history
    }
}

/// A worker's compiled rules and its own plug-in processes.
package struct AuditSession: Sendable {
    package let rules: [CompiledRule]
    package let plugins: PluginSet

    /// Stops the session's plug-ins; what each wrote to standard error.
    @discardableResult
    package func close() -> [(plugin: String, stderr: String)] { plugins.close() }
}

/// The certifier's accepted exceptions (waivers) and statements (attestations) for an audit.
package struct AuditExceptions: Sendable {
    package var waivers: [Waiver] = []
    package var attestations: [Attestation] = []
    /// Whether a waivers file was given (the report then lists the waivers' outcome, even none).
    package var waiversGiven = false
    /// The SHA-256 of each file read, for the report's `inputs`.
    package var waiversSHA256: String?
    package var attestationsSHA256: String?

    package init(waivers: [Waiver] = [], attestations: [Attestation] = [], waiversGiven: Bool = false) {
        self.waivers = waivers
        self.attestations = attestations
        self.waiversGiven = waiversGiven
    }
}

extension AuditHistory {
    /// What a previous report leaves for the next audit.
    package init(_ report: AuditReport) {
        self.init(previousAuditDate: report.auditDate,
                  notMet: Set(report.results.filter { $0.status.counts && !$0.status.isMet }.map(\.rule)),
                  actions: report.correctiveActions.map { Action(rule: $0.rule, due: $0.due) })
    }
}
