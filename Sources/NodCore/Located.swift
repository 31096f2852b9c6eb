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
