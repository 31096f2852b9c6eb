public import NodCore

/// One document of `regulator/*.yaml`, told apart by its `kind`.
public enum RegulatorDocument: Decodable, Sendable {
    case fcaAnnualReturn(FCAAnnualReturn)
    case ciwInspection(CIWInspection)
    case ratingDisplay(RatingDisplay)
    case ciwAnnualReturn(CIWAnnualReturn)

    public enum Kind: String, Decodable, Sendable, CaseIterable {
        case fcaAnnualReturn = "fca-annual-return", ciwInspection = "ciw-inspection"
        case ratingDisplay = "rating-display", ciwAnnualReturn = "ciw-annual-return"
    }

    private enum KindKey: String, CodingKey { case kind }

    public init(from decoder: any Decoder) throws {
        let kind = try decoder.container(keyedBy: KindKey.self).decode(Kind.self, forKey: .kind)
        switch kind {
        case .fcaAnnualReturn: self = .fcaAnnualReturn(try FCAAnnualReturn(from: decoder))
        case .ciwInspection: self = .ciwInspection(try CIWInspection(from: decoder))
        case .ratingDisplay: self = .ratingDisplay(try RatingDisplay(from: decoder))
        case .ciwAnnualReturn: self = .ciwAnnualReturn(try CIWAnnualReturn(from: decoder))
        }
    }

    public var location: FileLocation {
        switch self {
        case .fcaAnnualReturn(let document): document.location
        case .ciwInspection(let document): document.location
        case .ratingDisplay(let document): document.location
        case .ciwAnnualReturn(let document): document.location
        }
    }
}

/// The society's annual return to the FCA (FIN-01).
public struct FCAAnnualReturn: Decodable, Sendable {
    public var submitted: Located<LocalDate>
    public var yearEnd: Located<LocalDate>
    public var location: FileLocation
    public enum CodingKeys: String, CodingKey, CaseIterable { case kind, submitted, yearEnd = "year-end" }
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        submitted = try container.decode(Located<LocalDate>.self, forKey: .submitted)
        yearEnd = try container.decode(Located<LocalDate>.self, forKey: .yearEnd)
        location = decoder.location
    }
}

/// A Care Inspectorate Wales inspection report's outcome (CARE-07, CYM-01).
public struct CIWInspection: Decodable, Sendable {
    public struct Ratings: Decodable, Sendable {
        public var wellBeing: Located<CIWRating>?
        public var careAndSupport: Located<CIWRating>?
        public var environment: Located<CIWRating>?
        public var leadershipAndManagement: Located<CIWRating>?
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case wellBeing = "well-being", careAndSupport = "care-and-support", environment
            case leadershipAndManagement = "leadership-and-management"
        }

        /// Every theme that was rated, with its name as CIW writes it.
        public var all: [(theme: String, rating: Located<CIWRating>)] {
            [("well-being", wellBeing), ("care-and-support", careAndSupport), ("environment", environment),
             ("leadership-and-management", leadershipAndManagement)].compactMap { theme, rating in rating.map { (theme, $0) } }
        }
    }

    public var date: Located<LocalDate>
    public var ratings: Ratings
    public var activeOffer: Located<ActiveOffer>?
    public var location: FileLocation
    public enum CodingKeys: String, CodingKey, CaseIterable { case kind, date, ratings, activeOffer = "active-offer" }
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        date = try container.decode(Located<LocalDate>.self, forKey: .date)
        ratings = try container.decode(Ratings.self, forKey: .ratings)
        activeOffer = try container.decodeIfPresent(Located<ActiveOffer>.self, forKey: .activeOffer)
        location = decoder.location
    }
}

/// Where the latest rating is displayed (CARE-07).
public struct RatingDisplay: Decodable, Sendable {
    /// Displayed, not displayed, or exempt from display.
    public enum Display: Sendable, Hashable {
        case shown, notShown, exempt
    }

    public var website: Located<Display>
    public var premises: Located<Display>
    public var location: FileLocation
    public enum CodingKeys: String, CodingKey, CaseIterable { case kind, website, premises }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func display(_ key: CodingKeys) throws -> Located<Display> {
            let nested = try container.superDecoder(forKey: key)
            if let shown = try? Bool(from: nested) { return Located(shown ? .shown : .notShown, at: nested.location) }
            if (try? String(from: nested)) == "exempt" { return Located(.exempt, at: nested.location) }
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "expected true, false or exempt")
        }
        website = try display(.website)
        premises = try display(.premises)
        location = decoder.location
    }
}

/// The service's annual return to CIW (CYM-02 reads its languages).
public struct CIWAnnualReturn: Decodable, Sendable {
    public var submitted: Located<LocalDate>
    public var languages: [Language]
    public var complaintsTotal: Int?
    public var location: FileLocation
    public enum CodingKeys: String, CodingKey, CaseIterable { case kind, submitted, languages, complaintsTotal = "complaints-total" }
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        submitted = try container.decode(Located<LocalDate>.self, forKey: .submitted)
        languages = try container.decodeIfPresent([Language].self, forKey: .languages) ?? []
        complaintsTotal = try container.decodeIfPresent(Int.self, forKey: .complaintsTotal)
        location = decoder.location
    }
}
