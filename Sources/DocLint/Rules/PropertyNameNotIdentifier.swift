import GraphDocs

/// DL203: a property or relationship name must be an identifier.
struct PropertyNameNotIdentifier: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL203", "property-name-not-identifier"),
        summary: "Property or relationship name is not an identifier",
        defaultSeverity: .error,
        explanation: """
            Reports a property or relationship row whose name is not an ASCII identifier (`Контекст`, \
            `device;`, `background-color`, `[-Identity]`). Rows of a page that has a JSON representation are \
            left to DL201, which can also say which key was meant. Tables under a request-header, parameter \
            or permission heading, overview tables (`| Name | Type | Use case |`), bold group rows and the link \
            around a linked name are not names; a path of names (`files/fileName`, a nested property of a \
            request body) is.
            """,
        rationale: "Property names are code: a translated or decorated name is not something a client can send.",
        examples: [
            .bad("| Property | Type | Description |\n|:--|:--|:--|\n| Контекст | String | Client context. |\n"),
            .bad(
                "| Relationship | Type | Description |\n|:--|:--|:--|\n| device; | [device](device.md) | The device. |\n"
            ),
            .good("| Property | Type | Description |\n|:--|:--|:--|\n| clientContext | String | Client context. |\n"),
            .good("| Property | Type | Description |\n|:--|:--|:--|\n| files/fileName | String | The file name. |\n"),
            .good(
                "| Name | Type | Use case |\n|:--|:--|:--|\n| Legal hold | [legalHold](ediscovery-legalhold.md) | Holds content. |\n"
            ),
            .good(
                "## Optional request headers\n\n| Name | Type | Description |\n|:--|:--|:--|\n| if-match | String | An ETag. |\n"
            ),
            .good(
                "| Relationship | Type | Description |\n|:--|:--|:--|\n|**Device management**|||\n| [filesFolder](../api/channel-get-filesfolder.md) | [driveItem](driveitem.md) | The folder. |\n"
            ),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        let comparedWithJSON = context.analysis.alignment != nil
        for table in page.propertyTables where table.kind == .properties || table.kind == .relationships {
            if table.kind == .properties && comparedWithJSON { continue }
            for row in table.rows where !row.displayName.isEmpty && !GraphIdentifier.isPropertyPath(row.displayName) {
                // Request-header tables share the `| Name | Type |` header: `Content-Type` is a header, not a property.
                if GraphIdentifier.isHTTPHeaderName(row.displayName) { continue }
                let what = table.kind == .properties ? "property" : "relationship"
                var message = "\(what) name '\(row.displayName)' is not an identifier"
                if let source = row.sourceName, GraphIdentifier.isPropertyName(source) {
                    message += "; the English text says '\(source)'"
                }
                context.report(Self.descriptor, message, at: row.nameRange)
            }
        }
    }
}
