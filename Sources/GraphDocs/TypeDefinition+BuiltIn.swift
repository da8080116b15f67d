extension TypeDefinition {
    /// The pseudo-path of the types doclint knows without a page.
    public static let builtInPath = "(built-in)"

    /// `microsoft.graph.entity`, the base of every Graph entity: it declares only its key, `id`. A doc
    /// set without `entity.md` (beta has none) still knows it, so the properties of the entities deriving
    /// from it are not blamed on a missing base. It is abstract, so a sample typed `entity` itself may
    /// carry any derived type's properties: open.
    static let entity: TypeDefinition = {
        var definition = TypeDefinition(
            name: "microsoft.graph.entity", kind: .object, path: builtInPath, baseType: nil, isOpen: true,
            keyProperty: "id", optionalProperties: [],
            properties: [Property(name: "id", row: nil, isRelationship: false, sketch: nil)], members: [])
        definition.isEntity = true
        return definition
    }()

    /// The built-in definition of `name` (lowercased, qualified), if doclint has one.
    public static func builtIn(_ name: String) -> TypeDefinition? {
        name == "microsoft.graph.entity" ? entity : nil
    }
}
