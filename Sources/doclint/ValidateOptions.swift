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

    static let usage = """
        usage: doclint validate --schema SCHEMA.json [options] INSTANCE...
               doclint validate --metaschema SCHEMA.json

        INSTANCE is a JSON file, a JSON Lines file (.jsonl, .ndjson: one instance a line),
        a directory (its .json and .jsonl files) or '-' for standard input.

        options:
          --schema FILE          the schema to validate against
          --metaschema FILE      check FILE against its dialect's meta-schema instead
          --schema-dir DIR       make every .json schema under DIR available to '$ref' (repeatable)
          --ref-schema FILE      make FILE available to '$ref' (repeatable)
          --assert-formats       assert 'format' (by default it is an annotation)
          --dialect NAME         dialect of a schema without '$schema' (2020-12, 2019-09, 7, 6, 4)
          --output FORMAT        text (default), flag, basic or detailed (JSON, one line per instance)

        exit status: 0 all valid, 1 some invalid, 2 bad schema, unreadable input or usage error
        """

    /// Parses `arguments`; throws a usage message.
    init(_ arguments: [String]) throws(UsageError) {
        var i = 0
        func value(_ flag: String) throws(UsageError) -> String {
            i += 1
            guard i < arguments.count else { throw UsageError("option '\(flag)' needs a value") }
            return arguments[i]
        }
        var onlyInstances = false
        while i < arguments.count {
            let arg = arguments[i]
            if onlyInstances || arg == "-" || !arg.hasPrefix("-") {
                instances.append(arg)
                i += 1
                continue
            }
            var flag = arg
            var inline: String?
            if let eq = arg.firstIndex(of: "="), arg.hasPrefix("--") {
                flag = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            }
            func take() throws(UsageError) -> String {
                if let inline { return inline }
                return try value(flag)
            }
            switch flag {
            case "--": onlyInstances = true
            case "--schema", "-s": schemaPath = try take()
            case "--metaschema": metaschemaPath = try take()
            case "--schema-dir": schemaDirectories.append(try take())
            case "--ref-schema": referencedSchemas.append(try take())
            case "--assert-formats": assertFormats = true
            case "--dialect":
                let name = try take()
                guard let d = Dialect(name: name) else { throw UsageError("unknown dialect '\(name)'") }
                dialect = d
            case "--output", "-o":
                let name = try take()
                guard let o = Output(rawValue: name) else {
                    throw UsageError("unknown output format '\(name)' (text, flag, basic or detailed)")
                }
                output = o
            case "-h", "--help": throw UsageError("")
            default: throw UsageError("unknown option '\(arg)'")
            }
            i += 1
        }
        if metaschemaPath == nil {
            guard schemaPath != nil else { throw UsageError("missing '--schema'") }
            guard !instances.isEmpty else { throw UsageError("no instance to validate") }
        }
    }
}

/// A command-line mistake; an empty message asks for the usage text alone.
struct UsageError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
