import DocLint
import Foundation
import GraphDocs
import JSONCore
import JSONSchema
import SourceText

/// `doclint validate`: validates JSON instances against a JSON Schema, or a schema against its meta-schema.
enum ValidateCommand {
    /// Runs the command and returns the exit status (0 all valid, 1 some invalid, 2 error).
    static func run(_ arguments: [String]) -> Int32 {
        let options: ValidateOptions
        do {
            options = try ValidateOptions(arguments)
        } catch {
            if error.message.isEmpty {
                print(ValidateOptions.usage)
                return 0
            }
            fail("\(error.message)\n\n\(ValidateOptions.usage)")
            return 2
        }
        if options.version { return StandardOption.version.perform(usage: ValidateOptions.usage) }
        do {
            let registry = try loadRegistry(options)
            if let path = options.metaschemaPath {
                // `--metaschema a.json b.json` checks every file named, not just the first.
                var status: Int32 = 0
                for file in [path] + options.instances {
                    do {
                        status = max(status, try checkMetaSchema(file, options, registry))
                    } catch {
                        fail(error.message)
                        status = 2
                    }
                }
                return status
            }
            let schema = try compileSchema(options.schemaPath ?? "", options, registry)
            return validateAll(schema, options)
        } catch {
            fail(error.message)
            return 2
        }
    }

    static func fail(_ message: String) {
        FileHandle.standardError.write(Data("doclint validate: \(message)\n".utf8))
    }

    /// The URI a schema file is known by before its `$id` is read.
    static func fileURI(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.absoluteString
    }

    static func readJSON(_ path: String) throws(InputError) -> JSONValue {
        try parseJSON(try readFile(path), path: path)
    }

    /// The bytes of the regular file at `path` (a FIFO or a device is refused, never waited on).
    static func readFile(_ path: String) throws(InputError) -> [UInt8] {
        switch FolderSource.readRegularFile(path) {
        case .success(let bytes): return bytes
        case .failure(let error): throw InputError("cannot read '\(path)': \(error)")
        }
    }

    /// The JSON document in `bytes`; a document nested past the parser's limit is said to be too deep,
    /// not invalid.
    static func parseJSON(_ bytes: [UInt8], path: String) throws(InputError) -> JSONValue {
        do {
            return try JSONParser.parse(bytes).value
        } catch {
            if error.exceedsLimit {
                throw InputError(
                    "'\(path)' nests arrays and objects deeper than doclint's limit of "
                        + "\(JSONParseOptions.strict.maxDepth) levels (at \(error.position)); it is not read")
            }
            throw InputError("'\(path)' is not valid JSON: \(error)")
        }
    }

    static func loadRegistry(_ options: ValidateOptions) throws(InputError) -> SchemaRegistry {
        var registry = SchemaRegistry()
        var files = options.referencedSchemas
        for directory in options.schemaDirectories {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
            else { throw InputError("schema directory '\(directory)' does not exist") }
            let found = FileManager.default.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? []
            files += found.filter { $0.lowercased().hasSuffix(".json") }.sorted().map { directory + "/" + $0 }
        }
        let checked = options.metaschemaPath.map { [$0] + options.instances } ?? []
        for path in files + [options.schemaPath].compactMap({ $0 }) + checked {
            registry.add(try readJSON(path), uri: fileURI(path))
        }
        return registry
    }

    static func schemaOptions(_ path: String, _ options: ValidateOptions, _ registry: SchemaRegistry)
        -> JSONSchema.Options
    {
        JSONSchema.Options(
            dialect: options.dialect ?? .draft2020_12, assertFormats: options.assertFormats, registry: registry,
            baseURI: fileURI(path))
    }

    static func compileSchema(_ path: String, _ options: ValidateOptions, _ registry: SchemaRegistry) throws(InputError)
        -> JSONSchema
    {
        let document = try readJSON(path)
        do {
            return try JSONSchema(compiling: document, options: schemaOptions(path, options, registry))
        } catch {
            throw InputError("invalid schema '\(path)': \(error)")
        }
    }

    static func checkMetaSchema(_ path: String, _ options: ValidateOptions, _ registry: SchemaRegistry)
        throws(InputError)
        -> Int32
    {
        let bytes = try readFile(path)
        let document = try parseJSON(bytes, path: path)
        let meta: JSONSchema
        do {
            meta = try JSONSchema.metaSchema(of: document, options: schemaOptions(path, options, registry))
        } catch {
            throw InputError("cannot check '\(path)': \(error)")
        }
        var report = ValidateReport(options: options)
        let valid = report.add(meta, JSONTape(document), name: path, lines: LazyLineIndex(bytes))
        if report.undecided > 0 {
            FileHandle.standardOutput.write(Data(report.output))
            return 2
        }
        if valid, options.output == .text {
            // A schema that matches its meta-schema may still not compile (unresolvable '$ref').
            do {
                _ = try JSONSchema(compiling: document, options: schemaOptions(path, options, registry))
            } catch {
                throw InputError("invalid schema '\(path)': \(error)")
            }
        }
        FileHandle.standardOutput.write(Data(report.output))
        if options.output == .text {
            fail(valid ? "'\(path)' is a valid schema" : "'\(path)' does not match its meta-schema")
        }
        return valid ? 0 : 1
    }

    static func validateAll(_ schema: JSONSchema, _ options: ValidateOptions) -> Int32 {
        var counts = ValidateBatch.Outcome(output: [], total: 0, invalid: 0, unreadable: 0)
        // Files that could not be read hold no instance: they are counted apart, never as instances.
        var unreadableFiles = 0
        // With '--format', the lint reporters render the failures; otherwise validate's own output.
        var reporter = options.format?.reporter(ReporterOptions())
        var result = LintResult()
        if reporter != nil {
            StandardOutput.write(Array(reporter!.begin(RunContext(rules: SchemaValidationFindings.rules)).utf8))
        }
        func cannotRead(_ message: String) {
            fail(message)
            unreadableFiles += 1
            result.addFailure(message)
        }
        func add(_ outcome: ValidateBatch.Outcome, name: String) {
            counts.add(outcome)
            guard reporter != nil else { return }
            var findings = outcome.findings
            SchemaValidationFindings.assignFingerprints(&findings)
            let file = FileFindings(path: name, findings: findings)
            result.add(file)
            StandardOutput.write(Array(reporter!.file(file).utf8))
        }
        for argument in options.instances {
            let paths: [String]
            do {
                paths = try ValidateInputs.expand(argument)
            } catch {
                cannotRead(error.message)
                continue
            }
            for path in paths {
                if path != "-" && ValidateInputs.isJSONLines(path) {
                    do {
                        add(try ValidateStream.run(schema, path: path, options), name: path)
                    } catch {
                        cannotRead(error.message)
                    }
                    continue
                }
                let source: InstanceSource
                do {
                    source = try ValidateInputs.read(path)
                } catch {
                    cannotRead(error.message)
                    continue
                }
                let outcome = ValidateBatch.run(schema, source, options)
                StandardOutput.write(outcome.output)
                add(outcome, name: source.name)
            }
        }
        if reporter != nil {
            result.counters = [
                "instances checked": counts.total, "instances invalid": counts.invalid,
                "instances not JSON": counts.unreadable, "instances undecided": counts.undecided,
            ]
            StandardOutput.write(Array(reporter!.end(result).utf8))
        }
        if options.output == .text && options.format == nil {
            fail(summary(counts, unreadableFiles: unreadableFiles))
        }
        if counts.unreadable > 0 || counts.undecided > 0 || unreadableFiles > 0 { return 2 }
        return counts.invalid > 0 ? 1 : 0
    }

    /// "3 instances checked: 1 valid, 1 invalid, 1 not valid JSON; 1 file unreadable".
    static func summary(_ counts: ValidateBatch.Outcome, unreadableFiles: Int) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let valid = counts.total - counts.invalid - counts.unreadable - counts.undecided
        var text = "\(plural(counts.total, "instance")) checked: \(valid) valid, \(counts.invalid) invalid"
        if counts.unreadable > 0 { text += ", \(counts.unreadable) not valid JSON" }
        if counts.undecided > 0 { text += ", \(counts.undecided) undecided (a limit was reached)" }
        if unreadableFiles > 0 { text += "; \(plural(unreadableFiles, "file")) unreadable" }
        return text
    }
}

/// A line index built only when a position is first needed.
final class LazyLineIndex {
    private let bytes: [UInt8]
    private var index: LineIndex?

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func position(of offset: Int) -> SourcePosition {
        if index == nil { index = LineIndex(bytes) }
        return index!.position(of: offset)
    }
}
