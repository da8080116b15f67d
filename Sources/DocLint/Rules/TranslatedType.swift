import GraphDocs
import JSONCore

/// DL205: a Type cell must use the en-US type names, not translated words.
struct TranslatedType: Rule {
    static let descriptor = RuleDescriptor(
        id: RuleID("DL205", "translated-type"),
        summary: "Type cell uses a translated word for a type",
        defaultSeverity: .error,
        explanation: """
            Reads each Type cell of property, relationship and parameter tables, and the Return type cell of \
            Methods tables, with doclint's type vocabulary and \
            reports locale words for types — primitives (`Строка`, `字符串`, `Zeichenfolge`), collection \
            wording (`Коллекция X`, `X 集合`, `X-Auflistung`), qualifiers (`максимальный размер 20`) and \
            translated link text (`[воркбукфилтеркритериа](workbookfiltercriteria.md)`), the collection word \
            inside the link text (`[Коллекция X](x.md)`) and punctuation after the link — with the en-US \
            spelling. A cell whose translated name reads as no type is reported without a fix.
            """,
        rationale: """
            Type names are identifiers of the API, not prose: `字符串` is not a type a client can look up, and \
            schema generation cannot read it.
            """,
        fixSafety: """
            Writing the en-US spelling of a primitive, collection or qualifier is safe; renaming translated \
            link text is unsafe when the type's exact spelling had to be inferred from the link target.
            """,
        examples: [
            .bad(
                "| Property | Type | Description |\n|:--|:--|:--|\n| id | 字符串 | The ID. |\n",
                fix: .safe("| Property | Type | Description |\n|:--|:--|:--|\n| id | String | The ID. |\n")),
            .bad(
                "| Property | Type | Description |\n|:--|:--|:--|\n| tasks | Коллекция [todoTask](todotask.md) | Tasks. |\n",
                fix: .safe(
                    "| Property | Type | Description |\n|:--|:--|:--|\n| tasks | [todoTask](todotask.md) collection | Tasks. |\n"
                )),
            .bad(
                "| Method | Return type | Description |\n|:--|:--|:--|\n| [List](../api/x-list.md) | [Коллекция todoTask](todotask.md) | List. |\n",
                fix: .safe(
                    "| Method | Return type | Description |\n|:--|:--|:--|\n| [List](../api/x-list.md) | [todoTask](todotask.md) collection | List. |\n"
                )),
            .good("| Property | Type | Description |\n|:--|:--|:--|\n| id | String | The ID. |\n"),
        ])

    func check(_ page: GraphPage, into context: inout LintContext) {
        let declaredTypes = Self.declaredTypes(page)
        let translated = page.locale.lowercased() != "en-us"
        // Property, relationship, method (return type) and parameter tables all have a Type column.
        for table in page.propertyTables where table.kind != .members {
            for row in table.rows {
                guard var type = row.typeExpression, !type.translations.isEmpty, let range = row.typeRange else {
                    continue
                }
                var safe = true
                if type.translations.contains(where: { $0.kind == .linkText }) {
                    // The link target's file name is lowercase: the real spelling is the JSON sketch's
                    // @odata.type, or the name the linked page defines.
                    if case .named(let stem) = type.base,
                        let declared = declaredTypes[row.displayName] ?? declaredTypes[row.sourceName ?? ""]
                            ?? Self.linkedPageType(type.link, from: page.path, catalog: context.analysis.catalog),
                        declared.lowercased() == stem.lowercased()
                    {
                        type.base = .named(declared)
                    } else {
                        safe = false
                    }
                }
                let cell = row.type?.visible ?? type.text
                // `组集合`: the collection word is translated, and so is the name, which reads as no type.
                guard type.typeName != nil else {
                    context.report(
                        Self.descriptor, "type '\(cell)' is translated and names no type", at: range,
                        key: Self.key(type))
                    continue
                }
                let canonical = type.canonical
                let damage =
                    type.translations.allSatisfy { $0.kind == .punctuation }
                    ? "has punctuation after it" : "is translated"
                var message = "type '\(cell)' \(damage); the en-US type is '\(canonical)'"
                // An English link text naming another type (on a source-language page, or camelCase like
                // `bookingType`, which translation never produces) is the source's slip, not a translation.
                if let word = type.translations.first(where: { $0.kind == .linkText })?.word,
                    GraphIdentifier.isTypeName(word), !translated || word.dropFirst().contains(where: \.isUppercase),
                    let target = type.typeName
                {
                    message = "type '\(cell)' names '\(word)' but links to the page of '\(target)'"
                    safe = false
                }
                context.report(
                    Self.descriptor, message, at: range,
                    // A bilingual cell's span markup would be lost by a whole-cell edit: no fix there.
                    fix: row.type?.source != nil
                        ? nil
                        : Fix(
                            title: "write '\(canonical)'", edits: [Edit(range: range, replacement: canonical)],
                            isSafe: safe),
                    key: Self.key(type))
            }
        }
    }

    /// What a finding is grouped by in summaries: the locale words (`Строка`, `Коллекция`), not the
    /// cell, which differs from row to row (`Коллекция [x](x.md)`). A translated link text is one group.
    static func key(_ type: TypeExpression) -> String {
        type.translations.map { $0.kind == .linkText ? "[link text]" : $0.word }.joined(separator: " + ")
    }

    /// The unqualified name of the type the linked page defines (`complianceStatus` for
    /// `[Wurde](../resources/intune-shared-compliancestatus.md)`), whatever the link text says.
    static func linkedPageType(_ link: TypeExpression.Link?, from pagePath: String, catalog: SchemaCatalog) -> String? {
        guard let target = link?.target, !target.contains("#"), let path = DocSet.resolve(target, from: pagePath) else {
            return nil
        }
        return catalog.definitions(atPath: path).first?.shortName
    }

    /// The types the JSON representation gives its properties by `@odata.type` (`resultInfo`).
    static func declaredTypes(_ page: GraphPage) -> [String: String] {
        var types: [String: String] = [:]
        for resource in page.resources {
            for member in resource.properties {
                guard let name = TableResourceAlignment.sketchQualifiedType(member.value) else { continue }
                types[member.key] = name.split(separator: ".").last.map(String.init) ?? name
            }
        }
        return types
    }
}
