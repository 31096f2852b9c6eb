package import Foundation
package import NodCore
package import NodYAML

/// A social accounting summary, from `social-value/*.yaml` (SV-01, SV-02).
package struct SocialValueSummary: YAMLReadable, Sendable {
    package var method: Located<SocialValueMethod>
    package var period: Located<DatePeriod>?
    /// SROI: social value created per £1 invested.
    package var ratio: Located<Decimal>?
    package var stakeholdersEngaged: [StakeholderClass]
    package var sensitivityAnalysis: Bool?
    package var assuredBy: String?
    /// The minutes file of the meeting it was presented at.
    package var presentedAt: Located<String>?
    package var path: String { method.location.file }

    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping([
            "method", "period", "ratio", "stakeholders-engaged", "sensitivity-analysis", "assured-by", "presented-at",
        ])
        method = try fields.required("method")
        period = try fields.optional("period")
        ratio = try fields.optionalAmount("ratio")
        stakeholdersEngaged = try fields.optional("stakeholders-engaged") ?? []
        sensitivityAnalysis = try fields.optional("sensitivity-analysis")
        let assurer: String? = try fields.optional("assured-by")
        assuredBy = assurer?.isEmpty == true ? nil : assurer
        presentedAt = try fields.optional("presented-at")
    }
}
