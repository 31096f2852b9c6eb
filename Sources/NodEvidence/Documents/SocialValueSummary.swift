public import Foundation
public import NodCore
public import NodYAML

/// A social accounting summary, from `social-value/*.yaml` (SV-01, SV-02).
public struct SocialValueSummary: YAMLReadable, Sendable {
    public var method: Located<SocialValueMethod>
    public var period: Located<DatePeriod>?
    /// SROI: social value created per £1 invested.
    public var ratio: Located<Decimal>?
    public var stakeholdersEngaged: [StakeholderClass]
    public var sensitivityAnalysis: Bool?
    public var assuredBy: String?
    /// The minutes file of the meeting it was presented at.
    public var presentedAt: Located<String>?
    public var path: String { method.location.file }

    public init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping([
            "method", "period", "ratio", "stakeholders-engaged", "sensitivity-analysis", "assured-by", "presented-at",
        ])
        method = try fields.required("method")
        period = try fields.optional("period")
        ratio = try fields.optional("ratio")
        stakeholdersEngaged = try fields.optional("stakeholders-engaged") ?? []
        sensitivityAnalysis = try fields.optional("sensitivity-analysis")
        let assurer: String? = try fields.optional("assured-by")
        assuredBy = assurer?.isEmpty == true ? nil : assurer
        presentedAt = try fields.optional("presented-at")
    }
}
