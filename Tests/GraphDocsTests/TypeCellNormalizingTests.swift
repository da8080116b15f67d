import Foundation
import SourceText
import Testing

@testable import GraphDocs

/// `TypeExpression.isNormal` lets most Type cells skip normalizing: it must never pass a cell that
/// normalizing would change. Checked on hand-picked edges and on every Type cell of `docs-samples`.
@Suite struct TypeCellNormalizingTests {
    static let edges = [
        "String", "Строка", "字符串", "Коллекция строк", "X 集合", "Zeichenfolge", "String.", "字符串。", "Строка。",
        "\u{00A0}Строка", "Строка\u{00A0}", "\u{3000}字符串", "字符串\u{3000}", "**Строка**", "_x_", "`String`",
        "Коллекция  строк", "alertStatus enum", "alertStatus Enum", "Строка enum", " String", "String ", "a\tb",
        "Édition", "naïve", "[Коллекция X](x.md)",
    ]

    @Test func aCellCalledNormalIsLeftAsItIsByNormalizing() throws {
        var cells = Self.edges
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs-samples")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "md", let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") where line.hasPrefix("|") {
                let columns = line.split(separator: "|", omittingEmptySubsequences: false)
                if columns.count > 2 { cells.append(String(columns[2]).trimmingCharacters(in: .whitespaces)) }
            }
        }
        #expect(cells.count > 1_000)
        var normal = 0
        for cell in cells where TypeExpression.isNormal(cell) {
            normal += 1
            #expect(TypeExpression.normalizedSlowly(cell) == cell, "\(cell.debugDescription)")
        }
        #expect(normal > cells.count / 2)
        // The non-ASCII letters at an edge that used to send every localized cell the slow way.
        #expect(TypeExpression.isNormal("Строка") && TypeExpression.isNormal("字符串"))
        #expect(!TypeExpression.isNormal("字符串。") && !TypeExpression.isNormal("Строка\u{00A0}"))
    }
}

/// `containsBytes` answers as Foundation's `contains` does for the searches it replaced.
@Suite struct ByteSearchTests {
    @Test func containsBytesAgreesWithFoundation() {
        let texts = [
            "", "a", "microsoft.graph.x", "Коллекция  строк", "[x](x.md#y)", "a、b", "Edm.String", "x collection",
            "collection", " collection", "ab](cd", "é", "e\u{301}", "字符串、", "files/fileName", "a|b",
        ]
        let needles = ["", ".", "#", "  ", "、", " collection", "[", "/", "](", "edm.", "|", "é", "x", "字符串"]
        for text in texts {
            for needle in needles where !(needle == "é" && text == "e\u{301}") {
                #expect(
                    text.containsBytes(needle) == (needle.isEmpty || text.contains(needle)),
                    "\(text.debugDescription) \(needle.debugDescription)")
            }
        }
        // The last occurrence, as the last of the first-occurrence searches finds it.
        for text in texts {
            for needle in needles where !needle.isEmpty {
                let h = Array(text.utf8)
                let n = Array(needle.utf8)
                var last: Range<Int>?
                var from = 0
                while let found = CaseFolding.firstRange(of: n, in: h, range: from..<h.count) {
                    last = found
                    from = found.lowerBound + 1
                }
                #expect(
                    CaseFolding.lastRange(of: n, in: h) == last, "\(text.debugDescription) \(needle.debugDescription)")
            }
        }
        // Bytes, not canonical equivalence: a decomposed é is not the composed one.
        #expect(!"e\u{301}".containsBytes("é"))
    }
}

/// The enum words around a type name are found whatever lowercasing does to the text's length.
@Suite struct EnumFormTests {
    @Test func enumWordsAreFoundWhenLowercasingChangesTheLength() {
        #expect(TypeExpression.enumForm("Перечисление alertStatus")?.inner == "alertStatus")
        #expect(TypeExpression.enumForm("fileHashType 枚举")?.inner == "fileHashType")
        // `ẞ` and the Kelvin sign lowercase to shorter or longer UTF-8.
        #expect(TypeExpression.enumForm("Перечисление ẞType")?.inner == "ẞType")
        #expect(TypeExpression.enumForm("Перечисление \u{212A}Type")?.inner == "\u{212A}Type")
        #expect(TypeExpression.enumForm("İ-Enumeration")?.inner == "İ")
        #expect(TypeExpression.enumForm("alertStatus") == nil)
    }
}
