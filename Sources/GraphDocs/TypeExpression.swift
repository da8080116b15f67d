import Foundation
import SourceText

/// What a property table's Type cell says, read in any supported locale.
///
/// `Коллекция [extension](extension.md)`, `[resourceAction](x.md)-Auflistung`, `字符串集合`,
/// `Строка, максимальный размер 20` and `String collection` all parse; `translations` records every
/// locale word that was read, with its en-US spelling, so a rule can report it and a fix can
/// write `canonical` instead.
public struct TypeExpression: Sendable, Hashable {
    /// The element type.
    public enum Base: Sendable, Hashable {
        /// An Edm/Graph primitive.
        case primitive(PrimitiveType)
        /// A complex, entity or enum type by name (`resultInfo`, `microsoft.graph.identitySet`).
        case named(String)
        /// Text that is not a type (a translated word doclint does not know, a sentence).
        case unknown(String)
    }

    /// A link in the cell: `[text](target)`, or reference style `[text][]`.
    public struct Link: Sendable, Hashable {
        /// The link text as written.
        public var text: String
        /// The link target (`resultinfo.md`), `nil` for a reference-style link.
        public var target: String?
        /// For a reference-style link, what follows the text: `[]`, `[label]`, or nothing for a
        /// shortcut link (`[identitySet]`).
        public var reference: String? = nil
        /// Whether the link stands for the type its target page defines (`pageType`): the target has
        /// no `#fragment` and the text is not a type name or names that type. `[chatType](chat.md#chattype-values)`
        /// and `[chatType](chat.md)` do not stand for `chat`; they name `chatType`.
        public func standsForPageType(_ pageType: String) -> Bool {
            guard let target, !target.containsBytes("#") else { return false }
            let text = self.text.trimmed().lowercased()
            let short = GraphIdentifier.shortName(pageType).lowercased()
            return !GraphIdentifier.isTypeName(self.text) || text == short || text == pageType.lowercased()
        }

        /// The target's file name without extension (`resultinfo`), if any.
        public var targetStem: String? {
            guard let target, !target.isEmpty else { return nil }
            var name = target
            if let slash = name.lastIndex(ofASCII: UInt8(ascii: "/")) {
                name = String(name[name.index(after: slash)...])
            }
            if let hash = name.firstIndex(ofASCII: UInt8(ascii: "#")) { name = String(name[..<hash]) }
            if name.lowercased().hasSuffix(".md") { name.removeLast(3) }
            return name.isEmpty ? nil : name
        }
    }

    /// One locale word found in the cell.
    public struct Translation: Sendable, Hashable {
        /// Which part of the type was translated.
        public enum Kind: String, Sendable, Hashable {
            /// A primitive's name (`Строка` for `String`).
            case primitive
            /// The collection wording (`Коллекция X` for `X collection`).
            case collection
            /// A link's text (`[воркбукфилтеркритериа](workbookfiltercriteria.md)`).
            case linkText = "link-text"
            /// A qualifier (`максимальный размер 20` for `maximum size 20`).
            case qualifier
            /// Punctuation after the type (`[x](x.md);`), which en-US never has.
            case punctuation
        }

        /// The part translated.
        public var kind: Kind
        /// The words as written.
        public var word: String
        /// The en-US spelling.
        public var english: String
        /// The locale the word belongs to (`ru`, `zh`, `de`).
        public var locale: String
    }

    /// The cell text as given.
    public var text: String
    /// The element type.
    public var base: Base
    /// Whether the cell names a collection of `base`.
    public var isCollection: Bool
    /// The link the type was read from, if any.
    public var link: Link?
    /// A maximum length (`String, maximum size 20`).
    public var maxLength: Int?
    /// Other qualifiers, in English (`read-only`, `timestamp`).
    public var qualifiers: [String]
    /// Every locale word read, in order.
    public var translations: [Translation]

    /// Parses a Type cell's visible text with `vocabulary` (the built-in words by default).
    public init(parsing cell: String, vocabulary: TypeVocabulary = .standard) {
        text = cell
        base = .unknown(cell)
        isCollection = false
        link = nil
        maxLength = nil
        qualifiers = []
        translations = []
        var t = TypeExpression.normalize(cell)
        if t.isEmpty { return }
        // Most cells are a bare English primitive: settle them before any pattern matching.
        if let p = TypeVocabulary.englishPrimitive(t) {
            base = .primitive(p)
            return
        }

        // Whole-cell words for "String collection".
        let lower = t.lowercasedQuickly()
        for entry in TypeVocabulary.stringCollectionWordsLowercased where entry.lowercased == lower {
            base = .primitive(.string)
            isCollection = true
            translations.append(
                Translation(kind: .collection, word: entry.word, english: "String collection", locale: entry.locale))
            return
        }
        t = stripQualifiers(t)
        if let (inner, form, locale) = TypeExpression.matchCollection(t, forms: vocabulary.collectionFormPatterns) {
            isCollection = true
            if locale != "en" {
                translations.append(Translation(kind: .collection, word: form, english: "X collection", locale: locale))
            }
            t = stripQualifiers(inner)
        }
        readCell(t, vocabulary: vocabulary)
    }

    /// The en-US spelling of the type (`[resultInfo](resultinfo.md) collection`, `String, maximum size 20`).
    public var canonical: String {
        var s: String
        switch base {
        case .primitive(let p): s = p.canonicalName
        case .named(let name):
            if let link, let target = link.target {
                s = "[\(name)](\(target))"
            } else if let link, let reference = link.reference {
                // A reference-style link stays one (its definition is elsewhere on the page).
                s = "[\(name)]\(reference)"
            } else {
                s = name
            }
        case .unknown(let word): s = word
        }
        if isCollection { s += " collection" }
        if let maxLength { s += ", maximum size \(maxLength)" }
        for q in qualifiers { s += " (\(q))" }
        return s
    }

    /// The type's name: the primitive's or named type's, `nil` when unknown.
    public var typeName: String? {
        switch base {
        case .primitive(let p): p.canonicalName
        case .named(let n): n
        case .unknown: nil
        }
    }

    // MARK: - Reading

    static func normalize(_ cell: String) -> String {
        isNormal(cell) ? cell : normalizedSlowly(cell)
    }

    /// What `normalize` makes of `cell`, without the byte check that most cells pass.
    static func normalizedSlowly(_ cell: String) -> String {
        var s = cell.replacingAll("\u{00A0}", with: " ").replacingAll("`", with: "")
        while s.containsBytes("  ") { s = s.replacingAll("  ", with: " ") }
        s = s.trimmed()
        while let last = s.last, last == "." || last == "。" { s.removeLast() }
        while (s.hasPrefix("*") && s.hasSuffix("*")) || (s.hasPrefix("_") && s.hasSuffix("_")), s.count > 2 {
            s = String(s.dropFirst().dropLast()).trimmed()
        }
        // "alertStatus enum": the word says what kind of named type it is.
        if s.lowercased().hasSuffix(" enum"), s.count > 5 { s = String(s.dropLast(5)).trimmed() }
        return s.trimmed()
    }

    /// Whether `cell` is already what `normalize` would make of it (the common case, checked by byte).
    static func isNormal(_ cell: String) -> Bool {
        let u = cell.utf8
        guard let first = u.first, let last = u.last else { return true }
        if first == 0x20 || last == 0x20 || last == UInt8(ascii: ".") || first == UInt8(ascii: "*")
            || first == UInt8(ascii: "_")
        {
            return false
        }
        // A non-ASCII edge: white space (NBSP, U+3000) or a trailing "。" need normalizing; a letter does not.
        if first >= 0x80, let scalar = cell.unicodeScalars.first, scalar.properties.isWhitespace { return false }
        if last >= 0x80, let scalar = cell.unicodeScalars.last, scalar.properties.isWhitespace || scalar == "。" {
            return false
        }
        var previousSpace = false
        for b in u {
            if b == UInt8(ascii: "`") || b == 0xC2 || b == 0x09 { return false }  // 0xC2 starts U+00A0
            if b == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        // Not ending in " enum" (any case): the cell is ASCII at its end, so compare bytes.
        guard u.count > 5 else { return true }
        return !u.suffix(5).elementsEqual(" enum".utf8) { $0 | 0x20 == $1 }
    }

    /// Removes and records a trailing `, maximum size N` and trailing `(qualifier)`s.
    mutating func stripQualifiers(_ input: String) -> String {
        // Nothing to strip without a comma (ASCII or full-width) or a trailing parenthesized word that is
        // not a link target (`[x](x.md)` ends in `)` too).
        let u = input.utf8
        // ASCII, full-width (EF BC 8C) or ideographic (E3 80 81, `、`) comma.
        let hasComma = u.contains(UInt8(ascii: ",")) || u.contains(0xEF) || input.containsBytes("、")
        var hasQualifier = false
        if let last = u.last, last == UInt8(ascii: ")") || last == 0xBC,
            let open = TypeExpression.lastOpeningParenthesis(in: input)
        {
            hasQualifier = open > input.startIndex && input[input.index(before: open)] != "]"
        }
        guard hasComma || hasQualifier else { return input }
        var t = input
        // ", maximum size N" in any locale (ASCII or full-width comma).
        for separator in [",", "，", "、"] {
            guard let comma = TypeExpression.lastRange(of: separator, in: t) else { continue }
            let tail = String(t[comma.upperBound...]).trimmed()
            let lowerTail = tail.lowercasedQuickly()
            for (prefix, locale) in TypeExpression.maximumSizePrefixes {
                guard lowerTail.hasPrefix(prefix) else { continue }
                let number = String(tail.dropFirst(prefix.count)).trimmed()
                guard let n = Int(number), n >= 0 else { continue }
                maxLength = n
                if locale != "en" {
                    translations.append(
                        Translation(kind: .qualifier, word: tail, english: "maximum size \(n)", locale: locale))
                }
                t = String(t[..<comma.lowerBound]).trimmed()
                break
            }
        }
        // Trailing "(read-only)" etc.
        while t.hasSuffix(")") || t.hasSuffix("）") {
            guard let open = TypeExpression.lastOpeningParenthesis(in: t), open != t.startIndex else { break }
            let inside = String(t[t.index(after: open)..<t.index(before: t.endIndex)]).trimmed()
            let lowerInside = inside.lowercasedQuickly()
            guard
                let entry = TypeVocabulary.neutralQualifiers.first(where: {
                    $0.word.lowercased() == lowerInside
                })
            else { break }
            qualifiers.append(entry.english)
            if entry.locale != "en" {
                translations.append(
                    Translation(kind: .qualifier, word: inside, english: entry.english, locale: entry.locale))
            }
            t = String(t[..<open]).trimmed()
        }
        return t
    }

    /// The last `(` or full-width `（` in `text`.
    static func lastOpeningParenthesis(in text: String) -> String.Index? {
        // `（` is EF BC 88: without an EF byte the last `(` is the answer.
        guard text.utf8.contains(0xEF) else { return text.lastIndex(ofASCII: UInt8(ascii: "(")) }
        return text.lastIndex(where: { $0 == "(" || $0 == "（" })
    }

    /// `TypeVocabulary.maximumSizeForms` without their `N`, lowercased (`максимальный размер`), computed once.
    static let maximumSizePrefixes: [(prefix: String, locale: String)] = TypeVocabulary.maximumSizeForms.map {
        ($0.form.replacingAll("N", with: "").trimmed().lowercased(), $0.locale)
    }

    /// A collection form split around its `X`, lowercased, as bytes.
    struct CollectionForm: Sendable, Hashable {
        var pre: [UInt8]
        var post: [UInt8]
        var name: String
        var locale: String
        var needsBoundary: Bool
    }

    /// `forms` split around their `X`, longest first, so `Коллекция объектов X` wins over `Коллекция X`.
    static func compile(_ forms: [(form: String, locale: String)]) -> [CollectionForm] {
        forms.sorted { $0.form.count > $1.form.count }.compactMap { form, locale in
            let parts = form.components(separatedBy: "X")
            guard parts.count == 2 else { return nil }
            let pre = parts[0].trimmed().lowercased()
            let post = parts[1].trimmed().lowercased()
            // A bare English suffix needs a space or bracket before it ("Stringcollection" is not one).
            let boundary = pre.isEmpty && !post.hasPrefix("-") && !post.hasPrefix("集合")
            return CollectionForm(
                pre: Array(pre.utf8), post: Array(post.utf8), name: form.replacingAll("X", with: "").trimmed(),
                locale: locale, needsBoundary: boundary)
        }
    }

    /// The inner text if `t` is written in one of the collection `forms`.
    static func matchCollection(_ t: String, forms: [CollectionForm]) -> (inner: String, form: String, locale: String)?
    {
        let original = Array(t.utf8)
        var lower = Array(t.lowercasedQuickly().utf8)
        // Offsets into `lower` must be offsets into `original`; when lowercasing changed the length
        // (rare: a few non-ASCII letters), compare on the original bytes instead.
        if lower.count != original.count { lower = original }
        for form in forms {
            let n = lower.count
            guard n > form.pre.count + form.post.count, lower.starts(with: form.pre),
                lower[(n - form.post.count)...].elementsEqual(form.post)
            else { continue }
            if form.needsBoundary {
                let before = lower[n - form.post.count - 1]
                guard before == 0x20 || before == UInt8(ascii: ")") || before == UInt8(ascii: "]") else { continue }
            }
            let inner = String(decoding: original[form.pre.count..<(n - form.post.count)], as: UTF8.self).trimmed()
            // "X collection" must not swallow sentences: the inner part is one type expression.
            guard !inner.isEmpty, !inner.containsBytes(" collection"), inner.split(separator: " ").count <= 4 else {
                continue
            }
            return (inner, form.name, form.locale)
        }
        return nil
    }

    mutating func readBase(_ t: String, vocabulary: TypeVocabulary) {
        if let parsed = TypeExpression.parseLink(t) {
            readLink(parsed, vocabulary: vocabulary)
            return
        }
        if let p = TypeVocabulary.englishPrimitive(t) {
            base = .primitive(p)
            return
        }
        if let (p, locale) = vocabulary.localizedPrimitive(t) {
            base = .primitive(p)
            translations.append(Translation(kind: .primitive, word: t, english: p.canonicalName, locale: locale))
            return
        }
        var name = t
        if name.lowercasedQuickly().hasPrefix("microsoft.graph.") {
            name = String(name.dropFirst("microsoft.graph.".count))
        }
        if GraphIdentifier.isTypeName(name) {
            base = .named(name)
        } else {
            base = .unknown(t)
        }
    }

    /// The last occurrence of `needle` in `text`, found by byte (Foundation's backwards search bridges
    /// the string on every call).
    static func lastRange(of needle: String, in text: String) -> Range<String.Index>? {
        guard !needle.isEmpty, let found = CaseFolding.lastRange(of: Array(needle.utf8), in: Array(text.utf8)) else {
            return nil
        }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: found.lowerBound)
        return start..<utf8.index(start, offsetBy: found.count)
    }

    /// `[text](target)` or `[text][]` / `[text][ref]` spanning the whole of `t`.
    static func parseLink(_ t: String) -> Link? {
        guard t.hasPrefix("["), let close = t.firstIndex(ofASCII: UInt8(ascii: "]")) else { return nil }
        let text = String(t[t.index(after: t.startIndex)..<close])
        let rest = t[t.index(after: close)...]
        if rest.hasPrefix("(") && rest.hasSuffix(")") && !rest.dropFirst().utf8.contains(UInt8(ascii: "(")) {
            return Link(text: text, target: String(rest.dropFirst().dropLast()).trimmed())
        }
        if rest.hasPrefix("[") && rest.hasSuffix("]") && rest.filter({ $0 == "[" }).count == 1 {
            return Link(text: text, target: nil, reference: String(rest))
        }
        // A shortcut reference link: `[identitySet]`.
        if rest.isEmpty && !text.containsBytes("[") { return Link(text: text, target: nil, reference: "") }
        return nil
    }

    /// A best guess at a word's locale from its script (for link text that is not in the vocabulary).
    static func scriptLocale(_ word: String) -> String {
        var han = false
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0x0400...0x04FF: return "ru"
            case 0x3040...0x30FF: return "ja"  // kana: Japanese, even among Han characters
            case 0x4E00...0x9FFF, 0x3000...0x303F: han = true
            default: continue
            }
        }
        return han ? "zh" : "unknown"
    }
}

extension String {
    /// Whether an ASCII byte is white space (`Unicode.Scalar.Properties.isWhitespace`: tab through
    /// carriage return, and space).
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// The string with every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }

    /// The string without leading and trailing white space (spaces, tabs, newlines, NBSP).
    func trimmed() -> String {
        // ASCII ends that are not white space (most text): nothing to trim, settled by two bytes.
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
            !String.isASCIIWhitespace(first), !String.isASCIIWhitespace(last)
        {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return self }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end && scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start && scalars[scalars.index(before: end)].properties.isWhitespace {
            end = scalars.index(before: end)
        }
        return String(scalars[start..<end])
    }
}
