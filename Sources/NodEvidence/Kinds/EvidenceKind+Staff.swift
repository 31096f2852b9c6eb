import NodCore

extension EvidenceKind {
    /// The workforce: one row per member of staff (STK-04, CARE-06, CARE-11).
    package static let staff = EvidenceKind.table("staff", path: "staff/register.csv",
        header: "staff_id,role,started,left,member_id,dbs_checked,scw_registered,hourly_pay,contract,contract_choice_offered", into: \.staff)
}
