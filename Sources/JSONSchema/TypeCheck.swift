import JSONCore

/// The `type` keyword's test.
enum TypeCheck {
    /// Whether `value` has one of the types in `set`. In draft-04 an integer must be written
    /// without a fraction or exponent (`1.0` is a number, not an integer).
    @inline(__always)
    static func matches(_ value: JSONValue, _ set: TypeSet, draft4Integers: Bool) -> Bool {
        switch value.kind {
        case .null: return set.contains(.null)
        case .bool: return set.contains(.boolean)
        case .string: return set.contains(.string)
        case .array: return set.contains(.array)
        case .object: return set.contains(.object)
        case .number(let n):
            if set.contains(.number) { return true }
            guard set.contains(.integer) else { return false }
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
        // Write only what will be shown: a deep or large subtree is never serialized whole.
        var out: [UInt8] = []
        var budget = limit * 4 + 8
        writeBounded(value, into: &out, budget: &budget)
        return text(String(decoding: out, as: UTF8.self))
    }

    /// Compact JSON of `value`, stopping once `budget` bytes are spent (so recursion stays shallow).
    static func writeBounded(_ value: JSONValue, into out: inout [UInt8], budget: inout Int) {
        guard budget > 0 else { return }
        switch value.kind {
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            budget -= 1
            for (i, e) in elements.enumerated() {
                guard budget > 0 else { return }
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeBounded(e, into: &out, budget: &budget)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            budget -= 1
            for (i, m) in object.members.enumerated() {
                guard budget > 0 else { return }
                if i > 0 { out.append(UInt8(ascii: ",")) }
                let before = out.count
                JSONWriter.writeString(m.key, into: &out)
                out.append(UInt8(ascii: ":"))
                budget -= out.count - before
                writeBounded(m.value, into: &out, budget: &budget)
            }
            out.append(UInt8(ascii: "}"))
        default:
            let before = out.count
            JSONWriter.write(value, into: &out, indent: nil, level: 0)
            budget -= out.count - before
        }
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
