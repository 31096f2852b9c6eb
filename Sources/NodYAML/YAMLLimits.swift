/// Budgets that stop a hostile document (billion laughs, deep nesting) before it costs
/// memory or time. The defaults are docs/bundle.md's.
package struct YAMLLimits: Sendable, Hashable {
    /// Deepest nesting of lists and mappings.
    package var maxDepth: Int
    /// Nodes in the document after every alias is counted at its full size.
    package var maxNodes: Int

    package init(maxDepth: Int = 64, maxNodes: Int = 100_000) {
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    package static let `default` = YAMLLimits()
}
