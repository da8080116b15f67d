/// Reading a Type cell's link: what its text says, and what its target says when the text was translated.
///
/// Translation damages links in three ways the corpora show hundreds of times: the collection word
/// moves inside the link text (`[Коллекция mobileAppInstallStatus](x.md)`, `[X 集合](x.md)`,
/// `[расширенная коллекцияKeyUsage](intune-shared-extendedkeyusage.md)`), the type name itself is
/// translated or transliterated (`[支持](intune-shared-enablement.md)`), and punctuation is added after
/// the link (`[x](x.md);`). Each is read as the en-US type, with the damage recorded as a translation.
extension TypeExpression {
    /// Reads the cell's type (after any collection wording), with the punctuation translation may have
    /// added after it; punctuation after something that is not a type stays part of the unknown text.
    mutating func readCell(_ cell: String, vocabulary: TypeVocabulary) {
        var t = cell
        // `fileHashType 枚举`: the word saying the type is an enumeration, translated (never in ASCII-only cells
        // but `X-Enumeration`, so the common case is settled by one byte scan).
        if t.utf8.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "-") }),
            let (inner, form) = TypeExpression.enumForm(t)
        {
            translations.append(Translation(kind: .qualifier, word: form.word, english: "enum", locale: form.locale))
            t = inner
        }
        guard let (rest, punctuation) = TypeExpression.strippingStrayPunctuation(t) else {
            readBase(t, vocabulary: vocabulary)
            return
        }
        let position = translations.count
        readBase(rest, vocabulary: vocabulary)
        if case .unknown = base {
            translations.removeSubrange(position...)
            base = .unknown(t)
        } else {
            translations.insert(
                Translation(kind: .punctuation, word: punctuation, english: "", locale: "unknown"), at: position)
        }
    }

    /// Reads `parsed`, a link spanning the whole cell (after any collection wording outside it).
    mutating func readLink(_ parsed: Link, vocabulary: TypeVocabulary) {
        link = parsed
        // Normalizing allocates: only for text with the marks it removes (backticks, emphasis, NBSP, runs of spaces).
        var text = parsed.text.trimmed()
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b == UInt8(ascii: "`") || b == UInt8(ascii: "*") || b == UInt8(ascii: "_") || b == 0xC2
                || (b == 0x20 && previous == 0x20) || b == UInt8(ascii: ".")
            {
                text = TypeExpression.normalize(text)
                break
            }
            previous = b
        }
        // `[DateTimeOffset](timestamp.md)` links a primitive to a page explaining it: the type is the primitive.
        if let p = TypeVocabulary.englishPrimitive(text) {
            base = .primitive(p)
            return
        }
        let targetName = parsed.targetTypeName
        if GraphIdentifier.isTypeName(text) {
            // The common case: the text is the file name's spelling (`[resultInfo](resultinfo.md)`).
            if let stem = parsed.targetStem, stem.utf8.count == text.utf8.count, stem.lowercased() == text.lowercased()
            {
                base = .named(text)
                return
            }
            // A compound with a collection word (`[Ereignissammlung](event.md)`: "event collection") is an
            // identifier, but not the name of the linked type; nor is another word (`[Nachricht](message.md)`).
            let compound =
                targetName.map { $0 != text.lowercased() } ?? false && TypeVocabulary.collectionWord(in: text) != nil
            if !compound && !parsed.textIsAnotherWord {
                base = .named(text)
                return
            }
        }
        // The collection wording moved inside the link text.
        if !isCollection {
            if let (inner, form, locale) = TypeExpression.matchCollection(
                text, forms: vocabulary.collectionFormPatterns)
            {
                isCollection = true
                if locale != "en" {
                    translations.append(
                        Translation(kind: .collection, word: form, english: "X collection", locale: locale))
                }
                text = inner
                if let p = TypeVocabulary.englishPrimitive(text) {
                    base = .primitive(p)
                    return
                }
                if GraphIdentifier.isTypeName(text) {
                    base = .named(text)
                    return
                }
            } else if let (word, locale) = TypeVocabulary.collectionWord(in: text) {
                // `[расширенная коллекцияKeyUsage](…extendedkeyusage.md)`: the word is glued to the mangled name.
                isCollection = true
                translations.append(Translation(kind: .collection, word: word, english: "X collection", locale: locale))
            }
        }
        // A translated or transliterated name: the link target names the type.
        if let name = targetName {
            base = .named(name)
            translations.append(
                Translation(kind: .linkText, word: text, english: name, locale: TypeExpression.scriptLocale(text)))
        } else if let (p, locale) = vocabulary.localizedPrimitive(text) {
            base = .primitive(p)
            translations.append(Translation(kind: .primitive, word: text, english: p.canonicalName, locale: locale))
        } else {
            base = .unknown(text)
        }
    }

    /// `t` without the punctuation translation added after the type (`[x](x.md);`, `String;`), and that
    /// punctuation; `nil` when there is none.
    static func strippingStrayPunctuation(_ t: String) -> (rest: String, punctuation: String)? {
        guard let last = t.last, TypeExpression.strayPunctuation.contains(last) else { return nil }
        var rest = t
        var punctuation = ""
        while let c = rest.last, TypeExpression.strayPunctuation.contains(c) {
            punctuation.insert(c, at: punctuation.startIndex)
            rest.removeLast()
        }
        rest = rest.trimmed()
        return rest.isEmpty ? nil : (rest, punctuation)
    }

    /// `TypeVocabulary.enumForms` split around `X`, lowercased, as UTF-8, computed once.
    static let enumForms: [(pre: [UInt8], post: [UInt8], word: String, locale: String)] = TypeVocabulary.enumForms.map {
        let parts = $0.form.components(separatedBy: "X")
        return (
            Array(parts[0].lowercased().utf8), Array(parts[1].lowercased().utf8),
            $0.form.replacingAll("X", with: "").trimmed(), $0.locale
        )
    }

    /// `enumForm` for the rare text whose lowercasing changes its length: by character.
    static func enumFormByCharacter(_ t: String) -> (
        inner: String, form: (pre: [UInt8], post: [UInt8], word: String, locale: String)
    )? {
        let lower = t.lowercased()
        for form in enumForms {
            let pre = String(decoding: form.pre, as: UTF8.self)
            let post = String(decoding: form.post, as: UTF8.self)
            guard lower.count > pre.count + post.count, lower.hasPrefix(pre), lower.hasSuffix(post) else { continue }
            let inner = String(t.dropFirst(pre.count).dropLast(post.count)).trimmed()
            if !inner.isEmpty { return (inner, form) }
        }
        return nil
    }

    /// `fileHashType 枚举` → (`fileHashType`, the form): the cell with a translated word saying "enum"
    /// around it, compared as lowercased bytes.
    static func enumForm(_ t: String) -> (
        inner: String, form: (pre: [UInt8], post: [UInt8], word: String, locale: String)
    )? {
        let original = Array(t.utf8)
        let lower = Array(t.lowercasedQuickly().utf8)
        // Offsets into `lower` must be offsets into `original`; when lowercasing changed the length
        // (`ẞ`, the Kelvin sign, `İ`), compare by character instead.
        guard lower.count == original.count else { return enumFormByCharacter(t) }
        let n = lower.count
        for form in enumForms
        where n > form.pre.count + form.post.count && lower.starts(with: form.pre)
            && lower[(n - form.post.count)...].elementsEqual(form.post)
        {
            let inner = String(decoding: original[form.pre.count..<(n - form.post.count)], as: UTF8.self).trimmed()
            if !inner.isEmpty { return (inner, form) }
        }
        return nil
    }

    /// Punctuation that never ends a type cell in en-US (a trailing `.` is dropped by normalizing).
    static let strayPunctuation: Set<Character> = [";", ",", ":", "；", "，", "：", "。"]
}

extension TypeExpression.Link {
    /// Whether the text is an identifier-shaped word that is not the linked type's name (`[Nachricht](message.md)`,
    /// German nouns being identifiers): neither the text (singular) nor the target's type name spells the
    /// other with letters left out, as `[WorkbookChart](chart.md)`, `[Range](workbookrange.md)`,
    /// `[chatMessageMention](chatmention.md)` and `[chartPoints](workbookchartpoint.md)` do. A link into a
    /// page (`[printQuality](enums.md#printquality-values)`) names its text, whatever the page.
    var textIsAnotherWord: Bool {
        guard let target, !target.utf8.contains(UInt8(ascii: "#")), let name = targetTypeName?.lowercased() else {
            return false
        }
        let text = self.text.trimmed().lowercased()
        guard !text.isEmpty, !text.utf8.contains(UInt8(ascii: ".")), text != name else { return false }
        var forms = [text]
        if text.hasSuffix("ies") { forms.append(String(text.dropLast(3)) + "y") }
        if text.hasSuffix("s") { forms.append(String(text.dropLast())) }
        func spells(_ short: String, within long: String) -> Bool {
            var rest = Substring(long)
            for c in short {
                guard let i = rest.firstIndex(of: c) else { return false }
                rest = rest[rest.index(after: i)...]
            }
            return true
        }
        return !forms.contains { spells($0, within: name) || spells(name, within: $0) }
    }

    /// The type the link target's file name names: the stem itself (`resultinfo`), or the last
    /// hyphenated part of a prefixed stem (`intune-shared-enablement` → `enablement`,
    /// `callrecords-callrecord` → `callrecord`). Lowercase, as file names are.
    public var targetTypeName: String? {
        guard let stem = targetStem else { return nil }
        if GraphIdentifier.isTypeName(stem) { return stem }
        guard let dash = stem.lastIndex(ofASCII: UInt8(ascii: "-")) else { return nil }
        let last = String(stem[stem.index(after: dash)...])
        return GraphIdentifier.isTypeName(last) ? last : nil
    }
}

extension TypeVocabulary {
    /// Collection words that mark a collection wherever they stand in a translated link text, with their
    /// locale (lowercased; compared against the lowercased text).
    static let collectionWords: [(word: String, locale: String)] = [
        ("коллекци", "ru"), ("集合", "zh"), ("auflistung", "de"), ("sammlung", "de"), ("コレクション", "ja"),
        ("colección", "es"), ("coleção", "pt"),
    ]

    /// The collection word inside `text` (a link text that is not a type name), with its locale.
    static func collectionWord(in text: String) -> (word: String, locale: String)? {
        let lower = text.lowercasedQuickly()
        for entry in collectionWords where lower.contains(entry.word) {
            // Report the word as written: the whole space-separated word containing it.
            let word =
                text.split(separator: " ").first { $0.lowercased().contains(entry.word) }.map(String.init) ?? entry.word
            return (word, entry.locale)
        }
        return nil
    }
}
