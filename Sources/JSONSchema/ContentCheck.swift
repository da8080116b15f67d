import JSONCore

/// Draft-07's `contentEncoding` / `contentMediaType` assertions (later drafts make them annotations).
enum ContentCheck {
    /// Whether `text` is valid for the encoding (`base64` only; others are not checked) and, once
    /// decoded, for the media type (`application/json` only).
    static func accepts(_ text: String, encoding: String?, mediaType: String?) -> Bool {
        var bytes = Array(text.utf8)
        if let encoding, encoding.lowercased() == "base64" {
            guard let decoded = base64Decoded(bytes) else { return false }
            bytes = decoded
        }
        if let mediaType, mediaType.lowercased().hasPrefix("application/json") {
            return (try? JSONParser.parse(bytes)) != nil
        }
        return true
    }

    /// RFC 4648 base64 (padding optional), or `nil` when a character is outside the alphabet.
    static func base64Decoded(_ input: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(input.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        var padding = 0
        for c in input {
            let v: UInt32
            switch c {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): v = UInt32(c - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): v = UInt32(c - UInt8(ascii: "a") + 26)
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = UInt32(c - UInt8(ascii: "0") + 52)
            case UInt8(ascii: "+"): v = 62
            case UInt8(ascii: "/"): v = 63
            case UInt8(ascii: "="):
                padding += 1
                continue
            default: return nil
            }
            if padding > 0 { return nil }
            buffer = buffer << 6 | v
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
            }
        }
        return padding <= 2 ? out : nil
    }
}
