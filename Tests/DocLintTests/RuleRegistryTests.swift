import DocLint
import Testing

@Suite struct RuleRegistryTests {
    @Test func codesAreSortedUniqueAndWellFormed() {
        let ids = RuleRegistry.descriptors.map(\.id)
        #expect(ids.map(\.code) == ids.map(\.code).sorted())
        #expect(Set(ids.map(\.code)).count == ids.count)
        #expect(Set(ids.map(\.name)).count == ids.count)
        for id in ids {
            #expect(id.code.count == 5 && id.code.hasPrefix("DL") && Int(id.code.dropFirst(2)) != nil, "\(id.code)")
            #expect(id.name.allSatisfy { $0.isLowercase || $0 == "-" } && !id.name.hasPrefix("-"), "\(id.name)")
        }
    }

    @Test func everyRuleIsDocumentedWithExamples() {
        for d in RuleRegistry.descriptors {
            #expect(!d.summary.isEmpty && !d.explanation.isEmpty && !d.rationale.isEmpty, "\(d.id.code)")
            #expect(!d.summary.hasSuffix("."), "\(d.id.code) summary ends with a period")
            #expect(d.examples.contains { $0.triggers }, "\(d.id.code) has no triggering example")
            #expect(d.examples.contains { !$0.triggers }, "\(d.id.code) has no non-triggering example")
        }
    }

    @Test func lookupByCodeOrName() {
        #expect(RuleRegistry.rule(named: "DL201")?.descriptor.id.name == "table-property-not-in-resource")
        #expect(RuleRegistry.rule(named: "dl201")?.descriptor.id.code == "DL201")
        #expect(RuleRegistry.rule(named: "translated-type")?.descriptor.id.code == "DL205")
        #expect(RuleRegistry.rule(named: "DL999") == nil)
    }

    /// A rule's examples are its tests: bad ones trigger it, good ones do not.
    @Test(arguments: RuleRegistry.all.map { RuleCase(rule: $0) })
    func examplesBehaveAsDocumented(_ c: RuleCase) {
        let d = c.rule.descriptor
        for example in d.examples {
            let found = TestSupport.lint(example, rule: c.rule).filter { $0.rule == d.id }
            if example.triggers {
                #expect(!found.isEmpty, "\(d.id.code) did not trigger on:\n\(example.markdown)")
            } else {
                #expect(found.isEmpty, "\(d.id.code) triggered on a good example: \(found.map(\.message))")
            }
            for diagnostic in found {
                #expect(
                    diagnostic.message.first?.isUppercase != true, "message starts uppercase: \(diagnostic.message)")
                #expect(!diagnostic.message.hasSuffix("."), "message ends with a period: \(diagnostic.message)")
            }
        }
    }
}

struct RuleCase: CustomTestStringConvertible, Sendable {
    let rule: any Rule.Type
    var testDescription: String { rule.descriptor.id.code }
}
