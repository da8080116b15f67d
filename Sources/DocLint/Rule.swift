import GraphDocs
import SourceText

/// A Markdown snippet that shows a rule: `bad` ones must trigger it, `good` ones must not; a bad
/// one of a fixable rule carries the page its fixes make. They are the rule's documentation and its
/// tests at once.
public struct RuleExample: Sendable, Hashable {
    /// The page after the rule's fixes.
    public enum FixedText: Sendable, Hashable {
        /// What `doclint lint --fix` makes of the snippet (safe fixes).
        case safe(String)
        /// What `doclint lint --fix --unsafe-fixes` makes of it; `--fix` alone changes nothing.
        case unsafe(String)
    }

    /// Whether the snippet should trigger the rule.
    public var triggers: Bool
    /// The Markdown.
    public var markdown: String
    /// The snippet once the rule's fixes are applied, for a triggering example whose findings have fixes.
    public var fix: FixedText?
    /// For rules that compare a page with its en-US source (`DL4xx`): the source's Markdown.
    public var source: String? = nil
    /// Whether `source` is the exact text the page was translated from.
    public var sourceIsExact = true

    /// A snippet that triggers the rule (and, when `fix` is given, is fixed into it).
    public static func bad(_ markdown: String, fix: FixedText? = nil) -> RuleExample {
        RuleExample(triggers: true, markdown: markdown, fix: fix)
    }
    /// A snippet that must not trigger the rule.
    public static func good(_ markdown: String) -> RuleExample {
        RuleExample(triggers: false, markdown: markdown, fix: nil)
    }
    /// A page and its en-US source that trigger the rule (and, when `fix` is given, are fixed into it).
    public static func bad(_ markdown: String, source: String, exact: Bool = true, fix: FixedText? = nil)
        -> RuleExample
    {
        RuleExample(triggers: true, markdown: markdown, fix: fix, source: source, sourceIsExact: exact)
    }
    /// A page and its en-US source that must not trigger the rule.
    public static func good(_ markdown: String, source: String, exact: Bool = true) -> RuleExample {
        RuleExample(triggers: false, markdown: markdown, fix: nil, source: source, sourceIsExact: exact)
    }
}

/// Everything known about a rule without running it: identity, documentation and examples.
public struct RuleDescriptor: Sendable {
    /// Code and name.
    public var id: RuleID
    /// One line: what the rule finds.
    public var summary: String
    /// The severity used unless configuration says otherwise.
    public var defaultSeverity: Severity
    /// "What it does": a paragraph.
    public var explanation: String
    /// "Why is this bad?": a paragraph.
    public var rationale: String
    /// Whether the rule offers fixes, and whether they are safe.
    public var fixSafety: String?
    /// Triggering and non-triggering examples.
    public var examples: [RuleExample]

    /// A descriptor.
    public init(
        id: RuleID, summary: String, defaultSeverity: Severity, explanation: String, rationale: String,
        fixSafety: String? = nil, examples: [RuleExample]
    ) {
        self.id = id
        self.summary = summary
        self.defaultSeverity = defaultSeverity
        self.explanation = explanation
        self.rationale = rationale
        self.fixSafety = fixSafety
        self.examples = examples
    }
}

/// A check over one page.
public protocol Rule: Sendable {
    /// The rule's identity and documentation.
    static var descriptor: RuleDescriptor { get }
    /// Makes the rule.
    init()
    /// Reports what the rule finds in `page` into `context`.
    func check(_ page: GraphPage, into context: inout LintContext)
}

/// Where rules report findings; it applies the configured severity and shares work between rules.
public struct LintContext {
    /// The findings so far.
    public internal(set) var diagnostics: [Diagnostic] = []
    /// What the page's suppressions did, once every other rule has run (for DL112).
    public internal(set) var suppressionOutcome: SuppressionOutcome?
    let severities: [String: Severity]
    /// Results several rules use, computed once per page.
    public let analysis: PageAnalysis

    /// The page's en-US source, when the run compares pages with their sources (`--source`).
    public let source: SourceContext?

    /// A context for `page`, where `severities` (by rule code) override the defaults; `source` is what
    /// the source search found for the page (`nil` when the run has no `--source`).
    public init(
        page: GraphPage, catalog: SchemaCatalog, severities: [String: Severity] = [:], source: SourceLookup? = nil
    ) {
        self.severities = severities
        let expressions = catalog.index.store.expressions
        self.source = source.map { SourceContext($0, expressions: expressions) }
        self.analysis = PageAnalysis(page: page, catalog: catalog, source: self.source)
    }

    /// Reports a finding of `rule`; `maximum` caps its severity (a drift finding against a source that
    /// is not the exact one is never an error).
    public mutating func report(
        _ rule: RuleDescriptor, _ message: String, at range: SourceRange, notes: [Note] = [], fix: Fix? = nil,
        maximum: Severity = .error, key: String? = nil
    ) {
        let severity = min(severities[rule.id.code] ?? rule.defaultSeverity, maximum)
        var diagnostic = Diagnostic(
            rule: rule.id, severity: severity, message: message, range: range, notes: notes, fix: fix)
        diagnostic.key = key
        diagnostics.append(diagnostic)
    }
}

/// Work on one page that several rules share, done at most once.
public final class PageAnalysis {
    // Used by one thread at a time: a page's rules run one after another.
    let page: GraphPage
    let catalog: SchemaCatalog
    private var sampleValidationCache: SampleValidation?

    let source: SourceContext?

    init(page: GraphPage, catalog: SchemaCatalog, source: SourceContext? = nil) {
        self.page = page
        self.catalog = catalog
        self.source = source
    }

    /// How the page differs from its en-US source (`nil` without one).
    public var drift: SourceComparison? {
        if let cached = driftCache { return cached }
        guard let source, let sourcePage = source.page else { return nil }
        let result = SourceComparison(page: page, source: sourcePage, exact: source.isExact, json: alignment)
        driftCache = .some(result)
        return result
    }
    private var driftCache: SourceComparison??

    /// How the page's property rows line up with its JSON representation (`nil` without both).
    public var alignment: TableResourceAlignment? {
        if let cached = alignmentCache { return cached }
        let result = TableResourceAlignment(page)
        alignmentCache = .some(result)
        return result
    }
    private var alignmentCache: TableResourceAlignment??

    /// The types the page defines.
    public var definitions: [TypeDefinition] {
        if let cached = definitionsCache { return cached }
        let result = catalog.store.definitions(of: page)
        definitionsCache = result
        return result
    }
    private var definitionsCache: [TypeDefinition]?

    /// Where the page's property rows and JSON representation disagree.
    public var sketchDisagreements: [SketchDisagreement] {
        if let cached = disagreementsCache { return cached }
        // One cause, one finding: a row DL201 paired with a key by inference ("did you mean") is that
        // finding's, and a cell whose collection word is translated is DL205's, not also DL208-DL210's.
        let inferred = Set(
            (alignment?.pairs ?? []).filter { $0.reason != .caseOnly }.map(\.row.nameRange.start))
        let result = definitions.flatMap(SketchDisagreement.find).filter { d in
            if inferred.contains(d.row.nameRange.start) { return false }
            if case .collection = d.kind,
                d.row.typeExpression?.translations.contains(where: { $0.kind == .collection }) == true
            {
                return false
            }
            return true
        }
        disagreementsCache = result
        return result
    }
    private var disagreementsCache: [SketchDisagreement]?

    /// What was checked on the page (only analyses that ran contribute).
    public var counters: [String: Int] {
        guard let validation = sampleValidationCache else { return [:] }
        return ["samples validated": validation.validatedCount, "samples not validated": validation.unvalidatedCount]
    }

    /// The page's samples validated against their types' schemas.
    public var sampleValidation: SampleValidation {
        if let cached = sampleValidationCache { return cached }
        let result = SampleValidation(page: page, catalog: catalog)
        sampleValidationCache = result
        return result
    }
}

/// A page's en-US source as the `DL4xx` rules see it.
public struct SourceContext: Sendable {
    /// What the source search found.
    public let lookup: SourceLookup
    /// The source page, parsed, when one was found.
    public let page: GraphPage?

    /// The context of `lookup` (parses the source when there is one, its Type cells read through
    /// `expressions`, the run's cache, when given: the en-US cells recur from page to page).
    public init(_ lookup: SourceLookup, expressions: TypeExpressionCache? = nil) {
        self.lookup = lookup
        if case .found(let located) = lookup {
            page = GraphPage(path: located.location, bytes: located.bytes, expressions: expressions)
        } else {
            page = nil
        }
    }

    /// The source found, if any.
    public var located: LocatedSource? {
        if case .found(let located) = lookup { return located }
        return nil
    }

    /// Whether the source is the exact text the page was translated from.
    public var isExact: Bool { located?.exactness == .exact }

    /// A note pointing at `range` of the source, quoting `text` (the source's side of a difference).
    public func note(_ message: String, at range: SourceRange?, text: String) -> Note? {
        guard let located, let page, let range else { return nil }
        return Note(
            message,
            at: ExternalLocation(file: located.location, position: page.document.position(of: range.start), text: text))
    }
}
