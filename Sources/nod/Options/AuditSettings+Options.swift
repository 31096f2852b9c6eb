import NodAudit
import NodCore

extension AuditSettings {
    /// The settings the command line chose, the same way for `audit`, `batch` and its workers.
    init(date: LocalDate, rules: RuleOptions, profile: String, plugins: PluginOptions, language: Language?, limits: LimitOptions) {
        self.init(auditDate: date)
        self.rules = rules.choice
        self.profile = profile
        self.plugins = plugins.search
        self.language = language
        bundleLimits = limits.bundleLimits
        yamlLimits = limits.yamlLimits
    }
}
