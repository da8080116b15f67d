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

    /// A rule's examples are its tests: bad ones trigger it, good ones do not, and a bad one whose
    /// findings have fixes shows the page the fixes make (safe ones with `--fix`, all with
    /// `--unsafe-fixes`). Every rule runs, as in a real run (DL112 judges the others' suppressions).
    @Test(arguments: RuleRegistry.all.map { RuleCase(rule: $0) })
    func examplesBehaveAsDocumented(_ c: RuleCase) {
        let d = c.rule.descriptor
        for example in d.examples {
            let found = TestSupport.lint(example).filter { $0.rule == d.id }
            let fixable = found.filter { $0.fix != nil }
            switch example.fix {
            case nil:
                #expect(
                    fixable.isEmpty,
                    "\(d.id.code) example has fixes its documentation does not show: \(fixable.map(\.message))")
            case .safe(let text):
                #expect(!fixable.isEmpty, "\(d.id.code) example shows a fix but has none")
                #expect(TestSupport.fixed(example, rule: d.id, unsafe: false) == text)
            case .unsafe(let text):
                #expect(
                    TestSupport.fixed(example, rule: d.id, unsafe: false) == example.markdown,
                    "\(d.id.code) example's fix is documented as unsafe but --fix applies it")
                #expect(TestSupport.fixed(example, rule: d.id, unsafe: true) == text)
            }
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
