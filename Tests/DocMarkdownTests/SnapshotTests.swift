import DocMarkdown
import Foundation
import Testing

/// Each real page in `Fixtures/pages` dumps to its reviewed `.dump` file.
@Suite struct SnapshotTests {
    @Test(arguments: try Fixtures.pageNames())
    func pageDumpMatchesSnapshot(_ name: String) throws {
        let document = MarkdownDocument(bytes: try Fixtures.bytes("pages/\(name)"))
        let actual = document.dump()
        let snapshot = Fixtures.directory.appendingPathComponent("pages")
            .appendingPathComponent(String(name.dropLast(3)) + ".dump")
        if Fixtures.isRecording {
            try actual.write(to: snapshot, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: snapshot, encoding: .utf8)
        #expect(actual == expected, "dump of \(name) differs; RECORD_SNAPSHOTS=1 rewrites it")
    }

    @Test func fixturePagesArePresent() throws {
        #expect(try Fixtures.pageNames().count >= 7)
    }
}
