public import Foundation
public import NodCore

/// A social accounting summary, from `social-value/*.yaml` (SV-01, SV-02).
public struct SocialValueSummary: Decodable, Sendable {
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

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case method, period, ratio, stakeholdersEngaged = "stakeholders-engaged"
        case sensitivityAnalysis = "sensitivity-analysis", assuredBy = "assured-by", presentedAt = "presented-at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        method = try container.decode(Located<SocialValueMethod>.self, forKey: .method)
        period = try container.decodeIfPresent(Located<DatePeriod>.self, forKey: .period)
        ratio = try container.decodeIfPresent(Located<Decimal>.self, forKey: .ratio)
        stakeholdersEngaged = try container.decodeIfPresent([StakeholderClass].self, forKey: .stakeholdersEngaged) ?? []
        sensitivityAnalysis = try container.decodeIfPresent(Bool.self, forKey: .sensitivityAnalysis)
        let assurer = try container.decodeIfPresent(String.self, forKey: .assuredBy)
        assuredBy = assurer?.isEmpty == true ? nil : assurer
        presentedAt = try container.decodeIfPresent(Located<String>.self, forKey: .presentedAt)
    }
}
