import GraphDocs
import JSONCore

/// Generates the schema files of many pages, as `doclint schemas` writes them and the `Schemas/` test checks them.
public enum SchemaFiles {
    /// The base of every generated `$id`: a reserved domain that never resolves, so nothing is fetched.
    public static let baseURI = "https://doclint.invalid/schemas/"

    /// What `generate` makes: file contents by path relative to the output folder
    /// (`ru-RU/beta/microsoft.graph.x.schema.json`), and the types it could not write.
    public struct Output: Sendable {
        /// File contents by relative path; every path is a plain relative path (no `..`, no leading `/`).
        public var files: [String: String] = [:]
        /// One line per type left out: a name that is not a type name cannot become a file name.
        public var skipped: [String] = []

        /// An empty output.
        public init() {}

        /// The bytes of this output (see `init(decoding:)`), for a worker process to hand it on.
        public func encoded() -> [UInt8] {
            var out = ByteWriter()
            out.int(files.count)
            for (path, text) in files.sorted(by: { $0.key < $1.key }) {
                out.string(path)
                out.string(text)
            }
            out.int(skipped.count)
            for line in skipped { out.string(line) }
            return out.bytes
        }

        /// Reads `encoded()`'s bytes; `nil` when they are not such bytes.
        public init?(decoding bytes: [UInt8]) {
            var input = ByteReader(bytes)
            guard let fileCount = input.count() else { return nil }
            for _ in 0..<fileCount {
                guard let path = input.string(), let text = input.string() else { return nil }
                files[path] = text
            }
            guard let skippedCount = input.count() else { return nil }
            for _ in 0..<skippedCount {
                guard let line = input.string() else { return nil }
                skipped.append(line)
            }
            guard input.atEnd else { return nil }
        }
    }

    /// The schema files of the types `files` define.
    /// Each page's Type cells are read with the words `vocabulary` gives for its path (its
    /// configuration's, as `lint` reads them).
    public static func generate(
        files: [String], read: @Sendable (String) throws -> [UInt8],
        vocabulary: (String) throws -> TypeVocabulary = { _ in .standard }
    ) throws -> Output {
        try generate(
            files: files, prefix: commonPrefix(files.map(DocSet.root(of:))), read: read, vocabulary: vocabulary)
    }

    /// `files` in groups, one per doc set, in the order of the sets' roots: generating each group with
    /// the `prefix` of them all gives, together, what `generate(files:read:)` gives (the skipped lines
    /// in set order).
    public static func docSets(_ files: [String]) -> (sets: [[String]], prefix: String) {
        let grouped = Dictionary(grouping: files, by: DocSet.root(of:))
        return (grouped.keys.sorted().map { grouped[$0]! }, commonPrefix(files.map(DocSet.root(of:))))
    }

    /// The schema files of the types `files` define, their doc sets named relative to the folder `prefix`,
    /// each page read with the words `vocabulary` gives for its path.
    public static func generate(
        files: [String], prefix: String, read: @Sendable (String) throws -> [UInt8],
        vocabulary: (String) throws -> TypeVocabulary = { _ in .standard }
    ) throws -> Output {
        var definitions: [TypeDefinition] = []
        var result = Output()
        for file in files {
            let page = GraphPage(path: file, bytes: try read(file), vocabulary: try vocabulary(file))
            for d in TypeDefinition.definitions(in: page) {
                // File names come from validated type names only: `a/../../x` must never become a path.
                if GraphIdentifier.isTypeName(d.name) {
                    definitions.append(d)
                } else {
                    result.skipped.append("\(d.path): type '\(d.name)' is not a type name; no schema written")
                }
            }
        }
        var out: [String: String] = [:]
        for set in DocSet.sets(definitions) {
            let id = setID(set.root, dropping: prefix)
            let generator = SchemaGenerator(
                baseURI: baseURI + id + "/", definitions: set.definitions,
                resolveLink: { page, link in set.resolveLink(from: page, link: link) })
            for (name, schema) in generator.generateAll() {
                out[id + "/" + name] = JSONWriter.pretty(schema) + "\n"
            }
        }
        result.files = out
        return result
    }

    /// `docs-samples/ru-RU/api-reference/beta` → `ru-RU/beta` (the common input folder and `api-reference` dropped).
    static func setID(_ root: String, dropping prefix: String) -> String {
        var parts = root.split(separator: "/").map(String.init)
        let drop = prefix.split(separator: "/").count
        parts = Array(parts.dropFirst(min(drop, max(0, parts.count - 1))))
        // Only plain folder names: a set outside the common folder (`../x`) must not lead outside `-o`.
        parts.removeAll { $0 == "api-reference" || $0 == ".." || $0 == "." || $0.isEmpty }
        return parts.isEmpty ? "default" : parts.joined(separator: "/")
    }

    /// The folder every root shares.
    static func commonPrefix(_ roots: [String]) -> String {
        guard var common = roots.first?.split(separator: "/").map(String.init) else { return "" }
        for root in roots.dropFirst() {
            let parts = root.split(separator: "/").map(String.init)
            var n = 0
            while n < common.count && n < parts.count && common[n] == parts[n] { n += 1 }
            common = Array(common.prefix(n))
        }
        return common.joined(separator: "/")
    }
}
