import GraphDocs

extension SampleValidation {
    /// A note saying where the allowed values of an enumeration with translated members came from, when
    /// `property`'s type is one (see `TranslatedMembers`).
    static func translatedMembersNote(
        for property: String, kind: SampleFinding.Kind, owner: String?, closure: [String: TypeDefinition]
    ) -> [Note] {
        guard kind == .notInEnumeration, !property.isEmpty else { return [] }
        let candidates =
            (owner.flatMap { closure[$0] }.map { [$0] } ?? []) + closure.values.sorted(by: { $0.name < $1.name })
        for type in candidates {
            guard let row = type.properties.first(where: { $0.name == property })?.row,
                let name = row.typeExpression?.typeName
            else { continue }
            let lower = name.lowercased()
            guard
                let enumeration = closure.values.first(where: {
                    !$0.translatedMembers.isEmpty
                        && ($0.shortName.lowercased() == lower || $0.name.lowercased() == lower)
                })
            else { return [] }
            return [
                Note(
                    "the members of '\(enumeration.shortName)' are translated in \(enumeration.path); the allowed values are the ones the row of '\(property)' lists"
                )
            ]
        }
        return []
    }
}
