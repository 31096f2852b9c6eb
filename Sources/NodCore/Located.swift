/// A value together with the place it was read from, so a finding can cite `file:line`.
package struct Located<Value> {
    package var value: Value
    package var location: FileLocation

    package init(_ value: Value, at location: FileLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Sendable where Value: Sendable {}
extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
