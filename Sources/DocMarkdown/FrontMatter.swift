import SourceText

/// The YAML-like block between the leading `---` lines of a page.
///
/// Only the subset docs pages use is read: `key: value` lines, quoted values, block scalars
/// (`>` and `|`), indented continuation lines, `- item` lists and `[a, b]` lists.
public struct FrontMatter: Sendable, Hashable {
    /// The entries, in source order.
    public var entries: [FrontMatterEntry]
    /// From the opening `---` to the end of the closing `---` line, without its line break.
    public var range: SourceRange

    /// Front matter with the given parts.
    public init(entries: [FrontMatterEntry], range: SourceRange) {
        self.entries = entries
        self.range = range
    }

    /// The first entry named `key`.
    public func entry(_ key: String) -> FrontMatterEntry? {
        entries.first { $0.key == key }
    }

    /// The value of the first entry named `key`: a scalar as is, a list joined by `", "`.
    public subscript(key: String) -> String? {
        switch entry(key)?.value {
        case .scalar(let value)?: value
        case .list(let items)?: items.joined(separator: ", ")
        case nil: nil
        }
    }
}

/// One `key: value` entry of the front matter.
public struct FrontMatterEntry: Sendable, Hashable {
    /// The key.
    public var key: String
    /// Where the key is.
    public var keyRange: SourceRange
    /// The value, unquoted.
    public var value: FrontMatterValue
    /// Where the value is written, quotes included; for a list or block scalar, from its first
    /// to its last byte (empty, after the colon, for an empty value).
    public var valueRange: SourceRange

    /// An entry with the given parts.
    public init(key: String, keyRange: SourceRange, value: FrontMatterValue, valueRange: SourceRange) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
        self.valueRange = valueRange
    }
}

/// A front matter value.
public enum FrontMatterValue: Sendable, Hashable {
    /// A single string.
    case scalar(String)
    /// A list of strings (`- item` lines or `[a, b]`).
    case list([String])
}

extension FrontMatter {
    /// Reads only the front matter of a page (nothing after it is parsed): `nil` when the page has
    /// none or it is not closed. Offsets are offsets into `bytes`.
    public static func read(_ bytes: [UInt8]) -> FrontMatter? {
        // The front matter ends at the second `---` line; index only the lines up to there (or a
        // bounded prefix), not the whole page.
        var end = bytes.count
        var delimiters = 0
        var lineStart = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                let line = bytes[lineStart..<i]
                if line.starts(with: "---".utf8) || line.dropFirst(3).starts(with: "---".utf8) { delimiters += 1 }
                lineStart = i + 1
                if delimiters == 2 || (delimiters == 0 && lineStart > 0) {
                    end = i + 1
                    break
                }
            }
            i += 1
        }
        let prefix = Array(bytes[0..<end])
        let index = LineIndex(prefix)
        return prefix.withUnsafeBufferPointer { buffer in
            let text = ByteText(buffer)
            let hasBOM = text.count >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF
            let lines = SourceLines(text: text, lineStarts: index.lineStarts, firstLineStart: hasBOM ? 3 : 0)
            return FrontMatterParser(text: text, lines: lines).parse().frontMatter
        }
    }
}
