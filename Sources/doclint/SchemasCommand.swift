import DocLint
import Foundation
import GraphDocs
import JSONCore

/// `doclint schemas DOCS... -o DIR`: writes a JSON Schema per type the pages define.
enum SchemasCommand {
    static let usage = """
        usage: doclint schemas PATH... -o DIR

        Generates a JSON Schema (2020-12) for every resource, complex and enum type the pages define,
        from their property tables and JSON representations. Pages are grouped into doc sets by
        <locale>/api-reference/<version>; each set is written to DIR/<set>/ with an index.json.
        The output is deterministic.

        exit status: 0 written, 2 usage or I/O error
        """

    /// Runs the command and returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        var paths: [String] = []
        var output: String?
        var i = 0
        while i < arguments.count {
            switch arguments[i] {
            case "-h", "--help":
                print(usage)
                return 0
            case "-o", "--output":
                i += 1
                guard i < arguments.count else {
                    printError("doclint schemas: '-o' needs a directory")
                    return 2
                }
                output = arguments[i]
            case let arg where arg.hasPrefix("-"):
                printError("doclint schemas: unknown option '\(arg)'\n\n\(usage)")
                return 2
            case let arg:
                paths.append(arg)
            }
            i += 1
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
        let generated: [String: String]
        do {
            generated = try SchemaFiles.generate(files: files, read: FileDiscovery.read)
        } catch {
            printError("doclint: \(error)")
            return 2
        }
        let fm = FileManager.default
        for (relative, text) in generated.sorted(by: { $0.key < $1.key }) {
            let url = URL(fileURLWithPath: output).appendingPathComponent(relative)
            do {
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            } catch {
                printError("doclint: cannot write '\(url.path)': \(error.localizedDescription)")
                return 2
            }
        }
        let sets = Set(generated.keys.map { ($0 as NSString).deletingLastPathComponent }).count
        print("wrote \(generated.count - sets) schemas in \(sets) doc sets to \(output)")
        return status
    }
}
