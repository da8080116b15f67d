/// The readings of Type cells, shared by every page of a run: the same cell text (`String`,
/// `[identitySet](identityset.md)`, `Коллекция строк`) recurs on thousands of pages and is read once.
/// Safe to share between threads; each text is read exactly once, even when workers race. Only the
/// built-in vocabulary's readings are cached: a page read with configured words is read directly.
public final class TypeExpressionCache: Sendable {
    private let readings = OnceMap<String, TypeExpression>()
    private let headerKeys = OnceMap<String, String>()

    /// `TableVocabulary.key(header)`: non-ASCII header cells (`Свойство`, `属性`) recur from table to
    /// table and are lowered once per run; ASCII ones are lowered by byte, faster than a look-up.
    public func headerKey(_ header: String) -> String {
        if header.utf8.allSatisfy({ $0 < 0x80 }) { return TableVocabulary.key(header) }
        return headerKeys.value(header, cycle: TableVocabulary.key(header)) { TableVocabulary.key(header) }
    }

    /// An empty cache.
    public init() {}

    /// The reading of a Type cell's visible text (`TypeExpression(parsing:)`).
    public func expression(_ text: String) -> TypeExpression {
        readings.value(text, cycle: TypeExpression(parsing: text)) { TypeExpression(parsing: text) }
    }

    /// The reading of a Type cell's visible text with `vocabulary`.
    public func expression(_ text: String, vocabulary: TypeVocabulary) -> TypeExpression {
        vocabulary.isStandard ? expression(text) : TypeExpression(parsing: text, vocabulary: vocabulary)
    }
}
