/// Compares a row name that translation transliterated (`коннектионурл`, `опенслоткаунт`,
/// `лангуажепрофиЦиенцилевел`) with the English identifier it came from (`connectionUrl`).
///
/// Machine translation writes an unknown English word the way it sounds in Cyrillic. Both sides are
/// reduced to a sound skeleton — Cyrillic letters to Latin, then English spellings of one sound to one
/// letter (`c` before `e`/`i` and `ц` to `s`, other `c` and `q` to `k`, `w` to `v`, `y` to `i`, soft
/// `g` and `ж` to `j`, doubled letters once) — and the skeletons are compared by edit distance.
public enum Transliteration {
    /// Cyrillic letters in the Latin spelling translation gives English sounds.
    static let cyrillic: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "j", "з": "z", "и": "i",
        "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "h", "ц": "s", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "",
        "э": "e", "ю": "iu", "я": "ia",
    ]

    /// The sound skeleton of `name`: lowercase Latin letters and digits only.
    public static func skeleton(_ name: String) -> String {
        var latin: [Character] = []
        for ch in name.lowercased() {
            if let mapped = cyrillic[ch] {
                latin.append(contentsOf: mapped)
            } else if ch.isASCII && (ch.isLetter || ch.isNumber) {
                latin.append(ch)
            }
        }
        var out: [Character] = []
        var i = 0
        while i < latin.count {
            let c = latin[i]
            let next: Character? = i + 1 < latin.count ? latin[i + 1] : nil
            var sound: Character = c
            switch c {
            case "c": sound = next == "e" || next == "i" || next == "y" ? "s" : (next == "h" ? "c" : "k")
            case "q": sound = "k"
            case "w": sound = "v"
            case "y": sound = "i"
            case "g": sound = next == "e" || next == "i" ? "j" : "g"
            case "x":
                out.append("k")
                sound = "s"
            default: break
            }
            if out.last != sound { out.append(sound) }
            i += 1
        }
        return String(out)
    }

    /// How alike two names sound, from 0 (nothing alike) to 1 (the same skeleton).
    public static func similarity(_ a: String, _ b: String) -> Double {
        similarity(skeletons: skeleton(a), skeleton(b))
    }

    /// How alike two skeletons are (see `similarity(_:_:)`); skeletons too different in length to reach the
    /// pairing threshold are not compared letter by letter.
    static func similarity(skeletons x: String, _ y: String) -> Double {
        let (m, n) = (x.utf8.count, y.utf8.count)
        let longest = max(m, n)
        guard longest > 0 else { return 0 }
        if Double(abs(m - n)) / Double(longest) > 1 - TableResourceAlignment.soundThreshold { return 0 }
        return 1 - Double(editDistance(x, y)) / Double(longest)
    }

    /// Whether `name` has letters translation writes for English sounds (Cyrillic), so that comparing
    /// its sound with an identifier's means something.
    public static func isTransliterable(_ name: String) -> Bool {
        name.lowercased().contains { cyrillic[$0] != nil }
    }
}
