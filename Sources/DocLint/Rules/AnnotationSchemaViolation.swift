import GraphDocs
import JSONCore

/// DL111: an annotation's keys and values must be those the docs tooling reads.
struct AnnotationSchemaViolation: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL111", "annotation-schema"),
        summary: "Annotation has an unknown key or a value of the wrong type",
        defaultSeverity: .warning,
        explanation: """
            Validates every block annotation against `Schemas/annotation.schema.json` and the closing page \
            annotation against `Schemas/page-annotation.schema.json`, with doclint's own validator, and \
            reports unknown keys (with the nearest known one) and values of the wrong type (`"truncated": "true"`). \
            An unknown `blockType` is left to DL106.
            """,
        rationale: "The docs tooling ignores an unknown key and misreads a string where it expects a boolean.",
        examples: [
            .bad("<!-- { \"blockType\": \"response\", \"truncated\": \"true\" } -->\n```json\n{}\n```\n"),
            .bad("<!-- { \"blockType\": \"response\", \"isColection\": true } -->\n```json\n{}\n```\n"),
            .good(
                "<!-- { \"blockType\": \"response\", \"truncated\": true, \"isCollection\": true } -->\n```json\n{}\n```\n"
            ),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for entry in page.annotations {
            guard let annotation = entry.annotation, let object = annotation.json.objectValue else { continue }
            let isPage = annotation.isPageAnnotation
            let schema = isPage ? AnnotationSchemas.page : AnnotationSchemas.block
            let known = isPage ? Annotation.knownPageKeys : Annotation.knownBlockKeys
            let result = schema.validate(annotation.json, output: .basic)
            for error in result.errors {
                let tokens = error.instanceLocation.tokens
                guard let key = tokens.first, key != "blockType" else { continue }
                let keyword = error.keywordLocation.tokens.last ?? ""
                if keyword == "required" || keyword == "anyOf" { continue }
                if keyword == "additionalProperties" && tokens.count == 1 {
                    let nearest = known.min { (editDistance($0, key), $0) < (editDistance($1, key), $1) }
                    let hint = nearest.map { editDistance($0, key) <= 3 ? "; did you mean '\($0)'?" : "" } ?? ""
                    let keyRange = object.member(key)?.keyRange ?? error.range
                    context.report(
                        Self.descriptor, "unknown key '\(key)' in \(isPage ? "page " : "")annotation\(hint)",
                        at: keyRange
                    )
                } else {
                    context.report(
                        Self.descriptor,
                        "annotation key '\(error.instanceLocation.description.dropFirst())': \(error.message)",
                        at: error.range)
                }
            }
        }
    }
}
