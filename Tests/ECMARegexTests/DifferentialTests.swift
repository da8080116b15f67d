import JSONCore
import Testing

@testable import ECMARegex

/// Compares the engine with a JavaScript engine on random patterns (see `DifferentialCases.swift`).
@Suite struct DifferentialTests {
    /// Runs once with the plain backtracker and once with the visited-state memo on from the start.
    @Test(arguments: [false, true])
    func agreesWithAJavaScriptEngine(memoized: Bool) throws {
        let cases = try #require(try JSONParser.value(differentialCases).arrayValue)
        var failures = 0
        for c in cases {
            let pattern = try #require(c["p"]?.stringValue)
            let input = try #require(c["s"]?.stringValue)
            let expected = try #require(c["r"])
            let regex: ECMARegex
            do {
                regex = try ECMARegex(pattern)
            } catch {
                if expected.stringValue != "error" {
                    failures += 1
                    Issue.record("'\(pattern)' should compile: \(error)")
                }
                continue
            }
            if expected.stringValue == "error" {
                failures += 1
                Issue.record("'\(pattern)' should not compile")
                continue
            }
            let match = try memoized ? regex.searchFirstMatchMemoized(in: input) : regex.searchFirstMatch(in: input)
            var actual: [[Int]?]? = nil
            if let match {
                actual =
                    [[match.range.lowerBound, match.range.upperBound]]
                    + match.captures.map { $0.map { [$0.lowerBound, $0.upperBound] } }
            }
            let want: [[Int]?]? = expected.arrayValue.map { groups in
                groups.map { g in g.arrayValue.map { $0.compactMap { $0.numberValue?.int64.map(Int.init) } } }
            }
            if actual != want {
                failures += 1
                if failures <= 30 {
                    let got = String(describing: actual)
                    Issue.record("'\(pattern)' on \(input.debugDescription): expected \(expected), got \(got)")
                }
            }
        }
        print("differential (memo \(memoized)): \(cases.count - failures)/\(cases.count) agree")
        #expect(cases.count > 1000)
    }
}
