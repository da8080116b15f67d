import SourceText

/// Reads "Possible values are: `a`, `b`, `c`." (in any supported locale) from a description cell.
public enum PossibleValues {
    /// The phrases that introduce the list, lowercased.
    public static let phrases = [
        "possible values are", "possible values", "the possible values are", "возможные значения", "可能的值", "可取值",
        "mögliche werte", "zulässige werte", "可能な値は", "可能な値", "les valeurs possibles sont", "valeurs possibles",
        "los valores posibles son", "valores posibles", "os valores possíveis são", "valores possíveis",
    ]

    static let phraseSet = PhraseSet(phrases)

    /// The code-span values after the phrase, when there are any and all are identifiers.
    public static func parse(_ description: String) -> [String]? {
        let bytes = Array(description.utf8)
        // Values are code spans: no backtick, no list (the common case, checked by byte).
        guard bytes.contains(UInt8(ascii: "`")) else { return nil }
        // Offsets in the folded bytes are offsets in `bytes`.
        guard let phrase = phraseSet.firstMatch(inFolded: CaseFolding.lowercased(bytes)) else { return nil }
        var values: [String] = []
        var start: Int?
        for i in phrase.upperBound..<bytes.count where bytes[i] == UInt8(ascii: "`") {
            if let open = start {
                values.append(String(decoding: bytes[(open + 1)..<i], as: UTF8.self))
                start = nil
            } else {
                start = i
            }
        }
        let cleaned = values.map { $0.trimmed() }.filter { !$0.isEmpty }
        guard !cleaned.isEmpty, cleaned.allSatisfy(GraphIdentifier.isPropertyName) else { return nil }
        var seen: Set<String> = []
        return cleaned.filter { seen.insert($0).inserted }
    }
}
