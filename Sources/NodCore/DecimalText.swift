public import Foundation

/// Exact decimals from plain notation (`12`, `-0.5`, `812000.00`), as evidence writes money and rates.
///
/// Why not `Decimal(string:locale:)` alone: its first use in a process loads Foundation's
/// locale machinery, measured at a tenth of a typical audit; the digits of a plain number are
/// read here instead, exactly, and only a number of more than 19 significant digits goes
/// through Foundation.
public enum DecimalText {
    /// The value, or `nil` for anything that is not plain notation: exponents, `.5`, `1.`,
    /// spaces, thousands separators, `+` unless `allowingPlus`.
    public static func parse(_ text: some StringProtocol, allowingPlus: Bool = false) -> Decimal? {
        var bytes = Substring(text).utf8[...]
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes = bytes.dropFirst()
        } else if allowingPlus, bytes.first == UInt8(ascii: "+") {
            bytes = bytes.dropFirst()
        }
        let parts = bytes.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) else { return nil }
        let fractionDigits = parts.count == 2 ? parts[1].count : 0
        var significand: UInt64 = 0
        for byte in parts.joined() {
            let (times10, overflowA) = significand.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = times10.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
            guard !overflowA, !overflowB else { return Decimal(string: String(text), locale: posix) }
            significand = sum
        }
        if significand == 0 { return Decimal(0) }
        return Decimal(sign: negative ? .minus : .plus, exponent: -fractionDigits, significand: Decimal(significand))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static let posix = Locale(identifier: "en_US_POSIX")
}
