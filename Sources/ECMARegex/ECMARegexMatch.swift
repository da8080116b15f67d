/// Where a regular expression matched: the whole match and each capture group, as UTF-8 offsets.
public struct ECMARegexMatch: Sendable, Hashable {
    /// The range of the whole match (UTF-8 offsets into the searched string).
    public var range: Range<Int>
    /// The ranges of the capture groups 1...n, `nil` for a group that did not take part.
    public var captures: [Range<Int>?]
    /// The index (1-based) of each named group.
    public var groupNames: [String: Int]

    /// A match with its capture ranges.
    public init(range: Range<Int>, captures: [Range<Int>?], groupNames: [String: Int] = [:]) {
        self.range = range
        self.captures = captures
        self.groupNames = groupNames
    }

    /// The range of group `index`: 0 is the whole match, 1...n the capture groups.
    public func group(_ index: Int) -> Range<Int>? {
        if index == 0 { return range }
        guard index >= 1, index <= captures.count else { return nil }
        return captures[index - 1]
    }

    /// The range of the group named `name`, if it exists and took part in the match.
    public subscript(name: String) -> Range<Int>? {
        guard let index = groupNames[name] else { return nil }
        return group(index)
    }
}
