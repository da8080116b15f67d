/// Turns a `RegexNode` tree into a `Program` for the backtracking matcher.
struct RegexCompiler {
    private var program = Program()
    private var setIndex: [CodePointSet: Int32] = [:]

    /// Programs larger than this are refused rather than built.
    static let maxInstructions = 100_000

    /// Compiles a parsed pattern.
    static func compile(_ parsed: RegexParser.Result) throws(ECMARegexError) -> Program {
        var compiler = RegexCompiler()
        compiler.program.groupCount = parsed.groupCount
        compiler.program.hasBackreferences = parsed.root.hasBackreference
        try compiler.emit(parsed.root, backward: false)
        compiler.append(Instruction(op: .succeed))
        try compiler.checkSize()
        var program = compiler.program
        program.anchoredAtStart = RegexCompiler.isAnchored(parsed.root)
        if let info = RegexCompiler.firstInfo(parsed.root), !info.nullable {
            var table = [Bool](repeating: false, count: 256)
            for r in info.set.ranges where r.lowerBound < 128 {
                for c in r.lowerBound...min(r.upperBound, 127) { table[Int(c)] = true }
            }
            if info.set.hasNonASCII {
                for b in 0xC2...0xF4 { table[b] = true }
            }
            program.firstBytes = table
        }
        program.pureLiteral = RegexCompiler.literalBytes(parsed.root)
        program.asciiMasks = program.sets.flatMap { [$0.asciiLow, $0.asciiHigh] }
        return program
    }

    // MARK: - Emission

    private var here: Int32 { Int32(program.instructions.count) }

    private mutating func append(_ instruction: Instruction) {
        program.instructions.append(instruction)
    }

    private mutating func checkSize() throws(ECMARegexError) {
        if program.instructions.count > RegexCompiler.maxInstructions {
            throw ECMARegexError(
                "pattern is too large to compile (repetition counts too high)", offset: 0,
                kind: .unsupported)
        }
    }

    private mutating func setID(_ set: CodePointSet) -> Int32 {
        if let id = setIndex[set] { return id }
        let id = Int32(program.sets.count)
        program.sets.append(set)
        setIndex[set] = id
        return id
    }

    private mutating func emit(_ node: RegexNode, backward: Bool) throws(ECMARegexError) {
        try checkSize()
        switch node {
        case .empty:
            break
        case .char(let c):
            append(Instruction(op: backward ? .charBack : .char, a: Int32(bitPattern: c)))
        case .set(let set):
            if set.isAll {
                append(Instruction(op: backward ? .anyBack : .any))
            } else if let c = set.singleCodePoint {
                append(Instruction(op: backward ? .charBack : .char, a: Int32(bitPattern: c)))
            } else {
                append(Instruction(op: backward ? .setBack : .set, a: setID(set)))
            }
        case .sequence(let nodes):
            try emitSequence(nodes, backward: backward)
        case .alternation(let nodes):
            var jumpsToEnd: [Int] = []
            for (i, alternative) in nodes.enumerated() {
                if i < nodes.count - 1 {
                    let split = Int(here)
                    append(Instruction(op: .split, a: here + 1))
                    try emit(alternative, backward: backward)
                    jumpsToEnd.append(Int(here))
                    append(Instruction(op: .jump))
                    program.instructions[split].b = here
                } else {
                    try emit(alternative, backward: backward)
                }
            }
            for j in jumpsToEnd { program.instructions[j].a = here }
        case .group(let inner, let capture):
            guard let capture else {
                try emit(inner, backward: backward)
                return
            }
            let startSlot = Int32((capture - 1) * 2)
            append(Instruction(op: .save, a: backward ? startSlot + 1 : startSlot))
            try emit(inner, backward: backward)
            append(Instruction(op: .save, a: backward ? startSlot : startSlot + 1))
        case .backreference(let number):
            append(Instruction(op: backward ? .backreferenceBack : .backreference, a: Int32(number)))
        case .namedBackreference(_, let offset):
            throw ECMARegexError("unresolved named reference", offset: offset)
        case .inputStart:
            append(Instruction(op: .assertStart))
        case .inputEnd:
            append(Instruction(op: .assertEnd))
        case .wordBoundary(let negated):
            append(Instruction(op: negated ? .notWordBoundary : .wordBoundary))
        case .look(let inner, let behind, let negated):
            let look = Int(here)
            append(Instruction(op: .look, c: negated ? 1 : 0))
            try emit(inner, backward: behind)
            append(Instruction(op: .succeed))
            program.instructions[look].b = here
        case .quantified(let inner, let min, let max, let greedy):
            try emitQuantified(inner, min: min, max: max, greedy: greedy, backward: backward)
        }
    }

    private mutating func emitSequence(_ nodes: [RegexNode], backward: Bool) throws(ECMARegexError) {
        // Group runs of literal code points so they compare as bytes.
        var pieces: [RegexNode] = []
        var run: [UInt32] = []
        var literalRuns: [Int: [UInt32]] = [:]
        func flush() {
            if run.count >= 2 {
                literalRuns[pieces.count] = run
                pieces.append(.empty)
            } else if let c = run.first {
                pieces.append(.char(c))
            }
            run.removeAll()
        }
        for node in nodes {
            if case .char(let c) = node {
                run.append(c)
            } else {
                flush()
                pieces.append(node)
            }
        }
        flush()
        let order = backward ? Array(pieces.indices.reversed()) : Array(pieces.indices)
        for i in order {
            if let literal = literalRuns[i] {
                var bytes: [UInt8] = []
                for c in literal {
                    if let scalar = Unicode.Scalar(c) {
                        bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
                    } else {
                        bytes = []  // a lone surrogate never matches a Swift string
                        break
                    }
                }
                if bytes.isEmpty {
                    append(Instruction(op: backward ? .charBack : .char, a: Int32(bitPattern: literal[0])))
                    for c in literal.dropFirst() {
                        append(Instruction(op: backward ? .charBack : .char, a: Int32(bitPattern: c)))
                    }
                    continue
                }
                let id = Int32(program.literals.count)
                program.literals.append(bytes)
                append(Instruction(op: backward ? .literalBack : .literal, a: id))
            } else {
                try emit(pieces[i], backward: backward)
            }
        }
    }

    private mutating func emitQuantified(
        _ inner: RegexNode, min: Int, max: Int?, greedy: Bool, backward: Bool
    ) throws(ECMARegexError) {
        if let max, max == 0 { return }
        let cap = Int(Int32.max)
        // A single code point class repeats in one instruction.
        var single: Int32? = nil
        switch inner {
        case .char(let c): single = setID(CodePointSet(c))
        case .set(let s): single = s.isAll ? -1 : setID(s)
        default: break
        }
        if let single {
            let op: Opcode =
                greedy ? (backward ? .loopGreedyBack : .loopGreedy) : (backward ? .loopLazyBack : .loopLazy)
            append(Instruction(op: op, a: single, b: Int32(Swift.min(min, cap)), c: Int32(Swift.min(max ?? cap, cap))))
            return
        }
        let slots = inner.captureRange.map { (Int32(($0.lowerBound - 1) * 2), Int32($0.upperBound * 2)) }
        let needsEmptyCheck = inner.canMatchEmpty
        let copies = Swift.min(min, RegexCompiler.maxInstructions + 1)
        for _ in 0..<copies {
            if let slots { append(Instruction(op: .resetSlots, a: slots.0, b: slots.1)) }
            try emit(inner, backward: backward)
            try checkSize()
        }
        var register: Int32 = -1
        if needsEmptyCheck {
            register = Int32(program.registerCount)
            program.registerCount += 1
        }
        func optionalBody(_ compiler: inout RegexCompiler) throws(ECMARegexError) {
            if register >= 0 { compiler.append(Instruction(op: .loopEnter, a: register)) }
            if let slots { compiler.append(Instruction(op: .resetSlots, a: slots.0, b: slots.1)) }
            try compiler.emit(inner, backward: backward)
            if register >= 0 { compiler.append(Instruction(op: .loopCheck, a: register)) }
        }
        if let max {
            let optional = Swift.min(max - min, RegexCompiler.maxInstructions + 1)
            var splits: [Int] = []
            for _ in 0..<optional {
                splits.append(Int(here))
                append(Instruction(op: .split))
                try optionalBody(&self)
                try checkSize()
            }
            for s in splits {
                if greedy {
                    program.instructions[s].a = Int32(s + 1)
                    program.instructions[s].b = here
                } else {
                    program.instructions[s].a = here
                    program.instructions[s].b = Int32(s + 1)
                }
            }
        } else {
            let split = Int(here)
            append(Instruction(op: .split))
            try optionalBody(&self)
            append(Instruction(op: .jump, a: Int32(split)))
            if greedy {
                program.instructions[split].a = Int32(split + 1)
                program.instructions[split].b = here
            } else {
                program.instructions[split].a = here
                program.instructions[split].b = Int32(split + 1)
            }
        }
    }

    // MARK: - Analysis for fast paths

    private static func isAnchored(_ node: RegexNode) -> Bool {
        switch node {
        case .inputStart: true
        case .sequence(let nodes): nodes.first.map(isAnchored) ?? false
        case .alternation(let nodes): nodes.allSatisfy(isAnchored)
        case .group(let inner, _): isAnchored(inner)
        default: false
        }
    }

    /// The code points that can begin a match and whether the node can match empty; nil when unknown.
    private static func firstInfo(_ node: RegexNode) -> (set: CodePointSet, nullable: Bool)? {
        switch node {
        case .empty, .inputStart, .inputEnd, .wordBoundary, .look:
            return (CodePointSet(), true)
        case .char(let c):
            return (CodePointSet(c), false)
        case .set(let s):
            return (s, false)
        case .sequence(let nodes):
            var acc = CodePointSet()
            for n in nodes {
                guard let f = firstInfo(n) else { return nil }
                acc = acc.union(f.set)
                if !f.nullable { return (acc, false) }
            }
            return (acc, true)
        case .alternation(let nodes):
            var acc = CodePointSet()
            var nullable = false
            for n in nodes {
                guard let f = firstInfo(n) else { return nil }
                acc = acc.union(f.set)
                nullable = nullable || f.nullable
            }
            return (acc, nullable)
        case .group(let inner, _):
            return firstInfo(inner)
        case .quantified(let inner, let min, let max, _):
            if max == 0 { return (CodePointSet(), true) }
            guard let f = firstInfo(inner) else { return nil }
            return (f.set, min == 0 || f.nullable)
        case .backreference, .namedBackreference:
            return nil
        }
    }

    /// The UTF-8 bytes of a pattern that is only literal code points.
    private static func literalBytes(_ node: RegexNode) -> [UInt8]? {
        var scalars: [UInt32] = []
        switch node {
        case .char(let c): scalars = [c]
        case .sequence(let nodes):
            for n in nodes {
                guard case .char(let c) = n else { return nil }
                scalars.append(c)
            }
        default: return nil
        }
        var text = String.UnicodeScalarView()
        for c in scalars {
            guard let s = Unicode.Scalar(c) else { return nil }
            text.append(s)
        }
        return Array(String(text).utf8)
    }
}
