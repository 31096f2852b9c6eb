/// Whole numbers from plain notation (`12`, `-3`, and `+3` where allowed), as registers
/// and YAML documents write votes, answers and day counts: one reader for both, beside
/// `DecimalText`.
package enum IntegerText {
    /// The whole numbers evidence and rules may hold: far beyond any count of members, votes,
    /// days or pounds-per-share a co-op has, and small enough that sums of a bundle's worth of
    /// them never overflow. A larger one is a located problem where it is read.
    package static let plausible = -1_000_000_000...1_000_000_000

    /// The value, or `nil` for anything else: spaces, underscores, exponents, hex, a `+`
    /// unless `allowingPlus`, or a number that does not fit an `Int`. Reads the string's
    /// UTF-8 in place (every whole-number cell of every register comes through here).
    package static func parse(_ text: String, allowingPlus: Bool = false) -> Int? {
        var text = text
        return text.withUTF8 { bytes in parse(utf8: bytes, allowingPlus: allowingPlus) }
    }

    /// The same for UTF-8 bytes (a register's cell, read where it lies in the file).
    package static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, allowingPlus: Bool = false) -> Int? {
        let negative = bytes.first == UInt8(ascii: "-")
        let signed = negative || allowingPlus && bytes.first == UInt8(ascii: "+")
        let digits = UnsafeBufferPointer(rebasing: bytes[(signed ? 1 : 0)...])
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            guard !overflowA, !overflowB else { return nil }
            value = sum
        }
        return value
    }
}
