import DocLint
import Foundation
import GraphDocs
import JSONCore

/// `doclint schemas DOCS... -o DIR`: writes a JSON Schema per type the pages define.
enum SchemasCommand {
    static let usage = """
        usage: doclint schemas [--config FILE] PATH... -o DIR

        Generates a JSON Schema (2020-12) for every resource, complex and enum type the pages define,
        from their property tables and JSON representations. Pages are grouped into doc sets by
        <locale>/api-reference/<version>; each set is written to DIR/<set>/ with an index.json.
        The output is deterministic. Type cells are read with the vocabulary of each page's
        configuration (the nearest .doclint.json, or --config FILE), as lint reads them.

        exit status: 0 written, 1 some types not written (their names are not type names),
        2 usage or I/O error
        """

    /// Runs the command and returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        var paths: [String] = []
        var output: String?
        var configFile: String?
        var scanner = ArgumentScanner(arguments)
        do throws(UsageError) {
            while let item = scanner.next() {
                switch item {
                case .option("-o"), .option("--output"): output = try scanner.value()
                case .option("--config"): configFile = try scanner.value()
                case .option(let option):
                    if let standard = try scanner.standardOption() { return standard.perform(usage: usage) }
                    throw UsageError("unknown option '\(option)'")
                case .operand(let path): paths.append(path)
                }
            }
        } catch {
            printError("doclint schemas: \(error.message)\n\n\(usage)")
            return 2
        }
        guard let output, !paths.isEmpty else {
            printError("doclint schemas: give the pages and '-o DIR'\n\n\(usage)")
            return 2
        }
        let (files, errors) = FileDiscovery.markdownFiles(in: paths)
        var status: Int32 = 0
        for error in errors {
            printError("doclint: \(error)")
            status = 2
        }
        let generated: SchemaFiles.Output
        do {
            let configuration = Configuration(explicitFile: configFile)
            generated = try SchemaFiles.generate(
                files: files, read: FileDiscovery.read,
                vocabulary: { path in try configuration.settings(for: path).vocabulary })
        } catch let error as ConfigurationError {
            // Every problem at its file, line and column, as lint reports them.
            printError(error.description)
            return 2
        } catch {
            printError("doclint: \(error)")
            return 2
        }
        for line in generated.skipped { printError("doclint schemas: \(line)") }
        // A type that could not be written is a failure the caller must see, after the rest is written.
        if !generated.skipped.isEmpty && status == 0 { status = 1 }
        if let problem = OutputFolder.prepare(output) {
            printError("doclint schemas: \(problem)")
            return 2
        }
        for (relative, text) in generated.files.sorted(by: { $0.key < $1.key }) {
            if let problem = OutputFolder.write(text, to: relative, in: output) {
                printError("doclint schemas: \(problem)")
                return 2
            }
        }
        let sets = Set(generated.files.keys.map { ($0 as NSString).deletingLastPathComponent }).count
        print("wrote \(generated.files.count - sets) schemas in \(sets) doc sets to \(output)")
        return status
    }
}
