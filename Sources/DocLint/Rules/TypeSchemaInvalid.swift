import GraphDocs

/// DL307: the schema generated for a sample's type must compile.
struct TypeSchemaInvalid: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL307", "type-schema-invalid"),
        summary: "A sample cannot be validated: its type's schema does not compile, or it is nested too deeply",
        defaultSeverity: .warning,
        explanation: """
            Reports a sample whose type's generated schema cannot be compiled — for example because two \
            types name each other as `baseType` — or that is nested more than 64 levels deep. The sample is \
            then not validated at all.
            """,
        rationale: "A type definition that cannot be turned into a schema leaves every sample of the type unchecked.",
        examples: [
            .bad(
                "<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.a\", \"baseType\": \"microsoft.graph.a\" } -->\n```json\n{ \"id\": \"String\" }\n```\n\n<!-- { \"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.a\" } -->\n```json\n{ \"id\": \"1\" }\n```\n"
            ),
            .good(
                "<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.a\" } -->\n```json\n{ \"id\": \"String\" }\n```\n\n<!-- { \"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.a\" } -->\n```json\n{ \"id\": \"1\" }\n```\n"
            ),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        for finding in context.analysis.sampleValidation.findings where finding.kind == .schemaError {
            context.report(Self.descriptor, finding.message, at: finding.range, notes: finding.notes)
        }
    }
}
