import DocLint
import JSONSchema

/// The parsed arguments of `doclint validate`.
struct ValidateOptions {
    /// How results are printed.
    enum Output: String {
        case text, flag, basic, detailed
    }

    var schemaPath: String?
    var metaschemaPath: String?
    var schemaDirectories: [String] = []
    var referencedSchemas: [String] = []
    var assertFormats = false
    var output: Output = .text
    var dialect: Dialect?
    var instances: [String] = []
    /// A lint reporter's format (`--format`); `nil` for validate's own text.
    var format: ReportFormat?
    /// `--version`.
    var version = false

    static let usage = """
        usage: doclint validate --schema SCHEMA.json [options] INSTANCE...
               doclint validate --metaschema SCHEMA.json [SCHEMA.json...]

        INSTANCE is a JSON file, a JSON Lines file (.jsonl, .ndjson: one instance a line),
        a directory (its .json and .jsonl files) or '-' for standard input.

        options:
          --schema FILE          the schema to validate against
          --metaschema FILE      check FILE (and every other file named) against its dialect's meta-schema
          --schema-dir DIR       make every .json schema under DIR available to '$ref' (repeatable)
          --ref-schema FILE      make FILE available to '$ref' (repeatable)
          --assert-formats       assert 'format' (by default it is an annotation)
          --dialect NAME         dialect of a schema without '$schema' (2020-12, 2019-09, 7, 6, 4)
          --output FORMAT        text (default), flag, basic or detailed (JSON, one line per instance)
          --format FORMAT        report failures as 'doclint lint' does: json, json-lines, sarif, github,
                                 gitlab, junit or concise (text is the default rendering above)
          --version              print doclint's version

        Options take their value as '--schema s.json' or '--schema=s.json'.

        exit status: 0 all valid, 1 some invalid, 2 bad schema, unreadable input or usage error
        """

    /// Parses `arguments`; throws a usage message (empty for `--help`).
    init(_ arguments: [String]) throws(UsageError) {
        var scanner = ArgumentScanner(arguments)
        while let item = scanner.next() {
            switch item {
            case .operand(let path): instances.append(path)
            case .option("--schema"), .option("-s"): schemaPath = try scanner.value()
            case .option("--metaschema"): metaschemaPath = try scanner.value()
            case .option("--schema-dir"): schemaDirectories.append(try scanner.value())
            case .option("--ref-schema"): referencedSchemas.append(try scanner.value())
            case .option("--assert-formats"):
                try scanner.flag()
                assertFormats = true
            case .option("--dialect"):
                let name = try scanner.value()
                guard let d = Dialect(name: name) else { throw UsageError("unknown dialect '\(name)'") }
                dialect = d
            case .option("--output"), .option("-o"):
                let name = try scanner.value()
                guard let o = Output(rawValue: name) else {
                    throw UsageError("unknown output format '\(name)' (text, flag, basic or detailed)")
                }
                output = o
            case .option("--format"):
                let name = try scanner.value()
                guard let f = ReportFormat(rawValue: name) else {
                    throw UsageError("unknown format '\(name)' (\(ReportFormat.names))")
                }
                // `text` is validate's own rendering; the others are the lint reporters.
                format = f == .text ? nil : f
            case .option(let name):
                switch try scanner.standardOption() {
                case .help: throw UsageError("")
                case .version: version = true
                case nil: throw UsageError("unknown option '\(name)'")
                }
            }
        }
        if version { return }
        if format != nil && output != .text {
            throw UsageError("give '--format' (a report) or '--output' (JSON Schema output units), not both")
        }
        if metaschemaPath == nil {
            guard schemaPath != nil else { throw UsageError("missing '--schema'") }
            guard !instances.isEmpty else { throw UsageError("no instance to validate") }
        }
    }
}
