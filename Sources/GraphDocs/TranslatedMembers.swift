import JSONCore

/// Allowed values when translation renamed an enumeration's members.
///
/// JSON is never translated: a sample says `"monday"` even where the member table says `понедельник`.
/// A member that is not an identifier is not an allowed value; its untranslated spelling is taken from
/// the page's English text when it has one (a bilingual page), and otherwise the enumeration is left
/// open, so no sample is rejected against words it could never contain. In a language that capitalises
/// nouns (German), a member written as one capitalised word (`Sonntag`, `Montag`) is taken as a
/// translation too: Graph members are lower camel case (`sunday`) or acronyms (`SHA1`); the rare en-US
/// member that is a capitalised word (`After`) only leaves its enumeration open on a German page. A property typed with such an
/// enumeration takes its allowed values from the untranslated text of its own row ("Possible values
/// are: `sunday`, `monday`…") or its JSON representation placeholder (`"sunday | monday"`).
public enum TranslatedMembers {
    /// The members of a member table split into allowed values and the rows whose untranslated
    /// spelling is unknown.
    public static func read(_ rows: [PropertyTable.Row], locale: String = "en-US") -> (
        members: [String], translated: [String]
    ) {
        var members: [String] = []
        var translated: [String] = []
        let nounsCapitalised = capitalisesNouns(locale)
        for row in rows {
            let name = row.displayName
            if GraphIdentifier.isPropertyName(name), !(nounsCapitalised && isCapitalisedWord(name)) {
                members.append(name)
            } else if let source = row.sourceName, GraphIdentifier.isPropertyName(source) {
                members.append(source)
            } else if !name.isEmpty {
                translated.append(name)
            }
        }
        return (members, translated)
    }

    /// The languages whose translations capitalise every noun.
    static let nounCapitalisingLanguages: Set<String> = ["de"]

    /// Whether the language of `locale` (`de-DE`) capitalises nouns.
    static func capitalisesNouns(_ locale: String) -> Bool {
        let language = locale.split(separator: "-", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        return nounCapitalisingLanguages.contains(language)
    }

    /// `Sonntag`: one upper-case letter, then at least one letter, all lower case.
    public static func isCapitalisedWord(_ name: String) -> Bool {
        var scalars = name.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first.properties.isUppercase else { return false }
        var rest = 0
        while let scalar = scalars.next() {
            guard scalar.properties.isLowercase else { return false }
            rest += 1
        }
        return rest > 0
    }

    /// The allowed values a property's own untranslated text lists: the row's "Possible values are:"
    /// code spans, else the JSON placeholder `a | b | c`.
    public static func listedValues(row: PropertyTable.Row?, sketch: JSONObject.Member?) -> [String]? {
        if let row, let values = PossibleValues.parse(row.description) { return values }
        var value = sketch?.value
        if let first = value?.arrayValue?.first { value = first }
        guard let placeholder = value?.stringValue else { return nil }
        return SketchDisagreement.placeholderValues(placeholder)
    }
}
