import DocMarkdown
import Testing

/// `FrontMatter.read` parses only the front matter, with the same result as the whole page's parse.
@Suite struct FrontMatterReadTests {
    @Test(arguments: [
        "---\nms.openlocfilehash: abc\nms.sourcegitcommit: 'def'\n---\n# Title\n| a | b |\n",
        "\u{FEFF}---\r\nms.openlocfilehash: abc\r\n---\r\nbody\r\n",
        "---\ntitle: x\nlist:\n  - a\n  - b\n---\n",
        "# no front matter\n---\nms.openlocfilehash: abc\n---\n",
        "---\nms.openlocfilehash: abc\nnever closed\n",
        "",
    ])
    func readsWhatTheFullParseReads(_ page: String) {
        let bytes = Array(page.utf8)
        #expect(FrontMatter.read(bytes) == MarkdownDocument(bytes: bytes).frontMatter)
    }

    @Test func valuesAreThePagesValues() {
        let front = FrontMatter.read(Array("---\nms.openlocfilehash: abc\nms.contentlocale: de-DE\n---\nx\n".utf8))
        #expect(front?["ms.openlocfilehash"] == "abc")
        #expect(front?["ms.contentlocale"] == "de-DE")
    }
}
