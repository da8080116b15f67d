import Synchronization

/// Resolves `\p{...}` expressions to code point sets, decoding the generated tables on first use.
enum UnicodeProperty {
    private static let cache = Mutex<[String: CodePointSet]>([:])

    /// The set named by the text between the braces of `\p{...}`, or an error message.
    static func resolve(_ expression: String) -> Result<CodePointSet, PropertyError> {
        if let eq = expression.firstIndex(of: "=") {
            let name = String(expression[..<eq])
            let value = String(expression[expression.index(after: eq)...])
            switch name {
            case "General_Category", "gc":
                guard let gc = UnicodePropertyData.generalCategory(value) else {
                    return .failure(.unknownValue(name, value))
                }
                return .success(set(forKey: "gc=" + gc))
            case "Script", "sc":
                guard let sc = UnicodePropertyData.script(value) else { return .failure(.unknownValue(name, value)) }
                return .success(set(forKey: "sc=" + sc))
            case "Script_Extensions", "scx":
                guard let sc = UnicodePropertyData.script(value) else { return .failure(.unknownValue(name, value)) }
                return .success(set(forKey: "scx=" + sc))
            default:
                return .failure(.unknownName(name))
            }
        }
        if let gc = UnicodePropertyData.generalCategory(expression) {
            return .success(set(forKey: "gc=" + gc))
        }
        if let binary = UnicodePropertyData.binaryProperty(expression) {
            return .success(set(forKey: "bin=" + binary))
        }
        return .failure(.unknownName(expression))
    }

    /// The set for a table key that the generated data is known to hold.
    static func set(forKey key: String) -> CodePointSet {
        if let cached = cache.withLock({ $0[key] }) { return cached }
        let decoded = decode(UnicodePropertyData.encodedRanges(key) ?? "")
        cache.withLock { $0[key] = decoded }
        return decoded
    }

    /// Decodes base-36 pairs (gap after the previous range, length - 1) into a set.
    static func decode(_ text: String) -> CodePointSet {
        var bounds: [UInt32] = []
        var number: UInt32 = 0
        var previousEnd: Int64 = -1
        var pendingStart: UInt32? = nil
        var inNumber = false
        func flush() {
            guard inNumber else { return }
            if let start = pendingStart {
                bounds.append(start)
                bounds.append(start + number)
                previousEnd = Int64(start + number)
                pendingStart = nil
            } else {
                pendingStart = UInt32(previousEnd + 1) + number
            }
            number = 0
            inNumber = false
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                number = number * 36 + UInt32(byte - UInt8(ascii: "0"))
                inNumber = true
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                number = number * 36 + UInt32(byte - UInt8(ascii: "a") + 10)
                inNumber = true
            default:
                flush()
            }
        }
        flush()
        return CodePointSet(normalizedBounds: bounds)
    }

    /// Why a property expression was rejected.
    enum PropertyError: Error {
        case unknownName(String)
        case unknownValue(String, String)

        var message: String {
            switch self {
            case .unknownName(let name): "unknown unicode property name '\(name)'"
            case .unknownValue(let name, let value): "unknown value '\(value)' for unicode property '\(name)'"
            }
        }
    }
}
