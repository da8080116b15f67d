/// What one instruction of a compiled pattern does.
enum Opcode: UInt8, Sendable {
    /// Match code point `a` and move forward (`charBack`: backward).
    case char, charBack
    /// Match the bytes of literal `a` and move forward (`literalBack`: ending at the position, moving back).
    case literal, literalBack
    /// Match one code point in set `a`.
    case set, setBack
    /// Match any one code point.
    case any, anyBack
    /// Match `b...c` code points of set `a` (`a` < 0: any), as many as possible first.
    case loopGreedy, loopGreedyBack
    /// Match `b...c` code points of set `a` (`a` < 0: any), as few as possible first.
    case loopLazy, loopLazyBack
    /// Continue at `a`; on failure, at `b`.
    case split
    /// Continue at `a`.
    case jump
    /// Store the position in capture slot `a`.
    case save
    /// Clear capture slots `a..<b`.
    case resetSlots
    /// Store the position in loop register `a`.
    case loopEnter
    /// Fail when the position equals loop register `a` (an empty iteration).
    case loopCheck
    /// `^` and `$`.
    case assertStart, assertEnd
    /// `\b` and `\B`.
    case wordBoundary, notWordBoundary
    /// Match the text of capture group `a` (forward or backward).
    case backreference, backreferenceBack
    /// Run the lookaround body at the next instruction; continue at `b`. `c`: bit 0 negated.
    case look
    /// The (sub)match succeeded.
    case succeed
}

/// One instruction: an opcode and up to three operands.
struct Instruction: Sendable {
    var op: Opcode
    var a: Int32 = 0
    var b: Int32 = 0
    var c: Int32 = 0
}

/// A compiled pattern ready to run.
struct Program: Sendable {
    var instructions: [Instruction] = []
    var sets: [CodePointSet] = []
    /// The ASCII membership of each set, two words per set, for the matcher's fast path.
    var asciiMasks: [UInt64] = []
    var literals: [[UInt8]] = []
    /// Capture groups, not counting the whole match.
    var groupCount = 0
    /// Loop registers used by empty-iteration checks.
    var registerCount = 0
    /// Whether the pattern has backreferences (captures then matter for the outcome).
    var hasBackreferences = false
    /// Whether the pattern can only match at the start of the input.
    var anchoredAtStart = false
    /// Bytes that can begin a match, when known and the pattern cannot match the empty string.
    var firstBytes: [Bool]? = nil
    /// The whole pattern is this literal (no anchors, groups or other syntax).
    var pureLiteral: [UInt8]? = nil
}
