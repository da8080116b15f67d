/// Parses an ECMA-262 pattern with `u` flag semantics into a `RegexNode` tree.
struct RegexParser {
    /// The parse result: the tree and what the compiler needs to know about groups.
    struct Result {
        var root: RegexNode
        var groupCount: Int
        var groupNames: [String: Int]
    }

    private let scalars: [UInt32]
    /// UTF-8 offset of each scalar, plus the pattern's length at the end.
    private let offsets: [Int]
    private var index = 0
    private var groupCount = 0
    private var groupNames: [String: Int] = [:]
    private var numberedReferences: [(number: Int, offset: Int)] = []
    private var depth = 0

    private static let maxDepth = 256

    init(_ pattern: String) {
        var scalars: [UInt32] = []
        var offsets: [Int] = []
        var offset = 0
        for s in pattern.unicodeScalars {
            scalars.append(s.value)
            offsets.append(offset)
            offset += UTF8.width(s)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
    }

    /// Parses the whole pattern.
    mutating func parse() throws(ECMARegexError) -> Result {
        let root = try parseDisjunction()
        if index < scalars.count {
            // parseDisjunction stops only at `)` when not nested.
            throw error("unmatched ')'")
        }
        for reference in numberedReferences where reference.number > groupCount {
            throw ECMARegexError(
                "backreference to group \(reference.number) that does not exist",
                offset: reference.offset)
        }
        let resolved = try resolveNames(root)
        return Result(root: resolved, groupCount: groupCount, groupNames: groupNames)
    }

    // MARK: - Helpers

    private var atEnd: Bool { index >= scalars.count }

    private func peek(_ ahead: Int = 0) -> UInt32? {
        let i = index + ahead
        return i < scalars.count ? scalars[i] : nil
    }

    private func error(_ message: String, at scalarIndex: Int? = nil) -> ECMARegexError {
        let i = Swift.min(scalarIndex ?? index, scalars.count)
        return ECMARegexError(message, offset: offsets[i])
    }

    private mutating func consume(_ c: Character) -> Bool {
        if let p = peek(), p == c.unicodeScalars.first!.value {
            index += 1
            return true
        }
        return false
    }

    private static func isDecimal(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    private static func hexValue(_ c: UInt32) -> UInt32? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x41...0x46: c - 0x41 + 10
        case 0x61...0x66: c - 0x61 + 10
        default: nil
        }
    }

    private static func isSyntaxCharacter(_ c: UInt32) -> Bool {
        switch c {
        case 0x5E, 0x24, 0x5C, 0x2E, 0x2A, 0x2B, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x7C: true
        default: false
        }
    }

    // MARK: - Disjunctions and terms

    private mutating func parseDisjunction() throws(ECMARegexError) -> RegexNode {
        depth += 1
        defer { depth -= 1 }
        if depth > RegexParser.maxDepth { throw error("pattern is nested too deeply") }
        var alternatives = [try parseAlternative()]
        while consume("|") {
            alternatives.append(try parseAlternative())
        }
        return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
    }

    private mutating func parseAlternative() throws(ECMARegexError) -> RegexNode {
        var terms: [RegexNode] = []
        while let c = peek(), c != 0x7C, c != 0x29 {
            terms.append(try parseTerm())
        }
        switch terms.count {
        case 0: return .empty
        case 1: return terms[0]
        default: return .sequence(terms)
        }
    }

    private mutating func parseTerm() throws(ECMARegexError) -> RegexNode {
        let start = index
        let c = scalars[index]
        var atom: RegexNode
        var quantifiable = true
        switch c {
        case 0x5E:  // ^
            index += 1
            atom = .inputStart
            quantifiable = false
        case 0x24:  // $
            index += 1
            atom = .inputEnd
            quantifiable = false
        case 0x5C where peek(1) == 0x62:  // \b
            index += 2
            atom = .wordBoundary(negated: false)
            quantifiable = false
        case 0x5C where peek(1) == 0x42:  // \B
            index += 2
            atom = .wordBoundary(negated: true)
            quantifiable = false
        case 0x28:  // (
            (atom, quantifiable) = try parseGroup()
        case 0x2E:  // .
            index += 1
            atom = .set(RegexParser.dotSet)
        case 0x5B:  // [
            atom = .set(try parseClass())
        case 0x5C:
            atom = try parseAtomEscape()
        case 0x2A, 0x2B, 0x3F:
            throw error("nothing to repeat")
        case 0x7B:
            if parseQuantifierBraces(dryRun: true) != nil { throw error("nothing to repeat") }
            throw error("lone quantifier brackets")
        case 0x7D:
            throw error("lone quantifier brackets")
        case 0x5D:
            throw error("lone ']'")
        default:
            index += 1
            atom = .char(c)
        }
        guard let q = peek(), q == 0x2A || q == 0x2B || q == 0x3F || q == 0x7B else { return atom }
        if !quantifiable {
            throw error("nothing to repeat")
        }
        var min = 0
        var max: Int? = nil
        switch q {
        case 0x2A: index += 1
        case 0x2B:
            index += 1
            min = 1
        case 0x3F:
            index += 1
            max = 1
        default:
            guard let bounds = parseQuantifierBraces(dryRun: false) else {
                throw error("incomplete quantifier")
            }
            (min, max) = bounds
            if let max, max < min { throw error("numbers out of order in quantifier", at: start) }
        }
        let greedy = !consume("?")
        return .quantified(atom, min: min, max: max, greedy: greedy)
    }

    /// Parses `{n}`, `{n,}` or `{n,m}` at the current position; nil when it is not one.
    private mutating func parseQuantifierBraces(dryRun: Bool) -> (Int, Int?)? {
        let saved = index
        defer { if dryRun { index = saved } }
        guard consume("{") else { return nil }
        guard let min = parseDecimal() else {
            index = saved
            return nil
        }
        var max: Int? = min
        if consume(",") {
            max = peek().map(RegexParser.isDecimal) == true ? parseDecimal() : nil
        }
        guard consume("}") else {
            index = saved
            return nil
        }
        return (min, max)
    }

    /// Parses decimal digits, saturating at a large bound (any count above it behaves as unbounded).
    private mutating func parseDecimal() -> Int? {
        var value = 0
        var any = false
        while let c = peek(), RegexParser.isDecimal(c) {
            value = Swift.min(value * 10 + Int(c - 0x30), RegexParser.quantifierCap)
            index += 1
            any = true
        }
        return any ? value : nil
    }

    /// Counts above this are treated as this (larger than any string the engine can search).
    static let quantifierCap = 1 << 40

    // MARK: - Groups

    private mutating func parseGroup() throws(ECMARegexError) -> (RegexNode, Bool) {
        let open = index
        index += 1
        var result: RegexNode
        var quantifiable = true
        if consume("?") {
            if consume(":") {
                result = .group(try parseDisjunction(), capture: nil)
            } else if consume("=") {
                result = .look(try parseDisjunction(), behind: false, negated: false)
                quantifiable = false
            } else if consume("!") {
                result = .look(try parseDisjunction(), behind: false, negated: true)
                quantifiable = false
            } else if peek() == 0x3C, peek(1) == 0x3D {
                index += 2
                result = .look(try parseDisjunction(), behind: true, negated: false)
                quantifiable = false
            } else if peek() == 0x3C, peek(1) == 0x21 {
                index += 2
                result = .look(try parseDisjunction(), behind: true, negated: true)
                quantifiable = false
            } else if consume("<") {
                let nameStart = index
                let name = try parseGroupName()
                if groupNames[name] != nil {
                    throw error("duplicate capture group name '\(name)'", at: nameStart)
                }
                groupCount += 1
                let number = groupCount
                groupNames[name] = number
                result = .group(try parseDisjunction(), capture: number)
            } else if let c = peek(), c == 0x69 || c == 0x6D || c == 0x73 || c == 0x2D {
                throw ECMARegexError(
                    "inline modifiers '(?flags:...)' are not supported", offset: offsets[open],
                    kind: isModifierGroup(at: index) ? .unsupported : .syntax)
            } else {
                throw error("invalid group")
            }
        } else {
            groupCount += 1
            let number = groupCount
            result = .group(try parseDisjunction(), capture: number)
        }
        guard consume(")") else { throw error("unterminated group", at: open) }
        return (result, quantifiable)
    }

    /// Whether `(?ims-ims:` starts at `i` (ES2025 modifiers, valid but not implemented).
    private func isModifierGroup(at i: Int) -> Bool {
        var j = i
        var seen = Set<UInt32>()
        var any = false
        var dash = false
        while j < scalars.count {
            let c = scalars[j]
            if c == 0x3A { return any }
            if c == 0x2D {
                if dash { return false }
                dash = true
            } else if c == 0x69 || c == 0x6D || c == 0x73 {
                if !seen.insert(c).inserted { return false }
                any = true
            } else {
                return false
            }
            j += 1
        }
        return false
    }

    /// Parses `name>` after `(?<` or `\k<`.
    private mutating func parseGroupName() throws(ECMARegexError) -> String {
        var name = String.UnicodeScalarView()
        let start = index
        while true {
            guard var c = peek() else { throw error("unterminated group name", at: start) }
            if c == 0x3E {
                index += 1
                break
            }
            let at = index
            if c == 0x5C {
                index += 1
                guard consume("u") else { throw error("invalid escape in group name", at: at) }
                guard let v = try parseUnicodeEscapeBody(allowSurrogatePair: true) else {
                    throw error("invalid unicode escape in group name", at: at)
                }
                c = v
            } else {
                index += 1
            }
            let ok: Bool
            if name.isEmpty {
                ok = c == 0x24 || c == 0x5F || UnicodeProperty.set(forKey: "bin=ID_Start").contains(c)
            } else {
                ok =
                    c == 0x24 || c == 0x200C || c == 0x200D
                    || UnicodeProperty.set(forKey: "bin=ID_Continue").contains(c)
            }
            guard ok, let scalar = Unicode.Scalar(c) else { throw error("invalid character in group name", at: at) }
            name.append(scalar)
        }
        if name.isEmpty { throw error("empty group name", at: start) }
        return String(name)
    }

    // MARK: - Escapes

    private mutating func parseAtomEscape() throws(ECMARegexError) -> RegexNode {
        let start = index
        index += 1  // backslash
        guard let c = peek() else { throw error("pattern ends with '\\'", at: start) }
        switch c {
        case 0x31...0x39:
            var number = 0
            while let d = peek(), RegexParser.isDecimal(d) {
                number = Swift.min(number * 10 + Int(d - 0x30), 1 << 30)
                index += 1
            }
            numberedReferences.append((number, offsets[start]))
            return .backreference(number)
        case 0x6B:  // k
            index += 1
            guard consume("<") else { throw error("invalid named reference", at: start) }
            let name = try parseGroupName()
            return .namedBackreference(name, offset: offsets[start])
        default:
            if let set = try parseClassEscapeSet() { return .set(set) }
            return .char(try parseCharacterEscape(inClass: false, start: start))
        }
    }

    /// Parses `d D s S w W p{..} P{..}` after a backslash; nil (nothing consumed) for other escapes.
    private mutating func parseClassEscapeSet() throws(ECMARegexError) -> CodePointSet? {
        guard let c = peek() else { return nil }
        switch c {
        case 0x64:
            index += 1
            return RegexParser.digitSet
        case 0x44:
            index += 1
            return RegexParser.digitSet.inverted()
        case 0x73:
            index += 1
            return RegexParser.spaceSet
        case 0x53:
            index += 1
            return RegexParser.spaceSet.inverted()
        case 0x77:
            index += 1
            return RegexParser.wordSet
        case 0x57:
            index += 1
            return RegexParser.wordSet.inverted()
        case 0x70, 0x50:
            let start = index - 1
            index += 1
            guard consume("{") else { throw error("invalid property name", at: start) }
            var text = ""
            while let d = peek(), d != 0x7D {
                let isNameChar =
                    (d >= 0x41 && d <= 0x5A) || (d >= 0x61 && d <= 0x7A) || RegexParser.isDecimal(d)
                    || d == 0x5F || d == 0x3D
                guard isNameChar else { throw error("invalid property name", at: start) }
                text.unicodeScalars.append(Unicode.Scalar(d)!)
                index += 1
            }
            guard consume("}") else { throw error("invalid property name", at: start) }
            switch UnicodeProperty.resolve(text) {
            case .success(let set): return c == 0x50 ? set.inverted() : set
            case .failure(let e): throw error(e.message, at: start)
            }
        default:
            return nil
        }
    }

    /// Parses a CharacterEscape (the backslash already consumed) and returns its code point.
    private mutating func parseCharacterEscape(inClass: Bool, start: Int) throws(ECMARegexError) -> UInt32 {
        guard let c = peek() else { throw error("pattern ends with '\\'", at: start) }
        index += 1
        switch c {
        case 0x66: return 0x0C  // f
        case 0x6E: return 0x0A  // n
        case 0x72: return 0x0D  // r
        case 0x74: return 0x09  // t
        case 0x76: return 0x0B  // v
        case 0x63:  // c
            if let l = peek(), (l >= 0x41 && l <= 0x5A) || (l >= 0x61 && l <= 0x7A) {
                index += 1
                return l % 32
            }
            throw error("invalid control escape '\\c'", at: start)
        case 0x30:
            if let d = peek(), RegexParser.isDecimal(d) { throw error("invalid decimal escape", at: start) }
            return 0
        case 0x78:  // x
            if let h1 = peek().flatMap(RegexParser.hexValue), let h2 = peek(1).flatMap(RegexParser.hexValue) {
                index += 2
                return h1 * 16 + h2
            }
            throw error("invalid hexadecimal escape", at: start)
        case 0x75:  // u
            guard let v = try parseUnicodeEscapeBody(allowSurrogatePair: true) else {
                throw error("invalid unicode escape", at: start)
            }
            return v
        case 0x2D where inClass:
            return c
        case 0x2F:
            return c
        default:
            if RegexParser.isSyntaxCharacter(c) { return c }
            if RegexParser.isDecimal(c) && inClass { throw error("invalid class escape", at: start) }
            throw error("invalid escape", at: start)
        }
    }

    /// Parses `XXXX` (with a following `\uXXXX` low surrogate) or `{X...}` after `\u`.
    private mutating func parseUnicodeEscapeBody(allowSurrogatePair: Bool) throws(ECMARegexError) -> UInt32? {
        if consume("{") {
            var value: UInt32 = 0
            var any = false
            while let h = peek().flatMap(RegexParser.hexValue) {
                value = value * 16 + h
                if value > 0x10FFFF { return nil }
                index += 1
                any = true
            }
            guard any, consume("}") else { return nil }
            return value
        }
        guard let v = parseHex4(at: index) else { return nil }
        index += 4
        if allowSurrogatePair, v >= 0xD800, v <= 0xDBFF, peek() == 0x5C, peek(1) == 0x75,
            let low = parseHex4(at: index + 2), low >= 0xDC00, low <= 0xDFFF
        {
            index += 6
            return 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
        }
        return v
    }

    private func parseHex4(at i: Int) -> UInt32? {
        guard i + 4 <= scalars.count else { return nil }
        var v: UInt32 = 0
        for j in i..<(i + 4) {
            guard let h = RegexParser.hexValue(scalars[j]) else { return nil }
            v = v * 16 + h
        }
        return v
    }

    // MARK: - Character classes

    private enum ClassAtom {
        case char(UInt32)
        case set(CodePointSet)
    }

    private mutating func parseClass() throws(ECMARegexError) -> CodePointSet {
        let open = index
        index += 1
        let negated = consume("^")
        var ranges: [ClosedRange<UInt32>] = []
        var sets: [CodePointSet] = []
        while true {
            guard let c = peek() else { throw error("unterminated character class", at: open) }
            if c == 0x5D {
                index += 1
                break
            }
            let atomStart = index
            let first = try parseClassAtom()
            if peek() == 0x2D, let after = peek(1), after != 0x5D {
                index += 1
                let second = try parseClassAtom()
                guard case .char(let lo) = first, case .char(let hi) = second else {
                    throw error("character class escape cannot bound a range", at: atomStart)
                }
                guard lo <= hi else { throw error("range out of order in character class", at: atomStart) }
                ranges.append(lo...hi)
                continue
            }
            switch first {
            case .char(let v): ranges.append(v...v)
            case .set(let s): sets.append(s)
            }
        }
        var result = CodePointSet(ranges: ranges)
        for s in sets { result = result.union(s) }
        return negated ? result.inverted() : result
    }

    private mutating func parseClassAtom() throws(ECMARegexError) -> ClassAtom {
        let c = scalars[index]
        guard c == 0x5C else {
            index += 1
            return .char(c)
        }
        let start = index
        index += 1
        guard let e = peek() else { throw error("pattern ends with '\\'", at: start) }
        if e == 0x62 {
            index += 1
            return .char(0x08)
        }
        if let set = try parseClassEscapeSet() { return .set(set) }
        return .char(try parseCharacterEscape(inClass: true, start: start))
    }

    // MARK: - Named references

    private func resolveNames(_ node: RegexNode) throws(ECMARegexError) -> RegexNode {
        switch node {
        case .namedBackreference(let name, let offset):
            guard let number = groupNames[name] else {
                throw ECMARegexError("reference to undefined group name '\(name)'", offset: offset)
            }
            return .backreference(number)
        case .sequence(let nodes):
            var out: [RegexNode] = []
            for n in nodes { out.append(try resolveNames(n)) }
            return .sequence(out)
        case .alternation(let nodes):
            var out: [RegexNode] = []
            for n in nodes { out.append(try resolveNames(n)) }
            return .alternation(out)
        case .group(let inner, let capture):
            return .group(try resolveNames(inner), capture: capture)
        case .look(let inner, let behind, let negated):
            return .look(try resolveNames(inner), behind: behind, negated: negated)
        case .quantified(let inner, let min, let max, let greedy):
            return .quantified(try resolveNames(inner), min: min, max: max, greedy: greedy)
        default:
            return node
        }
    }

    // MARK: - Built-in sets

    /// `.`: every code point except the line terminators.
    static let dotSet = CodePointSet(ranges: [0x0A...0x0A, 0x0D...0x0D, 0x2028...0x2029]).inverted()
    /// `\d`: ASCII digits.
    static let digitSet = CodePointSet(ranges: [0x30...0x39])
    /// `\w`: ASCII letters, digits and underscore.
    static let wordSet = CodePointSet(ranges: [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])
    /// `\s`: ECMA-262 WhiteSpace (including Unicode Zs) and LineTerminator.
    static let spaceSet = CodePointSet(ranges: [
        0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A, 0x2028...0x2029,
        0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
    ])
}
