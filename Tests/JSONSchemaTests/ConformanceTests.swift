import Foundation
import JSONSchema
import Testing

/// The official JSON-Schema-Test-Suite: every required test of every supported draft must pass;
/// optional and format tests must stay at or above the committed floor.
@Suite("JSON-Schema-Test-Suite conformance")
struct ConformanceTests {
    struct Draft: CustomTestStringConvertible, Sendable {
        var folder: String
        var dialect: Dialect
        /// The number of required tests at the suite's current commit.
        var required: Int
        /// The least number of optional (non-format) tests that must pass.
        var optionalFloor: Int
        /// The least number of optional format tests that must pass (formats asserted).
        var formatFloor: Int
        var testDescription: String { folder }
    }

    static let drafts: [Draft] = [
        Draft(folder: "draft4", dialect: .draft4, required: 618, optionalFloor: 100, formatFloor: 219),
        Draft(folder: "draft6", dialect: .draft6, required: 839, optionalFloor: 106, formatFloor: 325),
        Draft(folder: "draft7", dialect: .draft7, required: 927, optionalFloor: 118, formatFloor: 676),
        Draft(folder: "draft2019-09", dialect: .draft2019_09, required: 1259, optionalFloor: 158, formatFloor: 757),
        Draft(folder: "draft2020-12", dialect: .draft2020_12, required: 1299, optionalFloor: 162, formatFloor: 764),
    ]

    static let suiteAbsent = TestSuiteRunner.root == nil

    /// How many failures each test prints (`CONFORMANCE_SHOW_FAILURES`, 40 by default).
    static let shownFailures =
        ProcessInfo.processInfo.environment["CONFORMANCE_SHOW_FAILURES"].flatMap { Int($0) } ?? 40

    @Test("required tests", .disabled(if: suiteAbsent, "JSON-Schema-Test-Suite not found"), arguments: drafts)
    func required(_ draft: Draft) {
        let tally = TestSuiteRunner.run(
            TestSuiteRunner.files(in: draft.folder), dialect: draft.dialect, assertFormats: false)
        print("[conformance] \(draft.folder) required: \(tally.passed)/\(tally.total)")
        for failure in tally.failures.prefix(Self.shownFailures) { print("  FAIL \(failure)") }
        #expect(tally.total == draft.required)
        #expect(tally.failures.isEmpty)
        #expect(tally.passed == draft.required)
    }

    @Test("optional tests", .disabled(if: suiteAbsent, "JSON-Schema-Test-Suite not found"), arguments: drafts)
    func optional(_ draft: Draft) {
        let tally = TestSuiteRunner.run(
            TestSuiteRunner.files(in: draft.folder + "/optional"), dialect: draft.dialect, assertFormats: false)
        print("[conformance] \(draft.folder) optional: \(tally.passed)/\(tally.total)")
        for failure in tally.failures.prefix(Self.shownFailures) { print("  FAIL \(failure)") }
        #expect(tally.passed >= draft.optionalFloor)
    }

    @Test("optional format tests", .disabled(if: suiteAbsent, "JSON-Schema-Test-Suite not found"), arguments: drafts)
    func formats(_ draft: Draft) {
        let tally = TestSuiteRunner.run(
            TestSuiteRunner.files(in: draft.folder + "/optional/format"), dialect: draft.dialect, assertFormats: true)
        print("[conformance] \(draft.folder) format: \(tally.passed)/\(tally.total)")
        for failure in tally.failures.prefix(Self.shownFailures) { print("  FAIL \(failure)") }
        #expect(tally.passed >= draft.formatFloor)
    }

    @Test("the suite's absence is reported, not hidden")
    func presence() {
        if Self.suiteAbsent {
            print("[conformance] JSON-Schema-Test-Suite not found: conformance tests skipped")
        }
        #expect(Self.suiteAbsent || !TestSuiteRunner.files(in: "draft2020-12").isEmpty)
    }
}
