import DocLint
import Foundation
import GraphDocs
import SourceText
import Testing

/// Samples validated against schemas generated from the tables, on the seed pages and mutations of them.
@Suite struct SampleValidationTests {
    /// Copies the de-DE beta resources of docs-samples into a temporary folder, applies `edit` to the
    /// commsOperation page, and lints it with linked pages read from that folder.
    func lintMutatedCommsOperation(_ edit: (String) -> String) throws -> FileReport {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-samples-\(UUID().uuidString)")
        let resources = dir.appendingPathComponent("de-DE/api-reference/beta/resources")
        try FileManager.default.createDirectory(at: resources, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = TestSupport.samples.appendingPathComponent("de-DE/api-reference/beta/resources")
        for name in ["commsoperation.md", "resultinfo.md", "operation.md"] {
            try FileManager.default.copyItem(
                at: source.appendingPathComponent(name), to: resources.appendingPathComponent(name))
        }
        let page = resources.appendingPathComponent("commsoperation.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        try Data(edit(text).utf8).write(to: page)
        let linter = Linter(read: { path in (try? Data(contentsOf: URL(fileURLWithPath: path))).map { [UInt8]($0) } })
        return linter.lint(path: page.path, bytes: [UInt8](try Data(contentsOf: page)))
    }

    func sampleFindings(_ report: FileReport) -> [(code: String, line: Int, text: String, message: String)] {
        report.diagnostics.filter { $0.rule.code.hasPrefix("DL3") }.map {
            ($0.rule.code, report.lines.position(of: $0.range.start).line, report.lines.text(in: $0.range), $0.message)
        }
    }

    @Test func germanExampleValidatesWithItsNestedResultInfo() throws {
        let report = try lintMutatedCommsOperation { $0 }
        #expect(sampleFindings(report).isEmpty, "\(sampleFindings(report))")
    }

    @Test func changedTypeIsReportedAtTheValue() throws {
        let report = try lintMutatedCommsOperation {
            $0.replacingOccurrences(of: "\"code\": \"200\"", with: "\"code\": 200")
        }
        let findings = sampleFindings(report)
        #expect(findings.map(\.code) == ["DL302"])
        #expect(findings.first?.text == "200")
        #expect(findings.first?.line == 70)
        #expect(findings.first?.message == "property 'resultInfo/code': value '200' is not of type 'string'")
    }

    @Test func unknownPropertyEnumAndFormatAreReported() throws {
        let report = try lintMutatedCommsOperation {
            $0.replacingOccurrences(of: "\"status\": \"completed\"", with: "\"status\": \"finished\"")
                .replacingOccurrences(
                    of: "\"lastActionDateTime\": \"2018-09-06T15:58:41Z\"",
                    with: "\"lastActionDateTime\": \"2018-09-31T15:58:41Z\", \"colour\": 1")
        }
        let findings = sampleFindings(report)
        #expect(Set(findings.map(\.code)) == ["DL301", "DL303", "DL304"])
        let unknown = try #require(findings.first { $0.code == "DL301" })
        #expect(unknown.text == "\"colour\"")
        #expect(unknown.message == "property 'colour' is not declared by type 'microsoft.graph.commsOperation'")
        let status = try #require(report.diagnostics.first { $0.rule.code == "DL303" })
        // The note points at the row that declares the property.
        #expect(status.notes.first.flatMap { $0.range }.map { report.lines.text(in: $0) } == "status")
        #expect(findings.first { $0.code == "DL304" }?.text == "\"2018-09-31T15:58:41Z\"")
    }

    @Test func typeNotFoundIsANote() {
        let d = TestSupport.lint(
            "<!-- { \"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.nowhere\" } -->\n```json\n{}\n```\n")
        #expect(d.filter { $0.rule.code == "DL305" }.map(\.severity) == [.note])
    }

    @Test func collectionResponsesValidateEachItem() {
        let page = """
            | Property | Type | Description |
            |:--|:--|:--|
            | size | Int64 | The size. |

            <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->
            ```json
            { "size": 1024 }
            ```

            <!-- { "blockType": "response", "@odata.type": "microsoft.graph.x", "isCollection": true } -->
            ```http
            HTTP/1.1 200 OK
            Content-type: application/json

            { "value": [ { "size": 1 }, { "size": "2" } ] }
            ```
            """
        let d = TestSupport.lint(page).filter { $0.rule.code == "DL302" }
        #expect(d.map(\.message) == ["property 'size': value '2' is not of type 'integer'"])
    }
}

@Suite struct HTTPMessageTests {
    func message(_ text: String) -> (HTTPMessage?, String?) {
        let bytes = Array(text.utf8)
        let m = HTTPMessage(bytes: bytes, range: SourceRange(start: 0, end: bytes.count))
        return (m, m?.bodyRange.map { LineIndex(bytes).text(in: $0) })
    }

    @Test func responsesAndRequests() {
        let (response, body) = message("HTTP/1.1 201 Created\r\nContent-type: application/json\r\n\r\n{\"a\": 1}\n")
        #expect(response?.statusCode == 201)
        #expect(response?.headers.first?.name == "Content-type")
        #expect(body == "{\"a\": 1}\n")
        let (request, requestBody) = message(
            "POST https://graph.microsoft.com/v1.0/me/events\nContent-type: application/json\n{\"b\": 2}")
        #expect(request?.method == "POST")
        #expect(requestBody == "{\"b\": 2}")
        #expect(message("GET https://x\n").0?.bodyRange == nil)
        #expect(message("{\"not\": \"http\"}").0 == nil)
    }
}

@Suite struct NullablePropertiesTests {
    func page(nullable: String) -> String {
        """
        | Property | Type | Description |
        |:--|:--|:--|
        | tags | String collection | The tags. |

        <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->
        ```json
        { "tags": ["String"] }
        ```

        <!-- { "blockType": "example", "@odata.type": "microsoft.graph.x"\(nullable) } -->
        ```json
        { "tags": null }
        ```
        """
    }

    @Test func nullForANonNullablePropertyIsReportedUnlessDeclared() {
        let plain = TestSupport.lint(page(nullable: "")).filter { $0.rule.code == "DL302" }
        #expect(plain.map(\.message) == ["property 'tags': value 'null' is not of type 'array'"])
        let declared = TestSupport.lint(page(nullable: ", \"nullableProperties\": [\"tags\"]")).filter {
            $0.rule.code == "DL302"
        }
        #expect(declared.isEmpty)
    }
}

@Suite struct SampleMessageTests {
    let resource = """
        | Property | Type | Description |
        |:--|:--|:--|
        | status | String | Possible values are: `running`, `failed`. |

        <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->
        ```json
        { "status": "running | failed" }
        ```

        """

    func messages(_ sample: String) -> [String] {
        TestSupport.lint(resource + sample).filter { $0.rule.code.hasPrefix("DL30") }.map(\.message)
    }

    @Test func caseOnlyEnumDifferencesSaySo() {
        #expect(
            messages(
                "<!-- { \"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"status\": \"Running\" }\n```\n"
            )
                == ["property 'status': value 'Running' differs only in case from 'running'"])
    }

    @Test func aValueWrapperPointsAtTheAnnotationOrTheShape() {
        #expect(
            messages(
                "<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"value\": [ { \"status\": \"failed\" } ] }\n```\n"
            )
                == ["the body is a collection ('value' array) but the annotation does not say \"isCollection\": true"])
        #expect(
            messages(
                "<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.x\" } -->\n```json\n{ \"value\": { \"status\": \"failed\" } }\n```\n"
            )
                == ["the body wraps a single 'microsoft.graph.x' in 'value'; a single entity is the body itself"])
    }
}
