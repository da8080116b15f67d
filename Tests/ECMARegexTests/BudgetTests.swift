import Foundation
import Testing

@testable import ECMARegex

@Suite struct BudgetTests {
    @Test func catastrophicPatternsFinishQuickly() throws {
        let input = String(repeating: "a", count: 5_000) + "b"
        for pattern in ["^(a+)+$", "(a|aa)+$", "^(a*)*$", "(x+x+)+y", "^(a|a?)+$", "(?:a+){2,}c"] {
            let regex = try ECMARegex(pattern)
            let start = Date()
            let result = try regex.evaluate(input)
            #expect(!result, "'\(pattern)'")
            #expect(Date().timeIntervalSince(start) < 5, "'\(pattern)' took too long")
        }
    }

    @Test func exponentialBackreferencePatternsThrowInsteadOfHanging() throws {
        let regex = try ECMARegex("^(a+)+\\1$")
        let input = String(repeating: "a", count: 200) + "b"
        let start = Date()
        #expect(throws: ECMARegexError.self) { try regex.evaluate(input) }
        #expect(regex.matches(input) == false)
        #expect(regex.firstMatch(in: input) == nil)
        #expect(Date().timeIntervalSince(start) < 60)
        do {
            _ = try regex.evaluate(input)
        } catch {
            #expect(error.kind == .budgetExceeded)
        }
    }

    @Test func longInputsDoNotOverflowAnything() throws {
        let long = String(repeating: "ab", count: 200_000)
        #expect(search("^(?:ab)*$", long))
        #expect(search("^(a|b)*$", long))
        #expect(search("^[ab]+$", long))
        #expect(!search("^[ab]+c$", long))
        #expect(search("(?<=a)b$", long))
        #expect(!search("(ab)*c", long))
    }
}
