package import NodCore
package import NodYAML

/// One document of `regulator/*.yaml`, told apart by its `kind`.
package enum RegulatorDocument: YAMLReadable, Sendable {
    case fcaAnnualReturn(FCAAnnualReturn)
    case ciwInspection(CIWInspection)
    case ratingDisplay(RatingDisplay)
    case ciwAnnualReturn(CIWAnnualReturn)

    package enum Kind: String, YAMLEnum, Sendable {
        case fcaAnnualReturn = "fca-annual-return", ciwInspection = "ciw-inspection"
        case ratingDisplay = "rating-display", ciwAnnualReturn = "ciw-annual-return"
    }

    package init(yaml: YAMLValue) throws(YAMLError) {
        switch try yaml.anyMapping().required("kind", as: Kind.self) {
        case .fcaAnnualReturn: self = .fcaAnnualReturn(try FCAAnnualReturn(yaml: yaml))
        case .ciwInspection: self = .ciwInspection(try CIWInspection(yaml: yaml))
        case .ratingDisplay: self = .ratingDisplay(try RatingDisplay(yaml: yaml))
        case .ciwAnnualReturn: self = .ciwAnnualReturn(try CIWAnnualReturn(yaml: yaml))
        }
    }

    package var location: FileLocation {
        switch self {
        case .fcaAnnualReturn(let document): document.location
        case .ciwInspection(let document): document.location
        case .ratingDisplay(let document): document.location
        case .ciwAnnualReturn(let document): document.location
        }
    }
}

/// The society's annual return to the FCA (FIN-01).
package struct FCAAnnualReturn: YAMLReadable, Sendable {
    package var submitted: Located<LocalDate>
    package var yearEnd: Located<LocalDate>
    package var location: FileLocation
    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["kind", "submitted", "year-end"])
        submitted = try fields.required("submitted")
        yearEnd = try fields.required("year-end")
        location = yaml.location
    }
}

/// A Care Inspectorate Wales inspection report's outcome (CARE-07, CYM-01).
package struct CIWInspection: YAMLReadable, Sendable {
    package struct Ratings: YAMLReadable, Sendable {
        package var wellBeing: Located<CIWRating>?
        package var careAndSupport: Located<CIWRating>?
        package var environment: Located<CIWRating>?
        package var leadershipAndManagement: Located<CIWRating>?

        package init(yaml: YAMLValue) throws(YAMLError) {
            let fields = try yaml.mapping(["well-being", "care-and-support", "environment", "leadership-and-management"])
            wellBeing = try fields.optional("well-being")
            careAndSupport = try fields.optional("care-and-support")
            environment = try fields.optional("environment")
            leadershipAndManagement = try fields.optional("leadership-and-management")
        }

        /// Every theme that was rated, with its name as CIW writes it in each language.
        package var all: [(theme: LocalizedText, rating: Located<CIWRating>)] {
            [(LocalizedText(en: "Well-being", cy: "Llesiant"), wellBeing),
             (LocalizedText(en: "Care and support", cy: "Gofal a chymorth"), careAndSupport),
             (LocalizedText(en: "Environment", cy: "Amgylchedd"), environment),
             (LocalizedText(en: "Leadership and management", cy: "Arweinyddiaeth a rheolaeth"), leadershipAndManagement),
            ].compactMap { theme, rating in rating.map { (theme, $0) } }
        }
    }

    package var date: Located<LocalDate>
    package var ratings: Ratings
    package var activeOffer: Located<ActiveOffer>?
    /// How many areas for improvement the inspector set (CARE-14 follows them through).
    package var areasForImprovement: Located<Int>?
    package var location: FileLocation
    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["kind", "date", "ratings", "active-offer", "areas-for-improvement"])
        date = try fields.required("date")
        ratings = try fields.required("ratings")
        activeOffer = try fields.optional("active-offer")
        areasForImprovement = try fields.optionalAmount("areas-for-improvement")
        location = yaml.location
    }
}

/// Where the latest rating is displayed (CARE-07).
package struct RatingDisplay: YAMLReadable, Sendable {
    /// Displayed, not displayed, or exempt from display.
    package enum Display: Sendable, Hashable {
        case shown, notShown, exempt
    }

    package var website: Located<Display>
    package var premises: Located<Display>
    package var location: FileLocation
    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["kind", "website", "premises"])
        func display(_ key: String) throws(YAMLError) -> Located<Display> {
            guard let value = fields[key] else { throw YAMLError(.missingKey, at: fields.location, "missing key '\(key)'") }
            if let shown = try? value.bool() { return Located(shown ? .shown : .notShown, at: value.location) }
            if (try? value.string()) == "exempt" { return Located(.exempt, at: value.location) }
            throw value.invalid("expected true, false or exempt")
        }
        website = try display("website")
        premises = try display("premises")
        location = yaml.location
    }
}

/// The service's annual return to CIW (CYM-02 reads its languages).
package struct CIWAnnualReturn: YAMLReadable, Sendable {
    package var submitted: Located<LocalDate>
    package var languages: [Language]
    package var complaintsTotal: Int?
    package var location: FileLocation
    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["kind", "submitted", "languages", "complaints-total"])
        submitted = try fields.required("submitted")
        languages = try fields.optional("languages") ?? []
        complaintsTotal = try fields.optional("complaints-total")
        location = yaml.location
    }
}
