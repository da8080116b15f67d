// libFuzzer target: the whole linter on arbitrary page bytes — the page model, every rule (sample
// validation included, against types the page itself defines), the text reporter and schema
// generation, as `doclint lint` and `doclint schemas` run them.
//
// Checks beyond "does not crash": every finding, note and fix edit lies inside the page, and no
// finding's range starts or ends inside a (valid) UTF-8 character.
import DocLint
import GraphDocs
import JSONCore

let pagePath = "en-US/api-reference/v1.0/resources/fuzz.md"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLinter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let linter = Linter(source: MemorySource([pagePath: bytes]))
    let report = linter.lint(path: pagePath, bytes: bytes)
    let boundary = characterBoundaries(bytes)
    for d in report.diagnostics {
        guard d.range.end <= size else { fatalError("\(d.rule.code) range \(d.range) outside the page") }
        // An offset computed in re-encoded text shows as a range that cuts a character in two.
        guard boundary[d.range.start], boundary[d.range.end] else {
            fatalError("\(d.rule.code) range \(d.range) splits a UTF-8 character")
        }
        for note in d.notes {
            if let range = note.range, range.end > size {
                fatalError("\(d.rule.code) note range outside the page")
            }
        }
        for edit in d.fix?.edits ?? [] where edit.range.end > size {
            fatalError("\(d.rule.code) fix outside the page")
        }
    }
    _ = TextReporter().render(report)
    let definitions = TypeDefinition.definitions(in: GraphPage(path: pagePath, bytes: bytes))
    for set in DocSet.sets(definitions) {
        let generator = SchemaGenerator(
            baseURI: SchemaFiles.baseURI, definitions: set.definitions,
            resolveLink: { page, link in set.resolveLink(from: page, link: link) })
        for (_, schema) in generator.generateAll() { _ = JSONWriter.pretty(schema) }
    }
    return 0
}

/// `result[i]` is false when offset `i` falls inside a valid multi-byte UTF-8 sequence.
func characterBoundaries(_ bytes: [UInt8]) -> [Bool] {
    var result = [Bool](repeating: true, count: bytes.count + 1)
    var i = 0
    while i < bytes.count {
        let b = bytes[i]
        let length =
            b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 1
        var valid = i + length <= bytes.count
        if valid && length > 1 {
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { valid = false }
            // Overlongs and surrogates are not sequences either.
            if valid && length == 3 && b == 0xE0 && bytes[i + 1] < 0xA0 { valid = false }
            if valid && length == 3 && b == 0xED && bytes[i + 1] > 0x9F { valid = false }
            if valid && length == 4 && b == 0xF0 && bytes[i + 1] < 0x90 { valid = false }
            if valid && length == 4 && b == 0xF4 && bytes[i + 1] > 0x8F { valid = false }
        }
        guard valid, length > 1 else {
            i += 1
            continue
        }
        for k in 1..<length { result[i + k] = false }
        i += length
    }
    return result
}
