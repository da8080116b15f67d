/// Every rule doclint has, sorted by code. A test keeps the list sorted, unique and documented,
/// and `doclint rules` and `docs/rules/` are generated from it.
public enum RuleRegistry {
    /// The rule types, sorted by code.
    public static let all: [any Rule.Type] = [
        InvalidJSONBlock.self,
        InvalidAnnotation.self,
        AnnotationLeniency.self,
        AnnotationWithoutBlock.self,
        FenceWithoutAnnotation.self,
        UnknownBlockType.self,
        DuplicateJSONKey.self,
        UnclosedMarkdown.self,
        TableRowSplit.self,
        MalformedMarkdown.self,
        AnnotationSchemaViolation.self,
        UnusedSuppression.self,
        TablePropertyNotInResource.self,
        ResourcePropertyNotInTable.self,
        PropertyNameNotIdentifier.self,
        PropertyNameCaseMismatch.self,
        TranslatedType.self,
        EnumMemberNotIdentifier.self,
        UnknownType.self,
        TableJSONTypeMismatch.self,
        TableJSONCollectionMismatch.self,
        TableJSONEnumMismatch.self,
        BaseTypeNotAnnotated.self,
        ExampleUnknownProperty.self,
        ExampleWrongType.self,
        ExampleValueNotInEnum.self,
        ExampleInvalidValue.self,
        ExampleTypeNotFound.self,
        ErrorResponseShape.self,
        TypeSchemaInvalid.self,
        SourceNotExact.self,
        DriftPropertyName.self,
        DriftPropertyNameCase.self,
        DriftType.self,
        DriftTypeCase.self,
        DriftEnumMember.self,
        DriftEnumMemberCase.self,
        DriftPossibleValue.self,
        DriftRowCount.self,
        DriftCodeBlock.self,
        VersionDrift.self,
    ]

    /// The descriptors, sorted by code.
    public static var descriptors: [RuleDescriptor] { all.map { $0.descriptor } }

    /// The codes of `all`, in its order.
    static let codes: [String] = all.map { $0.descriptor.id.code }

    /// The position of each code in `all`.
    static let positions: [String: Int] = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })

    /// The rule with code `DL201` or name `table-property-not-in-resource`.
    public static func rule(named codeOrName: String) -> (any Rule.Type)? {
        all.first { $0.descriptor.id.code == codeOrName.uppercased() || $0.descriptor.id.name == codeOrName }
    }
}
