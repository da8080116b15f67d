import SourceText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A JSON value with the source range it was read from.
///
/// Objects keep their members in source order (duplicates included), numbers keep their exact
/// text. Equality is JSON equality: ranges are ignored, `1 == 1.0`, objects compare as maps
/// (order-insensitive, last duplicate wins) and booleans are never numbers. Strings and keys
/// compare by code points (`"é"` and `"e\u0301"` differ), not by Swift's canonical equivalence.
public struct JSONValue: Sendable, CustomStringConvertible {
    /// What the value is.
    public var kind: Kind
    /// Where the value was read (UTF-8 offsets); `.none` for values built in code.
    public var range: SourceRange

    /// The shape of a JSON value.
    public enum Kind: Sendable {
        /// `null`.
        case null
        /// `true` or `false`.
        case bool(Bool)
        /// A number, exactly as written.
        case number(JSONNumber)
        /// A string, unescaped.
        case string(String)
        /// An array.
        case array([JSONValue])
        /// An object, members in source order.
        case object(JSONObject)
    }

    /// A value of `kind` read from `range`.
    public init(_ kind: Kind, range: SourceRange = .none) {
        self.kind = kind
        self.range = range
    }

    /// `null`.
    public static let null = JSONValue(.null)

    /// A boolean value.
    public static func bool(_ value: Bool) -> JSONValue { JSONValue(.bool(value)) }
    /// A string value.
    public static func string(_ value: String) -> JSONValue { JSONValue(.string(value)) }
    /// An integer value.
    public static func integer(_ value: Int) -> JSONValue { JSONValue(.number(JSONNumber(value))) }
    /// A number value.
    public static func number(_ value: JSONNumber) -> JSONValue { JSONValue(.number(value)) }
    /// An array value.
    public static func array(_ elements: [JSONValue]) -> JSONValue { JSONValue(.array(elements)) }
    /// An object value with members in the given order.
    public static func object(_ members: [(String, JSONValue)]) -> JSONValue {
        JSONValue(.object(JSONObject(members.map { JSONObject.Member(key: $0.0, value: $0.1) })))
    }

    /// The JSON type name: `null`, `boolean`, `number`, `string`, `array` or `object`.
    public var typeName: String {
        switch kind {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The string, if this is a string.
    public var stringValue: String? {
        if case .string(let s) = kind { return s }
        return nil
    }

    /// The boolean, if this is a boolean.
    public var boolValue: Bool? {
        if case .bool(let b) = kind { return b }
        return nil
    }

    /// The number, if this is a number.
    public var numberValue: JSONNumber? {
        if case .number(let n) = kind { return n }
        return nil
    }

    /// The elements, if this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let a) = kind { return a }
        return nil
    }

    /// The object, if this is an object.
    public var objectValue: JSONObject? {
        if case .object(let o) = kind { return o }
        return nil
    }

    /// Whether this is `null`.
    public var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    /// The value of the last member named `key`, if this is an object that has one.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// The compact JSON text of the value.
    public var description: String { JSONWriter.compact(self) }
}

extension JSONValue: Equatable {
    /// JSON equality (see the type's documentation); source ranges do not take part.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs.kind, rhs.kind) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return sameCodePoints(a, b)
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)): return a == b
        default: return false
        }
    }
}

extension JSONValue: Hashable {
    /// Hashes consistently with JSON equality.
    public func hash(into hasher: inout Hasher) {
        switch kind {
        case .null: hasher.combine(0)
        case .bool(let b):
            hasher.combine(1)
            hasher.combine(b)
        case .number(let n):
            hasher.combine(2)
            hasher.combine(n)
        case .string(let s):
            hasher.combine(3)
            hasher.combine(s)
        case .array(let a):
            hasher.combine(4)
            hasher.combine(a)
        case .object(let o):
            hasher.combine(5)
            hasher.combine(o)
        }
    }
}

/// A JSON object: members in source order, duplicates kept.
public struct JSONObject: Sendable, Hashable {
    /// One `"key": value` member.
    public struct Member: Sendable {
        /// The unescaped key.
        public var key: String
        /// Where the key was read, quotes included.
        public var keyRange: SourceRange
        /// The member's value.
        public var value: JSONValue

        /// A member `key: value`.
        public init(key: String, keyRange: SourceRange = .none, value: JSONValue) {
            self.key = key
            self.keyRange = keyRange
            self.value = value
        }
    }

    /// The members in source order.
    public var members: [Member]

    /// An object with `members`.
    public init(_ members: [Member] = []) {
        self.members = members
    }

    /// The number of members (duplicates counted).
    public var count: Int { members.count }

    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }

    /// The keys in source order (duplicates included).
    public var keys: [String] { members.map(\.key) }

    /// The last member named `key` (JSON's "last one wins"), if any.
    public func member(_ key: String) -> Member? {
        // Keys of another length are passed over without comparing bytes (`utf8.count` is stored).
        members.withUnsafeBufferPointer { members in
            var i = members.count - 1
            while i >= 0 {
                if sameCodePoints(members[i].key, key) { return members[i] }
                i -= 1
            }
            return nil
        }
    }

    /// The value of the last member named `key`, if any.
    public subscript(key: String) -> JSONValue? {
        member(key)?.value
    }

    /// The members with duplicates removed (the last occurrence of a key wins, at its first position).
    public var uniqueMembers: [Member] {
        // Most objects repeat no key: for a small one, comparing each pair (lengths first) says so
        // without building a dictionary, and the members are the answer.
        if members.count <= 16 {
            var repeats = false
            members.withUnsafeBufferPointer { m in
                search: for i in m.indices.dropFirst() {
                    for j in 0..<i where sameCodePoints(m[j].key, m[i].key) {
                        repeats = true
                        break search
                    }
                }
            }
            if !repeats { return members }
        }
        var seen: [CodePointKey: Int] = [:]
        var result: [Member] = []
        result.reserveCapacity(members.count)
        for m in members {
            if let at = seen[CodePointKey(m.key)] {
                result[at] = m
            } else {
                seen[CodePointKey(m.key)] = result.count
                result.append(m)
            }
        }
        return result
    }

    /// Map equality: same set of keys, equal values (last duplicate wins), any order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        let a = lhs.uniqueMembers
        let b = rhs.uniqueMembers
        guard a.count == b.count else { return false }
        if a.count <= 8 {
            for m in a {
                guard let other = b.first(where: { sameCodePoints($0.key, m.key) }), other.value == m.value
                else { return false }
            }
            return true
        }
        var index: [CodePointKey: JSONValue] = [:]
        for m in b { index[CodePointKey(m.key)] = m.value }
        for m in a {
            guard let v = index[CodePointKey(m.key)], v == m.value else { return false }
        }
        return true
    }

    /// Hashes order-insensitively, consistent with map equality.
    public func hash(into hasher: inout Hasher) {
        var combined = 0
        for m in uniqueMembers {
            var h = Hasher()
            h.combine(m.key)
            h.combine(m.value)
            combined ^= h.finalize()
        }
        hasher.combine(combined)
    }
}

/// A key compared by Unicode code points, as JSON compares names: `"é"` (U+00E9) and `"e\u{301}"` are
/// different keys, though Swift's `String ==` (canonical equivalence) calls them equal.
struct CodePointKey: Hashable {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (lhs: CodePointKey, rhs: CodePointKey) -> Bool {
        sameCodePoints(lhs.string, rhs.string)
    }

    // Hashes the UTF-8 bytes: `String`'s own hash normalizes non-ASCII text first, which code-point
    // equality does not need.
    func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Whether `a` and `b` are the same string as JSON compares strings: by code points, so byte for byte
/// in UTF-8 (Swift's `==` calls canonically equivalent strings, such as `"é"` and `"e\u{301}"`, equal).
/// Lengths first (stored for native strings), then one `memcmp` of the bytes.
@inline(__always) public func sameCodePoints(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    let fast = a.utf8.withContiguousStorageIfAvailable { x in
        b.utf8.withContiguousStorageIfAvailable { y in
            x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
        }
    }
    if let fast, let result = fast { return result }
    return a.utf8.elementsEqual(b.utf8)
}
