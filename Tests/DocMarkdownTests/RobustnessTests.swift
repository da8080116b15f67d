import DocMarkdown
import SourceText
import Testing

/// Garbage in, a well-formed model out: no crash, no hang, every range inside the bytes.
@Suite struct RobustnessTests {
    /// SplitMix64, so failures reproduce.
    private struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Pieces of Markdown syntax that random pages are stitched from.
    private static let pieces: [[UInt8]] = [
        "|", "||", "\\|", "`", "``", "```", "~~~", "---", "-", ":", "#", "## ", "<!--", "-->", "<", ">", "\n",
        "\r\n", "\r", "\t", " ", "    ", "[!INCLUDE [a](b)]", "[", "]", "(", ")", "\"", "'", "<span data-ttu-id=\"1\">",
        "<span class=\"sxs-lookup\">", "<span data-stu-id=\"1\">", "</span>", "<a name=\"x\"></a>", "<a ", "/>",
        "\u{00A0}",
        "text", "Свойства", "属性", "key: value", "- item", "[a, b]", "(#tab/x)", "\u{FEFF}",
    ].map { Array($0.utf8) }

    private static func randomPage(_ generator: inout Generator) -> [UInt8] {
        var bytes: [UInt8] = []
        if Bool.random(using: &generator) { bytes += Array("---\n".utf8) }
        let count = Int.random(in: 0...200, using: &generator)
        for _ in 0..<count {
            if Int.random(in: 0..<10, using: &generator) == 0 {
                bytes.append(UInt8.random(in: 0...255, using: &generator))
            } else {
                bytes += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }
        }
        return bytes
    }

    /// Every problem with the ranges of `document`.
    static func rangeProblems(_ document: MarkdownDocument) -> [String] {
        let count = document.bytes.count
        var problems: [String] = []
        func check(_ range: SourceRange, _ what: String, within outer: SourceRange? = nil) {
            if range.start < 0 || range.end > count || range.start > range.end {
                problems.append("\(what) \(range) outside 0..<\(count)")
            }
            if let outer, range.start < outer.start || range.end > outer.end {
                problems.append("\(what) \(range) outside its block \(outer)")
            }
        }
        if let frontMatter = document.frontMatter {
            check(frontMatter.range, "front matter")
            for entry in frontMatter.entries {
                check(entry.keyRange, "key", within: frontMatter.range)
                check(entry.valueRange, "value", within: frontMatter.range)
            }
        }
        var previousEnd = document.frontMatter?.range.end ?? 0
        for block in document.blocks {
            check(block.range, "block")
            if block.range.start < previousEnd { problems.append("block \(block.range) overlaps the one before") }
            previousEnd = block.range.end
            switch block {
            case .heading(let heading): check(heading.text.range, "heading text", within: heading.range)
            case .table(let table):
                for row in [table.header] + table.rows {
                    check(row.range, "row", within: table.range)
                    for cell in row.cells {
                        check(cell.range, "cell", within: row.range)
                        check(cell.text.range, "cell text", within: cell.range)
                    }
                }
            case .fence(let fence):
                check(fence.infoRange, "info", within: fence.range)
                check(fence.contentRange, "content", within: fence.range)
            case .comment(let comment): check(comment.bodyRange, "body", within: comment.range)
            case .include, .paragraph: break
            }
        }
        for issue in document.issues { check(issue.range, "issue") }
        return problems
    }

    @Test func randomPagesParseWithRangesInBounds() {
        var generator = Generator(state: 0xD0C5)
        var blocks = 0
        for _ in 0..<3000 {
            let bytes = Self.randomPage(&generator)
            let document = MarkdownDocument(bytes: bytes)
            blocks += document.blocks.count
            let problems = Self.rangeProblems(document)
            #expect(problems.isEmpty, "\(problems.prefix(3)) in \(bytes)")
            if !problems.isEmpty { return }
            _ = document.dump()
        }
        #expect(blocks > 3000)
    }

    @Test func randomBytesParse() {
        var generator = Generator(state: 42)
        for _ in 0..<1000 {
            let bytes = (0..<Int.random(in: 0...300, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            let problems = Self.rangeProblems(MarkdownDocument(bytes: bytes))
            #expect(problems.isEmpty, "\(problems.prefix(3)) in \(bytes)")
            if !problems.isEmpty { return }
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func pathologicalInputsStayFast() {
        let inputs: [(String, [UInt8])] = [
            ("pipes", Array(("|a|\n|-|\n" + String(repeating: "|", count: 200_000)).utf8)),
            (
                "backtick runs",
                Array(("|a|\n|-|\n|" + (1...600).map { String(repeating: "`", count: $0) + "|" }.joined()).utf8)
            ),
            ("unmatched ticks", Array(("|a|\n|-|\n|" + String(repeating: "` |", count: 100_000)).utf8)),
            ("nested spans", Array(("# " + String(repeating: "<span data-ttu-id=\"1\">", count: 50_000)).utf8)),
            ("comment openers", Array(String(repeating: "<!--\n", count: 50_000).utf8)),
            ("fence openers", Array(String(repeating: "```\n~~~~\n", count: 50_000).utf8)),
            ("split rows", Array(("|a|b|c|\n|-|-|-|\n" + String(repeating: "|x\n", count: 100_000)).utf8)),
            (
                "pipe-less continuations",
                Array(("|a|b|\n|-|-|\n|1|2\n" + String(repeating: "text\n", count: 100_000)).utf8)
            ),
            ("front matter", Array(("---\n" + String(repeating: "k:\n  - v\n", count: 50_000) + "---\n").utf8)),
            ("hashes", Array(String(repeating: "#", count: 200_000).utf8)),
            ("tags", Array(("|a|\n|-|\n|" + String(repeating: "<a ", count: 100_000)).utf8)),
        ]
        for (name, bytes) in inputs {
            let clock = ContinuousClock()
            var document: MarkdownDocument?
            let elapsed = clock.measure { document = MarkdownDocument(bytes: bytes) }
            #expect(elapsed < .seconds(5), "\(name) took \(elapsed)")
            if let document { #expect(Self.rangeProblems(document).isEmpty, "\(name)") }
        }
    }

    @Test func realPagesHaveRangesInBounds() throws {
        for name in try Fixtures.pageNames() {
            let document = MarkdownDocument(bytes: try Fixtures.bytes("pages/\(name)"))
            #expect(Self.rangeProblems(document).isEmpty, "\(name)")
            #expect(!document.blocks.isEmpty)
        }
    }
}
