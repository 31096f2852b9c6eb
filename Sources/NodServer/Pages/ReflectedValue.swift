import Mustache

/// A page's content as the templates read it: each struct reflected once, into a table of its
/// fields, rather than once for every `{{name}}` a template looks up (swift-mustache reflects
/// on every lookup otherwise, and a page does dozens).
struct ReflectedValue: MustacheParent {
    let fields: [String: Any]

    func child(named name: String) -> Any? { fields[name] }

    /// `value` with every struct and class inside it (through arrays and optionals) made a
    /// `ReflectedValue`; strings, numbers, booleans and dictionaries are kept as they are.
    static func wrap(_ value: Any) -> Any? {
        switch value {
        case is String, is Bool, is Int, is Int64, is Double, is [String: String], is ReflectedValue:
            return value
        case let list as [Any]:
            return list.compactMap(wrap)
        default:
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional:
                return mirror.children.first.flatMap { wrap($0.value) }
            case .struct, .class:
                var fields: [String: Any] = [:]
                for child in mirror.children {
                    if let label = child.label, let wrapped = wrap(child.value) { fields[label] = wrapped }
                }
                return ReflectedValue(fields: fields)
            default:
                return value
            }
        }
    }
}
