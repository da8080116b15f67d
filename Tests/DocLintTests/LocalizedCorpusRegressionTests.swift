import DocLint
import GraphDocs
import Testing

/// Regressions for the wrong findings the ru-RU, zh-CN and de-DE corpora showed (issue 9,
/// docs/corpus-report.md): each reproduces one cause on a tiny doc set, and the fix is in the mechanism.
@Suite struct LocalizedCorpusRegressionTests {
    let helper = CorpusRegressionTests()

    func codes(_ d: [Diagnostic]) -> [String] { d.map(\.rule.code).sorted() }

    /// `| deviceStatuses | [Коллекция mobileAppInstallStatus](x.md) |`: a collection of the linked type.
    @Test func aCollectionWordInsideTheLinkTextIsACollection() throws {
        let d = try helper.lint(
            [
                "resources/mobileappinstallstatus.md": helper.resource(
                    "microsoft.graph.mobileAppInstallStatus", "| deviceName | String | The device. |",
                    #"{ "deviceName": "String" }"#),
                "resources/mobileapp.md": helper.resource(
                    "microsoft.graph.mobileApp",
                    "| deviceStatuses | [Коллекция mobileAppInstallStatus](mobileappinstallstatus.md) | Statuses. |",
                    #"{ "deviceStatuses": [{ "@odata.type": "microsoft.graph.mobileAppInstallStatus" }] }"#)
                    + helper.sample(
                        "microsoft.graph.mobileApp",
                        #"{ "deviceStatuses": [{ "deviceName": "a" }, { "deviceName": "b" }] }"#),
            ], page: "resources/mobileapp.md")
        #expect(codes(d) == ["DL205"])
        #expect(
            d.first?.message
                == "type '[Коллекция mobileAppInstallStatus](mobileappinstallstatus.md)' is translated; the en-US type is '[mobileAppInstallStatus](mobileappinstallstatus.md) collection'"
        )
        #expect(d.first?.fix?.isSafe == true)
    }

    /// `[включить](../resources/intune-shared-enablement.md)`: the fix takes the spelling the linked page defines.
    @Test func aTranslatedLinkTextIsFixedWithTheLinkedPagesSpelling() throws {
        let d = try helper.lint(
            [
                "resources/intune-shared-enablement.md":
                    "# enablement enum type\n\n| Member | Value | Description |\n|:--|:--|:--|\n| notConfigured | 0 | Not configured. |\n| enabled | 1 | Enabled. |\n",
                "resources/intune-shared-devicehealthsettings.md": helper.resource(
                    "microsoft.graph.deviceHealthSettings",
                    "| allowedState | [включить](../resources/intune-shared-enablement.md) | Whether it is on. |",
                    #"{ "allowedState": "String" }"#),
            ], page: "resources/intune-shared-devicehealthsettings.md")
        #expect(codes(d) == ["DL205"])
        #expect(d.first?.fix?.title == "write '[enablement](../resources/intune-shared-enablement.md)'")
        #expect(d.first?.fix?.isSafe == true)
    }

    /// `[identitySet](identityset.md);`: punctuation after a link is damage with a safe fix, not an unknown type.
    @Test func punctuationAfterALinkIsReportedWithAFix() throws {
        let d = TestSupport.lint(
            "| Property | Type | Description |\n|:--|:--|:--|\n| createdBy | [identitySet](identityset.md); | Who. |\n")
        #expect(codes(d) == ["DL205"])
        #expect(
            d.first?.message
                == "type '[identitySet](identityset.md);' has punctuation after it; the en-US type is '[identitySet](identityset.md)'"
        )
    }

    /// `"createdBy": {"user": {"id": null}}`: only a type with a key property has a key; a row that
    /// says "not nullable" (any locale) is not nullable.
    @Test func nullIsValidExceptForTheKeyCollectionsAndRowsThatSaySNotNullable() throws {
        let d = try helper.lint(
            [
                "resources/identity.md": helper.resource(
                    "microsoft.graph.identity",
                    "| id | String | The ID. |\n| displayName | String | Значение null не допускается. |",
                    #"{ "id": "String", "displayName": "String" }"#),
                "resources/identityset.md": helper.resource(
                    "microsoft.graph.identitySet", "| user | [identity](identity.md) | The user. |",
                    #"{ "user": { "@odata.type": "microsoft.graph.identity" } }"#),
                "api/identityset-get.md": helper.sample(
                    "microsoft.graph.identitySet", #"{ "user": { "id": null, "displayName": null } }"#),
            ], page: "api/identityset-get.md")
        #expect(d.map(\.message) == ["property 'user/displayName': value 'null' is not of type 'string'"])
    }

    /// A member table translated into `воскресенье`/`понедельник`: samples say `"monday"`, which is valid.
    @Test func translatedMembersAreNotAllowedValues() throws {
        let files = [
            "resources/intune-deviceconfig-dayofweek.md":
                "# <a name=\"dayofweek-enum-type\"></a>тип enum dayOfWeek\n\n|Элемент|Значение|Описание|\n|:---|:---|:---|\n|воскресенье|0|Воскресенье.|\n|понедельник|1|Понедельник.|\n|saturday|6|Суббота.|\n",
            "resources/recurrencepattern.md": helper.resource(
                "microsoft.graph.recurrencePattern",
                "| firstDayOfWeek | dayOfWeek | Первый день. Возможные значения: `sunday`, `monday`, `saturday`. |\n| lastDay | dayOfWeek | Последний день. |",
                #"{ "firstDayOfWeek": "String", "lastDay": "String" }"#),
            "api/recurrencepattern-get.md": helper.sample(
                "microsoft.graph.recurrencePattern", #"{ "firstDayOfWeek": "monday", "lastDay": "friday" }"#)
                + helper.sample("microsoft.graph.recurrencePattern", #"{ "firstDayOfWeek": "someday" }"#),
        ]
        let d = try helper.lint(files, page: "api/recurrencepattern-get.md")
        #expect(
            d.map(\.message) == [
                "property 'firstDayOfWeek': value 'someday' is not one of 'sunday', 'monday', 'saturday'"
            ])
        #expect(
            d.first?.notes.last?.message.hasPrefix(
                "the members of 'dayOfWeek' are translated in ") == true)
        #expect(
            d.first?.notes.last?.message.hasSuffix(
                "intune-deviceconfig-dayofweek.md; the allowed values are the ones the row of 'firstDayOfWeek' lists")
                == true)
    }

    /// de-DE `enums.md` writes dayOfWeek's members `Sonntag`, `Montag`: identifier-shaped, but German
    /// capitalises nouns, so on a German page they are translations, and a sample's `"monday"` is no
    /// DL303. The same members on an English page stay the allowed values.
    @Test func capitalisedWordsAreTranslatedMembersInGerman() throws {
        func findings(locale: String) throws -> [String] {
            let files = [
                "resources/dayofweek.md":
                    "---\nms.contentlocale: \(locale)\n---\n# <a name=\"dayofweek-enum-type\"></a>dayOfWeek enum type\n\n|Member|Value|Description|\n|:---|:---|:---|\n|Sonntag|0|Sonntag.|\n|Montag|1|Montag.|\n|SHA1|2|x.|\n",
                "resources/workinghours.md": helper.resource(
                    "microsoft.graph.workingHours", "| firstDay | [dayOfWeek](dayofweek.md) | Erster Tag. |",
                    #"{ "firstDay": "String" }"#),
                "api/workinghours-get.md": helper.sample(
                    "microsoft.graph.workingHours", #"{ "firstDay": "monday" }"#),
            ]
            return try helper.lint(files, page: "api/workinghours-get.md").map(\.rule.code)
        }
        #expect(try findings(locale: "de-DE") == [])
        #expect(try findings(locale: "en-US") == ["DL303"])
        #expect(TranslatedMembers.isCapitalisedWord("Sonntag"))
        #expect(!TranslatedMembers.isCapitalisedWord("SHA1"))
        #expect(!TranslatedMembers.isCapitalisedWord("sunday"))
        #expect(!TranslatedMembers.isCapitalisedWord("S"))
    }

    /// The generated Intune pages annotate none of their blocks: one DL105 for the page, with the other
    /// blocks' positions as notes; a page that annotates some blocks keeps one finding per bare block.
    @Test func aPageWithoutAnyAnnotationGetsOneFenceFinding() {
        let bare = "```http\nGET /x\n```\n\n```http\nHTTP/1.1 200 OK\n```\n\n```json\n{}\n```\n"
        let page = TestSupport.lint(bare).filter { $0.rule.code == "DL105" }
        #expect(page.map(\.message) == ["none of the page's 3 JSON and HTTP samples has an annotation"])
        #expect(page.first?.notes.compactMap(\.range).count == 2)
        // The generated pages' only annotation marks the syntax block `ignored`: still one finding.
        let syntax = "<!-- { \"blockType\": \"ignored\" } -->\n```http\nGET /x\n```\n\n"
        #expect(TestSupport.lint(syntax + bare).filter { $0.rule.code == "DL105" }.count == 1)
        let mixed = TestSupport.lint("<!-- { \"blockType\": \"request\" } -->\n" + bare).filter {
            $0.rule.code == "DL105"
        }
        #expect(mixed.map(\.message) == ["'http' code block has no annotation", "'json' code block has no annotation"])
    }

    /// A base type missing from the doc set made every inherited property DL301: one finding names it.
    @Test func aMissingBaseTypeIsReportedOnceNamingIt() throws {
        let d = try helper.lint(
            [
                "resources/dog.md": helper.resource(
                    "microsoft.graph.dog", "| bark | String | The bark. |", #"{ "bark": "String" }"#,
                    base: "microsoft.graph.animal"),
                "api/dog-get.md": helper.sample(
                    "microsoft.graph.dog", #"{ "bark": "woof", "name": "rex", "legs": 4, "tail": true }"#),
            ], page: "api/dog-get.md")
        #expect(
            d.map(\.message) == [
                "3 properties ('name', 'legs', 'tail') are not declared by type 'microsoft.graph.dog', whose base type 'microsoft.graph.animal' is not defined in this doc set"
            ])
        #expect(d.first?.notes.compactMap(\.range).count == 2)
    }

    /// The table is the schema: a row spelled differently from the key it was paired with still names a
    /// property (`subUnit` in the table, `subunit` in the JSON; printerLocation, ru-RU v1.0).
    @Test func aRowPairedWithADifferentlySpelledKeyIsStillAProperty() throws {
        let d = try helper.lint(
            [
                "resources/printerlocation.md": helper.resource(
                    "microsoft.graph.printerLocation",
                    "| city | String | The city. |\n| subUnit | String collection | The sub-units. |",
                    #"{ "city": "String", "subunit": ["String"] }"#),
                "api/printerlocation-get.md": helper.sample(
                    "microsoft.graph.printerLocation",
                    #"{ "city": "Oslo", "subUnit": ["East Wing"], "subunit": ["A"] }"#),
            ], page: "api/printerlocation-get.md")
        #expect(d.isEmpty)
        let page = try helper.lint(
            [
                "resources/printerlocation.md": helper.resource(
                    "microsoft.graph.printerLocation",
                    "| city | String | The city. |\n| subUnit | String collection | The sub-units. |",
                    #"{ "city": "String", "subunit": ["String"] }"#)
            ], page: "resources/printerlocation.md")
        #expect(codes(page) == ["DL204"])
    }

    /// DL204's rename is safe on a translated page (the JSON is never translated) and unsafe on a
    /// source-language page, where the capitalised JSON key may be the wrong side.
    @Test func caseRenamesAreSafeOnlyOnTranslatedPages() {
        let body = helper.resource(
            "microsoft.graph.device", "| manufacturer | String | The maker. |", #"{ "Manufacturer": "String" }"#)
        let source = TestSupport.lint(body).filter { $0.rule.code == "DL204" }
        #expect(source.first?.fix?.isSafe == false)
        let translated = TestSupport.lint("---\nms.contentlocale: ru-RU\n---\n" + body).filter {
            $0.rule.code == "DL204"
        }
        #expect(translated.first?.fix?.isSafe == true)
    }

    func dl201(_ rows: String, _ json: String) -> [String] {
        TestSupport.lint(helper.resource("microsoft.graph.x", rows, json)).filter {
            $0.rule.code == "DL201" || $0.rule.code == "DL202"
        }.map(\.message)
    }

    /// A transliterated row (`коннектионурл`) pairs with the key it sounds like, whatever the order.
    @Test func transliteratedRowsPairWithTheKeyTheySoundLike() {
        #expect(Transliteration.similarity("коннектионурл", "connectionUrl") >= 0.9)
        #expect(Transliteration.similarity("опенслоткаунт", "openSlotCount") >= 0.75)
        #expect(Transliteration.similarity("Контекст", "displayName") < 0.5)
        #expect(
            dl201(
                "| id | String | The ID. |\n| опенслоткаунт | Int32 | Slots. |\n| коннектионурл | String | The URL. |",
                #"{ "id": "String", "connectionUrl": "String", "openSlotCount": 1024 }"#) == [
                    "property 'опенслоткаунт' is not in the JSON representation; did you mean 'openSlotCount'?",
                    "property 'коннектионурл' is not in the JSON representation; did you mean 'connectionUrl'?",
                ])
    }

    /// A row whose type contradicts the key's value is not paired with it (accessReviewInstance, ru-RU:
    /// the collection `ошибки` was paired with the string `displayName`).
    @Test func aPairingIsVetoedWhenTheTypeContradictsTheValue() {
        #expect(
            dl201(
                "| id | String | The ID. |\n| ошибки | [Коллекция accessReviewError](accessreviewerror.md) | Errors. |",
                #"{ "id": "String", "displayName": "string" }"#) == [
                    "property 'ошибки' is not in the JSON representation",
                    "property 'displayName' of the JSON representation is not in the property table",
                ])
    }

    /// Swapped neighbours pair in the one arrangement whose types agree.
    @Test func swappedNeighboursPairByType() {
        #expect(
            dl201(
                "| id | String | The ID. |\n| включено | Boolean | On. |\n| количество | Int32 | Count. |",
                #"{ "id": "String", "count": 1024, "isEnabled": true }"#) == [
                    "property 'включено' is not in the JSON representation; did you mean 'isEnabled'?",
                    "property 'количество' is not in the JSON representation; did you mean 'count'?",
                ])
    }

    /// `"[String]"` and `"collection(microsoft.graph.x)"` placeholders are collections: no DL209.
    @Test func collectionPlaceholdersAreCollections() {
        let d = TestSupport.lint(
            helper.resource(
                "microsoft.graph.x",
                "| tags | String collection | Tags. |\n| sets | [conditionSet](conditionset.md) collection | Sets. |",
                #"{ "tags": "[String]", "sets": "collection(microsoft.graph.conditionSet)" }"#))
        #expect(!d.contains { $0.rule.code == "DL209" })
    }

    /// Methods tables' return types and parameter tables' types are checked; parameter names are not
    /// property names.
    @Test func methodAndParameterTablesHaveTheirTypesChecked() {
        let page = """
            ## Методы

            | Метод | Возвращаемый тип | Описание |
            |:--|:--|:--|
            | [Список](../api/x-list.md) | [коллекция depEnrollmentProfile](depenrollmentprofile.md) | Список. |
            | [Удаление](../api/x-delete.md) | Нет | Удаление. |

            ## Параметры запроса

            | Параметр | Тип | Описание |
            |:--|:--|:--|
            | Фильтр | Строка | Фильтр. |

            ## Группы

            | Метод | Возвращаемый тип | Описание |
            |:--|:--|:--|
            | [Список](../api/group-list.md) | 组集合 | Список. |
            """
        let d = TestSupport.lint(page)
        #expect(
            d.map(\.message) == [
                "type '[коллекция depEnrollmentProfile](depenrollmentprofile.md)' is translated; the en-US type is '[depEnrollmentProfile](depenrollmentprofile.md) collection'",
                "type 'Строка' is translated; the en-US type is 'String'",
                "type '组集合' is translated and names no type",
            ])
    }

    /// An identifier-shaped link text that is not the linked type's name: a German translation
    /// (`[Nachricht](message.md)`) on a translated page, the source's slip (`[bookingType](room.md)`)
    /// in camelCase or on an en-US page. English texts that spell the type with letters left out
    /// (`[WorkbookChart](chart.md)`, `[chatMessageMention](chatmention.md)`) are the type.
    @Test func linkTextNamingAnotherTypeIsReported() {
        let rows = """
            | Property | Type | Description |
            |:--|:--|:--|
            | a | [Nachricht](message.md) | A. |
            | b | [bookingType](room.md) | B. |
            | c | [WorkbookChart](chart.md) | C. |
            | d | [chatMessageMention](chatmention.md) collection | D. |
            | e | [chartPoints](workbookchartpoint.md) | E. |
            | f | [printQuality](enums.md#printquality-values) | F. |
            """
        let german = TestSupport.lint("---\nms.contentlocale: de-DE\n---\n" + rows).filter { $0.rule.code == "DL205" }
        #expect(
            german.map(\.message) == [
                "type '[Nachricht](message.md)' is translated; the en-US type is '[message](message.md)'",
                "type '[bookingType](room.md)' names 'bookingType' but links to the page of 'room'",
            ])
        let english = TestSupport.lint(rows).filter { $0.rule.code == "DL205" }
        #expect(
            english.map(\.message) == [
                "type '[Nachricht](message.md)' names 'Nachricht' but links to the page of 'message'",
                "type '[bookingType](room.md)' names 'bookingType' but links to the page of 'room'",
            ])
        #expect(english.allSatisfy { $0.fix?.isSafe == false })
    }

    /// One cause, one finding: a row paired by inference reports DL201 only, and a cell whose collection
    /// word is translated reports DL205 only.
    @Test func aPairedRowAndATranslatedCellReportOneFindingEach() {
        let d = TestSupport.lint(
            helper.resource(
                "microsoft.graph.x",
                "| id | String | The ID. |\n| Авторы | [identitySet](identityset.md) collection | Authors. |\n| displayName | Коллекция объектов string | Name. |",
                #"{ "id": "String", "authors": { "@odata.type": "microsoft.graph.identitySet" }, "displayName": "String" }"#
            ))
        #expect(codes(d) == ["DL201", "DL205"])
    }

    /// "A subclass of [educationResource](educationresource.md)." states the base type (en, ru "Подкласс",
    /// de "Eine Unterklasse von"): the base's properties are the subclass's.
    @Test func aSubclassSentenceNamesTheBaseType() throws {
        let d = try helper.lint(
            [
                "resources/educationresource.md": helper.resource(
                    "microsoft.graph.educationResource", "| displayName | String | The name. |",
                    #"{ "displayName": "String" }"#),
                "resources/educationwordresource.md": "A subclass of [educationResource](educationresource.md).\n\n"
                    + helper.resource(
                        "microsoft.graph.educationWordResource", "| fileUrl | String | The file. |",
                        #"{ "fileUrl": "String" }"#),
                "api/educationwordresource-get.md": helper.sample(
                    "microsoft.graph.educationWordResource", #"{ "fileUrl": "x", "displayName": "Report.docx" }"#),
            ], page: "api/educationwordresource-get.md")
        #expect(d.isEmpty)
    }

    /// A nested object's `@odata.type` chooses its type in any letter case (`#Microsoft.Graph.OpenTypeExtension`,
    /// as services write it).
    @Test func derivedTypesAreChosenWhateverTheCaseOfTheirName() throws {
        let d = try helper.lint(
            [
                "resources/extension.md": helper.resource(
                    "microsoft.graph.extension", "| id | String | The ID. |", #"{ "id": "String" }"#),
                "resources/opentypeextension.md": helper.resource(
                    "microsoft.graph.openTypeExtension", "| extensionName | String | The name. |",
                    #"{ "extensionName": "String" }"#, base: "microsoft.graph.extension"),
                "resources/message.md": helper.resource(
                    "microsoft.graph.message", "| extensions | [extension](extension.md) collection | Extensions. |",
                    #"{ "extensions": [{ "@odata.type": "microsoft.graph.extension" }] }"#),
                "api/message-get.md": helper.sample(
                    "microsoft.graph.message",
                    ##"{ "extensions": [{ "@odata.type": "#Microsoft.Graph.OpenTypeExtension", "id": "1", "extensionName": "x" }] }"##
                ),
            ], page: "api/message-get.md")
        #expect(d.map(\.message) == [])
    }

    /// An alphabetical table over a JSON in another order (bookingQuestionAnswer, ru-RU): neighbours in the
    /// table are not neighbours in the JSON, so `ответ` and `вопрос` are not paired by position (they were
    /// paired with 'question' and 'answer', crosswise).
    @Test func positionsDoNotPairAcrossATableInAnotherOrder() {
        let d = dl201(
            """
            | ответ | String | The answer. |
            | answerInputType | String | The type. |
            | isRequired | Boolean | Required. |
            | вопрос | String | The question. |
            | questionId | String | The ID. |
            | selectedOptions | String collection | The options. |
            """,
            #"{ "questionId": "String", "question": "String", "answerInputType": "String", "isRequired": true, "answer": "String", "selectedOptions": ["String"] }"#
        )
        #expect(!d.contains { $0.contains("did you mean") })
    }

    /// A relationship row capitalised by translation (`Threads`, de-DE conversation) names the navigation
    /// property `threads`; a JSON key with a stray space (`"remediationImpact "`) leaves the row's spelling a
    /// property too.
    @Test func translatedCapitalsAndStraySpacesDoNotHideProperties() throws {
        let d = try helper.lint(
            [
                "resources/conversation.md": helper.resource(
                    "microsoft.graph.conversation",
                    "| topic | String | The topic. |\n| remediationImpact | String | Impact. |",
                    #"{ "topic": "String", "remediationImpact ": "String" }"#)
                    + "\n| Beziehung | Typ | Beschreibung |\n|:--|:--|:--|\n| Threads | [conversationThread](conversationthread.md) collection | Threads. |\n",
                "api/conversation-get.md": helper.sample(
                    "microsoft.graph.conversation", #"{ "topic": "x", "remediationImpact": "y", "threads": [] }"#),
            ], page: "api/conversation-get.md")
        #expect(d.map(\.message) == [])
    }

    /// A primitive row is not paired with a key whose sketch is a plain object (`resetScope | String` and
    /// `"criteria": { "resetScope": "String" }`).
    @Test func aPrimitiveRowIsNotPairedWithAnObjectKey() {
        #expect(
            dl201("| resetScope | String | The scope. |", #"{ "criteria": { "resetScope": "String" } }"#) == [
                "property 'resetScope' is not in the JSON representation",
                "property 'criteria' of the JSON representation is not in the property table",
            ])
    }
}
