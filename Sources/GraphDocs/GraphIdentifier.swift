/// What counts as a name in Graph docs.
public enum GraphIdentifier {
    /// Whether `name` can be a property, parameter or enum member name: an ASCII letter or `_` (or the
    /// `@` of an instance annotation such as `@odata.type`) followed by ASCII letters, digits, `_`
    /// and, after an `@`, dots. `background-color`, `device;` and `Контекст` are not.
    public static func isPropertyName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first else { return false }
        let annotation = first == UInt8(ascii: "@") || bytes.contains(UInt8(ascii: "@"))
        guard isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: "@") else { return false }
        for b in bytes.dropFirst() {
            if isLetter(b) || isDigit(b) || b == UInt8(ascii: "_") { continue }
            if annotation && (b == UInt8(ascii: ".") || b == UInt8(ascii: "@")) { continue }
            return false
        }
        return true
    }

    /// Whether `name` is a property name or a path of them (`files/fileName`: a nested property of a
    /// request body, as parameter tables write it; `file/localizations/{localizationId}/versions` too).
    public static func isPropertyPath(_ name: String) -> Bool {
        guard name.containsBytes("/") else { return isPropertyName(name) }
        return name.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
            isPropertyName(String(part))
                || (part.hasPrefix("{") && part.hasSuffix("}") && isPropertyName(String(part.dropFirst().dropLast())))
        }
    }

    /// Whether `name` can be a type name: identifiers joined by dots (`microsoft.graph.resultInfo`).
    public static func isTypeName(_ name: String) -> Bool {
        // Byte by byte: each dot-separated part starts with a letter or `_`, then letters, digits, `_`.
        var atPartStart = true
        for b in name.utf8 {
            if b == UInt8(ascii: ".") {
                if atPartStart { return false }
                atPartStart = true
            } else if atPartStart {
                guard isLetter(b) || b == UInt8(ascii: "_") else { return false }
                atPartStart = false
            } else {
                guard isLetter(b) || isDigit(b) || b == UInt8(ascii: "_") else { return false }
            }
        }
        return !atPartStart
    }

    /// Whether `name` is spelled like an HTTP header, alone or with its value (`Content-Type`,
    /// `Content-type`, `If-Match`, `Prefer: outlook.timezone`): a capitalised word, then letters,
    /// digits and hyphens, with at least one hyphen or a `:` value after it.
    public static func isHTTPHeaderName(_ name: String) -> Bool {
        var headerName = Substring(name)
        var hasValue = false
        if let colon = name.firstIndex(of: ":") {
            headerName = name[..<colon]
            hasValue = true
        }
        let bytes = Array(headerName.utf8)
        guard let first = bytes.first, first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") else { return false }
        guard bytes.allSatisfy({ isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") }),
            bytes.last != UInt8(ascii: "-")
        else {
            return false
        }
        return hasValue || bytes.contains(UInt8(ascii: "-"))
    }

    /// The part of a qualified name after its last dot (`microsoft.graph.user` → `user`), found by byte.
    public static func shortName(_ name: String) -> Substring {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return name[...] }
        return name[name.utf8.index(after: dot)...]
    }

    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
    static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
}
