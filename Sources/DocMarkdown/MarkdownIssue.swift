import SourceText

/// A structural problem the Markdown scanner noticed while building the page model.
///
/// The scanner never fails: it records what it could not make sense of and carries on, so a
/// linter can report these alongside its own findings.
public struct MarkdownIssue: Sendable, Hashable {
    /// What kind of problem was found.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A fenced code block with no closing fence; it runs to the end of the file.
        case unclosedFence = "unclosed-fence"
        /// An HTML comment with no `-->`; it runs to the end of the file.
        case unclosedComment = "unclosed-comment"
        /// A leading `---` with no closing `---`; the page is read as having no front matter.
        case unclosedFrontMatter = "unclosed-front-matter"
        /// A front matter line that is not `key: value`, a list item or a continuation.
        case invalidFrontMatterLine = "invalid-front-matter-line"
        /// A front matter key that appears more than once.
        case duplicateFrontMatterKey = "duplicate-front-matter-key"
        /// A heading written `#<a name=…>` without the space CommonMark requires after the `#`s.
        case headingMissingSpace = "heading-missing-space"
        /// A table whose delimiter row has a different number of cells than its header row.
        case tableDelimiterMismatch = "table-delimiter-mismatch"
        /// Bytes that are not valid UTF-8; text built from them shows U+FFFD.
        case invalidUTF8 = "invalid-utf8"
        /// NUL bytes (U+0000) in a text page.
        case nulByte = "nul-byte"
        /// Carriage returns without a line feed in a page with LF line breaks: Markdown ends a line there,
        /// doclint (like Git) does not.
        case loneCarriageReturn = "lone-carriage-return"
        /// The file is not UTF-8 text (UTF-16, UTF-32 or binary); it is not read as Markdown at all.
        case notText = "not-text"
    }

    /// What kind of problem was found.
    public var kind: Kind
    /// A lowercase description, without a trailing period.
    public var message: String
    /// Where the problem is.
    public var range: SourceRange

    /// An issue of `kind` at `range`.
    public init(kind: Kind, message: String, range: SourceRange) {
        self.kind = kind
        self.message = message
        self.range = range
    }
}
