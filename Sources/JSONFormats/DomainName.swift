/// Host names on UTF-8 bytes: RFC 1123 `hostname` (ASCII, with `xn--` A-labels checked) and RFC 5890–5893
/// `idn-hostname` (U-labels and A-labels under IDNA2008).
///
/// Lengths follow the DNS: a label is at most 63 octets and the name at most 253, both counted in A-label form.
/// No trailing root dot.
enum DomainName {
    /// How much of IDNA a check accepts.
    struct Rules: Sendable {
        /// Labels may be U-labels (non-ASCII); otherwise only LDH labels and A-labels.
        var allowsUnicode: Bool
        /// U+3002, U+FF0E and U+FF61 separate labels as `.` does (RFC 3490 section 3.1, kept by IDNA2008 practice).
        var allowsIdeographicStops: Bool
        /// ASCII labels other than A-labels may not have `--` at positions 3–4 (RFC 5890 reserved LDH labels).
        var rejectsReservedHyphens: Bool

        /// RFC 1123 host names whose `xn--` labels must be valid A-labels.
        static let hostname = Rules(allowsUnicode: false, allowsIdeographicStops: false, rejectsReservedHyphens: false)
        /// Internationalized host names.
        static let idnHostname = Rules(allowsUnicode: true, allowsIdeographicStops: true, rejectsReservedHyphens: true)
        /// The domain of an internationalized e-mail address (RFC 6531): RFC 5321 sub-domains or U-labels,
        /// separated by `.` only.
        static let idnEmailDomain = Rules(
            allowsUnicode: true, allowsIdeographicStops: false, rejectsReservedHyphens: false)
    }

    /// Whether `bytes[range]` is a host name under `rules`.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, rules: Rules) -> Bool {
        if let simple = checkPlainASCII(bytes, range, reservedHyphens: rules.rejectsReservedHyphens) { return simple }
        return checkLabels(bytes, range, rules: rules)
    }

    /// The verdict for an all-ASCII name without A-labels, or `nil` when the name needs the full IDNA path
    /// (non-ASCII bytes or an `xn--` label). `reservedHyphens` rejects other labels with `--` at positions 3–4.
    private static func checkPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, reservedHyphens: Bool)
        -> Bool?
    {
        guard !range.isEmpty else { return false }
        var labelStart = range.lowerBound
        var index = range.lowerBound
        while true {
            let atEnd = index == range.upperBound
            let byte = atEnd ? UInt8(ascii: ".") : bytes[index]
            if byte == UInt8(ascii: ".") {
                let length = index - labelStart
                guard length >= 1, length <= 63, bytes[labelStart] != UInt8(ascii: "-"),
                    bytes[index - 1] != UInt8(ascii: "-")
                else { return false }
                if length >= 4, bytes[labelStart + 2] == UInt8(ascii: "-"), bytes[labelStart + 3] == UInt8(ascii: "-") {
                    if bytes[labelStart] | 0x20 == UInt8(ascii: "x"), bytes[labelStart + 1] | 0x20 == UInt8(ascii: "n")
                    {
                        return nil
                    }
                    if reservedHyphens { return false }
                }
                if atEnd { return range.count <= 253 }
                labelStart = index + 1
            } else if byte >= 0x80 {
                return nil
            } else if !ByteClass.isLetterDigitHyphen(byte) {
                return false
            }
            index += 1
        }
    }

    /// The full check: split into labels, decode A-labels, validate U-labels, then the Bidi rule over the name.
    private static func checkLabels(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, rules: Rules) -> Bool {
        // The A-label form has at least one byte per scalar, and a scalar takes at most four UTF-8 bytes.
        guard range.count <= 253 * 4 else { return false }
        var labels: [[UInt32]] = []
        var current: [UInt32] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard let (scalar, length) = UTF8Scalar.decode(bytes, at: index) else { return false }
            index += length
            let isStop =
                scalar == 0x2E
                || (rules.allowsIdeographicStops && (scalar == 0x3002 || scalar == 0xFF0E || scalar == 0xFF61))
            if isStop {
                labels.append(current)
                current = []
            } else {
                current.append(scalar)
            }
        }
        labels.append(current)

        var totalLength = labels.count - 1
        var decodedLabels: [[UInt32]] = []
        decodedLabels.reserveCapacity(labels.count)
        for label in labels {
            guard let (decoded, asciiLength) = checkLabel(label, rules: rules) else { return false }
            totalLength += asciiLength
            decodedLabels.append(decoded)
        }
        guard totalLength <= 253 else { return false }
        if decodedLabels.contains(where: ULabel.hasRightToLeft) {
            return decodedLabels.allSatisfy(ULabel.satisfiesBidiRule)
        }
        return true
    }

    /// The label as Unicode (A-labels decoded) and its length in A-label form, or `nil` when it is not valid.
    private static func checkLabel(_ label: [UInt32], rules: Rules) -> (decoded: [UInt32], asciiLength: Int)? {
        guard !label.isEmpty else { return nil }
        let hyphen = UInt32(UInt8(ascii: "-"))
        if label.allSatisfy({ $0 < 0x80 }) {
            guard label.count <= 63, label.first != hyphen, label.last != hyphen,
                label.allSatisfy({ ByteClass.isLetterDigitHyphen(UInt8($0)) })
            else { return nil }
            guard label.count >= 4, label[2] == hyphen, label[3] == hyphen else { return (label, label.count) }
            let lowered = label.map { UInt8($0) | (ByteClass.isAlpha(UInt8($0)) ? 0x20 : 0) }
            guard lowered[0] == UInt8(ascii: "x"), lowered[1] == UInt8(ascii: "n") else {
                return rules.rejectsReservedHyphens ? nil : (label, label.count)
            }
            let encoded = lowered[4...]
            guard let decoded = Punycode.decode(encoded), decoded.contains(where: { $0 >= 0x80 }),
                ULabel.isValid(decoded), let reencoded = Punycode.encode(decoded), reencoded.elementsEqual(encoded)
            else { return nil }
            return (decoded, label.count)
        }
        // Punycode spends at least one byte per scalar, so longer labels cannot fit in 63 octets.
        guard rules.allowsUnicode, label.count <= 59, ULabel.isValid(label), let encoded = Punycode.encode(label),
            encoded.count + 4 <= 63
        else { return nil }
        return (label, encoded.count + 4)
    }
}
