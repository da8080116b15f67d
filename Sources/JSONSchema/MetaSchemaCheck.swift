import JSONCore
import Synchronization

extension JSONSchema {
    private static let metaSchemaCache = Mutex<[Dialect: JSONSchema]>([:])

    /// The validator of `dialect`'s official meta-schema (compiled once, then shared).
    public static func metaSchema(for dialect: Dialect) -> JSONSchema {
        if let cached = metaSchemaCache.withLock({ $0[dialect] }) { return cached }
        let reference = JSONValue.object([("$ref", .string(dialect.metaSchemaURI))])
        // The embedded meta-schemas are known to compile; failing here is a build defect.
        guard let compiled = try? JSONSchema(compiling: reference, options: Options(dialect: dialect)) else {
            preconditionFailure("the embedded meta-schema of \(dialect.rawValue) does not compile")
        }
        metaSchemaCache.withLock { $0[dialect] = compiled }
        return compiled
    }

    /// The validator of the meta-schema `schema` declares in `$schema` (official, or a custom one
    /// in `options.registry`), or of `options.dialect`'s when it declares none.
    public static func metaSchema(of schema: JSONValue, options: Options = Options()) throws(SchemaError) -> JSONSchema
    {
        guard let declared = schema["$schema"]?.stringValue else { return metaSchema(for: options.dialect) }
        if let dialect = Dialect(metaSchemaURI: declared) { return metaSchema(for: dialect) }
        let reference = JSONValue.object([("$ref", .string(declared))])
        var metaOptions = options
        metaOptions.baseURI = "json-schema:///meta-schema-check.json"
        return try JSONSchema(compiling: reference, options: metaOptions)
    }
}
