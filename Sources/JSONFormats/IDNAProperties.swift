/// What IDNA2008 knows about one code point: its RFC 5892 derived property and, for code points a label may
/// contain, the bidi class, joining type, script and marks the contextual rules and the Bidi rule consult.
struct IDNAProperties: Sendable {
    /// RFC 5892 derived property; everything not listed is DISALLOWED or UNASSIGNED.
    enum Derived: UInt16, Sendable {
        case disallowed = 0
        case pvalid
        case contextJ
        case contextO
    }

    /// The Unicode bidi classes RFC 5893 names; `other` stands for the rest.
    enum BidiClass: UInt16, Sendable {
        case other = 0
        case l
        case r
        case al
        case an
        case en
        case es
        case cs
        case et
        case on
        case bn
        case nsm
    }

    /// Unicode joining types (ArabicShaping.txt); `u` is non-joining.
    enum JoiningType: UInt16, Sendable {
        case u = 0
        case l
        case r
        case d
        case t
        case c
    }

    /// The scripts RFC 5892 appendix A consults; `other` stands for the rest.
    enum Script: UInt16, Sendable {
        case other = 0
        case greek
        case hebrew
        case hiragana
        case katakana
        case han
    }

    /// The packed value: bits 0–1 derived, 2–5 bidi, 6–8 joining, 9–11 script, 12 virama, 13 mark.
    let value: UInt16

    /// RFC 5892 derived property.
    var derived: Derived { Derived(rawValue: value & 0x3) ?? .disallowed }
    /// Bidi class (meaningful when not disallowed).
    var bidi: BidiClass { BidiClass(rawValue: (value >> 2) & 0xF) ?? .other }
    /// Joining type (meaningful when not disallowed).
    var joining: JoiningType { JoiningType(rawValue: (value >> 6) & 0x7) ?? .u }
    /// Script, if one appendix A names.
    var script: Script { Script(rawValue: (value >> 9) & 0x7) ?? .other }
    /// Canonical combining class 9 (virama).
    var isVirama: Bool { value & 0x1000 != 0 }
    /// General category M (Mn, Mc, Me): may not start a label.
    var isMark: Bool { value & 0x2000 != 0 }

    /// The properties of `scalar`.
    static func of(_ scalar: UInt32) -> IDNAProperties {
        let table = IDNAPropertyRanges.shared
        var low = 0
        var high = table.starts.count - 1
        while low < high {
            let middle = (low + high + 1) >> 1
            if table.starts[middle] <= scalar { low = middle } else { high = middle - 1 }
        }
        return IDNAProperties(value: table.values[low])
    }
}

/// The decoded form of `IDNAProperties.packedRanges`: sorted range starts and their values.
struct IDNAPropertyRanges: Sendable {
    /// First code point of each range, ascending, starting at 0.
    let starts: [UInt32]
    /// Packed `IDNAProperties` value of each range.
    let values: [UInt16]

    /// The table, decoded on first use.
    static let shared = IDNAPropertyRanges(packed: IDNAProperties.packedRanges)

    init(packed: String) {
        var starts: [UInt32] = []
        var values: [UInt16] = []
        starts.reserveCapacity(IDNAProperties.rangeCount)
        values.reserveCapacity(IDNAProperties.rangeCount)
        var digits: [UInt32] = []
        digits.reserveCapacity(10)
        for byte in packed.utf8 {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: continue
            }
            digits.append(digit)
            if digits.count == 10 {
                starts.append(digits[0..<6].reduce(0) { $0 << 4 | $1 })
                values.append(UInt16(digits[6..<10].reduce(0) { $0 << 4 | $1 }))
                digits.removeAll(keepingCapacity: true)
            }
        }
        if starts.first != 0 {
            starts.insert(0, at: 0)
            values.insert(0, at: 0)
        }
        self.starts = starts
        self.values = values
    }
}
