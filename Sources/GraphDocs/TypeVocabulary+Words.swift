extension TypeVocabulary {
    /// The built-in words only.
    public static let standard = TypeVocabulary()

    /// A locale word a configuration adds: `文字列` for `String`, or a collection form such as
    /// `X のコレクション` for `X collection` (its `X` marks the element type's place).
    public struct Word: Sendable, Hashable {
        /// The word as pages write it.
        public var word: String
        /// The locale it belongs to (`ja-JP`), reported with the translation.
        public var locale: String
        /// What it means: an en-US primitive name (`String`, `Int32`, `Edm.Guid`) or `X collection`.
        public var meaning: String

        /// A word.
        public init(word: String, locale: String, meaning: String) {
            self.word = word
            self.locale = locale
            self.meaning = meaning
        }
    }

    /// A word that cannot be added, and why.
    public struct InvalidWord: Error, Sendable, Hashable, CustomStringConvertible {
        /// The index of the word in the list given.
        public var index: Int
        /// What is wrong with it (lowercase, names quoted).
        public var message: String

        public var description: String { message }
    }

    /// The built-in vocabulary.
    public init() {
        extraPrimitives = [:]
        collectionFormPatterns = TypeExpression.compile(TypeVocabulary.collectionForms)
        isStandard = true
    }

    /// The built-in vocabulary plus `words`; a configured word wins over a built-in one spelled the same.
    public init(adding words: [Word]) throws(InvalidWord) {
        var primitives: [String: (type: PrimitiveType, locale: String)] = [:]
        var forms = TypeVocabulary.collectionForms
        for (index, entry) in words.enumerated() {
            let word = entry.word.trimmed()
            guard !word.isEmpty else { throw InvalidWord(index: index, message: "the word is empty") }
            if entry.meaning.trimmed().lowercased() == "x collection" {
                guard word.components(separatedBy: "X").count == 2 else {
                    throw InvalidWord(
                        index: index,
                        message: "collection form '\(word)' must contain one 'X' where the element type goes")
                }
                guard word.replacingAll("X", with: "").trimmed().isEmpty == false else {
                    throw InvalidWord(index: index, message: "collection form '\(word)' has no words around 'X'")
                }
                forms.append((word, entry.locale))
                continue
            }
            guard let type = TypeVocabulary.englishPrimitive(entry.meaning.trimmed()) else {
                throw InvalidWord(
                    index: index,
                    message:
                        "'\(entry.meaning)' is not an en-US primitive type (\(PrimitiveType.allCases.map(\.rawValue).joined(separator: ", "))) or 'X collection'"
                )
            }
            if TypeVocabulary.englishPrimitive(word) != nil {
                throw InvalidWord(index: index, message: "'\(word)' is already an en-US type name")
            }
            primitives[word.lowercased()] = (type, entry.locale)
        }
        extraPrimitives = primitives
        collectionFormPatterns = TypeExpression.compile(forms)
        isStandard = words.isEmpty
    }

    /// The primitive a locale word names, with its locale: a configured word first, then a built-in one.
    public func localizedPrimitive(_ word: String) -> (type: PrimitiveType, locale: String)? {
        if !extraPrimitives.isEmpty, let entry = extraPrimitives[word.lowercased()] { return entry }
        return TypeVocabulary.localizedPrimitiveIndex[word.lowercased()]
    }
}
