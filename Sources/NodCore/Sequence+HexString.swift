extension Sequence<UInt8> {
    /// Lower-case hexadecimal: how nod writes every digest (SHA-256 of files, bundles,
    /// rule packs, key ids).
    @inlinable package var hexString: String {
        if let text = withContiguousStorageIfAvailable(Self.hexString(of:)) { return text }
        return Array(self).withUnsafeBufferPointer(Self.hexString(of:))
    }

    /// Two digits a byte, written straight into the string's storage.
    @inlinable static func hexString(of bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { digits in
            for (index, byte) in bytes.enumerated() {
                digits[2 * index] = hexDigit(byte >> 4)
                digits[2 * index + 1] = hexDigit(byte & 0x0F)
            }
            return bytes.count * 2
        }
    }

    /// `0`–`9`, `a`–`f` for a value below 16.
    @inlinable static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}

extension String {
    /// `count` bytes from the system's cryptographic generator, as lower-case hex: the one way
    /// nod makes tokens and ids that strangers must not guess.
    package static func randomHex(bytes count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }.hexString
    }

    /// Whether the text is exactly `digits` lower-case hexadecimal digits, as `hexString` writes
    /// them: anything else (upper case, a path, a dot) names no digest, token or id.
    package func isLowercaseHex(digits: Int) -> Bool {
        utf8.count == digits && utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
    }
}
