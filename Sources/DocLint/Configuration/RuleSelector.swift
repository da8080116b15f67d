/// What a configuration or a flag may write for rules: a code (`DL205`), a name (`translated-type`)
/// or a code prefix (`DL2`, `DL20`, `DL` for every rule). Codes are case-insensitive.
public enum RuleSelector {
    /// The codes `item` stands for, sorted; `nil` when it names no rule.
    public static func codes(_ item: String, in descriptors: [RuleDescriptor] = RuleRegistry.descriptors)
        -> [String]?
    {
        let upper = item.uppercased()
        if let exact = descriptors.first(where: { $0.id.code == upper || $0.id.name == item }) {
            return [exact.id.code]
        }
        guard upper.hasPrefix("DL"), upper.count < 5, upper.dropFirst(2).allSatisfy(\.isASCII),
            upper.dropFirst(2).allSatisfy(\.isNumber)
        else { return nil }
        let matched = descriptors.map(\.id.code).filter { $0.hasPrefix(upper) }
        return matched.isEmpty ? nil : matched.sorted()
    }

    /// How specific `item` is: a prefix's length, more than any prefix for a code or a name.
    static func specificity(_ item: String) -> Int {
        let upper = item.uppercased()
        if upper.hasPrefix("DL"), upper.count < 5, upper.dropFirst(2).allSatisfy(\.isNumber) { return upper.count }
        return 5
    }
}
