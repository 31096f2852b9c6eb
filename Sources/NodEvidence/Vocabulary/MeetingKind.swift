package import NodCore
import NodYAML

/// The kinds of meeting a minutes file records.
package enum MeetingKind: String, Sendable, Hashable, YAMLEnum {
    case agm, general, board, membersForum = "members-forum", committee

    /// Meetings of the members (rules on notice and quorum apply).
    package var isGeneralMeeting: Bool { self == .agm || self == .general }

    /// The meeting as a report names it, in each language.
    package var name: LocalizedText {
        switch self {
        case .agm: LocalizedText(en: "AGM", cy: "CCB")
        case .general: LocalizedText(en: "general meeting", cy: "cyfarfod cyffredinol")
        case .board: LocalizedText(en: "board meeting", cy: "cyfarfod bwrdd")
        case .membersForum: LocalizedText(en: "members' forum", cy: "fforwm aelodau")
        case .committee: LocalizedText(en: "committee meeting", cy: "cyfarfod pwyllgor")
        }
    }
}

/// What a resolution decided, so rules can find accounts approvals and audit disapplications.
package enum ResolutionKind: String, Sendable, Hashable, YAMLEnum {
    case accountsApproval = "accounts-approval", auditDisapplication = "audit-disapplication"
    case rulesChange = "rules-change", election, dividend, auditorAppointment = "auditor-appointment"
    case communityPolicy = "community-policy", other
}

/// Whether a resolution or election carried.
package enum VoteResult: String, Sendable, Hashable, YAMLEnum {
    case passed, failed, withdrawn, elected, notElected = "not-elected"
}

/// How a director came to the board (GOV-06 counts these).
package enum DirectorRoute: String, Sendable, Hashable, YAMLEnum {
    case elected, coOptedMember = "co-opted-member", coOptedExternal = "co-opted-external", appointed, exOfficio = "ex-officio"
}

/// Supervision sessions and annual appraisals (CARE-06).
package enum SupervisionKind: String, Sendable, Hashable, YAMLEnum {
    case supervision, appraisal
}

/// How a complaint ended.
package enum ComplaintOutcome: String, Sendable, Hashable, YAMLEnum {
    case upheld, partlyUpheld = "partly-upheld", notUpheld = "not-upheld", withdrawn
}

/// The level of independent scrutiny the accounts received (FIN-02).
package enum AccountsScrutiny: String, Sendable, Hashable, YAMLEnum {
    case audit, accountantReport = "accountant-report", independentExamination = "independent-examination", none

    /// The scrutiny as a report names it, in each language.
    package var name: LocalizedText {
        switch self {
        case .audit: LocalizedText(en: "an audit", cy: "archwiliad")
        case .accountantReport: LocalizedText(en: "an accountant's report", cy: "adroddiad cyfrifydd")
        case .independentExamination: LocalizedText(en: "an independent examination", cy: "archwiliad annibynnol")
        case .none: LocalizedText(en: "no scrutiny", cy: "dim craffu")
        }
    }
}

/// What makes a society's audit exemption unavailable for a year (CCBS Act 2014 s.84(3)).
package enum AuditExclusion: String, Sendable, Hashable, YAMLEnum {
    /// The society was a subsidiary of another body during the year.
    case subsidiary
    /// The society had a subsidiary during the year.
    case hasSubsidiary = "has-subsidiary"
    /// The society took deposits (other than withdrawable share capital).
    case depositTaker = "deposit-taker"

    /// The exclusion as a report names it, in each language.
    package var name: LocalizedText {
        switch self {
        case .subsidiary: LocalizedText(en: "it was a subsidiary", cy: "roedd yn is-gwmni")
        case .hasSubsidiary: LocalizedText(en: "it had a subsidiary", cy: "roedd ganddi is-gwmni")
        case .depositTaker: LocalizedText(en: "it took deposits", cy: "roedd yn derbyn adneuon")
        }
    }
}

/// What a quality-of-care review covered (CARE-02 needs all six).
package enum ReviewTopic: String, Sendable, Hashable, YAMLEnum {
    case engagement, incidents, safeguarding, whistleblowing, complaints, recordsAudit = "records-audit"

    /// The topic as a report names it, in each language.
    package var name: LocalizedText {
        switch self {
        case .engagement: LocalizedText(en: "engagement with people and staff", cy: "ymgysylltu â phobl a staff")
        case .incidents: LocalizedText(en: "incidents", cy: "digwyddiadau")
        case .safeguarding: LocalizedText(en: "safeguarding", cy: "diogelu")
        case .whistleblowing: LocalizedText(en: "whistleblowing", cy: "chwythu'r chwiban")
        case .complaints: LocalizedText(en: "complaints", cy: "cwynion")
        case .recordsAudit: LocalizedText(en: "the audit of records", cy: "archwilio cofnodion")
        }
    }
}

/// Care Inspectorate Wales's rating scale, plus `n/a` for a theme not rated.
package enum CIWRating: String, Sendable, Hashable, YAMLEnum {
    case excellent, good, requiresImprovement = "requires-improvement"
    case requiresSignificantImprovement = "requires-significant-improvement"
    case notApplicable = "n/a"

    /// The rating as a report says it, in each language.
    package var name: LocalizedText {
        switch self {
        case .excellent: LocalizedText(en: "Excellent", cy: "Rhagorol")
        case .good: LocalizedText(en: "Good", cy: "Da")
        case .requiresImprovement: LocalizedText(en: "Requires improvement", cy: "Rhaid gwella")
        case .requiresSignificantImprovement: LocalizedText(en: "Requires significant improvement", cy: "Rhaid gwella'n sylweddol")
        case .notApplicable: LocalizedText(en: "Not rated", cy: "Heb ei raddio")
        }
    }
}

/// Whether the inspector found the Welsh-language Active Offer made (CYM-01).
package enum ActiveOffer: String, Sendable, Hashable, YAMLEnum {
    case provides, workingTowards = "working-towards", doesNotProvide = "does-not-provide"
}

/// How a social-value account was prepared.
package enum SocialValueMethod: String, Sendable, Hashable, YAMLEnum {
    case sroi, proveIt = "prove-it", balancedScorecard = "balanced-scorecard", other

    /// The account as a report names it, in each language.
    package var name: LocalizedText {
        switch self {
        case .sroi: LocalizedText(en: "social return on investment (SROI)", cy: "Enillion Cymdeithasol ar Fuddsoddiad (SROI)")
        case .proveIt: LocalizedText(en: "Prove It!", cy: "Prove It!")
        case .balancedScorecard: LocalizedText(en: "balanced scorecard", cy: "cerdyn sgorio cytbwys")
        case .other: LocalizedText(en: "social value", cy: "gwerth cymdeithasol")
        }
    }
}
