/// The syntax tree of a parsed pattern.
indirect enum RegexNode: Sendable {
    /// Matches the empty string.
    case empty
    /// One code point.
    case char(UInt32)
    /// One code point from a set (`.`, `[...]`, `\d`, `\p{...}`).
    case set(CodePointSet)
    /// Each node in turn.
    case sequence([RegexNode])
    /// The first alternative that leads to a match.
    case alternation([RegexNode])
    /// A group; `capture` is its 1-based index when it captures.
    case group(RegexNode, capture: Int?)
    /// A backreference to a capture group (1-based).
    case backreference(Int)
    /// A backreference by name, resolved after parsing.
    case namedBackreference(String, offset: Int)
    /// `^`: the start of the input.
    case inputStart
    /// `$`: the end of the input.
    case inputEnd
    /// `\b` (or `\B` when `negated`).
    case wordBoundary(negated: Bool)
    /// A lookaround assertion.
    case look(RegexNode, behind: Bool, negated: Bool)
    /// A quantified node; `max` is `nil` for no upper bound.
    case quantified(RegexNode, min: Int, max: Int?, greedy: Bool)

    /// The range of capture group indexes inside the node, if any.
    var captureRange: ClosedRange<Int>? {
        switch self {
        case .group(let inner, let capture):
            let innerRange = inner.captureRange
            guard let capture else { return innerRange }
            guard let innerRange else { return capture...capture }
            return Swift.min(capture, innerRange.lowerBound)...Swift.max(capture, innerRange.upperBound)
        case .sequence(let nodes), .alternation(let nodes):
            var result: ClosedRange<Int>? = nil
            for n in nodes {
                guard let r = n.captureRange else { continue }
                if let current = result {
                    result = Swift.min(current.lowerBound, r.lowerBound)...Swift.max(current.upperBound, r.upperBound)
                } else {
                    result = r
                }
            }
            return result
        case .look(let inner, _, _), .quantified(let inner, _, _, _):
            return inner.captureRange
        default:
            return nil
        }
    }

    /// Whether the node may match without consuming input (conservative: `true` when unsure).
    var canMatchEmpty: Bool {
        switch self {
        case .char, .set: return false
        case .sequence(let nodes): return nodes.allSatisfy(\.canMatchEmpty)
        case .alternation(let nodes): return nodes.contains(where: \.canMatchEmpty)
        case .group(let inner, _): return inner.canMatchEmpty
        case .quantified(let inner, let min, _, _): return min == 0 || inner.canMatchEmpty
        default: return true
        }
    }

    /// Whether the node contains a backreference.
    var hasBackreference: Bool {
        switch self {
        case .backreference, .namedBackreference: return true
        case .sequence(let nodes), .alternation(let nodes): return nodes.contains(where: \.hasBackreference)
        case .group(let inner, _), .look(let inner, _, _), .quantified(let inner, _, _, _):
            return inner.hasBackreference
        default: return false
        }
    }
}
