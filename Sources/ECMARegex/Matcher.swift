/// Runs a `Program` over UTF-8 bytes with backtracking, a step budget and, when backtracking gets
/// heavy, a visited-state memo that keeps patterns without backreferences linear in the input.
struct Matcher {
    /// One saved alternative or undo record on the backtrack stack.
    private struct Frame {
        /// One of the `Frame.*` kinds.
        var kind: Int32
        var pc: Int32
        var pos: Int
        var extra: Int
    }

    private static let branch: Int32 = 0
    private static let restoreSlot: Int32 = 1
    private static let giveBack: Int32 = 2
    private static let takeMore: Int32 = 3

    private let code: UnsafeBufferPointer<Instruction>
    private let sets: UnsafeBufferPointer<CodePointSet>
    private let asciiMasks: UnsafeBufferPointer<UInt64>
    private let literals: [[UInt8]]
    private let input: UnsafeBufferPointer<UInt8>
    private let count: Int
    private let trackCaptures: Bool
    private let memoAllowed: Bool
    /// Capture slots (2 per group) followed by loop registers; -1 is unset.
    var slots: [Int]
    private var stack: [Frame] = []
    private var steps = 0
    private let stepLimit: Int
    private let memoThreshold: Int
    private var memo: [UInt64] = []
    private var memoActive = false
    /// Set when the step budget ran out; the answer is then unknown.
    private(set) var budgetExceeded = false

    init(
        program: Program, code: UnsafeBufferPointer<Instruction>, sets: UnsafeBufferPointer<CodePointSet>,
        asciiMasks: UnsafeBufferPointer<UInt64>, input: UnsafeBufferPointer<UInt8>, trackCaptures: Bool,
        memoizeFromStart: Bool = false
    ) {
        self.code = code
        self.sets = sets
        self.asciiMasks = asciiMasks
        self.literals = program.literals
        self.input = input
        self.count = input.count
        self.trackCaptures = trackCaptures || program.hasBackreferences
        // Capture slots are only needed when captures are reported or referenced; loop registers
        // live at the end of the array either way.
        let captureSlots = self.trackCaptures ? program.groupCount * 2 : 0
        self.slots = [Int](repeating: -1, count: captureSlots + program.registerCount)
        let n = input.count + 1
        self.stepLimit = ECMARegex.baseStepBudget + Swift.max(1_000, 4 * code.count) * n
        self.memoThreshold = memoizeFromStart ? 0 : 1_024 + 16 * n
        let memoBits = 2 * code.count * n
        self.memoAllowed = !program.hasBackreferences && memoBits <= 1 << 28
    }

    // MARK: - Decoding

    @inline(__always)
    private func decode(at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(input[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(input[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(input[i + 1] & 0x3F) << 6 | UInt32(input[i + 2] & 0x3F), 3)
        }
        return (
            (b0 & 0x07) << 18 | UInt32(input[i + 1] & 0x3F) << 12 | UInt32(input[i + 2] & 0x3F) << 6
                | UInt32(input[i + 3] & 0x3F), 4
        )
    }

    /// The code point ending at `i` (exclusive) and where it starts.
    @inline(__always)
    private func decode(before i: Int) -> (UInt32, Int) {
        var start = i - 1
        while input[start] & 0xC0 == 0x80 { start -= 1 }
        return (decode(at: start).0, start)
    }

    @inline(__always)
    private func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }

    @inline(__always)
    private func matchesSet(_ id: Int32, _ c: UInt32) -> Bool {
        if id < 0 { return true }
        if c < 128 { return asciiMasks[Int(id) &* 2 &+ Int(c >> 6)] & (1 << UInt64(c & 63)) != 0 }
        return sets[Int(id)].contains(c)
    }

    // MARK: - Running

    /// Tries to match from `start`; returns the end position or -1.
    mutating func match(at start: Int) -> Int {
        let end = run(pc: 0, pos: start, depth: 0)
        stack.removeAll(keepingCapacity: true)
        return end
    }

    private mutating func run(pc startPC: Int, pos startPos: Int, depth: Int) -> Int {
        let base = stack.count
        var pc = startPC
        var pos = startPos
        let n = count
        execution: while true {
            steps &+= 1
            if steps > memoThreshold {
                if steps > stepLimit {
                    budgetExceeded = true
                    return -1
                }
                if !memoActive && memoAllowed {
                    memo = [UInt64](repeating: 0, count: (2 * code.count * (n + 1) + 63) / 64)
                    memoActive = true
                }
            }
            var failed = false
            if memoActive && depth == 0 {
                let key = pc * (n + 1) + pos
                let bit: UInt64 = 1 << UInt64(key & 63)
                if memo[key >> 6] & bit != 0 {
                    failed = true
                } else {
                    memo[key >> 6] |= bit
                }
            }
            if !failed {
                let ins = code[pc]
                switch ins.op {
                case .char:
                    if pos < n {
                        let (c, w) = decode(at: pos)
                        if c == UInt32(bitPattern: ins.a) {
                            pos += w
                            pc += 1
                            continue execution
                        }
                    }
                case .charBack:
                    if pos > 0 {
                        let (c, s) = decode(before: pos)
                        if c == UInt32(bitPattern: ins.a) {
                            pos = s
                            pc += 1
                            continue execution
                        }
                    }
                case .literal:
                    let lit = literals[Int(ins.a)]
                    if pos + lit.count <= n {
                        var k = 0
                        while k < lit.count, input[pos + k] == lit[k] { k += 1 }
                        if k == lit.count {
                            pos += k
                            pc += 1
                            continue execution
                        }
                    }
                case .literalBack:
                    let lit = literals[Int(ins.a)]
                    let from = pos - lit.count
                    if from >= 0 {
                        var k = 0
                        while k < lit.count, input[from + k] == lit[k] { k += 1 }
                        if k == lit.count {
                            pos = from
                            pc += 1
                            continue execution
                        }
                    }
                case .set:
                    if pos < n {
                        let (c, w) = decode(at: pos)
                        if matchesSet(ins.a, c) {
                            pos += w
                            pc += 1
                            continue execution
                        }
                    }
                case .setBack:
                    if pos > 0 {
                        let (c, s) = decode(before: pos)
                        if matchesSet(ins.a, c) {
                            pos = s
                            pc += 1
                            continue execution
                        }
                    }
                case .any:
                    if pos < n {
                        pos += decode(at: pos).1
                        pc += 1
                        continue execution
                    }
                case .anyBack:
                    if pos > 0 {
                        pos = decode(before: pos).1
                        pc += 1
                        continue execution
                    }
                case .loopGreedy:
                    let minCount = Int(ins.b)
                    let maxCount = Int(ins.c)
                    var k = 0
                    var p = pos
                    var minPos = pos
                    while k < minCount, p < n {
                        let (c, w) = decode(at: p)
                        guard matchesSet(ins.a, c) else { break }
                        p += w
                        k += 1
                    }
                    guard k == minCount else { break }
                    minPos = p
                    let tails = memoActive && depth == 0 && maxCount == Int(Int32.max)
                    if tails {
                        // With the memo on, an unbounded loop remembers the positions its tail has been
                        // tried from: everything past an explored tail position was explored with it.
                        if testAndMarkTail(pc, p) { break }
                        while p < n {
                            let (c, w) = decode(at: p)
                            guard matchesSet(ins.a, c), !testAndMarkTail(pc, p + w) else { break }
                            p += w
                        }
                    } else {
                        while k < maxCount, p < n {
                            let (c, w) = decode(at: p)
                            guard matchesSet(ins.a, c) else { break }
                            p += w
                            k += 1
                        }
                    }
                    steps &+= (p - pos) >> 2
                    if p > minPos, code[pc + 1].op != .assertEnd {
                        stack.append(Frame(kind: Matcher.giveBack, pc: Int32(pc), pos: p, extra: minPos))
                    }
                    pos = p
                    pc += 1
                    continue execution
                case .loopGreedyBack:
                    let minCount = Int(ins.b)
                    let maxCount = Int(ins.c)
                    var k = 0
                    var p = pos
                    var minPos = pos
                    while k < maxCount, p > 0 {
                        let (c, s) = decode(before: p)
                        guard matchesSet(ins.a, c) else { break }
                        p = s
                        k += 1
                        if k == minCount { minPos = p }
                    }
                    if k >= minCount {
                        if minCount == 0 { minPos = pos }
                        if p < minPos {
                            stack.append(Frame(kind: Matcher.giveBack, pc: Int32(pc), pos: p, extra: minPos))
                        }
                        pos = p
                        pc += 1
                        continue execution
                    }
                case .loopLazy, .loopLazyBack:
                    let backward = ins.op == .loopLazyBack
                    let minCount = Int(ins.b)
                    var k = 0
                    var p = pos
                    var ok = true
                    while k < minCount {
                        if let next = step(from: p, set: ins.a, backward: backward) {
                            p = next
                            k += 1
                        } else {
                            ok = false
                            break
                        }
                    }
                    if ok {
                        if memoActive && depth == 0 && ins.c == Int32.max && testAndMarkTail(pc, p) { break }
                        if k < Int(ins.c) {
                            stack.append(Frame(kind: Matcher.takeMore, pc: Int32(pc), pos: p, extra: k))
                        }
                        pos = p
                        pc += 1
                        continue execution
                    }
                case .split:
                    stack.append(Frame(kind: Matcher.branch, pc: ins.b, pos: pos, extra: 0))
                    pc = Int(ins.a)
                    continue execution
                case .jump:
                    pc = Int(ins.a)
                    continue execution
                case .save:
                    if trackCaptures {
                        let slot = Int(ins.a)
                        stack.append(Frame(kind: Matcher.restoreSlot, pc: ins.a, pos: slots[slot], extra: 0))
                        slots[slot] = pos
                    }
                    pc += 1
                    continue execution
                case .resetSlots:
                    if trackCaptures {
                        for slot in Int(ins.a)..<Int(ins.b) where slots[slot] != -1 {
                            stack.append(Frame(kind: Matcher.restoreSlot, pc: Int32(slot), pos: slots[slot], extra: 0))
                            slots[slot] = -1
                        }
                    }
                    pc += 1
                    continue execution
                case .loopEnter:
                    let slot = slots.count - 1 - Int(ins.a)
                    stack.append(Frame(kind: Matcher.restoreSlot, pc: Int32(slot), pos: slots[slot], extra: 0))
                    slots[slot] = pos
                    pc += 1
                    continue execution
                case .loopCheck:
                    if slots[slots.count - 1 - Int(ins.a)] != pos {
                        pc += 1
                        continue execution
                    }
                case .assertStart:
                    if pos == 0 {
                        pc += 1
                        continue execution
                    }
                case .assertEnd:
                    if pos == n {
                        pc += 1
                        continue execution
                    }
                case .wordBoundary, .notWordBoundary:
                    let before = pos > 0 && isWordByte(input[pos - 1])
                    let after = pos < n && isWordByte(input[pos])
                    if (before != after) == (ins.op == .wordBoundary) {
                        pc += 1
                        continue execution
                    }
                case .backreference, .backreferenceBack:
                    let g = Int(ins.a) - 1
                    let s = slots[2 * g]
                    let e = slots[2 * g + 1]
                    if s < 0 || e < 0 {
                        pc += 1
                        continue execution
                    }
                    let length = e - s
                    steps &+= length >> 2
                    let from = ins.op == .backreference ? pos : pos - length
                    if from >= 0 && from + length <= n {
                        var k = 0
                        while k < length, input[s + k] == input[from + k] { k += 1 }
                        if k == length {
                            pos = ins.op == .backreference ? pos + length : from
                            pc += 1
                            continue execution
                        }
                    }
                case .look:
                    let mark = stack.count
                    let result = run(pc: pc + 1, pos: pos, depth: depth + 1)
                    if budgetExceeded { return -1 }
                    let negated = ins.c & 1 != 0
                    if negated {
                        if result < 0 {
                            pc = Int(ins.b)
                            continue execution
                        }
                        unwind(to: mark)
                    } else if result >= 0 {
                        // Keep the capture undo records, drop the body's alternatives: lookarounds are atomic.
                        var w = mark
                        for i in mark..<stack.count where stack[i].kind == Matcher.restoreSlot {
                            stack[w] = stack[i]
                            w += 1
                        }
                        stack.removeLast(stack.count - w)
                        pc = Int(ins.b)
                        continue execution
                    }
                case .succeed:
                    return pos
                }
            }
            // Failure: backtrack.
            while stack.count > base {
                let f = stack.removeLast()
                switch f.kind {
                case Matcher.restoreSlot:
                    slots[Int(f.pc)] = f.pos
                case Matcher.branch:
                    pc = Int(f.pc)
                    pos = f.pos
                    continue execution
                case Matcher.giveBack:
                    let backward = code[Int(f.pc)].op == .loopGreedyBack
                    let newPos = backward ? f.pos + decode(at: f.pos).1 : decode(before: f.pos).1
                    if backward ? newPos < f.extra : newPos > f.extra {
                        stack.append(Frame(kind: Matcher.giveBack, pc: f.pc, pos: newPos, extra: f.extra))
                    }
                    pc = Int(f.pc) + 1
                    pos = newPos
                    continue execution
                default:  // takeMore
                    let ins = code[Int(f.pc)]
                    guard let next = step(from: f.pos, set: ins.a, backward: ins.op == .loopLazyBack) else { continue }
                    if memoActive && depth == 0 && ins.c == Int32.max && testAndMarkTail(Int(f.pc), next) { continue }
                    if f.extra + 1 < Int(ins.c) {
                        stack.append(Frame(kind: Matcher.takeMore, pc: f.pc, pos: next, extra: f.extra + 1))
                    }
                    pc = Int(f.pc) + 1
                    pos = next
                    continue execution
                }
            }
            return -1
        }
    }

    /// Whether the tail of the loop at `pc` was already tried from `pos`; marks it as tried.
    @inline(__always)
    private mutating func testAndMarkTail(_ pc: Int, _ pos: Int) -> Bool {
        let key = (code.count + pc) * (count + 1) + pos
        let bit: UInt64 = 1 << UInt64(key & 63)
        if memo[key >> 6] & bit != 0 { return true }
        memo[key >> 6] |= bit
        return false
    }

    /// One code point of `set` from `p` in the given direction; nil when there is none.
    @inline(__always)
    private func step(from p: Int, set: Int32, backward: Bool) -> Int? {
        if backward {
            guard p > 0 else { return nil }
            let (c, s) = decode(before: p)
            return matchesSet(set, c) ? s : nil
        }
        guard p < count else { return nil }
        let (c, w) = decode(at: p)
        return matchesSet(set, c) ? p + w : nil
    }

    /// Pops frames above `mark`, undoing capture changes.
    private mutating func unwind(to mark: Int) {
        while stack.count > mark {
            let f = stack.removeLast()
            if f.kind == Matcher.restoreSlot { slots[Int(f.pc)] = f.pos }
        }
    }
}
