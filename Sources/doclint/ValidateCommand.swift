import DocLint
import Foundation
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
                // Every file named is a schema to check.
                var status: Int32 = 0
                for schema in [path] + options.instances {
                    do {
                        status = max(status, try checkMetaSchema(schema, options, registry))
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
        guard let data = FileManager.default.contents(atPath: path) else { throw InputError("cannot read '\(path)'") }
        do {
            return try JSONParser.parse([UInt8](data)).value
        } catch {
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
        guard let data = FileManager.default.contents(atPath: path) else { throw InputError("cannot read '\(path)'") }
        let bytes = [UInt8](data)
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes).value
        } catch {
            throw InputError("'\(path)' is not valid JSON: \(error)")
        }
        let meta: JSONSchema
        do {
            meta = try JSONSchema.metaSchema(of: document, options: schemaOptions(path, options, registry))
        } catch {
            throw InputError("cannot check '\(path)': \(error)")
        }
        var report = ValidateReport(options: options)
        let valid = report.add(meta, document, name: path, lines: LazyLineIndex(bytes))
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
        var total = 0
        var invalid = 0
        var unreadable = 0
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
            total += outcome.total
            invalid += outcome.invalid
            unreadable += outcome.unreadable
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
                "instances checked": total, "instances invalid": invalid, "instances not JSON": unreadable,
            ]
            StandardOutput.write(Array(reporter!.end(result).utf8))
        }
        if options.output == .text && options.format == nil {
            let summary =
                "\(total) instance\(total == 1 ? "" : "s") checked: \(total - invalid - unreadable) valid, \(invalid) invalid"
                + (unreadable > 0 ? ", \(unreadable) unreadable" : "")
                + (unreadableFiles > 0
                    ? "; \(unreadableFiles) file\(unreadableFiles == 1 ? "" : "s") could not be read" : "")
            fail(summary)
        }
        if unreadable + unreadableFiles > 0 { return 2 }
        return invalid > 0 ? 1 : 0
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
