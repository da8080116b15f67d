import GraphDocs

extension SampleValidation {
    /// `findings` with the unknown properties of each type whose base type is missing from the doc set
    /// reported once: they are most likely the base's, so the root cause is the missing base, named in
    /// one finding at the first such property, with the others' positions as notes.
    static func collapsingMissingBases(
        _ findings: [SampleFinding], closure: [String: TypeDefinition], catalog: SchemaCatalog, from pagePath: String
    ) -> [SampleFinding] {
        var missing: [String: String?] = [:]
        func missingBase(of type: String) -> String? {
            if let known = missing[type] { return known }
            var result: String?
            var current = closure[type] ?? catalog.definition(named: type, from: pagePath)
            var steps = 0
            while let t = current, let base = t.baseType, steps < 32 {
                guard let next = closure[base] ?? catalog.definition(named: base, from: t.path) else {
                    result = base
                    break
                }
                current = next
                steps += 1
            }
            missing[type] = result
            return result
        }
        var result: [SampleFinding] = []
        var grouped: [String: Int] = [:]
        var names: [String: [String]] = [:]
        for finding in findings {
            guard finding.kind == .unknownProperty, let owner = finding.owner, let base = missingBase(of: owner) else {
                result.append(finding)
                continue
            }
            let property = finding.location.tokens.last ?? ""
            guard let index = grouped[owner] else {
                grouped[owner] = result.count
                names[owner] = [property]
                var first = finding
                first.message = base
                result.append(first)
                continue
            }
            if names[owner]?.contains(property) == false { names[owner, default: []].append(property) }
            result[index].notes.append(Note("'\(property)' is not declared by '\(owner)' either", range: finding.range))
        }
        for (owner, index) in grouped {
            let base = result[index].message
            // Distinct names: a collection's items repeat them.
            let properties = names[owner] ?? []
            let listed = properties.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
            let more = properties.count > 5 ? ", …" : ""
            result[index].message =
                properties.count == 1
                ? "property \(listed) is not declared by type '\(owner)', whose base type '\(base)' is not defined in this doc set"
                : "\(properties.count) properties (\(listed)\(more)) are not declared by type '\(owner)', whose base type '\(base)' is not defined in this doc set"
        }
        return result
    }
}
