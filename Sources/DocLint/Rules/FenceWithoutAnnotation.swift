import GraphDocs
import SourceText

/// DL105: JSON and HTTP samples should be announced by an annotation.
struct FenceWithoutAnnotation: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL105", "fence-without-annotation"),
        summary: "JSON or HTTP code block has no annotation",
        defaultSeverity: .warning,
        explanation: """
            Reports a `json` or `http` fence with no `<!-- { "blockType": ... } -->` annotation before it. \
            Blocks that are deliberately unchecked say so with `"blockType": "ignored"`. A page that annotates \
            none of its samples (generated pages mark only the HTTP syntax block `ignored`) gets one finding, \
            at its first bare block, with a note at each of the others.
            """,
        rationale: """
            Without an annotation the block's role (resource, request, response, example) is unknown, so \
            nothing checks it.
            """,
        examples: [
            .bad("Some text.\n\n```json\n{\"id\": \"1\"}\n```\n"),
            .bad("```http\nGET /me\n```\n\n```json\n{\"id\": \"1\"}\n```\n"),
            .good("<!-- { \"blockType\": \"ignored\" } -->\n```json\n{\"id\": \"1\"}\n```\n"),
            .good("```csharp\nvar x = 1;\n```\n"),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        let checked = page.codeBlocks.filter { $0.isJSON || $0.fence.language == "http" }
        let bare = checked.filter { $0.annotationIndex == nil }
        func range(_ block: CodeBlock) -> SourceRange {
            block.fence.infoRange.isEmpty ? block.fence.range : block.fence.infoRange
        }
        // A page that annotates none of its samples (the generated Intune pages, whose only annotation
        // marks the HTTP syntax block `ignored`) has one gap, not one per block.
        let annotatesSamples = checked.contains { block in
            guard let annotation = page.annotation(of: block) else { return false }
            return annotation.blockType != .ignored
        }
        if bare.count > 1 && !annotatesSamples {
            context.report(
                Self.descriptor, "none of the page's \(bare.count) JSON and HTTP samples has an annotation",
                at: range(bare[0]),
                notes: bare.dropFirst().map {
                    Note("'\($0.fence.language)' code block without annotation", range: range($0))
                }, key: "no sample annotated")
            return
        }
        for block in bare {
            context.report(Self.descriptor, "'\(block.fence.language)' code block has no annotation", at: range(block))
        }
    }
}
