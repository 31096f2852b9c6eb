package import Foundation

/// Exact decimals from plain notation (`12`, `-0.5`, `812000.00`), as evidence writes money and rates.
///
/// Why not `Decimal(string:locale:)` alone: its first use in a process loads Foundation's
/// locale machinery, measured at a tenth of a typical audit; the digits of a plain number are
/// read here instead, exactly, and only a number of more than 19 significant digits goes
/// through Foundation.
package enum DecimalText {
    /// The value, or `nil` for anything that is not plain notation: exponents, `.5`, `1.`,
    /// spaces, thousands separators, `+` unless `allowingPlus`.
    package static func parse(_ text: some StringProtocol, allowingPlus: Bool = false) -> Decimal? {
        var text = String(text)
        return text.withUTF8 { bytes in parse(utf8: bytes, allowingPlus: allowingPlus) }
    }

    /// The same for UTF-8 bytes (a register's cell, read where it lies in the file).
    package static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, allowingPlus: Bool = false) -> Decimal? {
        var index = 0
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            index = 1
        } else if allowingPlus, bytes.first == UInt8(ascii: "+") {
            index = 1
        }
        var significand: UInt64 = 0
        var overflowed = false
        var integerDigits = 0, fractionDigits = 0, sawPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
                continue
            }
            guard isDigit(byte) else { return nil }
            if sawPoint { fractionDigits += 1 } else { integerDigits += 1 }
            let (times10, overflowA) = significand.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = times10.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
            overflowed = overflowed || overflowA || overflowB
            significand = sum
        }
        guard integerDigits > 0, !sawPoint || fractionDigits > 0 else { return nil }
        if overflowed { return Decimal(string: String(decoding: bytes, as: UTF8.self), locale: posix) }
        if significand == 0 { return Decimal(0) }
        return Decimal(sign: negative ? .minus : .plus, exponent: -fractionDigits, significand: Decimal(significand))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// An amount of money with its pence: `12.6` → `"12.60"`, `1800` → `"1800.00"`.
    package static func pounds(_ amount: Decimal) -> String {
        var value = amount, rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .bankers)
        let text = "\(rounded)"
        guard let dot = text.firstIndex(of: ".") else { return text + ".00" }
        let pence = text[text.index(after: dot)...]
        return pence.count == 1 ? text + "0" : text
    }
}
