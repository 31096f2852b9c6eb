package import Foundation
package import NodCore

/// A value that counts or measures something — people, votes, days, pounds — and so can
/// never be below zero. A negative one is an impossible value: refused where it is written,
/// never evidence a rule reasons with.
package protocol Amount {
    var isNegative: Bool { get }
}

extension Int: Amount {
    package var isNegative: Bool { self < 0 }
}

extension Double: Amount {
    package var isNegative: Bool { self < 0 }
}

extension Decimal: Amount {
    package var isNegative: Bool { self < 0 }
}

extension Located: Amount where Value: Amount {
    package var isNegative: Bool { value.isNegative }
}

extension YAMLMapping {
    /// The amount under `key`, absent or null as `nil`; a negative one is a located error.
    package func optionalAmount<T: YAMLReadable & Amount>(_ key: String, as type: T.Type = T.self) throws(YAMLError) -> T? {
        guard let value: T = try optional(key) else { return nil }
        guard !value.isNegative else { throw invalid(key, "cannot be negative: it counts or measures something") }
        return value
    }

    /// The amount under `key`, which must be present; a negative one is a located error.
    package func requiredAmount<T: YAMLReadable & Amount>(_ key: String, as type: T.Type = T.self) throws(YAMLError) -> T {
        let value: T = try required(key)
        guard !value.isNegative else { throw invalid(key, "cannot be negative: it counts or measures something") }
        return value
    }
}
