/// A compiled schema: immutable nodes, shared safely between threads.
///
/// Besides the nodes as compiled, it keeps a flat copy for the evaluator: every node's keywords in
/// one buffer and a trivial `NodeHeader` per node, so the hot loop indexes instead of copying arrays.
final class Program: @unchecked Sendable {
    /// Every compiled subschema; `NodeID`s index this array.
    let nodes: [Node]
    /// Where each keyword is, for error reports (`Keyword.site` indexes this array).
    let sites: [KeywordSite]
    /// Every schema resource, for `$dynamicRef` / `$recursiveRef`.
    let resources: [Resource]
    /// The node of the root schema.
    let root: NodeID
    /// Whether validation has to track the dynamic scope.
    let usesDynamicScope: Bool
    /// One header per node (same indices as `nodes`); immutable after `init`.
    let headers: UnsafeMutableBufferPointer<NodeHeader>
    /// Every node's keywords, back to back; immutable after `init`.
    let keywords: UnsafeMutableBufferPointer<Keyword>

    init(nodes: [Node], sites: [KeywordSite], resources: [Resource], root: NodeID, usesDynamicScope: Bool) {
        self.nodes = nodes
        self.sites = sites
        self.resources = resources
        self.root = root
        self.usesDynamicScope = usesDynamicScope
        let total = nodes.reduce(0) { $0 + $1.keywords.count }
        headers = .allocate(capacity: nodes.count)
        keywords = .allocate(capacity: total)
        var next = 0
        for (i, node) in nodes.enumerated() {
            var isFalse = false
            if node.keywords.count == 1, case .falseSchema = node.keywords[0].kind { isFalse = true }
            (headers.baseAddress! + i).initialize(
                to: NodeHeader(
                    start: Int32(next), end: Int32(next + node.keywords.count), resource: node.resource,
                    hasUnevaluated: node.hasUnevaluated, isFalse: isFalse))
            for keyword in node.keywords {
                (keywords.baseAddress! + next).initialize(to: keyword)
                next += 1
            }
        }
    }

    /// The canonical URI of the keyword at `site` (`https://example.com/s#/properties/a/type`).
    func absoluteLocation(_ site: Int32) -> String {
        let keyword = sites[Int(site)]
        return nodes[Int(keyword.node)].location.absoluteLocation(appending: keyword.name)
    }

    deinit {
        keywords.deinitialize()
        keywords.deallocate()
        headers.deinitialize()
        headers.deallocate()
    }
}

/// What the evaluator needs of a node, with no reference-counted fields.
struct NodeHeader: Sendable {
    /// The node's keywords: `Program.keywords[start..<end]`.
    var start: Int32
    var end: Int32
    /// The schema resource the node belongs to (for the dynamic scope).
    var resource: Int32
    /// Whether the node has `unevaluatedProperties` or `unevaluatedItems`.
    var hasUnevaluated: Bool
    /// Whether the node is the `false` schema.
    var isFalse: Bool
}
