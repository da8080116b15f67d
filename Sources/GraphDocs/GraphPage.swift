import DocMarkdown
import JSONCore
import SourceText

/// A comment that holds annotation JSON (`<!-- { … } -->`), read leniently.
public struct AnnotationComment: Sendable {
    /// The Markdown comment.
    public var comment: HTMLComment
    /// The annotation, when the body parsed.
    public var annotation: Annotation?
    /// Why the body did not parse.
    public var error: JSONParseError?
    /// The index in `GraphPage.codeBlocks` of the block it announces, if one follows.
    public var blockIndex: Int?
}

/// A fenced code block and what the page says about it.
public struct CodeBlock: Sendable {
    /// The Markdown fence.
    public var fence: FencedCode
    /// The index in `GraphPage.annotations` of the annotation announcing it, if any.
    public var annotationIndex: Int?
    /// The block's JSON, for `json` fences: parsed strictly, ranges in file offsets.
    public var json: Result<JSONDocument, JSONParseError>?

    /// Whether the fence's language is JSON (`json`, `jsonc`, `json5`, `javascript` is not).
    public var isJSON: Bool { fence.language == "json" || fence.language == "jsonc" }
}

/// One reference page: its Markdown, its annotations paired with their blocks, and its property tables.
public struct GraphPage: Sendable {
    /// The path the page was read from, as given.
    public var path: String
    /// The Markdown model.
    public var document: MarkdownDocument
    /// Every annotation comment, in order (block annotations and the page annotation).
    public var annotations: [AnnotationComment]
    /// Every fenced block, in order.
    public var codeBlocks: [CodeBlock]
    /// The tables that declare properties, relationships or enum members, in order.
    public var propertyTables: [PropertyTable]

    /// Reads a page from its bytes, with `vocabulary` for its Type cells (the built-in words by default),
    /// read through `expressions` (one cache per run) when given.
    public init(
        path: String, bytes: [UInt8], vocabulary: TypeVocabulary = .standard, expressions: TypeExpressionCache? = nil
    ) {
        self.init(
            path: path, document: MarkdownDocument(bytes: bytes), vocabulary: vocabulary, expressions: expressions)
    }

    /// Reads a page from its Markdown model, with `vocabulary` for its Type cells, read through
    /// `expressions` when given.
    public init(
        path: String, document: MarkdownDocument, vocabulary: TypeVocabulary = .standard,
        expressions: TypeExpressionCache? = nil
    ) {
        self.path = path
        self.document = document
        // Tables under a request-header, parameter or permission heading are parameter tables (or
        // nothing), whatever their columns say.
        // A section's kind is decided when its first table is reached (once per heading): most headings
        // have no table under them, and their words are never searched.
        var tables: [PropertyTable] = []
        var section: Heading?
        var nonPropertySection: Bool?
        for block in document.blocks {
            switch block {
            case .heading(let heading) where heading.tabID == nil:
                section = heading
                nonPropertySection = nil
            case .table(let table):
                if nonPropertySection == nil { nonPropertySection = section.map(PropertyTable.isNonPropertySection) }
                if let t = PropertyTable(
                    table, section: section, isNonPropertySection: nonPropertySection ?? false,
                    vocabulary: vocabulary, expressions: expressions)
                {
                    tables.append(t)
                }
            default: continue
            }
        }
        self.propertyTables = tables
        var annotations: [AnnotationComment] = []
        var blocks: [CodeBlock] = []
        // An annotation announces the next fence when only blank lines, other comments and tab
        // headings (`# [HTTP](#tab/http)`) stand between them.
        var pending: Int?
        for block in document.blocks {
            switch block {
            case .comment(let comment):
                guard GraphPage.looksLikeAnnotation(comment, in: document.bytes) else { continue }
                var entry = AnnotationComment(comment: comment)
                do {
                    let parsed = try JSONParser.parse(
                        document.bytes, range: comment.bodyRange.asRange, options: .lenient)
                    entry.annotation = Annotation(
                        json: parsed.value, range: comment.range, leniencies: parsed.leniencies,
                        duplicateKeys: parsed.duplicateKeys)
                } catch {
                    entry.error = error
                }
                annotations.append(entry)
                pending = entry.annotation?.isPageAnnotation == true ? nil : annotations.count - 1
            case .fence(let fence):
                var code = CodeBlock(fence: fence, annotationIndex: pending)
                if let pending {
                    annotations[pending].blockIndex = blocks.count
                }
                pending = nil
                if code.isJSON && fence.isClosed {
                    do {
                        code.json = .success(try JSONParser.parse(document.bytes, range: fence.contentRange.asRange))
                    } catch {
                        code.json = .failure(error)
                    }
                }
                blocks.append(code)
            case .heading(let heading) where heading.tabID != nil:
                continue
            default:
                pending = nil
            }
        }
        self.annotations = annotations
        self.codeBlocks = blocks
        self.resources = GraphPage.readResources(blocks, annotations, document.bytes)
    }

    /// The types a page's `resource` annotations name, read without building the page model: only the
    /// `<!-- … -->` comments are parsed (for indexing a folder of pages quickly).
    public static func resourceTypeNames(in bytes: [UInt8]) -> [String] {
        var names: [String] = []
        var i = 0
        while let (open, close) = bytes.withUnsafeBufferPointer({ nextComment(in: $0, from: i) }) {
            guard let end = close else { break }
            i = open
            let start = i + 4
            if let value = try? JSONParser.parse(bytes, range: start..<end, options: .lenient).value,
                value["blockType"]?.stringValue == "resource",
                let type = Annotation(json: value, range: SourceRange(start: i, end: end + 3)).resourceType
            {
                names.append(type)
            }
            i = end + 3
        }
        return names
    }

    /// The first `<!--` at or after `from` and the offset of the `-->` that closes it (`nil` when none does),
    /// scanned on the buffer.
    private static func nextComment(in b: UnsafeBufferPointer<UInt8>, from: Int) -> (open: Int, close: Int?)? {
        let n = b.count
        guard let base = b.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        /// Whether one of the eight bytes at `k` is `byte`.
        func word(at k: Int, has byte: UInt8) -> Bool {
            ByteWord.has(byte, in: raw.loadUnaligned(fromByteOffset: k, as: UInt64.self))
        }
        var i = from
        while i + 4 <= n {
            // Text without a `<` is passed over eight bytes at a time.
            if i + 8 <= n && !word(at: i, has: UInt8(ascii: "<")) {
                i += 8
                continue
            }
            guard b[i] == UInt8(ascii: "<"), b[i + 1] == UInt8(ascii: "!"), b[i + 2] == UInt8(ascii: "-"),
                b[i + 3] == UInt8(ascii: "-")
            else {
                i += 1
                continue
            }
            var end = i + 4
            while end + 3 <= n
                && !(b[end] == UInt8(ascii: "-") && b[end + 1] == UInt8(ascii: "-") && b[end + 2] == UInt8(ascii: ">"))
            {
                end += end + 8 <= n && !word(at: end, has: UInt8(ascii: "-")) ? 8 : 1
            }
            return (i, end + 3 > n ? nil : end)
        }
        return nil
    }

    /// Whether a comment's body is annotation JSON: its first non-blank byte is `{`.
    static func looksLikeAnnotation(_ comment: HTMLComment, in bytes: [UInt8]) -> Bool {
        var i = comment.bodyRange.start
        while i < comment.bodyRange.end, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 {
            i += 1
        }
        return i < comment.bodyRange.end && bytes[i] == UInt8(ascii: "{")
    }

    /// The closing `#page.annotation`, if the page has one.
    public var pageAnnotation: Annotation? {
        annotations.lazy.compactMap(\.annotation).first { $0.isPageAnnotation }
    }

    /// The page's locale: `ms.contentlocale` from the front matter, or `en-US` when absent.
    public var locale: String {
        document.frontMatter?["ms.contentlocale"] ?? "en-US"
    }

    /// The annotation of `block`, if it has one that parsed.
    public func annotation(of block: CodeBlock) -> Annotation? {
        block.annotationIndex.flatMap { annotations[$0].annotation }
    }

    /// The blocks annotated as `type`, with their annotations.
    public func blocks(ofType type: BlockType) -> [(block: CodeBlock, annotation: Annotation)] {
        codeBlocks.compactMap { block in
            guard let annotation = annotation(of: block), annotation.blockType == type else { return nil }
            return (block, annotation)
        }
    }

    /// The property rows that describe `resource`: every property table's when there is one table;
    /// with several, the tables with at least one row naming a key of the JSON (a page may add a table
    /// for the fields of a nested definition), or the first table if none does.
    public func propertyRows(describing resource: ResourceSketch) -> [PropertyTable.Row] {
        let tables = propertyTables.filter { $0.kind == .properties }
        guard tables.count > 1 else { return tables.flatMap(\.rows) }
        let keys = Set(resource.properties.map(\.key))
        let describing = tables.filter { table in table.rows.contains { keys.contains($0.displayName) } }
        return (describing.isEmpty ? [tables[0]] : describing).flatMap(\.rows)
    }

    /// The lowercased names of the enumerations the page lists inline, each under a "<name> values"
    /// heading (`#### ageGroup values`, `### <a name="printfinishing-values"></a>значения printFinishing`):
    /// types that have no page of their own.
    public var inlineEnumerationNames: Set<String> {
        var names: Set<String> = []
        func readName(_ text: String) {
            guard GraphPage.endsInValues(text, separator: UInt8(ascii: " ")), text.utf8.count > 8 else { return }
            let words = text.split(separator: " ")
            if words.count >= 2, GraphIdentifier.isPropertyName(String(words[words.count - 2])) {
                names.insert(words[words.count - 2].lowercased())
            }
        }
        // The blocks are walked in place: most pages have no such heading, and copying their headings
        // out (or a pair of texts per heading) cost more than the test.
        for block in document.blocks {
            guard case .heading(let heading) = block else { continue }
            // No letter outside ASCII lowers to one of `-values`: a name that does not end in those
            // bytes (ignoring ASCII case) cannot end in them once lowered.
            if let anchor = heading.anchor, anchor.utf8.count > 7,
                GraphPage.endsInValues(anchor, separator: UInt8(ascii: "-")), anchor.lowercased().hasSuffix("-values")
            {
                names.insert(String(anchor.lowercased().dropLast("-values".count)))
            }
            readName(heading.text.visible)
            if let source = heading.text.source { readName(source) }
        }
        return names
    }

    /// Whether the last seven bytes of `text` are `separator` and `values`, each byte compared with its
    /// 0x20 bit set (ASCII case ignored; a space, `-`, also matches a NUL or a carriage return).
    static func endsInValues(_ text: String, separator: UInt8) -> Bool {
        var utf8 = text.utf8.reversed().makeIterator()
        for expected in "seulav".utf8 {
            guard let byte = utf8.next(), byte | 0x20 == expected else { return false }
        }
        guard let byte = utf8.next() else { return false }
        return byte | 0x20 == separator
    }

    /// The lowercased names of the Relationships tables' rows (navigation properties).
    public var relationshipNames: Set<String> {
        Set(propertyTables.filter { $0.kind == .relationships }.flatMap(\.rows).map { $0.displayName.lowercased() })
    }

    /// The JSON representation blocks (`blockType: resource`) whose JSON parsed to an object.
    /// A block that is not strict JSON (a trailing comma, a `/* relationships */` comment) is read
    /// leniently here, so its type still exists for the tables and samples; DL101 reports it once.
    public let resources: [ResourceSketch]

    /// Reads the resource blocks once, when the page is built.
    static func readResources(_ blocks: [CodeBlock], _ annotations: [AnnotationComment], _ bytes: [UInt8])
        -> [ResourceSketch]
    {
        blocks.compactMap { block in
            guard let index = block.annotationIndex, let annotation = annotations[index].annotation,
                annotation.blockType == .resource
            else { return nil }
            var value: JSONValue?
            switch block.json {
            case .success(let doc)?: value = doc.value
            case .failure?:
                value = try? JSONParser.parse(bytes, range: block.fence.contentRange.asRange, options: .lenient).value
            case nil: value = nil
            }
            guard let object = value?.objectValue else { return nil }
            return ResourceSketch(annotation: annotation, object: object, block: block)
        }
    }
}

/// A resource's JSON representation block: the page's sketch of the type's properties.
public struct ResourceSketch: Sendable {
    /// The block's annotation.
    public var annotation: Annotation
    /// The top-level JSON object.
    public var object: JSONObject {
        didSet { properties = ResourceSketch.properties(of: object) }
    }
    /// The block.
    public var block: CodeBlock
    /// The declared properties (top-level keys other than `@…` instance annotations), in order: kept
    /// with the object rather than filtered on every use (a page's definitions read them several times).
    public private(set) var properties: [JSONObject.Member]

    /// The sketch of `object`, read from `block` under `annotation`.
    init(annotation: Annotation, object: JSONObject, block: CodeBlock) {
        self.annotation = annotation
        self.object = object
        self.block = block
        self.properties = ResourceSketch.properties(of: object)
    }

    static func properties(of object: JSONObject) -> [JSONObject.Member] {
        object.members.filter { !$0.key.hasPrefix("@") }
    }
}
