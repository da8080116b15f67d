import SourceText

/// The words that say a property is never `null` in a description, in each supported locale.
///
/// Graph properties are nullable unless they are the key, a collection, or the description says so
/// ("Not nullable", "Значение null не допускается", "不可为 null", "Lässt keine Nullwerte zu").
public enum NullabilityWording {
    /// Lowercased phrases, as seen in the en-US, ru-RU, zh-CN and de-DE corpora.
    static let notNullablePhrases = [
        "not nullable", "non-nullable", "cannot be null", "never null", "значение null не допускается",
        "не допускает значения null", "не допускает значение null", "не может быть null",
        "не может иметь значение null",
        "не может принимать значение null", "不可为 null", "不可为null", "不能为 null", "不能为null", "lässt keine nullwerte zu",
        "lässt keine null-werte zu", "nicht nullable", "darf nicht null sein", "kann nicht null sein",
    ]

    /// The phrases, all looked for in one pass over the text (one pass per phrase made this the
    /// costliest part of generating a property's schema).
    static let notNullable = PhraseSet(notNullablePhrases)

    /// Whether `description` says the property is never `null` (searched as bytes: every property of
    /// every generated schema asks).
    public static func saysNotNullable(_ description: String) -> Bool {
        // Every phrase names null: skip the search when the letters are absent (the common case).
        guard description.utf8.contains(where: { $0 == UInt8(ascii: "l") || $0 == UInt8(ascii: "L") }) else {
            return false
        }
        return notNullable.occurs(in: description)
    }
}
