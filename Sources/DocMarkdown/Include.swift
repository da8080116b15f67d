import SourceText

/// A DocFX include line: `[!INCLUDE [name](path)]`.
public struct Include: Sendable, Hashable {
    /// The link text (`beta-disclaimer`).
    public var name: String
    /// The link target (`../../includes/beta-disclaimer.md`).
    public var path: String
    /// From `[!INCLUDE` through the final `]`.
    public var range: SourceRange

    /// An include with the given parts.
    public init(name: String, path: String, range: SourceRange) {
        self.name = name
        self.path = path
        self.range = range
    }
}
