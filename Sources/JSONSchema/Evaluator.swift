import JSONCore
import SourceText

/// Applies a compiled `Program` to one instance.
///
/// In flag mode (`reportsErrors == false`) it stops at the first failure and builds no paths or
/// messages; annotations are only collected where `unevaluated*` needs them.
struct Evaluator {
    private let headers: UnsafeMutableBufferPointer<NodeHeader>
    private let keywords: UnsafeMutableBufferPointer<Keyword>
    private let program: Program
    private let usesDynamicScope: Bool
    private var reportsErrors: Bool
    private let maxDepth: Int
    private var depth = 0
    private var scope: [Int32] = []
    private var keywordPath: [String] = []
    private var instancePath: [String] = []
    private var frames: [Int] = []
    /// The errors found (error mode only).
    private(set) var errors: [ValidationError] = []
    /// Whether evaluation went deeper than `maxDepth` and gave up.
    private(set) var overflowed = false

    init(program: Program, reportsErrors: Bool, maxDepth: Int) {
        self.program = program
        self.headers = program.headers
        self.keywords = program.keywords
        self.usesDynamicScope = program.usesDynamicScope
        self.reportsErrors = reportsErrors
        self.maxDepth = maxDepth
    }

    /// Whether `value` is valid against node `id` (errors recorded in error mode).
    mutating func validate(_ id: NodeID, _ value: JSONValue) -> Bool {
        var none = Evaluated()
        return eval(id, value, false, &none)
    }

    // MARK: - Nodes

    private mutating func eval(_ id: NodeID, _ value: JSONValue, _ collect: Bool, _ ev: inout Evaluated) -> Bool {
        depth += 1
        defer { depth -= 1 }
        if depth > maxDepth {
            if !overflowed {
                overflowed = true
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
    private mutating func evalKeywords(_ node: NodeHeader, _ value: JSONValue, _ collect: Bool, _ ev: inout Evaluated)
        -> Bool
    {
        var valid = true
        var k = Int(node.start)
        let end = Int(node.end)
        while k < end {
            if !check(k, value, collect, &ev) {
                valid = false
                if !reportsErrors || overflowed { return false }
            }
            k += 1
        }
        return valid
    }

    /// Evaluates a subschema, extending the keyword path by `keyword` (and `token`) and the instance
    /// path by `child` in error mode.
    @inline(__always)
    private mutating func descend(
        _ id: NodeID, _ value: JSONValue, _ keyword: PathName, _ token: PathToken, _ child: PathToken,
        _ collect: Bool, _ ev: inout Evaluated
    ) -> Bool {
        guard reportsErrors else { return eval(id, value, collect, &ev) }
        return descendReporting(id, value, keyword, token, child, collect, &ev)
    }

    @inline(never)
    private mutating func descendReporting(
        _ id: NodeID, _ value: JSONValue, _ keyword: PathName, _ token: PathToken, _ child: PathToken,
        _ collect: Bool, _ ev: inout Evaluated
    ) -> Bool {
        keywordPath.append(name(keyword))
        if let t = token.text { keywordPath.append(t) }
        let childText = child.text
        if let c = childText { instancePath.append(c) }
        frames.append(keywordPath.count)
        frames.append(instancePath.count)
        let ok = eval(id, value, collect, &ev)
        frames.removeLast(2)
        if childText != nil { instancePath.removeLast() }
        if token.text != nil { keywordPath.removeLast() }
        keywordPath.removeLast()
        return ok
    }

    private func name(_ keyword: PathName) -> String {
        switch keyword {
        case .site(let site): program.sites[Int(site)].name
        case .fixed(let name): name
        }
    }

    /// Evaluates a subschema of an instance child (no annotations flow back).
    @inline(__always)
    private mutating func descendChild(
        _ id: NodeID, _ value: JSONValue, _ keyword: PathName, _ token: PathToken, _ child: PathToken
    )
        -> Bool
    {
        var none = Evaluated()
        return descend(id, value, keyword, token, child, false, &none)
    }

    @inline(__always)
    private func isFalseSchema(_ id: NodeID) -> Bool {
        headers[Int(id)].isFalse
    }

    @inline(__always)
    private mutating func report(
        _ site: Int32, _ value: JSONValue, _ message: @autoclosure () -> String, child: PathToken = .none
    ) {
        guard reportsErrors else { return }
        record(site, value, message(), child: child)
    }

    @inline(never)
    private mutating func record(_ site: Int32, _ value: JSONValue, _ message: String, child: PathToken) {
        let keyword = program.sites[Int(site)]
        var instance = instancePath
        if let c = child.text { instance.append(c) }
        var path = keywordPath
        if !keyword.name.isEmpty { path.append(keyword.name) }
        var error = ValidationError(
            keywordLocation: JSONPointer(tokens: path), absoluteKeywordLocation: keyword.absoluteLocation,
            instanceLocation: JSONPointer(tokens: instance), message: message, range: value.range)
        error.frames = frames
        errors.append(error)
    }

    @inline(never)
    private mutating func reportOverflow(_ value: JSONValue) {
        errors.append(
            ValidationError(
                keywordLocation: JSONPointer(tokens: keywordPath), absoluteKeywordLocation: "",
                instanceLocation: JSONPointer(tokens: instancePath),
                message: "evaluation is nested deeper than the limit of \(maxDepth) (recursive schema?)",
                range: value.range))
    }

    // MARK: - Keywords

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    private mutating func check(_ k: Int, _ value: JSONValue, _ collect: Bool, _ ev: inout Evaluated) -> Bool {
        let keyword = keywords[k].site
        let site = PathName.site(keyword)
        switch keywords[k].kind {
        case .falseSchema:
            report(keyword, value, "no value is allowed here (the schema is 'false'); found \(Quote.value(value))")
            return false

        case .type(let set, let draft4Integers):
            if TypeCheck.matches(value, set, draft4Integers: draft4Integers) { return true }
            report(keyword, value, "value \(Quote.value(value)) is not of type \(Quote.list(set.names))")
            return false

        case .const(let expected):
            if value == expected { return true }
            report(keyword, value, "value \(Quote.value(value)) is not the constant \(Quote.value(expected))")
            return false

        case .enumeration(let allowed):
            if case .string(let s) = value.kind {
                if allowed.strings.contains(ExactString(s)) { return true }
                if allowed.onlyStrings {
                    report(keyword, value, "value \(Quote.value(value)) is not one of \(Quote.values(allowed.values))")
                    return false
                }
            }
            for candidate in allowed.values where candidate == value { return true }
            report(keyword, value, "value \(Quote.value(value)) is not one of \(Quote.values(allowed.values))")
            return false

        case .multipleOf(let divisor):
            guard case .number(let n) = value.kind else { return true }
            if n.isMultiple(of: divisor) { return true }
            report(keyword, value, "value \(Quote.value(value)) is not a multiple of \(Quote.text(divisor.text))")
            return false

        case .maximum(let limit, let exclusive):
            guard case .number(let n) = value.kind else { return true }
            let c = n.compare(limit)
            if c == .less || (c == .equal && !exclusive) { return true }
            report(
                keyword, value,
                exclusive
                    ? "value \(Quote.value(value)) is not less than the exclusive maximum \(Quote.text(limit.text))"
                    : "value \(Quote.value(value)) is greater than the maximum \(Quote.text(limit.text))")
            return false

        case .minimum(let limit, let exclusive):
            guard case .number(let n) = value.kind else { return true }
            let c = n.compare(limit)
            if c == .greater || (c == .equal && !exclusive) { return true }
            report(
                keyword, value,
                exclusive
                    ? "value \(Quote.value(value)) is not greater than the exclusive minimum \(Quote.text(limit.text))"
                    : "value \(Quote.value(value)) is less than the minimum \(Quote.text(limit.text))")
            return false

        case .maxLength(let limit):
            guard case .string(let s) = value.kind else { return true }
            if s.utf8.count <= limit || s.unicodeScalars.count <= limit { return true }
            report(keyword, value, "string \(Quote.value(value)) is longer than \(limit) characters")
            return false

        case .minLength(let limit):
            guard case .string(let s) = value.kind else { return true }
            if s.utf8.count >= limit && (limit == 0 || s.unicodeScalars.count >= limit) { return true }
            report(keyword, value, "string \(Quote.value(value)) is shorter than \(limit) characters")
            return false

        case .pattern(let pattern):
            guard case .string(let s) = value.kind else { return true }
            switch pattern.matches(s) {
            case true?: return true
            case false?:
                report(
                    keyword, value,
                    "string \(Quote.value(value)) does not match the pattern \(Quote.text(pattern.source))")
            case nil:
                report(keyword, value, Pattern.undecidedMessage(pattern, s))
            }
            return false

        case .format(let format):
            if format.accepts(value) { return true }
            report(keyword, value, "value \(Quote.value(value)) is not a valid \(Quote.text(format.name))")
            return false

        case .content(let encoding, let mediaType):
            guard case .string(let s) = value.kind else { return true }
            if ContentCheck.accepts(s, encoding: encoding, mediaType: mediaType) { return true }
            report(
                keyword, value,
                "string \(Quote.value(value)) is not valid \(Quote.text(mediaType ?? encoding ?? ""))\(mediaType != nil && encoding != nil ? " in " + Quote.text(encoding!) : "")"
            )
            return false

        case .maxItems(let limit):
            guard case .array(let a) = value.kind else { return true }
            if a.count <= limit { return true }
            report(keyword, value, "array has \(a.count) items, more than the maximum of \(limit)")
            return false

        case .minItems(let limit):
            guard case .array(let a) = value.kind else { return true }
            if a.count >= limit { return true }
            report(keyword, value, "array has \(a.count) items, fewer than the minimum of \(limit)")
            return false

        case .uniqueItems:
            guard case .array(let a) = value.kind else { return true }
            guard let (i, j) = Uniqueness.firstDuplicate(a) else { return true }
            report(keyword, value, "array items \(i) and \(j) are equal; items must be unique")
            return false

        case .maxProperties(let limit):
            guard case .object(let o) = value.kind else { return true }
            if o.count <= limit { return true }
            report(keyword, value, "object has \(o.count) properties, more than the maximum of \(limit)")
            return false

        case .minProperties(let limit):
            guard case .object(let o) = value.kind else { return true }
            if o.count >= limit { return true }
            report(keyword, value, "object has \(o.count) properties, fewer than the minimum of \(limit)")
            return false

        case .required(let names):
            guard case .object(let o) = value.kind else { return true }
            var valid = true
            for name in names where !has(o, name) {
                report(keyword, value, "required property \(Quote.text(name)) is missing")
                valid = false
                if !reportsErrors { return false }
            }
            return valid

        case .dependentRequired(let pairs):
            guard case .object(let o) = value.kind else { return true }
            var valid = true
            for (trigger, names) in pairs where has(o, trigger) {
                for name in names where !has(o, name) {
                    report(
                        keyword, value,
                        "property \(Quote.text(name)) is required when \(Quote.text(trigger)) is present")
                    valid = false
                    if !reportsErrors { return false }
                }
            }
            return valid

        case .properties(let table):
            guard case .object(let o) = value.kind else { return true }
            var valid = true
            return o.members.withUnsafeBufferPointer { members in
                var valid = true
                for i in 0..<members.count {
                    guard let p = table.position(of: members[i].key) else { continue }
                    if descendChild(table.nodes[p], members[i].value, site, .key(members[i].key), .key(members[i].key))
                    {
                        if collect { ev.properties.insert(i) }
                    } else {
                        valid = false
                        if !reportsErrors { return false }
                    }
                }
                return valid
            }

        case .patternProperties(let patterns):
            guard case .object(let o) = value.kind else { return true }
            var valid = true
            for (i, member) in o.members.enumerated() {
                for (pattern, n) in patterns {
                    guard let matched = pattern.matches(member.key) else {
                        report(
                            keyword, member.value, Pattern.undecidedMessage(pattern, member.key),
                            child: .key(member.key))
                        valid = false
                        if !reportsErrors { return false }
                        continue
                    }
                    guard matched else { continue }
                    if descendChild(n, member.value, site, .key(pattern.source), .key(member.key)) {
                        if collect { ev.properties.insert(i) }
                    } else {
                        valid = false
                        if !reportsErrors { return false }
                    }
                }
            }
            return valid

        case .additionalProperties(let n, let table, let patterns):
            guard case .object(let o) = value.kind else { return true }
            var valid = true
            let forbidden = isFalseSchema(n)
            for i in o.members.indices {
                let known = o.members.withUnsafeBufferPointer { table.position(of: $0[i].key) != nil }
                if known { continue }
                let member = o.members[i]
                if !patterns.isEmpty {
                    var skipped = false
                    var undecided: Pattern? = nil
                    for pattern in patterns {
                        switch pattern.matches(member.key) {
                        case true?: skipped = true
                        case false?: break
                        case nil: undecided = pattern
                        }
                        if skipped { break }
                    }
                    if skipped { continue }
                    if let undecided {
                        report(
                            keyword, member.value, Pattern.undecidedMessage(undecided, member.key),
                            child: .key(member.key))
                        valid = false
                        if !reportsErrors { return false }
                        continue
                    }
                }
                if forbidden {
                    report(
                        keyword, member.value, "property \(Quote.text(member.key)) is not allowed",
                        child: .key(member.key))
                    valid = false
                    if !reportsErrors { return false }
                } else if descendChild(n, member.value, site, .none, .key(member.key)) {
                    if collect { ev.properties.insert(i) }
                } else {
                    valid = false
                    if !reportsErrors { return false }
                }
            }
            return valid

        case .unevaluatedProperties(let n):
            guard case .object(let o) = value.kind else { return true }
            var valid = true
            let forbidden = isFalseSchema(n)
            for (i, member) in o.members.enumerated() where !ev.properties.contains(i) {
                if forbidden {
                    report(
                        keyword, member.value, "unevaluated property \(Quote.text(member.key)) is not allowed",
                        child: .key(member.key))
                    valid = false
                    if !reportsErrors { return false }
                } else if descendChild(n, member.value, site, .none, .key(member.key)) {
                    ev.properties.insert(i)
                } else {
                    valid = false
                    if !reportsErrors { return false }
                }
            }
            return valid

        case .propertyNames(let n):
            guard case .object(let o) = value.kind else { return true }
            var valid = true
            for member in o.members {
                let name = JSONValue(.string(member.key), range: member.keyRange)
                if !descendChild(n, name, site, .none, .key(member.key)) {
                    valid = false
                    if !reportsErrors { return false }
                }
            }
            return valid

        case .dependentSchemas(let pairs):
            guard case .object(let o) = value.kind else { return true }
            var valid = true
            for (trigger, n) in pairs where has(o, trigger) {
                if !descend(n, value, site, .key(trigger), .none, collect, &ev) {
                    valid = false
                    if !reportsErrors { return false }
                }
            }
            return valid

        case .prefixItems(let schemas):
            guard case .array(let a) = value.kind else { return true }
            var valid = true
            let n = min(a.count, schemas.count)
            for i in 0..<n where !descendChild(schemas[i], a[i], site, .index(i), .index(i)) {
                valid = false
                if !reportsErrors { return false }
            }
            if collect && valid { ev.items.insertAll(below: n) }
            return valid

        case .items(let n, let start):
            guard case .array(let a) = value.kind, a.count > start else { return true }
            var valid = true
            let forbidden = isFalseSchema(n)
            for i in start..<a.count {
                if forbidden {
                    report(keyword, a[i], "item \(i) is not allowed (the array allows \(start))", child: .index(i))
                    valid = false
                    if !reportsErrors { return false }
                } else if !descendChild(n, a[i], site, .none, .index(i)) {
                    valid = false
                    if !reportsErrors { return false }
                }
            }
            if collect && valid { ev.items.insertAll(below: a.count) }
            return valid

        case .contains(let n, let minimum, let maximum, let marks):
            guard case .array(let a) = value.kind else { return true }
            let mark = collect && marks
            var matches = 0
            let errorCount = errors.count
            for (i, element) in a.enumerated() where descendChild(n, element, site, .none, .index(i)) {
                matches += 1
                if mark { ev.items.insert(i) }
                if !mark && !reportsErrors {
                    if let maximum {
                        if matches > maximum { break }
                    } else if matches >= minimum {
                        break
                    }
                }
            }
            if reportsErrors { errors.removeSubrange(errorCount...) }
            if matches < minimum {
                report(
                    keyword, value,
                    minimum == 1
                        ? "array has no item that matches 'contains'"
                        : "array has \(matches) items that match 'contains', fewer than 'minContains' \(minimum)")
                return false
            }
            if let maximum, matches > maximum {
                report(
                    keyword, value,
                    "array has \(matches) items that match 'contains', more than 'maxContains' \(maximum)")
                return false
            }
            return true

        case .unevaluatedItems(let n):
            guard case .array(let a) = value.kind else { return true }
            var valid = true
            let forbidden = isFalseSchema(n)
            for i in 0..<a.count where !ev.items.contains(i) {
                if forbidden {
                    report(keyword, a[i], "unevaluated item \(i) is not allowed", child: .index(i))
                    valid = false
                    if !reportsErrors { return false }
                } else if descendChild(n, a[i], site, .none, .index(i)) {
                    ev.items.insert(i)
                } else {
                    valid = false
                    if !reportsErrors { return false }
                }
            }
            return valid

        case .allOf(let schemas):
            var valid = true
            for (i, n) in schemas.enumerated() where !descend(n, value, site, .index(i), .none, collect, &ev) {
                valid = false
                if !reportsErrors { return false }
            }
            return valid

        case .anyOf(let schemas):
            let errorCount = errors.count
            var any = false
            for (i, n) in schemas.enumerated() {
                if collect {
                    var branch = Evaluated()
                    if descend(n, value, site, .index(i), .none, true, &branch) {
                        ev.formUnion(branch)
                        any = true
                    }
                } else if descend(n, value, site, .index(i), .none, false, &ev) {
                    any = true
                    break
                }
            }
            if any {
                if reportsErrors { errors.removeSubrange(errorCount...) }
                return true
            }
            report(keyword, value, "value \(Quote.value(value)) does not match any of the schemas in 'anyOf'")
            return false

        case .oneOf(let schemas):
            let errorCount = errors.count
            var matched: [Int] = []
            var kept = Evaluated()
            for (i, n) in schemas.enumerated() {
                var branch = Evaluated()
                if descend(n, value, site, .index(i), .none, collect, &branch) {
                    matched.append(i)
                    if collect { kept = branch }
                    if matched.count > 1 && !reportsErrors { return false }
                }
            }
            if matched.count == 1 {
                if reportsErrors { errors.removeSubrange(errorCount...) }
                if collect { ev.formUnion(kept) }
                return true
            }
            if matched.isEmpty {
                report(keyword, value, "value \(Quote.value(value)) does not match any of the schemas in 'oneOf'")
            } else {
                if reportsErrors { errors.removeSubrange(errorCount...) }
                report(
                    keyword, value,
                    "value \(Quote.value(value)) matches more than one schema in 'oneOf' (\(matched.map(String.init).joined(separator: ", ")))"
                )
            }
            return false

        case .not(let n):
            let errorCount = errors.count
            var none = Evaluated()
            // The subschema's errors are never shown: evaluate it in flag mode, which neither builds
            // them nor quotes (serializes) the values they would name.
            let reporting = reportsErrors
            reportsErrors = false
            let matched = descend(n, value, site, .none, .none, false, &none)
            reportsErrors = reporting
            if reportsErrors { errors.removeSubrange(errorCount...) }
            if !matched { return true }
            report(keyword, value, "value \(Quote.value(value)) must not match the schema in 'not'")
            return false

        case .conditional(let condition, let then, let otherwise):
            if then == nil && otherwise == nil && !collect { return true }
            let errorCount = errors.count
            var branch = Evaluated()
            // `if` only decides: its errors are never shown, so evaluate it in flag mode.
            let reporting = reportsErrors
            reportsErrors = false
            let holds = descend(condition, value, .fixed("if"), .none, .none, collect, &branch)
            reportsErrors = reporting
            if reportsErrors { errors.removeSubrange(errorCount...) }
            if holds {
                if collect { ev.formUnion(branch) }
                guard let then else { return true }
                return descend(then, value, .fixed("then"), .none, .none, collect, &ev)
            }
            guard let otherwise else { return true }
            return descend(otherwise, value, .fixed("else"), .none, .none, collect, &ev)

        case .ref(let n):
            return descend(n, value, site, .none, .none, collect, &ev)

        case .dynamicRef(let initial, let anchor):
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

        case .recursiveRef(let initial, let dynamic):
            var target = initial
            if dynamic {
                for r in scope where program.resources[Int(r)].recursiveAnchor && program.resources[Int(r)].root >= 0 {
                    target = program.resources[Int(r)].root
                    break
                }
            }
            return descend(target, value, site, .none, .none, collect, &ev)
        }
    }

    @inline(__always) private func has(_ object: JSONObject, _ key: String) -> Bool {
        object.members.withUnsafeBufferPointer { members in
            for i in 0..<members.count where sameScalars(members[i].key, key) { return true }
            return false
        }
    }
}

/// The keyword a subschema is reached through: a compiled keyword's site, or a fixed name.
enum PathName {
    case site(Int32)
    case fixed(String)
}

/// A path token that is only turned into text when errors are reported.
enum PathToken {
    case none
    case key(String)
    case index(Int)

    var text: String? {
        switch self {
        case .none: nil
        case .key(let k): k
        case .index(let i): String(i)
        }
    }
}
