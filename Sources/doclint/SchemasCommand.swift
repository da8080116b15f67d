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

        Each doc set is generated in a worker process: a page that crashes doclint is named and
        costs only its own types.

        exit status: 0 written, 1 some types not written (their names are not type names),
        2 usage or I/O error, or a page doclint could not read (a crash)
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
            // A configuration that cannot be used stops the run before any work, every problem at its
            // file, line and column, as lint reports them.
            let problems = configuration.partition(files).errors
            guard problems.isEmpty else {
                for problem in problems { printError(problem.description) }
                return 2
            }
            generated = try generate(
                files, vocabulary: { path in (try? configuration.settings(for: path))?.vocabulary ?? .standard },
                status: &status)
        } catch {
            printError("doclint: \(error.message)")
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

    /// The schema files of `files`, each doc set generated in a worker process (see `CrashIsolation`): a page
    /// that traps costs only its own types, named on stderr (`status` becomes 2); a set that traps with no
    /// page to blame costs only that set. Throws the first page that cannot be read.
    static func generate(
        _ files: [String], vocabulary: @escaping @Sendable (String) -> TypeVocabulary, status: inout Int32
    ) throws(InputError) -> SchemaFiles.Output {
        let (sets, prefix) = SchemaFiles.docSets(files)
        let triggers = TestTriggers()
        let check: @Sendable (String) -> Void = { triggers.crashIfAsked($0) }
        // One set's output, or (after a 1) why a page could not be read.
        let generateSet: @Sendable ([String]) -> [UInt8] = { set in
            do {
                for file in set { check(file) }
                let output = try SchemaFiles.generate(
                    files: set, prefix: prefix, read: FileDiscovery.read, vocabulary: vocabulary)
                return [0] + output.encoded()
            } catch {
                return [1] + Array("\(error)".utf8)
            }
        }
        var result = SchemaFiles.Output()
        for (set, outcome) in zip(sets, CrashIsolation.run(count: sets.count, work: { generateSet(sets[$0]) })) {
            var outcome = outcome
            if case .crashed = outcome {
                // Find the pages that trap on their own, and generate the set again without them.
                let read = CrashIsolation.run(count: set.count) { i in
                    check(set[i])
                    let bytes = (try? FileDiscovery.read(set[i])) ?? []
                    _ = TypeDefinition.definitions(
                        in: GraphPage(path: set[i], bytes: bytes, vocabulary: vocabulary(set[i])))
                    return []
                }
                for (page, pageOutcome) in zip(set, read) {
                    guard case .crashed = pageOutcome else { continue }
                    printError(
                        "doclint: "
                            + CrashIsolation.describe(
                                pageOutcome, path: page, doing: "reading", rest: "its types are not written"))
                    status = 2
                }
                let pages = zip(set, read).filter { _, pageOutcome in
                    if case .crashed = pageOutcome { false } else { true }
                }.map(\.0)
                if pages.count < set.count {
                    outcome = CrashIsolation.run(count: 1, work: { _ in generateSet(pages) })[0]
                }
            }
            guard case .finished(let bytes) = outcome, let tag = bytes.first else {
                let root = DocSet.root(of: set[0])
                printError(
                    "doclint: "
                        + CrashIsolation.describe(
                            outcome, path: root, doing: "generating the schemas of the doc set",
                            rest: "its schemas are not written"))
                status = 2
                continue
            }
            if tag == 1 { throw InputError(String(decoding: bytes.dropFirst(), as: UTF8.self)) }
            guard let generated = SchemaFiles.Output(decoding: Array(bytes.dropFirst())) else {
                printError("doclint: internal error: the schemas of '\(DocSet.root(of: set[0]))' could not be read")
                status = 2
                continue
            }
            result.files.merge(generated.files) { first, _ in first }
            result.skipped += generated.skipped
        }
        return result
    }
}
