/// A compiled schema: immutable nodes, shared safely between threads.
final class Program: Sendable {
    /// Every compiled subschema; `NodeID`s index this array.
    let nodes: [Node]
    /// Every schema resource, for `$dynamicRef` / `$recursiveRef`.
    let resources: [Resource]
    /// The node of the root schema.
    let root: NodeID
    /// Whether validation has to track the dynamic scope.
    let usesDynamicScope: Bool

    init(nodes: [Node], resources: [Resource], root: NodeID, usesDynamicScope: Bool) {
        self.nodes = nodes
        self.resources = resources
        self.root = root
        self.usesDynamicScope = usesDynamicScope
    }
}
