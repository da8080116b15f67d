import DocMarkdown
import SourceText

/// An inline suppression comment: `<!-- doclint-disable DL205, translated-type -- reason -->`.
///
/// The comment must start a line. Its first word is the directive; the rules follow, separated by
/// commas or spaces (codes, names or prefixes; none means every rule); ` -- ` starts a free reason.
public struct SuppressionDirective: Sendable, Hashable {
    /// What the comment asks for.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// `doclint-disable`: from here to the matching `doclint-enable` (or the end of the page).
        case disable = "doclint-disable"
        /// `doclint-enable`: ends what `doclint-disable` started.
        case enable = "doclint-enable"
        /// `doclint-disable-next-line`: findings that start on the next line.
        case disableNextLine = "doclint-disable-next-line"
        /// `doclint-disable-file`: the whole page, wherever the comment is.
        case disableFile = "doclint-disable-file"
    }

    /// One rule named in the comment.
    public struct Item: Sendable, Hashable {
        /// As written.
        public var text: String
        /// Where it is written.
        public var range: SourceRange
        /// The codes it stands for; `nil` when it names no rule.
        public var codes: [String]?
        /// The bytes to delete to remove the item alone (with the separator before it, or after it
        /// for the first item).
        public var removalRange: SourceRange
    }

    /// The directive.
    public var kind: Kind
    /// The whole comment, `<!--` to `-->`.
    public var range: SourceRange
    /// The directive word's range.
    public var keywordRange: SourceRange
    /// The rules named, in order; empty for every rule.
    public var items: [Item]

    /// The directive a comment holds: `nil` for a comment that is not a doclint directive, a
    /// `doclint-…` word that is not one of the four in `unknown`.
    static func read(_ comment: HTMLComment, in bytes: [UInt8]) -> (directive: SuppressionDirective?, unknown: String?)
    {
        var i = comment.bodyRange.start
        let end = comment.bodyRange.end
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        while i < end && isSpace(bytes[i]) { i += 1 }
        let wordStart = i
        while i < end && !isSpace(bytes[i]) && bytes[i] != UInt8(ascii: ",") { i += 1 }
        let word = String(decoding: bytes[wordStart..<i], as: UTF8.self)
        guard word.hasPrefix("doclint-") else { return (nil, nil) }
        guard let kind = Kind(rawValue: word) else { return (nil, word) }
        // The rules end at ` -- ` (a reason) or the end of the body.
        var listEnd = end
        var j = i
        while j + 1 < end {
            if bytes[j] == UInt8(ascii: "-") && bytes[j + 1] == UInt8(ascii: "-") && j > i && isSpace(bytes[j - 1]) {
                listEnd = j
                break
            }
            j += 1
        }
        var items: [Item] = []
        var k = i
        var previousEnd: Int?
        while k < listEnd {
            while k < listEnd && (isSpace(bytes[k]) || bytes[k] == UInt8(ascii: ",")) { k += 1 }
            guard k < listEnd else { break }
            let start = k
            while k < listEnd && !isSpace(bytes[k]) && bytes[k] != UInt8(ascii: ",") { k += 1 }
            let text = String(decoding: bytes[start..<k], as: UTF8.self)
            let removal = SourceRange(start: previousEnd ?? start, end: previousEnd == nil ? k : k)
            items.append(
                Item(
                    text: text, range: SourceRange(start: start, end: k), codes: RuleSelector.codes(text),
                    removalRange: removal))
            previousEnd = k
        }
        // The first item's removal takes the separator after it instead (`DL1, DL2` → `DL2`).
        if items.count > 1 {
            items[0].removalRange = SourceRange(start: items[0].range.start, end: items[1].range.start)
        }
        return (
            SuppressionDirective(
                kind: kind, range: comment.range, keywordRange: SourceRange(start: wordStart, end: i), items: items),
            nil
        )
    }

    /// The directive as written without the comment markers (`doclint-disable DL205`), for messages.
    func summary(_ bytes: [UInt8]) -> String {
        let end = items.last?.range.end ?? keywordRange.end
        return String(decoding: bytes[keywordRange.start..<end], as: UTF8.self)
    }
}
