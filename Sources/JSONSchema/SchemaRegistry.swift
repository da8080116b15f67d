import JSONCore

/// Schema documents that `$ref` may reach, by absolute URI. Nothing is ever fetched from a network.
///
/// The official meta-schemas (draft-04 to 2020-12, with the vocabulary meta-schemas) are always
/// present; add the other documents a schema refers to (files from the command line, a schema
/// directory, the test suite's remotes).
public struct SchemaRegistry: Sendable {
    private var documents: [String: JSONValue] = [:]

    /// A registry holding only the official meta-schemas.
    public init() {}

    /// Registers `document` under `uri` (fragment ignored) and, when it declares one, under its
    /// top-level `$id` (or draft-04 `id`) resolved against `uri`.
    public mutating func add(_ document: JSONValue, uri: String) {
        let base = URIReference(uri).withoutFragment
        documents[base.description] = document
        for key in ["$id", "id"] {
            if let id = document[key]?.stringValue {
                let resolved = base.resolving(id).withoutFragment
                if resolved.isAbsolute { documents[resolved.description] = document }
                break
            }
        }
    }

    /// The document registered under `uri` (fragment ignored), or the built-in meta-schema with that URI.
    public func document(for uri: String) -> JSONValue? {
        let key = URIReference(uri).withoutFragment.description
        if let document = documents[key] { return document }
        return MetaSchemas.document(for: key)
    }

    /// The URIs registered with `add` (built-in meta-schemas not included), sorted.
    public var uris: [String] { documents.keys.sorted() }
}

/// The built-in meta-schemas, parsed once on first use.
enum MetaSchemas {
    static let parsed: [String: JSONValue] = {
        var result: [String: JSONValue] = [:]
        for (uri, text) in MetaSchemaSources.all {
            // The sources are generated from the official files; a parse failure is a build defect.
            guard let value = try? JSONParser.value(text) else { continue }
            result[uri] = value
        }
        return result
    }()

    /// The meta-schema with canonical URI `uri` (no fragment; `https` accepted for the old drafts).
    static func document(for uri: String) -> JSONValue? {
        if let value = parsed[uri] { return value }
        if uri.hasPrefix("https://json-schema.org/draft-0") {
            return parsed["http://" + uri.dropFirst("https://".count)]
        }
        return nil
    }
}
