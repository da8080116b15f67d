import JSONCore

/// A compiled JSON Schema: compile once, validate many instances (from any thread).
///
/// ```swift
/// let schema = try JSONSchema(compiling: try JSONParser.value(text))
/// schema.isValid(instance)                            // flag: stops at the first failure
/// schema.validate(instance, output: .basic).errors   // every failed keyword
/// ```
public struct JSONSchema: Sendable {
    /// How a schema is compiled and applied.
    public struct Options: Sendable {
        /// The dialect of a schema that has no `$schema`.
        public var dialect: Dialect
        /// Whether `format` is asserted (by default it is only an annotation, as 2019-09 and later say).
        public var assertFormats: Bool
        /// The documents `$ref` may reach besides the schema itself.
        public var registry: SchemaRegistry
        /// The schema's own URI (the base for its relative references), such as its file URL.
        public var baseURI: String
        /// The deepest nesting of schema evaluation before validation gives up with an error.
        public var maxDepth: Int

        /// Options; everything has a default.
        public init(
            dialect: Dialect = .draft2020_12, assertFormats: Bool = false, registry: SchemaRegistry = SchemaRegistry(),
            baseURI: String = "json-schema:///schema.json", maxDepth: Int = 600
        ) {
            self.dialect = dialect
            self.assertFormats = assertFormats
            self.registry = registry
            self.baseURI = baseURI
            self.maxDepth = maxDepth
        }
    }

    let program: Program
    /// The options the schema was compiled with.
    public let options: Options
    /// The dialect of the root schema (its `$schema`, or the default).
    public let dialect: Dialect

    /// Compiles `schema`; throws for a malformed schema, an unresolvable reference, an unknown
    /// meta-schema, an unusable pattern or a reference cycle.
    public init(compiling schema: JSONValue, options: Options = Options()) throws(SchemaError) {
        var compiler = Compiler(registry: options.registry, assertFormats: options.assertFormats)
        program = try compiler.compile(schema, uri: URIReference(options.baseURI), dialect: options.dialect)
        dialect = compiler.index.resources.first?.dialect ?? options.dialect
        self.options = options
    }

    /// Whether `instance` is valid (the `flag` output format: stops at the first failure).
    public func isValid(_ instance: JSONValue) -> Bool {
        isValid(JSONTape(instance))
    }

    /// Validates `instance`, reporting as much as `output` asks for.
    public func validate(_ instance: JSONValue, output: OutputFormat = .basic) -> ValidationResult {
        validate(JSONTape(instance), output: output)
    }

    /// Whether the document on `tape` (which must hold one) is valid: `isValid(_:)` without
    /// building a `JSONValue`.
    public func isValid(_ tape: JSONTape) -> Bool {
        run(tape, at: 0, reportsErrors: false).isValid
    }

    /// Validates the document on `tape` (which must hold one), reporting as much as `output` asks for.
    public func validate(_ tape: JSONTape, output: OutputFormat = .basic) -> ValidationResult {
        run(tape, at: 0, reportsErrors: output != .flag)
    }

    /// Validates the value at entry `index` of `tape` as if it were a document of its own: instance
    /// locations start at that value (ranges are the tape's). A caller validating nested values of one
    /// instance against several schemas builds the tape once instead of once per value.
    public func validate(_ tape: JSONTape, at index: Int, output: OutputFormat = .basic) -> ValidationResult {
        precondition(tape.entries.indices.contains(index), "validating past the end of the tape")
        return run(tape, at: index, reportsErrors: output != .flag)
    }

    private func run(_ tape: JSONTape, at root: Int, reportsErrors: Bool) -> ValidationResult {
        precondition(!tape.entries.isEmpty, "validating an empty tape")
        let first = evaluate(tape, at: root, reportsErrors: reportsErrors, stackBudget: Evaluator.stackBudget)
        guard first.ranOutOfStack else { return first.result }
        // Deep recursion through the instance: evaluate again on a thread whose stack holds `maxDepth`
        // levels even in a debug build, so `maxDepth` is the only limit and the stack never overflows.
        let size = Swift.max(16 << 20, options.maxDepth * Evaluator.stackPerLevel + (2 << 20))
        return LargeStack.run(size: size) {
            evaluate(tape, at: root, reportsErrors: reportsErrors, stackBudget: UInt(size - (1 << 20))).result
        }
    }

    private func evaluate(_ tape: JSONTape, at root: Int, reportsErrors: Bool, stackBudget: UInt) -> (
        result: ValidationResult, ranOutOfStack: Bool
    ) {
        tape.entries.withUnsafeBufferPointer { entries in
            tape.source.withUnsafeBufferPointer { source in
                tape.bytes.withUnsafeBufferPointer { bytes in
                    var evaluator = Evaluator(
                        program: program, reportsErrors: reportsErrors, maxDepth: options.maxDepth, tape: tape,
                        entries: entries, source: source, bytes: bytes)
                    let valid =
                        evaluator.validate(program.root, root, stackBudget: stackBudget) && !evaluator.overflowed
                    var errors = evaluator.errors
                    if !valid && errors.isEmpty && evaluator.overflowed {
                        errors = [
                            ValidationError(
                                keywordLocation: .root, absoluteKeywordLocation: "", instanceLocation: .root,
                                message: evaluator.limitExceeded
                                    ?? "evaluation is nested deeper than the limit of \(options.maxDepth) (recursive schema?)",
                                range: entries[root].range)
                        ]
                    }
                    let result = ValidationResult(
                        isValid: valid && evaluator.limitExceeded == nil, errors: errors,
                        format: reportsErrors ? .basic : .flag, limitExceeded: evaluator.limitExceeded)
                    return (result, evaluator.ranOutOfStack)
                }
            }
        }
    }
}
