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
        do {
            let registry = try loadRegistry(options)
            if let path = options.metaschemaPath { return try checkMetaSchema(path, options, registry) }
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
        for path in files + [options.schemaPath, options.metaschemaPath].compactMap({ $0 }) {
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
        let valid = report.add(meta, JSONTape(document), name: path, lines: LazyLineIndex(bytes))
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
        for argument in options.instances {
            let paths: [String]
            do {
                paths = try ValidateInputs.expand(argument)
            } catch {
                fail(error.message)
                unreadable += 1
                continue
            }
            for path in paths {
                if path != "-" && ValidateInputs.isJSONLines(path) {
                    do {
                        let outcome = try ValidateStream.run(schema, path: path, options)
                        total += outcome.total
                        invalid += outcome.invalid
                        unreadable += outcome.unreadable
                    } catch {
                        fail(error.message)
                        unreadable += 1
                    }
                    continue
                }
                let source: InstanceSource
                do {
                    source = try ValidateInputs.read(path)
                } catch {
                    fail(error.message)
                    unreadable += 1
                    continue
                }
                let outcome = ValidateBatch.run(schema, source, options)
                StandardOutput.write(outcome.output)
                total += outcome.total
                invalid += outcome.invalid
                unreadable += outcome.unreadable
            }
        }
        if options.output == .text {
            let summary =
                "\(total) instance\(total == 1 ? "" : "s") checked: \(total - invalid - unreadable) valid, \(invalid) invalid"
                + (unreadable > 0 ? ", \(unreadable) unreadable" : "")
            fail(summary)
        }
        if unreadable > 0 { return 2 }
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
