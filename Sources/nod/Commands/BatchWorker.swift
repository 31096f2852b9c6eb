import ArgumentParser
import Foundation
import Logging
import NodAudit
import NodCore
import NodReport
#if canImport(Glibc)
import Glibc
#endif

/// `nod batch-worker`: one supervised worker of `nod batch` (not for people: `nod batch`
/// starts it). Reads a bundle a line on standard input, writes its reports, answers its
/// summary row a line on standard output, within a memory budget of its own.
struct BatchWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch-worker",
        abstract: "A supervised worker of nod batch (started by nod batch itself).",
        shouldDisplay: false)

    @Option var out: String
    @Option var profile = "care-quality-mark"
    @Option var date: String
    @Option var lang: Language?
    @Option var format: ReportFormat?
    @Flag var resume = false
    @Option(name: .customLong("memory-mib")) var memoryMiB = 4096
    @OptionGroup var rules: RuleOptions
    @OptionGroup var plugins: PluginOptions
    @OptionGroup var limits: LimitOptions

    func run() throws {
        var limit = rlimit(rlim_cur: rlim_t(memoryMiB) << 20, rlim_max: rlim_t(memoryMiB) << 20)
        _ = setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
        let settings = AuditSettings(date: LocalDate(iso8601: date) ?? .today, rules: rules, profile: profile, plugins: plugins,
                                     language: lang, limits: limits)
        let runner = BatchRunner(audit: settings, batch: BatchSettings(out: out, format: format, resume: resume),
                                 logger: Logger(label: "nod.batch-worker") { label in
                                     var handler = StreamLogHandler.standardError(label: label)
                                     handler.logLevel = .error
                                     return handler
                                 })
        do {
            try runner.serve()
        } catch let failure as AuditSetupError {
            throw StandardError.exit(failure)
        }
    }
}

/// This program's own path, to start copies of it.
enum Executable {
    static var path: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
