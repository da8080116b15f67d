import JSONCore
import SourceText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Applies a compiled `Program` to one instance, read from a `JSONTape` (values are entry indices).
///
/// In flag mode (`reportsErrors == false`) it stops at the first failure and builds no paths or
/// messages; annotations are only collected where `unevaluated*` needs them. In error mode the way
/// to the current subschema is a stack of `Step`s (indices, no strings), turned into JSON Pointers
/// only when an error is recorded, so a valid instance costs about what it costs in flag mode; and
/// branches whose errors may not be shown (`anyOf`, `oneOf`, `contains`, `not`, `if`) are decided in
/// flag mode first, then evaluated again for their errors only when the keyword fails.
struct Evaluator {
    private let headers: UnsafeMutableBufferPointer<NodeHeader>
    private let keywords: UnsafeMutableBufferPointer<Keyword>
    private let program: Program
    private let usesDynamicScope: Bool
    private var reportsErrors: Bool
    private let maxDepth: Int
    private let tape: JSONTape
    private let entries: UnsafeBufferPointer<JSONTape.Entry>
    private let source: UnsafeBufferPointer<UInt8>
    private let bytes: UnsafeBufferPointer<UInt8>
    private var depth = 0
    private var scope: [Int32] = []
    private var steps: [Step] = []
    /// The errors found (error mode only).
    private(set) var errors: [ValidationError] = []
    /// Whether evaluation went deeper than `maxDepth` and gave up.
    private(set) var overflowed = false
    /// Why evaluation could not decide the result, when a limit stopped it (the depth limit, or a
    /// pattern's step budget); the first such reason.
    private(set) var limitExceeded: String?

    /// An evaluator over `tape`, whose `entries`, `source` and `bytes` buffers must stay valid while it is used.
    init(
        program: Program, reportsErrors: Bool, maxDepth: Int, tape: JSONTape,
        entries: UnsafeBufferPointer<JSONTape.Entry>, source: UnsafeBufferPointer<UInt8>,
        bytes: UnsafeBufferPointer<UInt8>
    ) {
        self.program = program
        self.headers = program.headers
        self.keywords = program.keywords
        self.usesDynamicScope = program.usesDynamicScope
        self.reportsErrors = reportsErrors
        self.maxDepth = maxDepth
        self.tape = tape
        self.entries = entries
        self.source = source
        self.bytes = bytes
    }

    /// Whether the value at entry `value` is valid against node `id` (errors recorded in error mode).
    mutating func validate(_ id: NodeID, _ value: Int, stackBudget: UInt = Evaluator.stackBudget) -> Bool {
        var none = Evaluated()
        stackFloor = Evaluator.stackAddress() &- stackBudget
        return eval(id, value, false, &none)
    }

    /// How much stack evaluation may use below `validate` on the caller's thread: each level recurses,
    /// and a debug build's frames are many times a release build's (about 19 KB a level against 1 KB),
    /// so `maxDepth` alone cannot keep a deep instance from overflowing the stack. The budget fits the
    /// smallest stack validation runs on — a Dispatch worker (8 MB on Linux, from RLIMIT_STACK; 512 KB
    /// on Darwin) — and when it runs out, `JSONSchema` evaluates again on a thread of its own with a
    /// stack sized for `maxDepth` levels.
    #if os(Linux)
        static let stackBudget: UInt = 3 << 20
    #else
        static let stackBudget: UInt = 320 << 10
    #endif

    /// An upper bound of the stack one level of evaluation takes, in any build.
    static let stackPerLevel = 48 << 10

    /// Whether evaluation stopped because it reached the stack budget (rather than `maxDepth`).
    var ranOutOfStack: Bool { overflowed && depth == 0 && stoppedByStack }
    private var stoppedByStack = false

    /// Below this stack address evaluation gives up as if `maxDepth` were reached.
    private var stackFloor: UInt = 0

    /// The address of a local variable: where the stack is now (it grows down on every supported platform).
    @inline(__always)
    static func stackAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    // MARK: - Instance access

    @inline(__always) private func kind(_ v: Int) -> JSONTape.Kind { entries[v].kind }

    /// The UTF-8 of the string (or key) at `v`.
    @inline(__always) private func utf8(_ v: Int) -> UnsafeBufferPointer<UInt8> {
        JSONTape.utf8(entries[v], source: source, bytes: bytes)
    }

    @inline(__always) private func string(_ v: Int) -> String { String(decoding: utf8(v), as: UTF8.self) }

    @inline(__always) private func isNumber(_ v: Int) -> Bool { kind(v) == .int || kind(v) == .numberText }

    @inline(__always) private func number(_ v: Int) -> JSONNumber {
        kind(v) == .int ? JSONNumber(Int64(entries[v].payload)) : tape.number(at: v)
    }

    /// Whether the object at `object` has a member whose key's UTF-8 is `name`.
    @inline(__always) private func has(_ object: Int, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = object + 1
        for _ in 0..<entries[object].count {
            if NameIndex.same(utf8(k), name) { return true }
            k = entries[k + 1].end
        }
        return false
    }

    /// JSON equality of the value at `v` and `expected`.
    private func equals(_ v: Int, _ expected: JSONValue) -> Bool {
        switch expected.kind {
        case .null: return kind(v) == .null
        case .bool(let b): return kind(v) == (b ? .true : .false)
        case .number(let n): return isNumber(v) && number(v) == n
        case .string(var s): return kind(v) == .string && s.withUTF8 { NameIndex.same(utf8(v), $0) }
        case .array, .object:
            return (kind(v) == .array || kind(v) == .object) && tape.value(at: v) == expected
        }
    }

    /// JSON equality of the values at `a` and `b`.
    private func equal(_ a: Int, _ b: Int) -> Bool {
        switch (kind(a), kind(b)) {
        case (.string, .string): return NameIndex.same(utf8(a), utf8(b))
        case (.int, .int): return entries[a].payload == entries[b].payload
        case (.null, .null), (.true, .true), (.false, .false): return true
        case (.array, .array), (.object, .object): return tape.value(at: a) == tape.value(at: b)
        default: return isNumber(a) && isNumber(b) && number(a) == number(b)
        }
    }

    // MARK: - Nodes

    private mutating func eval(_ id: NodeID, _ value: Int, _ collect: Bool, _ ev: inout Evaluated) -> Bool {
        depth += 1
        defer { depth -= 1 }
        if depth > maxDepth || Evaluator.stackAddress() < stackFloor {
            if !overflowed {
                overflowed = true
                stoppedByStack = depth <= maxDepth
                if limitExceeded == nil {
                    limitExceeded =
                        depth > maxDepth
                        ? "evaluation is nested deeper than the limit of \(maxDepth) (recursive schema?)"
                        : "evaluation is nested \(depth) levels deep, more than doclint's stack allows (recursive schema?)"
                }
                reportOverflow(value)
            }
            return false
        }
        let node = headers[Int(id)]
        var pushed = false
        if usesDynamicScope && scope.last != node.resource {
            scope.append(node.resource)
            pushed = true
        }
        defer { if pushed { scope.removeLast() } }
        if node.hasUnevaluated {
            var local = Evaluated()
            let ok = evalKeywords(node, value, true, &local)
            if ok && collect { ev.formUnion(local) }
            return ok
        }
        return evalKeywords(node, value, collect, &ev)
    }

    @inline(__always)
    private mutating func evalKeywords(_ node: NodeHeader, _ value: Int, _ collect: Bool, _ ev: inout Evaluated)
        -> Bool
    {
        var valid = true
        var k = Int(node.start)
        let end = Int(node.end)
        while k < end {
            if !(keywords[k].isAssertion ? assertion(k, value) : check(k, value, collect, &ev)) {
                valid = false
                if !reportsErrors || overflowed { return false }
            }
            k += 1
        }
        return valid
    }

    /// Evaluates a subschema; in error mode the step (`keyword`, `token`, instance `child`) is on
    /// the path while it runs.
    @inline(__always)
    private mutating func descend(
        _ id: NodeID, _ value: Int, _ keyword: PathName, _ token: PathToken, _ child: PathToken,
        _ collect: Bool, _ ev: inout Evaluated
    ) -> Bool {
        guard reportsErrors else { return eval(id, value, collect, &ev) }
        return descendReporting(id, value, keyword, token, child, collect, &ev)
    }

    @inline(never)
    private mutating func descendReporting(
        _ id: NodeID, _ value: Int, _ keyword: PathName, _ token: PathToken, _ child: PathToken,
        _ collect: Bool, _ ev: inout Evaluated
    ) -> Bool {
        steps.append(Step(keyword: keyword, token: token, child: child))
        let ok = eval(id, value, collect, &ev)
        steps.removeLast()
        return ok
    }

    /// Evaluates a subschema of an instance child (no annotations flow back).
    @inline(__always)
    private mutating func descendChild(
        _ id: NodeID, _ value: Int, _ keyword: PathName, _ token: PathToken, _ child: PathToken
    ) -> Bool {
        var none = Evaluated()
        return descend(id, value, keyword, token, child, false, &none)
    }

    /// Runs `body` in flag mode (no errors built), restoring the mode after.
    @inline(__always)
    private mutating func quietly<T>(_ body: (inout Evaluator) -> T) -> T {
        let reporting = reportsErrors
        reportsErrors = false
        let result = body(&self)
        reportsErrors = reporting
        return result
    }

    @inline(__always)
    private func isFalseSchema(_ id: NodeID) -> Bool {
        headers[Int(id)].isFalse
    }

    // MARK: - Errors

    private func name(_ keyword: PathName) -> String {
        switch keyword {
        case .site(let site): program.sites[Int(site)].name
        case .fixed(let name): name
        }
    }

    private func text(_ token: PathToken) -> String? {
        switch token {
        case .none: nil
        case .key(let k): k
        case .entry(let i): tape.string(at: i)
        case .index(let i): String(i)
        }
    }

    /// The keyword tokens, instance tokens and frames of the current path.
    private func currentPath() -> (keyword: [String], instance: [String], frames: [Int]) {
        var keyword: [String] = []
        var instance: [String] = []
        var frames: [Int] = []
        for step in steps {
            keyword.append(name(step.keyword))
            if let t = text(step.token) { keyword.append(t) }
            if let c = text(step.child) { instance.append(c) }
            frames.append(keyword.count)
            frames.append(instance.count)
        }
        return (keyword, instance, frames)
    }

    /// Records an error at keyword `site` for the value at `value` (and instance `child`), in error
    /// mode; `message` builds the text from the evaluator, only then.
    @inline(__always)
    private mutating func report(
        _ site: Int32, _ value: Int, child: PathToken = .none, _ message: (Evaluator) -> String
    ) {
        guard reportsErrors else { return }
        record(site, value, message(self), child: child)
    }

    @inline(never)
    private mutating func record(_ site: Int32, _ value: Int, _ message: String, child: PathToken) {
        let keyword = program.sites[Int(site)]
        var (path, instance, frames) = currentPath()
        if let c = text(child) { instance.append(c) }
        if !keyword.name.isEmpty { path.append(keyword.name) }
        var error = ValidationError(
            keywordLocation: JSONPointer(tokens: path), absoluteKeywordLocation: program.absoluteLocation(site),
            instanceLocation: JSONPointer(tokens: instance), message: message, range: entries[value].range)
        error.frames = frames
        errors.append(error)
    }

    @inline(never)
    /// Records that `pattern` could not be matched against `string` within the step budget.
    private mutating func undecided(_ pattern: Pattern, _ string: String) {
        if limitExceeded == nil { limitExceeded = Pattern.undecidedMessage(pattern, string) }
    }

    @inline(never)
    private mutating func reportOverflow(_ value: Int) {
        let (path, instance, _) = currentPath()
        errors.append(
            ValidationError(
                keywordLocation: JSONPointer(tokens: path), absoluteKeywordLocation: "",
                instanceLocation: JSONPointer(tokens: instance),
                message: limitExceeded
                    ?? "evaluation is nested deeper than the limit of \(maxDepth) (recursive schema?)",
                range: entries[value].range))
    }

    private func quoted(_ v: Int) -> String { Quote.value(tape, v) }

    // MARK: - Keywords

    /// Evaluates keyword `k` of a node, one that applies subschemas (`assertion` takes the others).
    /// Each has its own function, so the frame on the recursion path stays small (deep instances
    /// recurse through here, also in debug builds).
    private mutating func check(_ k: Int, _ value: Int, _ collect: Bool, _ ev: inout Evaluated) -> Bool {
        let keyword = keywords[k].site
        switch keywords[k].kind {
        case .properties(let table):
            return checkProperties(table, keyword, value, collect, &ev)
        case .patternProperties(let patterns):
            return checkPatternProperties(patterns, keyword, value, collect, &ev)
        case .additionalProperties(let n, let table, let patterns):
            return checkAdditionalProperties(n, table, patterns, keyword, value, collect, &ev)
        case .unevaluatedProperties(let n):
            return checkUnevaluatedProperties(n, keyword, value, collect, &ev)
        case .propertyNames(let n):
            return checkPropertyNames(n, keyword, value, collect, &ev)
        case .dependentSchemas(let triggers, let nodes):
            return checkDependentSchemas(triggers, nodes, keyword, value, collect, &ev)
        case .prefixItems(let schemas):
            return checkPrefixItems(schemas, keyword, value, collect, &ev)
        case .items(let n, let start):
            return checkItems(n, start, keyword, value, collect, &ev)
        case .contains(let n, let minimum, let maximum, let marks):
            return checkContains(n, minimum, maximum, marks, keyword, value, collect, &ev)
        case .unevaluatedItems(let n):
            return checkUnevaluatedItems(n, keyword, value, collect, &ev)
        case .allOf(let schemas):
            return checkAllOf(schemas, keyword, value, collect, &ev)
        case .anyOf(let schemas):
            return checkAnyOf(schemas, keyword, value, collect, &ev)
        case .oneOf(let schemas):
            return checkOneOf(schemas, keyword, value, collect, &ev)
        case .not(let n):
            return checkNot(n, keyword, value, collect, &ev)
        case .conditional(let condition, let then, let otherwise):
            return checkConditional(condition, then, otherwise, keyword, value, collect, &ev)
        case .ref(let n):
            return descend(n, value, PathName.site(keyword), .none, .none, collect, &ev)
        case .dynamicRef(let initial, let anchor):
            return checkDynamicRef(initial, anchor, keyword, value, collect, &ev)
        case .recursiveRef(let initial, let dynamic):
            return checkRecursiveRef(initial, dynamic, keyword, value, collect, &ev)
        default:
            preconditionFailure("an assertion")
        }
    }

    /// Evaluates keyword `k`, an assertion (a keyword that applies no subschema).
    // swiftlint:disable:next function_body_length cyclomatic_complexity
    private mutating func assertion(_ k: Int, _ value: Int) -> Bool {
        let keyword = keywords[k].site
        switch keywords[k].kind {
        case .falseSchema:
            report(keyword, value) { e in "no value is allowed here (the schema is 'false'); found \(e.quoted(value))" }
            return false
        case .type(let set, let draft4Integers):
            if TypeCheck.matches(kind(value), set, draft4Integers: draft4Integers, number: { number(value) }) {
                return true
            }
            report(keyword, value) { e in "value \(e.quoted(value)) is not of type \(Quote.list(set.names))" }
            return false
        case .const(let expected):
            if equals(value, expected) { return true }
            report(keyword, value) { e in "value \(e.quoted(value)) is not the constant \(Quote.value(expected))" }
            return false
        case .enumeration(let allowed):
            if kind(value) == .string {
                if allowed.strings.position(of: utf8(value)) != nil { return true }
                if allowed.onlyStrings {
                    report(keyword, value) { e in
                        "value \(e.quoted(value)) is not one of \(Quote.values(allowed.values))"
                    }
                    return false
                }
            }
            for candidate in allowed.values where equals(value, candidate) { return true }
            report(keyword, value) { e in "value \(e.quoted(value)) is not one of \(Quote.values(allowed.values))" }
            return false
        case .multipleOf(let divisor):
            guard isNumber(value) else { return true }
            if number(value).isMultiple(of: divisor) { return true }
            report(keyword, value) { e in "value \(e.quoted(value)) is not a multiple of \(Quote.text(divisor.text))" }
            return false
        case .maximum(let limit, let exclusive):
            guard isNumber(value) else { return true }
            let c = number(value).compare(limit)
            if c == .less || (c == .equal && !exclusive) { return true }
            report(keyword, value) { e in
                exclusive
                    ? "value \(e.quoted(value)) is not less than the exclusive maximum \(Quote.text(limit.text))"
                    : "value \(e.quoted(value)) is greater than the maximum \(Quote.text(limit.text))"
            }
            return false
        case .minimum(let limit, let exclusive):
            guard isNumber(value) else { return true }
            let c = number(value).compare(limit)
            if c == .greater || (c == .equal && !exclusive) { return true }
            report(keyword, value) { e in
                exclusive
                    ? "value \(e.quoted(value)) is not greater than the exclusive minimum \(Quote.text(limit.text))"
                    : "value \(e.quoted(value)) is less than the minimum \(Quote.text(limit.text))"
            }
            return false
        case .maxLength(let limit):
            guard kind(value) == .string else { return true }
            let s = utf8(value)
            if s.count <= limit || Evaluator.scalarCount(s) <= limit { return true }
            report(keyword, value) { e in "string \(e.quoted(value)) is longer than \(limit) characters" }
            return false
        case .minLength(let limit):
            guard kind(value) == .string else { return true }
            let s = utf8(value)
            if s.count >= limit && (limit == 0 || Evaluator.scalarCount(s) >= limit) { return true }
            report(keyword, value) { e in "string \(e.quoted(value)) is shorter than \(limit) characters" }
            return false
        case .pattern(let pattern):
            guard kind(value) == .string else { return true }
            let s = string(value)
            switch pattern.matches(s) {
            case true?: return true
            case false?:
                report(keyword, value) { e in
                    "string \(e.quoted(value)) does not match the pattern \(Quote.text(pattern.source))"
                }
            case nil:
                undecided(pattern, s)
                report(keyword, value) { _ in Pattern.undecidedMessage(pattern, s) }
            }
            return false
        case .format(let format):
            guard kind(value) == .string else { return true }
            if format.accepts(utf8(value)) { return true }
            report(keyword, value) { e in "value \(e.quoted(value)) is not a valid \(Quote.text(format.name))" }
            return false
        case .content(let encoding, let mediaType):
            guard kind(value) == .string else { return true }
            if ContentCheck.accepts(string(value), encoding: encoding, mediaType: mediaType) { return true }
            report(keyword, value) { e in
                "string \(e.quoted(value)) is not valid \(Quote.text(mediaType ?? encoding ?? ""))\(mediaType != nil && encoding != nil ? " in " + Quote.text(encoding!) : "")"
            }
            return false
        case .maxItems(let limit):
            guard kind(value) == .array else { return true }
            let count = entries[value].count
            if count <= limit { return true }
            report(keyword, value) { _ in "array has \(count) items, more than the maximum of \(limit)" }
            return false
        case .minItems(let limit):
            guard kind(value) == .array else { return true }
            let count = entries[value].count
            if count >= limit { return true }
            report(keyword, value) { _ in "array has \(count) items, fewer than the minimum of \(limit)" }
            return false
        case .uniqueItems:
            guard kind(value) == .array else { return true }
            guard let (i, j) = firstDuplicate(value) else { return true }
            report(keyword, value) { _ in "array items \(i) and \(j) are equal; items must be unique" }
            return false
        case .maxProperties(let limit):
            guard kind(value) == .object else { return true }
            let count = entries[value].count
            if count <= limit { return true }
            report(keyword, value) { _ in "object has \(count) properties, more than the maximum of \(limit)" }
            return false
        case .minProperties(let limit):
            guard kind(value) == .object else { return true }
            let count = entries[value].count
            if count >= limit { return true }
            report(keyword, value) { _ in "object has \(count) properties, fewer than the minimum of \(limit)" }
            return false
        case .required(let names):
            guard kind(value) == .object else { return true }
            let present = keySet(value, names.count)
            var valid = true
            for i in 0..<names.count where !has(value, names.bytes(i), present) {
                report(keyword, value) { e in "required property \(Quote.text(names.names[i])) is missing" }
                valid = false
                if !reportsErrors { return false }
            }
            return valid
        case .dependentRequired(let triggers, let required):
            guard kind(value) == .object else { return true }
            var valid = true
            for t in 0..<triggers.count where has(value, triggers.bytes(t)) {
                let names = required[t]
                for i in 0..<names.count where !has(value, names.bytes(i)) {
                    report(keyword, value) { e in
                        "property \(Quote.text(names.names[i])) is required when \(Quote.text(triggers.names[t])) is present"
                    }
                    valid = false
                    if !reportsErrors { return false }
                }
            }
            return valid
        default:
            preconditionFailure("not an assertion")
        }
    }

    private mutating func checkProperties(
        _ table: PropertyTable, _ keyword: Int32, _ value: Int, _ collect: Bool,
        _ ev: inout Evaluated
    ) -> Bool {
        let site = PathName.site(keyword)
        guard kind(value) == .object else { return true }
        var valid = true
        var key = value + 1
        for i in 0..<entries[value].count {
            let member = key + 1
            if let p = table.position(of: utf8(key)) {
                if descendChild(table.nodes[p], member, site, .entry(key), .entry(key)) {
                    if collect { ev.properties.insert(i) }
                } else {
                    valid = false
                    if !reportsErrors { return false }
                }
            }
            key = entries[member].end
        }
        return valid
    }

    private mutating func checkPatternProperties(
        _ patterns: [(Pattern, NodeID)], _ keyword: Int32, _ value: Int, _ collect: Bool,
        _ ev: inout Evaluated
    ) -> Bool {
        let site = PathName.site(keyword)
        guard kind(value) == .object else { return true }
        var valid = true
        var key = value + 1
        for i in 0..<entries[value].count {
            let member = key + 1
            let name = string(key)
            for (pattern, n) in patterns {
                guard let matched = pattern.matches(name) else {
                    undecided(pattern, name)
                    report(keyword, member, child: .entry(key)) { _ in Pattern.undecidedMessage(pattern, name) }
                    valid = false
                    if !reportsErrors { return false }
                    continue
                }
                guard matched else { continue }
                if descendChild(n, member, site, .key(pattern.source), .entry(key)) {
                    if collect { ev.properties.insert(i) }
                } else {
                    valid = false
                    if !reportsErrors { return false }
                }
            }
            key = entries[member].end
        }
        return valid
    }

    private mutating func checkAdditionalProperties(
        _ n: NodeID, _ table: PropertyTable, _ patterns: [Pattern], _ keyword: Int32, _ value: Int, _ collect: Bool,
        _ ev: inout Evaluated
    ) -> Bool {
        guard kind(value) == .object else { return true }
        var valid = true
        var key = value + 1
        for i in 0..<entries[value].count {
            let member = key + 1
            defer { key = entries[member].end }
            if table.position(of: utf8(key)) != nil { continue }
            if !patterns.isEmpty {
                let name = string(key)
                var skipped = false
                var undecided: Pattern? = nil
                for pattern in patterns {
                    switch pattern.matches(name) {
                    case true?: skipped = true
                    case false?: break
                    case nil: undecided = pattern
                    }
                    if skipped { break }
                }
                if skipped { continue }
                if let undecided {
                    self.undecided(undecided, name)
                    report(keyword, member, child: .entry(key)) { _ in Pattern.undecidedMessage(undecided, name) }
                    valid = false
                    if !reportsErrors { return false }
                    continue
                }
            }
            if applyToRest(
                n, keyword, member, .entry(key), { e in "property \(Quote.text(e.string(key))) is not allowed" })
            {
                if collect { ev.properties.insert(i) }
            } else {
                valid = false
                if !reportsErrors { return false }
            }
        }
        return valid
    }

    private mutating func checkUnevaluatedProperties(
        _ n: NodeID, _ keyword: Int32, _ value: Int, _ collect: Bool,
        _ ev: inout Evaluated
    ) -> Bool {
        guard kind(value) == .object else { return true }
        var valid = true
        var key = value + 1
        for i in 0..<entries[value].count {
            let member = key + 1
            defer { key = entries[member].end }
            if ev.properties.contains(i) { continue }
            if applyToRest(
                n, keyword, member, .entry(key),
                { e in
                    "unevaluated property \(Quote.text(e.string(key))) is not allowed"
                })
            {
                ev.properties.insert(i)
            } else {
                valid = false
                if !reportsErrors { return false }
            }
        }
        return valid
    }

    private mutating func checkPropertyNames(
        _ n: NodeID, _ keyword: Int32, _ value: Int, _ collect: Bool,
        _ ev: inout Evaluated
    ) -> Bool {
        let site = PathName.site(keyword)
        guard kind(value) == .object else { return true }
        var valid = true
        var key = value + 1
        for _ in 0..<entries[value].count {
            // The key entry is a string value with the key's range: the name itself is validated.
            if !descendChild(n, key, site, .none, .entry(key)) {
                valid = false
                if !reportsErrors { return false }
            }
            key = entries[key + 1].end
        }
        return valid
    }

    private mutating func checkDependentSchemas(
        _ triggers: NameIndex, _ nodes: [NodeID], _ keyword: Int32, _ value: Int, _ collect: Bool,
        _ ev: inout Evaluated
    ) -> Bool {
        let site = PathName.site(keyword)
        guard kind(value) == .object else { return true }
        var valid = true
        for t in 0..<triggers.count where has(value, triggers.bytes(t)) {
            if !descend(nodes[t], value, site, .key(triggers.names[t]), .none, collect, &ev) {
                valid = false
                if !reportsErrors { return false }
            }
        }
        return valid
    }

    private mutating func checkPrefixItems(
        _ schemas: [NodeID], _ keyword: Int32, _ value: Int, _ collect: Bool,
        _ ev: inout Evaluated
    ) -> Bool {
        let site = PathName.site(keyword)
        guard kind(value) == .array else { return true }
        var valid = true
        let n = min(entries[value].count, schemas.count)
        var element = value + 1
        for i in 0..<n {
            if !descendChild(schemas[i], element, site, .index(i), .index(i)) {
                valid = false
                if !reportsErrors { return false }
            }
            element = entries[element].end
        }
        if collect && valid { ev.items.insertAll(below: n) }
        return valid
    }

    private mutating func checkItems(
        _ n: NodeID, _ start: Int, _ keyword: Int32, _ value: Int, _ collect: Bool,
        _ ev: inout Evaluated
    ) -> Bool {
        guard kind(value) == .array else { return true }
        let count = entries[value].count
        guard count > start else { return true }
        var valid = true
        var element = value + 1
        for i in 0..<count {
            defer { element = entries[element].end }
            if i < start { continue }
            if !applyToRest(
                n, keyword, element, .index(i), { _ in "item \(i) is not allowed (the array allows \(start))" })
            {
                valid = false
                if !reportsErrors { return false }
            }
        }
        if collect && valid { ev.items.insertAll(below: count) }
        return valid
    }

    private mutating func checkContains(
        _ n: NodeID, _ minimum: Int, _ maximum: Int?, _ marks: Bool, _ keyword: Int32, _ value: Int, _ collect: Bool,
        _ ev: inout Evaluated
    ) -> Bool {
        let site = PathName.site(keyword)
        guard kind(value) == .array else { return true }
        let mark = collect && marks
        let reporting = reportsErrors
        // The elements' own errors are never shown: decide each in flag mode. A report counts every match.
        let matches = quietly { e in
            var matches = 0
            var element = value + 1
            for i in 0..<e.entries[value].count {
                if e.descendChild(n, element, site, .none, .index(i)) {
                    matches += 1
                    if mark { ev.items.insert(i) }
                    if !mark && !reporting {
                        if let maximum {
                            if matches > maximum { break }
                        } else if matches >= minimum {
                            break
                        }
                    }
                }
                element = e.entries[element].end
            }
            return matches
        }
        if matches < minimum {
            report(keyword, value) { _ in
                minimum == 1
                    ? "array has no item that matches 'contains'"
                    : "array has \(matches) items that match 'contains', fewer than 'minContains' \(minimum)"
            }
            return false
        }
        if let maximum, matches > maximum {
            report(keyword, value) { _ in
                "array has \(matches) items that match 'contains', more than 'maxContains' \(maximum)"
            }
            return false
        }
        return true
    }

    private mutating func checkUnevaluatedItems(
        _ n: NodeID, _ keyword: Int32, _ value: Int, _ collect: Bool,
        _ ev: inout Evaluated
    ) -> Bool {
        guard kind(value) == .array else { return true }
        var valid = true
        var element = value + 1
        for i in 0..<entries[value].count {
            defer { element = entries[element].end }
            if ev.items.contains(i) { continue }
            if applyToRest(n, keyword, element, .index(i), { _ in "unevaluated item \(i) is not allowed" }) {
                ev.items.insert(i)
            } else {
                valid = false
                if !reportsErrors { return false }
            }
        }
        return valid
    }

    private mutating func checkAllOf(
        _ schemas: [NodeID], _ keyword: Int32, _ value: Int, _ collect: Bool,
        _ ev: inout Evaluated
    ) -> Bool {
        let site = PathName.site(keyword)
        var valid = true
        for (i, n) in schemas.enumerated() where !descend(n, value, site, .index(i), .none, collect, &ev) {
            valid = false
            if !reportsErrors { return false }
        }
        return valid
    }

    private mutating func checkAnyOf(
        _ schemas: [NodeID], _ keyword: Int32, _ value: Int, _ collect: Bool,
        _ ev: inout Evaluated
    ) -> Bool {
        let site = PathName.site(keyword)
        // Decide in flag mode; the branches' errors are only shown when none matches.
        let any = quietly { e in
            var any = false
            for (i, n) in schemas.enumerated() {
                if collect {
                    var branch = Evaluated()
                    if e.descend(n, value, site, .index(i), .none, true, &branch) {
                        ev.formUnion(branch)
                        any = true
                    }
                } else if e.descend(n, value, site, .index(i), .none, false, &ev) {
                    return true
                }
            }
            return any
        }
        if any { return true }
        if reportsErrors {
            for (i, n) in schemas.enumerated() {
                var branch = Evaluated()
                _ = descend(n, value, site, .index(i), .none, collect, &branch)
            }
        }
        report(keyword, value) { e in "value \(e.quoted(value)) does not match any of the schemas in 'anyOf'" }
        return false
    }

    private mutating func checkOneOf(
        _ schemas: [NodeID], _ keyword: Int32, _ value: Int, _ collect: Bool,
        _ ev: inout Evaluated
    ) -> Bool {
        let site = PathName.site(keyword)
        // Decide in flag mode; the branches' errors are only shown when none matches.
        let reporting = reportsErrors
        var kept = Evaluated()
        let matched = quietly { e in
            var matched: [Int] = []
            for (i, n) in schemas.enumerated() {
                var branch = Evaluated()
                if e.descend(n, value, site, .index(i), .none, collect, &branch) {
                    matched.append(i)
                    if collect { kept = branch }
                    // A report lists every matching branch.
                    if matched.count > 1 && !reporting { break }
                }
            }
            return matched
        }
        if matched.count == 1 {
            if collect { ev.formUnion(kept) }
            return true
        }
        if matched.isEmpty {
            if reportsErrors {
                for (i, n) in schemas.enumerated() {
                    var branch = Evaluated()
                    _ = descend(n, value, site, .index(i), .none, collect, &branch)
                }
            }
            report(keyword, value) { e in "value \(e.quoted(value)) does not match any of the schemas in 'oneOf'" }
        } else {
            report(keyword, value) { e in
                "value \(e.quoted(value)) matches more than one schema in 'oneOf' (\(matched.map(String.init).joined(separator: ", ")))"
            }
        }
        return false
    }

    private mutating func checkNot(
        _ n: NodeID, _ keyword: Int32, _ value: Int, _ collect: Bool,
        _ ev: inout Evaluated
    ) -> Bool {
        let site = PathName.site(keyword)
        // The subschema's errors are never shown: evaluate it in flag mode.
        let matched = quietly { e in
            var none = Evaluated()
            return e.descend(n, value, site, .none, .none, false, &none)
        }
        if !matched { return true }
        report(keyword, value) { e in "value \(e.quoted(value)) must not match the schema in 'not'" }
        return false
    }

    private mutating func checkConditional(
        _ condition: NodeID, _ then: NodeID?, _ otherwise: NodeID?, _ keyword: Int32, _ value: Int, _ collect: Bool,
        _ ev: inout Evaluated
    ) -> Bool {
        if then == nil && otherwise == nil && !collect { return true }
        var branch = Evaluated()
        // `if` only decides: its errors are never shown, so evaluate it in flag mode.
        let holds = quietly { e in e.descend(condition, value, .fixed("if"), .none, .none, collect, &branch) }
        if holds {
            if collect { ev.formUnion(branch) }
            guard let then else { return true }
            return descend(then, value, .fixed("then"), .none, .none, collect, &ev)
        }
        guard let otherwise else { return true }
        return descend(otherwise, value, .fixed("else"), .none, .none, collect, &ev)
    }

    private mutating func checkDynamicRef(
        _ initial: NodeID, _ anchor: String?, _ keyword: Int32, _ value: Int, _ collect: Bool,
        _ ev: inout Evaluated
    ) -> Bool {
        let site = PathName.site(keyword)
        var target = initial
        if let anchor {
            for r in scope {
                if let n = program.resources[Int(r)].dynamicAnchors[anchor] {
                    target = n
                    break
                }
            }
        }
        return descend(target, value, site, .none, .none, collect, &ev)
    }

    private mutating func checkRecursiveRef(
        _ initial: NodeID, _ dynamic: Bool, _ keyword: Int32, _ value: Int, _ collect: Bool,
        _ ev: inout Evaluated
    ) -> Bool {
        let site = PathName.site(keyword)
        var target = initial
        if dynamic {
            for r in scope where program.resources[Int(r)].recursiveAnchor && program.resources[Int(r)].root >= 0 {
                target = program.resources[Int(r)].root
                break
            }
        }
        return descend(target, value, site, .none, .none, collect, &ev)
    }

    /// Applies the subschema `n` of `additionalProperties`, `unevaluatedProperties`, `items` or
    /// `unevaluatedItems` to the member or element at `value` (instance `child`); a `false` subschema
    /// rejects it with `message` rather than with its own error.
    @inline(__always)
    private mutating func applyToRest(
        _ n: NodeID, _ keyword: Int32, _ value: Int, _ child: PathToken, _ message: (Evaluator) -> String
    ) -> Bool {
        if isFalseSchema(n) {
            report(keyword, value, child: child, message)
            return false
        }
        return descendChild(n, value, PathName.site(keyword), .none, child)
    }

    /// The keys of a large object, indexed when checking `names` names one by one would be slow.
    private func keySet(_ object: Int, _ names: Int) -> NameIndex? {
        let count = entries[object].count
        guard count * names > 1_024 else { return nil }
        var keys: [String] = []
        keys.reserveCapacity(count)
        var key = object + 1
        for _ in 0..<count {
            keys.append(string(key))
            key = entries[key + 1].end
        }
        return NameIndex(keys)
    }

    @inline(__always)
    private func has(_ object: Int, _ name: UnsafeBufferPointer<UInt8>, _ keys: NameIndex?) -> Bool {
        if let keys { return keys.position(of: name) != nil }
        return has(object, name)
    }

    /// The first pair of equal elements of the array at `array` (JSON equality), if any.
    private func firstDuplicate(_ array: Int) -> (Int, Int)? {
        let count = entries[array].count
        guard count > 16 else {
            var elements: [Int] = []
            var e = array + 1
            for _ in 0..<count {
                elements.append(e)
                e = entries[e].end
            }
            for j in 1..<max(count, 1) {
                for i in 0..<j where equal(elements[i], elements[j]) { return (i, j) }
            }
            return nil
        }
        guard case .array(let values) = tape.value(at: array).kind else { return nil }
        return Uniqueness.firstDuplicate(values)
    }

    /// The number of Unicode scalars in well-formed UTF-8.
    @inline(__always)
    static func scalarCount(_ s: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for b in s where b & 0xC0 != 0x80 { n += 1 }
        return n
    }
}

/// One subschema entered in error mode: the keyword (and token) it was reached through and the
/// instance child it applies to.
struct Step {
    var keyword: PathName
    var token: PathToken
    var child: PathToken
}

/// The keyword a subschema is reached through: a compiled keyword's site, or a fixed name.
enum PathName {
    case site(Int32)
    case fixed(String)
}

/// A path token that is only turned into text when an error is recorded.
enum PathToken {
    case none
    case key(String)
    /// An object key on the instance tape.
    case entry(Int)
    case index(Int)
}
