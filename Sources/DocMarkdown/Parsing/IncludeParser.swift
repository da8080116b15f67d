import SourceText

/// Reads a DocFX include line: `[!INCLUDE [name](path)]` (any case, optional space before `[name]`).
struct IncludeParser {
    let text: ByteText

    func parse(_ line: SourceLines.Line) -> Include? {
        let end = line.contentEnd
        let start = text.skipSpaces(line.start, end)
        guard text.matchesIgnoringCase("[!include", at: start, end: end) else { return nil }
        var i = text.skipSpaces(start + 9, end)
        guard i < end, text[i] == UInt8(ascii: "[") else { return nil }
        let nameStart = i + 1
        guard let nameEnd = text.firstIndex(of: UInt8(ascii: "]"), nameStart, end),
            nameEnd + 1 < end, text[nameEnd + 1] == UInt8(ascii: "(")
        else { return nil }
        let pathStart = nameEnd + 2
        guard let pathEnd = text.firstIndex(of: UInt8(ascii: ")"), pathStart, end) else { return nil }
        i = text.skipSpaces(pathEnd + 1, end)
        guard i < end, text[i] == UInt8(ascii: "]") else { return nil }
        let (nameFrom, nameTo) = text.trimmed(nameStart, nameEnd)
        let (pathFrom, pathTo) = text.trimmed(pathStart, pathEnd)
        return Include(
            name: text.string(nameFrom, nameTo), path: text.string(pathFrom, pathTo),
            range: SourceRange(start: start, end: i + 1))
    }
}
