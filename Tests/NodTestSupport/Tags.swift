public import Testing

extension Tag {
    /// Tests that take seconds rather than milliseconds — archives of gigabytes, runs under a
    /// memory cap, property tests over many damaged bundles. They run in CI with the rest; a
    /// quick local run can leave them out: `swift test --skip BoundsTests --skip EvidenceLossTests`.
    @Tag public static var slow: Self
}
