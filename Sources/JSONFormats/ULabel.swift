/// IDNA2008 rules for one label given as Unicode scalars: RFC 5891 section 5.4 (hyphens, leading marks),
/// RFC 5892 (derived properties and the CONTEXTJ / CONTEXTO rules of appendix A) and RFC 5893 (the Bidi rule).
///
/// Not checked: that the label is in Unicode Normalization Form C.
enum ULabel {
    /// Whether `label` may be a U-label (it need not contain non-ASCII scalars; callers check that).
    static func isValid(_ label: [UInt32]) -> Bool {
        guard let first = label.first, let last = label.last else { return false }
        let hyphen = UInt32(UInt8(ascii: "-"))
        guard first != hyphen, last != hyphen else { return false }
        if label.count >= 4, label[2] == hyphen, label[3] == hyphen { return false }
        guard !IDNAProperties.of(first).isMark else { return false }
        for index in label.indices {
            switch IDNAProperties.of(label[index]).derived {
            case .pvalid: continue
            case .contextJ: guard isContextJAllowed(label, at: index) else { return false }
            case .contextO: guard isContextOAllowed(label, at: index) else { return false }
            case .disallowed: return false
            }
        }
        return true
    }

    /// Whether `label` has a right-to-left or Arabic-number scalar, which makes its domain a Bidi domain name.
    static func hasRightToLeft(_ label: [UInt32]) -> Bool {
        label.contains { scalar in
            guard scalar >= 0x80 else { return false }
            let bidi = IDNAProperties.of(scalar).bidi
            return bidi == .r || bidi == .al || bidi == .an
        }
    }

    /// Whether `label` satisfies the six conditions of the RFC 5893 Bidi rule.
    static func satisfiesBidiRule(_ label: [UInt32]) -> Bool {
        guard let first = label.first else { return false }
        let firstClass = bidiClass(first)
        let rightToLeft: Bool
        switch firstClass {
        case .l: rightToLeft = false
        case .r, .al: rightToLeft = true
        default: return false
        }
        var hasEN = false
        var hasAN = false
        var lastNonNSM: IDNAProperties.BidiClass = firstClass
        for scalar in label {
            let bidi = bidiClass(scalar)
            switch bidi {
            case .r, .al, .an:
                guard rightToLeft else { return false }
            case .l:
                guard !rightToLeft else { return false }
            case .en, .es, .cs, .et, .on, .bn, .nsm:
                break
            case .other:
                return false
            }
            if bidi == .en { hasEN = true }
            if bidi == .an { hasAN = true }
            if bidi != .nsm { lastNonNSM = bidi }
        }
        if rightToLeft {
            guard !(hasEN && hasAN) else { return false }
            return [.r, .al, .en, .an].contains(lastNonNSM)
        }
        return lastNonNSM == .l || lastNonNSM == .en
    }

    /// The bidi class of `scalar`, with ASCII read directly (upper-case letters are not in the table).
    private static func bidiClass(_ scalar: UInt32) -> IDNAProperties.BidiClass {
        if scalar < 0x80 {
            let byte = UInt8(scalar)
            if ByteClass.isAlpha(byte) { return .l }
            if ByteClass.isDigit(byte) { return .en }
            if byte == UInt8(ascii: "-") { return .es }
        }
        return IDNAProperties.of(scalar).bidi
    }

    /// RFC 5892 appendix A.1 (ZERO WIDTH NON-JOINER) and A.2 (ZERO WIDTH JOINER).
    private static func isContextJAllowed(_ label: [UInt32], at index: Int) -> Bool {
        if index > 0, IDNAProperties.of(label[index - 1]).isVirama { return true }
        guard label[index] == 0x200C else { return false }
        // (Joining_Type:{L,D})(Joining_Type:T)*\u200C(Joining_Type:T)*(Joining_Type:{R,D})
        var before = index - 1
        while before >= 0, IDNAProperties.of(label[before]).joining == .t { before -= 1 }
        guard before >= 0 else { return false }
        let left = IDNAProperties.of(label[before]).joining
        guard left == .l || left == .d else { return false }
        var after = index + 1
        while after < label.count, IDNAProperties.of(label[after]).joining == .t { after += 1 }
        guard after < label.count else { return false }
        let right = IDNAProperties.of(label[after]).joining
        return right == .r || right == .d
    }

    /// RFC 5892 appendix A.3 to A.9.
    private static func isContextOAllowed(_ label: [UInt32], at index: Int) -> Bool {
        let scalar = label[index]
        switch scalar {
        case 0x00B7:  // MIDDLE DOT: between two 'l'.
            return index > 0 && index + 1 < label.count && label[index - 1] == 0x6C && label[index + 1] == 0x6C
        case 0x0375:  // GREEK LOWER NUMERAL SIGN (KERAIA): followed by Greek.
            return index + 1 < label.count && IDNAProperties.of(label[index + 1]).script == .greek
        case 0x05F3, 0x05F4:  // HEBREW PUNCTUATION GERESH and GERSHAYIM: preceded by Hebrew.
            return index > 0 && IDNAProperties.of(label[index - 1]).script == .hebrew
        case 0x30FB:  // KATAKANA MIDDLE DOT: some Hiragana, Katakana or Han in the label.
            return label.contains { other in
                let script = IDNAProperties.of(other).script
                return script == .hiragana || script == .katakana || script == .han
            }
        case 0x0660...0x0669:  // ARABIC-INDIC DIGITS: no Extended Arabic-Indic digit in the label.
            return !label.contains { (0x06F0...0x06F9).contains($0) }
        case 0x06F0...0x06F9:  // EXTENDED ARABIC-INDIC DIGITS: no Arabic-Indic digit in the label.
            return !label.contains { (0x0660...0x0669).contains($0) }
        default:
            return false
        }
    }
}
