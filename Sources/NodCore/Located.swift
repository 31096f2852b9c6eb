/// A decoder that knows where in a file the value it is decoding came from.
///
/// NodYAML's decoder conforms; `Located` asks for it so that evidence values can cite
/// their line without the evidence model importing the YAML module.
public protocol LocatingDecoder: Decoder {
    var sourceLocation: FileLocation { get }
}

/// A value together with the place it was read from, so a finding can cite `file:line`.
public struct Located<Value> {
    public var value: Value
    public var location: FileLocation

    public init(_ value: Value, at location: FileLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

extension Located: Decodable where Value: Decodable {
    public init(from decoder: any Decoder) throws {
        // Through a single-value container, so a decoder's special cases (Decimal) apply.
        self.value = try decoder.singleValueContainer().decode(Value.self)
        self.location = (decoder as? any LocatingDecoder)?.sourceLocation ?? FileLocation(file: "")
    }
}

extension Located: Encodable where Value: Encodable {
    /// Encodes the value alone; locations travel separately in reports.
    public func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }
}
