import NodEvidence

/// The care, well-being, social-value and Welsh-language evidence of the example bundle.
extension ExampleBundle {
    static let carePolicyIDs = ["safeguarding", "complaints", "whistleblowing", "control-restraint", "staff-support",
                                "staff-discipline", "statement-of-purpose", "community", "welsh-language"]

    static var carePolicies: String {
        carePolicyIDs.map { "  - { id: \($0), file: policies/\($0).md, reviewed: 2025-06-12, languages: [cy, en] }" }
            .joined(separator: "\n")
    }

    package static let supervision: String = {
        var rows = ["staff_id,date,kind"]
        for staff in ["S1", "S2", "S3", "S4", "S5"] {
            for date in ["2025-03-20", "2025-06-10", "2025-09-01", "2025-11-20", "2026-02-10"] { rows.append("\(staff),\(date),supervision") }
            rows.append("\(staff),2025-07-15,appraisal")
        }
        for date in ["2025-05-01", "2025-07-20", "2025-10-10", "2026-01-05", "2026-03-25"] { rows.append("S6,\(date),supervision") }
        rows.append("S6,2025-11-01,appraisal")
        return rows.joined(separator: "\n") + "\n"
    }()

    package static func visit(_ date: String, place: String = "Cwm Gwendraeth", people: Int = 4, staff: Int = 3) -> String {
        "---\nkind: ri-visit\ndate: \(date)\nplace: \(place)\npeople-spoken-to: \(people)\nstaff-met: \(staff)\nrecords-checked: [care plans]\n---\nVisit notes.\n"
    }

    package static func review(_ date: String, start: String, end: String,
                              covers: String = "[engagement, incidents, safeguarding, whistleblowing, complaints, records-audit]",
                              recommendations: Int = 2) -> String {
        "---\nkind: quality-of-care-review\ndate: \(date)\nperiod: { start: \(start), end: \(end) }\ncovers: \(covers)\nrecommendations: \(recommendations)\nconsulted: [service-users, carers]\n---\nReview.\n"
    }

    /// `count` SWEMWBS responses whose seven items follow `items(i)`.
    package static func swemwbs(_ count: Int, prefix: String, date: String, items: (Int) -> [Int]) -> String {
        var rows = ["respondent_id,class,date," + (1...7).map { "swemwbs_\($0)" }.joined(separator: ",")]
        for index in 0..<count {
            rows.append("\(prefix)\(index + 1),service-users,\(date)," + items(index).map(String.init).joined(separator: ","))
        }
        return rows.joined(separator: "\n") + "\n"
    }

    package static func surveyDescription(_ instrument: String, fielded: String, end: String, previous: String? = nil) -> String {
        "instrument: \(instrument)\npopulation: service-users\ninvited: 40\nfielded: { start: \(fielded), end: \(end) }\n"
            + (previous.map { "previous: \($0)\n" } ?? "")
    }

    package static func control(_ count: Int, answering: (Int) -> Int) -> String {
        "respondent_id,class,date,control_daily_life\n" + (0..<count).map { "C\($0 + 1),service-users,2026-02-10,\(answering($0))" }.joined(separator: "\n") + "\n"
    }

    static var careFiles: [String: String] {
        var files: [String: String] = [:]
        for id in carePolicyIDs { files["policies/\(id).md"] = "# \(id)\n\nPolisi / policy.\n" }
        files[EvidenceKind.supervision.path] = supervision
        for date in ["2025-04-15", "2025-07-10", "2025-10-06", "2026-01-05", "2026-03-30"] { files["visits/\(date).md"] = visit(date) }
        files["reviews/2025-09-30.md"] = review("2025-09-30", start: "2025-04-01", end: "2025-09-30")
        files["reviews/2026-03-25.md"] = review("2026-03-25", start: "2025-10-01", end: "2026-03-31")
        files[EvidenceKind.complaints.path] = "complaint_id,received,acknowledged,responded,action,outcome\nC1,2025-06-02,2025-06-03,2025-06-20,Rota changed,partly-upheld\n"
        files[EvidenceKind.safeguarding.path] = "concern_id,raised,action,referral,ciw_notified,outcome\nS1,2025-08-01,Manager visited,Local authority 2025-08-01,2025-08-02,Closed 2025-08-30\n"
        files[EvidenceKind.whistleblowing.path] = "concern_id,raised,action,outcome\n"
        files["regulator/ciw-inspection-2025.yaml"] = "kind: ciw-inspection\ndate: 2025-06-18\nratings: { well-being: good, care-and-support: excellent, environment: n/a, leadership-and-management: good }\nactive-offer: provides\n"
        files["regulator/rating-display.yaml"] = "kind: rating-display\nwebsite: true\npremises: exempt\n"
        files["surveys/2024-wellbeing.yaml"] = surveyDescription("swemwbs", fielded: "2024-11-01", end: "2024-11-30")
        files["surveys/2024-wellbeing.csv"] = swemwbs(31, prefix: "A", date: "2024-11-10") { [3, 4, 3, 4, 3, 4, $0 % 2 == 0 ? 3 : 4] }
        files["surveys/2025-wellbeing.yaml"] = surveyDescription("swemwbs", fielded: "2025-11-01", end: "2025-11-30", previous: "surveys/2024-wellbeing.yaml")
        files["surveys/2025-wellbeing.csv"] = swemwbs(32, prefix: "B", date: "2025-11-10") { [4, 4, 4, 4, 3, 4, $0 % 2 == 0 ? 4 : 5] }
        files["surveys/2025-06-voice.yaml"] = surveyDescription("voice", fielded: "2025-06-02", end: "2025-06-27")
        files["surveys/2025-06-voice.csv"] = "respondent_id,class,date,say_in_care,treated_with_respect,choice_of_language\nV1,service-users,2025-06-05,5,5,5\n"
        files["surveys/2026-02-control.yaml"] = surveyDescription("control", fielded: "2026-02-02", end: "2026-02-27")
        files["surveys/2026-02-control.csv"] = control(40) { $0 < 34 ? 1 + $0 % 2 : 3 }
        files["social-value/2024-25.yaml"] = "method: sroi\nratio: 3.10\nstakeholders-engaged: [workers, service-users, community]\nsensitivity-analysis: true\nassured-by: Social Value Cymru\npresented-at: minutes/2025-09-20-agm.md\n"
        files["minutes/2025-11-19-members-forum.md"] = "---\nmeeting: members-forum\ndate: 2025-11-19\nattendance: { workers: 3, community: 2 }\nco-production:\n  - { decision: New evening visit rota, with: [service-users, carers] }\nlanguages: [cy, en]\n---\nForum.\n"
        return files
    }
}
