import JSONCore

/// Allowed values when translation renamed an enumeration's members.
///
/// JSON is never translated: a sample says `"monday"` even where the member table says `понедельник`.
/// A member that is not an identifier is not an allowed value; its untranslated spelling is taken from
/// the page's English text when it has one (a bilingual page), and otherwise the enumeration is left
/// open, so no sample is rejected against words it could never contain. A property typed with such an
/// enumeration takes its allowed values from the untranslated text of its own row ("Possible values
/// are: `sunday`, `monday`…") or its JSON representation placeholder (`"sunday | monday"`).
public enum TranslatedMembers {
    /// The members of a member table split into allowed values and the rows whose untranslated
    /// spelling is unknown.
    public static func read(_ rows: [PropertyTable.Row]) -> (members: [String], translated: [String]) {
        var members: [String] = []
        var translated: [String] = []
        for row in rows {
            let name = row.displayName
            if GraphIdentifier.isPropertyName(name) {
                members.append(name)
            } else if let source = row.sourceName, GraphIdentifier.isPropertyName(source) {
                members.append(source)
            } else if !name.isEmpty {
                translated.append(name)
            }
        }
        return (members, translated)
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
