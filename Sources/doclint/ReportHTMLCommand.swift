import DocLint
import Foundation
import GraphDocs
import JSONCore

/// `doclint report-html DRIFT.json [-o FILE]`: the HTML report of a drift run, from the JSON
/// `doclint drift --format json` wrote.
enum ReportHTMLCommand {
    static let usage = """
        usage: doclint report-html DRIFT.json [-o FILE]

        Writes the HTML report of a drift run (one self-contained page: totals, a chart per locale and
        kind, the worst pages, every finding with the translated and en-US text side by side) from the
        JSON 'doclint drift --format json' wrote ('-' reads standard input). The page goes to FILE, or
        to standard output. When the JSON's counts disagree with its pages, the report says so at its
        top and each disagreement is printed to standard error as a warning.

        exit status: 0 written, 2 usage or I/O error or not drift JSON (nothing is written then)
        """

    /// Runs the command and returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        var input: String?
        var output: String?
        var scanner = ArgumentScanner(arguments)
        do throws(UsageError) {
            while let item = scanner.next() {
                switch item {
                case .option("-o"), .option("--output"): output = try scanner.value()
                case .option(let option):
                    if let standard = try scanner.standardOption() { return standard.perform(usage: usage) }
                    throw UsageError("unknown option '\(option)'")
                case .operand(let path):
                    if let input { throw UsageError("give one drift JSON file, not '\(input)' and '\(path)'") }
                    input = path
                }
            }
        } catch {
            printError("doclint report-html: \(error.message)\n\n\(usage)")
            return 2
        }
        guard let input else {
            printError("doclint report-html: give the drift JSON file\n\n\(usage)")
            return 2
        }
        let bytes: [UInt8]
        if input == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let read = FolderSource.readFile(input) else {
                printError("doclint report-html: cannot read '\(input)': not a readable file")
                return 2
            }
            bytes = read
        }
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes).value
        } catch {
            printError("doclint report-html: '\(input)' is not JSON: \(error)")
            return 2
        }
        let html: String
        let problems: [String]
        do {
            (html, problems) = try DriftHTMLReport.report(document)
        } catch {
            printError("doclint report-html: '\(input)' is not drift JSON: \(error)")
            return 2
        }
        for problem in problems {
            printError("doclint report-html: warning: \(problem)")
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(html.utf8))
            return 0
        }
        if let problem = ReportOutput.writeAtomically(html, to: output) {
            printError("doclint report-html: \(problem)")
            return 2
        }
        return 0
    }
}
