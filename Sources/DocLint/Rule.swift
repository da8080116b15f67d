import GraphDocs
import SourceText

/// A Markdown snippet that shows a rule: `bad` ones must trigger it, `good` ones must not.
/// They are the rule's documentation and its tests at once.
public struct RuleExample: Sendable, Hashable {
    /// Whether the snippet should trigger the rule.
    public var triggers: Bool
    /// The Markdown.
    public var markdown: String

    /// A snippet that triggers the rule.
    public static func bad(_ markdown: String) -> RuleExample { RuleExample(triggers: true, markdown: markdown) }
    /// A snippet that must not trigger the rule.
    public static func good(_ markdown: String) -> RuleExample { RuleExample(triggers: false, markdown: markdown) }
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
    public private(set) var diagnostics: [Diagnostic] = []
    let severities: [String: Severity]
    /// Results several rules use, computed once per page.
    public let analysis: PageAnalysis

    /// A context for `page`, where `severities` (by rule code) override the defaults.
    public init(page: GraphPage, catalog: SchemaCatalog, severities: [String: Severity] = [:]) {
        self.severities = severities
        self.analysis = PageAnalysis(page: page, catalog: catalog)
    }

    /// Reports a finding of `rule`.
    public mutating func report(
        _ rule: RuleDescriptor, _ message: String, at range: SourceRange, notes: [Note] = [], fix: Fix? = nil,
        key: String? = nil
    ) {
        let severity = severities[rule.id.code] ?? rule.defaultSeverity
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

    init(page: GraphPage, catalog: SchemaCatalog) {
        self.page = page
        self.catalog = catalog
    }

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
        let result = TypeDefinition.definitions(in: page)
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
