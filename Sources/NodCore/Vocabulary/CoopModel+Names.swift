/// Names of the vocabulary in both languages, for sentences (the raw values stay in files and JSON).
extension CoopModel {
    package var name: LocalizedText {
        switch self {
        case .worker: LocalizedText(en: "worker", cy: "gweithwyr")
        case .userLed: LocalizedText(en: "user-led", cy: "dan arweiniad defnyddwyr")
        case .consumer: LocalizedText(en: "consumer", cy: "defnyddwyr")
        case .multiStakeholder: LocalizedText(en: "multi-stakeholder", cy: "aml-randdeiliaid")
        case .producer: LocalizedText(en: "producer", cy: "cynhyrchwyr")
        }
    }
}

extension Nation {
    package var name: LocalizedText {
        switch self {
        case .wales: LocalizedText(en: "Wales", cy: "Cymru")
        case .england: LocalizedText(en: "England", cy: "Lloegr")
        case .scotland: LocalizedText(en: "Scotland", cy: "yr Alban")
        case .northernIreland: LocalizedText(en: "Northern Ireland", cy: "Gogledd Iwerddon")
        }
    }
}

extension Nation {
    /// "in Wales" / "yng Nghymru": Welsh mutates a place name after "yn".
    package var locative: LocalizedText {
        switch self {
        case .wales: LocalizedText(en: "in Wales", cy: "yng Nghymru")
        case .england: LocalizedText(en: "in England", cy: "yn Lloegr")
        case .scotland: LocalizedText(en: "in Scotland", cy: "yn yr Alban")
        case .northernIreland: LocalizedText(en: "in Northern Ireland", cy: "yng Ngogledd Iwerddon")
        }
    }
}

extension LegalForm {
    package var name: LocalizedText {
        switch self {
        case .coOperativeSociety: LocalizedText(en: "co-operative society", cy: "cymdeithas gydweithredol")
        case .communityBenefitSociety: LocalizedText(en: "community benefit society", cy: "cymdeithas budd cymunedol")
        case .companyLimitedByGuarantee: LocalizedText(en: "company limited by guarantee", cy: "cwmni cyfyngedig drwy warant")
        case .companyLimitedByShares: LocalizedText(en: "company limited by shares", cy: "cwmni cyfyngedig drwy gyfranddaliadau")
        case .communityInterestCompany: LocalizedText(en: "community interest company", cy: "cwmni buddiant cymunedol")
        case .other: LocalizedText(en: "other legal form", cy: "ffurf gyfreithiol arall")
        }
    }
}
