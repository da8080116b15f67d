import Foundation
import JSONCore
import Testing

/// Runs nst/JSONTestSuite's `test_parsing`: `y_` accepted, `n_` rejected, `i_` handled without a crash.
@Suite struct JSONTestSuiteConformanceTests {
    static func files() throws -> [URL]? {
        let dir = RepositoryPaths.jsonTestSuite.appendingPathComponent("test_parsing")
        guard FileManager.default.fileExists(atPath: dir.path) else { return nil }
        return try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func parsingSuite() throws {
        guard let files = try Self.files() else {
            print("JSONTestSuite not found at \(RepositoryPaths.jsonTestSuite.path): conformance test skipped")
            return
        }
        var counts = (yes: 0, no: 0, iAccepted: 0, iRejected: 0)
        var failures: [String] = []
        for url in files {
            let name = url.lastPathComponent
            let bytes = [UInt8](try Data(contentsOf: url))
            let accepted: Bool
            do {
                _ = try JSONParser.parse(bytes)
                accepted = true
            } catch {
                accepted = false
            }
            switch name.first {
            case "y":
                if accepted { counts.yes += 1 } else { failures.append("rejected \(name)") }
            case "n":
                if !accepted { counts.no += 1 } else { failures.append("accepted \(name)") }
            default:
                if accepted { counts.iAccepted += 1 } else { counts.iRejected += 1 }
            }
        }
        print(
            "JSONTestSuite: y_ accepted \(counts.yes), n_ rejected \(counts.no), i_ accepted \(counts.iAccepted), i_ rejected \(counts.iRejected), failures \(failures.count)"
        )
        #expect(failures.isEmpty, "\(failures)")
        #expect(counts.yes > 90 && counts.no > 180, "the suite looks incomplete")
    }

    @Test func lenientModeAcceptsEveryStrictDocument() throws {
        guard let files = try Self.files() else { return }
        for url in files where url.lastPathComponent.hasPrefix("y_") {
            let bytes = [UInt8](try Data(contentsOf: url))
            let strict = try JSONParser.parse(bytes)
            let lenient = try JSONParser.parse(bytes, options: .lenient)
            #expect(strict.value == lenient.value, "\(url.lastPathComponent)")
        }
    }
}
