import JSONCore

/// The `type` keyword's test.
enum TypeCheck {
    /// Whether the value of `kind` has one of the types in `set` (`number` gives the value of a
    /// number). In draft-04 an integer must be written without a fraction or exponent (`1.0` is a
    /// number, not an integer).
    @inline(__always)
    static func matches(
        _ kind: JSONTape.Kind, _ set: TypeSet, draft4Integers: Bool, number: () -> JSONNumber
    ) -> Bool {
        switch kind {
        case .null: return set.contains(.null)
        case .true, .false: return set.contains(.boolean)
        case .string: return set.contains(.string)
        case .array: return set.contains(.array)
        case .object: return set.contains(.object)
        case .int: return set.contains(.number) || set.contains(.integer)
        case .numberText:
            if set.contains(.number) { return true }
            guard set.contains(.integer) else { return false }
            let n = number()
            if draft4Integers {
                return n.isInteger
                    && !n.text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") })
            }
            return n.isInteger
        }
    }
}

/// `uniqueItems`' test.
enum Uniqueness {
    /// The first pair of equal elements (JSON equality), if any.
    static func firstDuplicate(_ elements: [JSONValue]) -> (Int, Int)? {
        if elements.count <= 16 {
            for j in 1..<max(elements.count, 1) {
                for i in 0..<j where elements[i] == elements[j] { return (i, j) }
            }
            return nil
        }
        var seen: [JSONValue: Int] = [:]
        seen.reserveCapacity(elements.count)
        for (j, element) in elements.enumerated() {
            if let i = seen[element] { return (i, j) }
            seen[element] = j
        }
        return nil
    }
}

/// Quoting of values and names inside messages: `'abc'`, `'12'`, `'{"a":1}'` (shortened when long).
enum Quote {
    static let limit = 60

    /// `value` as JSON text (a string without its quotes) inside single quotes.
    static func value(_ value: JSONValue) -> String {
        if case .string(let s) = value.kind { return text(s) }
        return self.value(JSONTape(value), 0)
    }

    /// The value at `index` of `tape` as JSON text (a string without its quotes) inside single quotes.
    static func value(_ tape: JSONTape, _ index: Int) -> String {
        if tape.entries[index].kind == .string { return text(tape.string(at: index)) }
        // Write only what will be shown: a deep or large subtree is never serialized whole.
        var out: [UInt8] = []
        var budget = limit * 4 + 8
        writeBounded(tape, index, into: &out, budget: &budget)
        return text(String(decoding: out, as: UTF8.self))
    }

    /// Compact JSON of the value at `index`, stopping once `budget` bytes are spent (so recursion stays shallow).
    static func writeBounded(_ tape: JSONTape, _ index: Int, into out: inout [UInt8], budget: inout Int) {
        guard budget > 0 else { return }
        let entry = tape.entries[index]
        let before = out.count
        switch entry.kind {
        case .array, .object:
            let isObject = entry.kind == .object
            out.append(isObject ? UInt8(ascii: "{") : UInt8(ascii: "["))
            budget -= 1
            var i = index + 1
            for k in 0..<entry.count {
                guard budget > 0 else { return }
                if k > 0 { out.append(UInt8(ascii: ",")) }
                if isObject {
                    let keyStart = out.count
                    JSONWriter.writeString(tape.string(at: i), into: &out)
                    out.append(UInt8(ascii: ":"))
                    budget -= out.count - keyStart
                    i += 1
                }
                writeBounded(tape, i, into: &out, budget: &budget)
                i = tape.entries[i].end
            }
            out.append(isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
            return
        case .null: out.append(contentsOf: "null".utf8)
        case .true: out.append(contentsOf: "true".utf8)
        case .false: out.append(contentsOf: "false".utf8)
        case .int, .numberText: out.append(contentsOf: tape.number(at: index).text.utf8)
        case .string: JSONWriter.writeString(tape.string(at: index), into: &out)
        }
        budget -= out.count - before
    }

    /// `s` inside single quotes, shortened to about `limit` characters.
    static func text(_ s: String) -> String {
        var out = "'"
        var n = 0
        for c in s.unicodeScalars {
            if n == limit {
                out += "…"
                break
            }
            if c == "\n" { out += "\\n" } else { out.unicodeScalars.append(c) }
            n += 1
        }
        return out + "'"
    }

    /// `'a', 'b' or 'c'`.
    static func list(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        if quoted.count <= 1 { return quoted.first ?? "''" }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    }

    /// The allowed values of an `enum`, shortened after 8.
    static func values(_ values: [JSONValue]) -> String {
        let shown = values.prefix(8).map { value($0) }
        return shown.joined(separator: ", ") + (values.count > 8 ? ", … (\(values.count) values)" : "")
    }
}
