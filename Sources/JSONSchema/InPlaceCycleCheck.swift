/// Finds schemas that apply themselves to the same instance forever (`{"$ref": "#"}`,
/// `$defs` that refer to each other through `allOf`), which no instance could ever finish.
enum InPlaceCycleCheck {
    /// Throws when the in-place graph (`$ref`, `allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else`)
    /// has a cycle.
    static func check(_ nodes: [Node]) throws(SchemaError) {
        // 0 = unvisited, 1 = on the current path, 2 = done. Iterative depth-first search.
        var state = [UInt8](repeating: 0, count: nodes.count)
        for start in nodes.indices where state[start] == 0 {
            var stack: [(node: Int, edges: [NodeID], next: Int)] = [(start, edges(of: nodes[start]), 0)]
            state[start] = 1
            while !stack.isEmpty {
                let top = stack.count - 1
                if stack[top].next == stack[top].edges.count {
                    state[stack[top].node] = 2
                    stack.removeLast()
                    continue
                }
                let target = Int(stack[top].edges[stack[top].next])
                stack[top].next += 1
                switch state[target] {
                case 0:
                    state[target] = 1
                    stack.append((target, edges(of: nodes[target]), 0))
                case 1:
                    throw SchemaError(
                        "schema refers to itself without reaching into the instance, so validation would never end",
                        at: nodes[target].location.absoluteLocation())
                default:
                    break
                }
            }
        }
    }

    private static func edges(of node: Node) -> [NodeID] {
        var out: [NodeID] = []
        for keyword in node.keywords {
            switch keyword.kind {
            case .ref(let n): out.append(n)
            case .allOf(let ns), .anyOf(let ns), .oneOf(let ns): out.append(contentsOf: ns)
            case .not(let n): out.append(n)
            case .conditional(let c, let t, let e):
                out.append(c)
                if let t { out.append(t) }
                if let e { out.append(e) }
            default: break
            }
        }
        return out
    }
}
