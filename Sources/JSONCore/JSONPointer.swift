/// An RFC 6901 JSON Pointer (`/value/0/status`).
public struct JSONPointer: Hashable, Sendable, CustomStringConvertible {
    /// The unescaped reference tokens.
    public var tokens: [String]

    /// The pointer to the whole document.
    public static let root = JSONPointer(tokens: [])

    /// A pointer made of `tokens` (unescaped).
    public init(tokens: [String]) {
        self.tokens = tokens
    }

    /// Parses pointer text (`""` or `/a~1b/0`); `nil` if it is malformed.
    public init?(_ text: String) {
        if text.isEmpty {
            tokens = []
            return
        }
        guard text.hasPrefix("/") else { return nil }
        var result: [String] = []
        for part in text.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).dropFirst() {
            var bytes: [UInt8] = []
            var i = part.startIndex
            while i < part.endIndex {
                let b = part[i]
                if b == UInt8(ascii: "~") {
                    let next = part.index(after: i)
                    guard next < part.endIndex else { return nil }
                    switch part[next] {
                    case UInt8(ascii: "0"): bytes.append(UInt8(ascii: "~"))
                    case UInt8(ascii: "1"): bytes.append(UInt8(ascii: "/"))
                    default: return nil
                    }
                    i = part.index(after: next)
                } else {
                    bytes.append(b)
                    i = part.index(after: i)
                }
            }
            result.append(String(decoding: bytes, as: UTF8.self))
        }
        tokens = result
    }

    /// This pointer extended by `token`.
    public func appending(_ token: String) -> JSONPointer {
        JSONPointer(tokens: tokens + [token])
    }

    /// This pointer extended by an array index.
    public func appending(_ index: Int) -> JSONPointer {
        appending(String(index))
    }

    /// The escaped pointer text.
    public var description: String {
        var out: [UInt8] = []
        for token in tokens {
            out.append(UInt8(ascii: "/"))
            for b in token.utf8 {
                if b == UInt8(ascii: "~") || b == UInt8(ascii: "/") {
                    out.append(UInt8(ascii: "~"))
                    out.append(b == UInt8(ascii: "~") ? UInt8(ascii: "0") : UInt8(ascii: "1"))
                } else {
                    out.append(b)
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The value this pointer designates inside `value`, if any.
    public func resolve(in value: JSONValue) -> JSONValue? {
        var current = value
        for token in tokens {
            switch current.kind {
            case .object(let object):
                guard let next = object[token] else { return nil }
                current = next
            case .array(let elements):
                guard let index = JSONPointer.arrayIndex(token), index < elements.count else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    /// The array index a token denotes (`0`, `12`; no leading zeros, no sign).
    public static func arrayIndex(_ token: String) -> Int? {
        let utf8 = Array(token.utf8)
        guard !utf8.isEmpty, utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        if utf8.count > 1 && utf8[0] == 48 { return nil }
        return Int(token)
    }
}
