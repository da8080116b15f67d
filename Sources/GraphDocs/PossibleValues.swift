import Foundation

/// Reads "Possible values are: `a`, `b`, `c`." (in any supported locale) from a description cell.
public enum PossibleValues {
    /// The phrases that introduce the list, lowercased.
    public static let phrases = [
        "possible values are", "possible values", "the possible values are", "возможные значения", "可能的值", "可取值",
        "mögliche werte", "zulässige werte", "可能な値は", "可能な値", "les valeurs possibles sont", "valeurs possibles",
        "los valores posibles son", "valores posibles", "os valores possíveis são", "valores possíveis",
    ]

    /// The code-span values after the phrase, when there are any and all are identifiers.
    public static func parse(_ description: String) -> [String]? {
        // Values are code spans: no backtick, no list (the common case, checked by byte).
        guard description.utf8.contains(UInt8(ascii: "`")) else { return nil }
        let lower = description.lowercased()
        guard let phrase = phrases.compactMap({ lower.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return nil
        }
        // Offsets in `lower` equal those in `description` only for the same UTF-8 length; work on scalars.
        let tail = String(
            description.unicodeScalars.dropFirst(
                lower.unicodeScalars.distance(from: lower.unicodeScalars.startIndex, to: phrase.upperBound)))
        var values: [String] = []
        var inside = false
        var current = ""
        for ch in tail {
            if ch == "`" {
                if inside { values.append(current) }
                current = ""
                inside.toggle()
            } else if inside {
                current.append(ch)
            } else if ch == "." || ch == "。", values.count > 0, !current.isEmpty {
                break
            }
        }
        let cleaned = values.map { $0.trimmed() }.filter { !$0.isEmpty }
        guard !cleaned.isEmpty, cleaned.allSatisfy(GraphIdentifier.isPropertyName) else { return nil }
        var seen: Set<String> = []
        return cleaned.filter { seen.insert($0).inserted }
    }
}
