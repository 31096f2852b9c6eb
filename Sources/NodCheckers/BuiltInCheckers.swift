package import NodEngine

/// Every checker compiled into nod, in one list: the registry's source and the generic
/// checker test's.
package enum BuiltInCheckers {
    package static let all: [AnyChecker] = [
        // Governance and democracy
        AnyChecker(AGMHeld()), AnyChecker(AGMReceivedAccounts()), AnyChecker(NoticeGiven()),
        AnyChecker(GeneralMeetingsQuorate()), AnyChecker(OneMemberOneVote()), AnyChecker(BoardElected()),
        AnyChecker(DirectorsReElected()), AnyChecker(BoardMeetingsQuorate()), AnyChecker(MemberRegisterComplete()),
        AnyChecker(OpenMembershipTrainedDirectors()), AnyChecker(AGMTurnout()),
        AnyChecker(Autonomous()), AnyChecker(MembersEducated()),
        // Stakeholder balance
        AnyChecker(UsersControl()), AnyChecker(EveryClassHasAVoice()), AnyChecker(InvestorsCannotControl()),
        AnyChecker(WorkersAreMembers()), AnyChecker(ProducersControl()), AnyChecker(SmallIsBeautiful()),
        // Transparency and accounts
        AnyChecker(AnnualReturnOnTime()), AnyChecker(ExternalScrutiny()), AnyChecker(AccountsReachMembers()),
        AnyChecker(LimitedReturnOnCapital()), AnyChecker(SurplusServesPurpose()), AnyChecker(AssetLock()),
        AnyChecker(AccountsAddUp()),
        // Quality of care
        AnyChecker(RIVisitsQuarterly()), AnyChecker(QualityReviewsSixMonthly()), AnyChecker(CorePoliciesCurrent()),
        AnyChecker(ComplaintsHandled()), AnyChecker(ConcernsActedOn()), AnyChecker(StaffSupervised()),
        AnyChecker(InspectionRatings()), AnyChecker(ViewsSought()), AnyChecker(CIWAnnualReturnFiled()),
        AnyChecker(ComplaintsAnsweredInTime()), AnyChecker(WorkforceFit()),
        AnyChecker(PersonalPlansKept()), AnyChecker(FairWork()),
        AnyChecker(ImprovementFollowedThrough()),
        // Well-being and co-production
        AnyChecker(WellbeingMeasured()), AnyChecker(WellbeingHeld()), AnyChecker(LowWellbeingNoticed()),
        AnyChecker(ControlOfDailyLife()), AnyChecker(CoProduced()),
        // Social value
        AnyChecker(SocialAccountPresented()), AnyChecker(SROIHonest()), AnyChecker(CommunityAndCooperation()),
        // Welsh language
        AnyChecker(ActiveOfferMade()), AnyChecker(WelshGovernance()),
    ]

    /// The registry of built-in checkers (ids are unique by construction; a test checks it).
    package static func registry(adding external: [AnyChecker] = []) throws(CheckerRegistry.DuplicateChecker) -> CheckerRegistry {
        try CheckerRegistry(all + external)
    }
}
