import GraphDocs
import Testing

@Suite struct SourceComparisonTests {
    static let source = """
        # commsOperation resource type

        ## Properties

        | Property | Type | Description |
        |:--|:--|:--|
        | clientContext | String | The client context. |
        | id | String | The operation id. Read-only. |
        | resultInfo | [resultInfo](resultinfo.md) | The result information. |
        | status | String | Possible values are: `notStarted`, `running`. The values can be *Succeeded* or *Failed*. |

        ## Relationships

        | Relationship | Type | Description |
        |:--|:--|:--|
        | tasks | [todoTask](todotask.md) collection | The tasks. |

        ### dayOfWeek values

        | Member | Value | Description |
        |:--|:--|:--|
        | sunday | 0 | Sunday. |
        | monday | 1 | Monday. |

        ## JSON representation

        <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.commsOperation" } -->
        ```json
        { "clientContext": "String", "id": "String", "resultInfo": { "@odata.type": "microsoft.graph.resultInfo" }, "status": "String" }
        ```

        """

    static func compare(_ page: String, _ source: String = source, exact: Bool = true) -> [DriftDifference] {
        SourceComparison(
            page: GraphPage(path: "page.md", bytes: Array(page.utf8)),
            source: GraphPage(path: "source.md", bytes: Array(source.utf8)), exact: exact
        ).differences
    }

    @Test func aPageIdenticalToItsSourceHasNoDifference() {
        #expect(Self.compare(Self.source).isEmpty)
    }

    @Test func translatedNamesTypesMembersAndValuesAreFoundWithTheSourcesText() {
        var page = Self.source
        page = page.replacingOccurrences(of: "## Properties", with: "## <a name=\"properties\"></a>Свойства")
        page = page.replacingOccurrences(of: "| Property | Type | Description |", with: "| Свойство | Тип | Описание |")
        page = page.replacingOccurrences(of: "| clientContext | String |", with: "| Контекст | String |")
        page = page.replacingOccurrences(of: "| id | String |", with: "| ID | Строка |")
        page = page.replacingOccurrences(
            of: "[todoTask](todotask.md) collection", with: "Коллекция [тодотаск](todotask.md)")
        page = page.replacingOccurrences(of: "| monday | 1 |", with: "| понедельник | 1 |")
        page = page.replacingOccurrences(of: "| sunday | 0 |", with: "| Sunday | 0 |")
        page = page.replacingOccurrences(of: "*Succeeded* or *Failed*", with: "*Succeeded* или *Неудачно*")
        let found = Self.compare(page)
        let summary = found.map { "\($0.kind.rawValue) \($0.found) -> \($0.expected) \($0.replacement ?? "-")" }
        #expect(
            summary == [
                "translated-property-name Контекст -> clientContext clientContext",
                "property-name-case-changed ID -> id id",
                "translated-type Строка -> String String",
                "translated-enum-value Неудачно -> Failed -",
                "translated-type Коллекция [тодотаск](todotask.md) -> [todoTask](todotask.md) collection [todoTask](todotask.md) collection",
                "enum-member-case-changed Sunday -> sunday sunday",
                "translated-enum-member понедельник -> monday monday",
            ], "\(summary)")
        #expect(found.allSatisfy { !$0.isVersionDrift })
        #expect(found[2].detail == "primitive")
        #expect(found[4].detail == "collection")
        // Each points at the page's text and the source's.
        let pageBytes = Array(page.utf8)
        let sourceBytes = Array(Self.source.utf8)
        for d in found where d.kind != .possibleValue {
            #expect(String(decoding: pageBytes[d.range.start..<d.range.end], as: UTF8.self) == d.found)
            let s = try! #require(d.sourceRange)
            #expect(String(decoding: sourceBytes[s.start..<s.end], as: UTF8.self) == d.expected)
        }
    }

    @Test func rowsDroppedAddedAndSplitByTranslation() {
        // A row broken over two lines is one row; a row dropped and one added are reported as such.
        var page = Self.source.replacingOccurrences(
            of: "| id | String | The operation id. Read-only. |",
            with: "| id | String\n | The operation id. Read-only. |")
        page = page.replacingOccurrences(
            of: "| resultInfo | [resultInfo](resultinfo.md) | The result information. |\n", with: "")
        page = page.replacingOccurrences(
            of: "| monday | 1 | Monday. |", with: "| monday | 1 | Monday. |\n| Feiertag | 2 | Feiertag. |")
        let found = Self.compare(page)
        #expect(found.map(\.kind) == [.rowDropped, .rowAdded], "\(found)")
        #expect(found[0].expected == "resultInfo")
        #expect(found[1].found == "Feiertag")
    }

    @Test func rowsTranslatedInPlaceArePairedByPositionAndByThePagesJSON() {
        // Two renamed rows in a row: position pairs them in order, whatever the JSON's key order.
        var page = Self.source.replacingOccurrences(of: "| id | String |", with: "| Kennung | String |")
        page = page.replacingOccurrences(of: "| resultInfo | [resultInfo]", with: "| Ergebnis | [resultInfo]")
        let found = Self.compare(page)
        #expect(found.map { "\($0.found)->\($0.expected)" } == ["Kennung->id", "Ergebnis->resultInfo"])
    }

    /// Header and parameter tables are compared too; prose in a name or type cell is not.
    @Test func headerTablesAreComparedButProseIsNot() {
        let source = """
            ## Request headers

            | Name | Type | Description |
            |:--|:--|:--|
            | Authorization | string | Bearer {token}. Required. |
            | Delegated (personal Microsoft account) | Not supported. | |
            | Prefer: outlook.body-content-type | string | The format. |

            """
        let page = """
            ## <a name="request-headers"></a>Anforderungsheader

            | Name | Typ | Beschreibung |
            |:--|:--|:--|
            | Autorisierung | Zeichenfolge | Bearer {token}. Erforderlich. |
            | Delegiert (persönliches Microsoft-Konto) | Nicht unterstützt. | |
            | Besser: outlook.body-content-type | string | Das Format. |

            """
        let found = Self.compare(page, source)
        #expect(
            found.map { "\($0.kind.rawValue) \($0.found) -> \($0.expected)" } == [
                "translated-property-name Autorisierung -> Authorization", "translated-type Zeichenfolge -> string",
                "translated-property-name Besser: outlook.body-content-type -> Prefer: outlook.body-content-type",
            ])
    }

    @Test func codeBlocksAndAnnotationsMustBeTheSources() {
        let changed = Self.compare(
            Self.source.replacingOccurrences(of: "\"id\": \"String\"", with: "\"id\": \"Строка\""))
        #expect(changed.map(\.kind) == [.codeBlockChanged])
        let dropped = Self.compare(
            Self.source.replacingOccurrences(
                of: "<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.commsOperation\" } -->\n",
                with: ""))
        #expect(dropped.map(\.kind) == [.annotationDropped])
        // Joined to the text before it, an annotation is no longer one.
        let joined = Self.compare(
            "Anforderung<!-- { \"blockType\": \"ignored\" } -->\n```http\nGET /x\n```\n",
            "Request\n<!-- { \"blockType\": \"ignored\" } -->\n```http\nGET /x\n```\n")
        #expect(joined.map(\.kind) == [.annotationChanged] && joined.first?.detail == "joined")
        #expect(joined.first?.found == "<!-- { \"blockType\": \"ignored\" } -->")
        // Line endings aside.
        #expect(Self.compare(Self.source.replacingOccurrences(of: "\n", with: "\r\n")).isEmpty)
    }

    @Test func againstAnotherVersionDifferencesThatAreNotTranslationAreVersionDrift() {
        var page = Self.source.replacingOccurrences(
            of: "| status | String |", with: "| state | String |")  // an identifier: renamed upstream
        page = page.replacingOccurrences(of: "| id | String |", with: "| id | Строка |")  // translated
        page = page.replacingOccurrences(of: "\"status\": \"String\"", with: "\"state\": \"String\"")
        let found = Self.compare(page, exact: false)
        let drift = found.filter(\.isVersionDrift).map(\.kind)
        let translation = found.filter { !$0.isVersionDrift }.map(\.kind)
        #expect(translation == [.type])
        #expect(drift == [.propertyName, .codeBlockChanged], "\(found)")
    }

    @Test func bilingualCellsAreComparedByTheirVisibleText() {
        let cell =
            #"<span data-ttu-id="1">Контекст</span><span class="sxs-lookup"><span data-stu-id="1">clientContext</span></span>"#
        let page = Self.source.replacingOccurrences(of: "| clientContext | String |", with: "| \(cell) | String |")
        let found = Self.compare(page)
        #expect(found.count == 1)
        #expect(found.first?.kind == .propertyName && found.first?.found == "Контекст")
        // No plain replacement for a cell with span markup.
        #expect(found.first?.replacement == nil)
    }

    @Test func valueListsAreRunsOfMarkedIdentifiers() {
        #expect(ValueList.items("Possible values are: `a`, `b`, or `c`.") == ["a", "b", "c"])
        #expect(
            ValueList.items("The values can be *ForceDelete* or *Verification*") == ["ForceDelete", "Verification"])
        #expect(ValueList.items("Possible values are: `only`.") == ["only"])
        // Properties named in bold, and code spans in prose, are not lists.
        #expect(ValueList.items("Requires **startDateTime** and **endDateTime**.").isEmpty)
        #expect(ValueList.items("Set `true` to enable; see the `id` property.").isEmpty)
        #expect(ValueList.containsWord("*ForceDelete или*", "ForceDelete"))
        #expect(!ValueList.containsWord("AllPrincipals", "Principal"))
    }
}
