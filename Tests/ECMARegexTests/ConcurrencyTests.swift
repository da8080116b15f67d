import Testing

@testable import ECMARegex

@Suite struct ConcurrencyTests {
    @Test func oneCompiledRegexServesManyTasks() async throws {
        let regex = try ECMARegex("^(?<name>[a-z]+)-(\\d+)$")
        let inputs = (0..<2_000).map { $0 % 3 == 0 ? "bad input \($0)" : "item-\($0)" }
        let expected = inputs.map { !$0.hasPrefix("bad") }
        let results = await withTaskGroup(of: (Int, Bool).self) { group in
            for (i, input) in inputs.enumerated() {
                group.addTask { (i, regex.matches(input)) }
            }
            var out = [Bool](repeating: false, count: inputs.count)
            for await (i, r) in group { out[i] = r }
            return out
        }
        #expect(results == expected)
    }

    @Test func propertyTablesLoadSafelyInParallel() async {
        let names = ["Greek", "Cyrillic", "Arabic", "Hebrew", "Thai", "Georgian", "Armenian", "Ethiopic"]
        let compiled = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<4 {
                for name in names {
                    group.addTask { (try? ECMARegex("^\\p{scx=\(name)}+$")) != nil }
                }
            }
            var all = true
            for await ok in group { all = all && ok }
            return all
        }
        #expect(compiled)
        #expect(search("^\\p{scx=Greek}+$", "αβγ"))
        #expect(!search("^\\p{scx=Greek}+$", "abc"))
    }
}

@Suite struct CacheTests {
    @Test func cacheReturnsCompiledPatternsAndErrors() throws {
        let cache = ECMARegexCache()
        let a = try cache.regex(for: "^a+$")
        let b = try cache.regex(for: "^a+$")
        #expect(a.pattern == b.pattern)
        #expect(b.matches("aaa"))
        #expect(cache.count == 1)
        #expect(throws: ECMARegexError.self) { try cache.regex(for: "(") }
        #expect(throws: ECMARegexError.self) { try cache.regex(for: "(") }
        #expect(cache.count == 2)
    }
}

@Suite struct ValueTests {
    @Test func regexesCompareByPattern() throws {
        #expect(try ECMARegex("a+") == ECMARegex("a+"))
        #expect(try ECMARegex("a+") != ECMARegex("a*"))
        #expect(try ECMARegex("a+").description == "/a+/u")
        #expect(try Set([ECMARegex("x"), ECMARegex("x"), ECMARegex("y")]).count == 2)
    }
}
