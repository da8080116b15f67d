import GraphDocs
import JSONCore

/// Generates the schema files of many pages, as `doclint schemas` writes them and the `Schemas/` test checks them.
public enum SchemaFiles {
    /// The base of every generated `$id`: a reserved domain that never resolves, so nothing is fetched.
    public static let baseURI = "https://doclint.invalid/schemas/"

    /// File contents by path relative to the output folder (`ru-RU/beta/microsoft.graph.x.schema.json`).
    public static func generate(files: [String], read: @Sendable (String) throws -> [UInt8]) throws -> [String: String]
    {
        var definitions: [TypeDefinition] = []
        for file in files {
            definitions += TypeDefinition.definitions(in: GraphPage(path: file, bytes: try read(file)))
        }
        let prefix = commonPrefix(files.map(DocSet.root(of:)))
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
        return out
    }

    /// `docs-samples/ru-RU/api-reference/beta` → `ru-RU/beta` (the common input folder and `api-reference` dropped).
    static func setID(_ root: String, dropping prefix: String) -> String {
        var parts = root.split(separator: "/").map(String.init)
        let drop = prefix.split(separator: "/").count
        parts = Array(parts.dropFirst(min(drop, max(0, parts.count - 1))))
        parts.removeAll { $0 == "api-reference" }
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
