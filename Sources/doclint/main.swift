import DocLint
import Foundation

// The command line stays thin: pick the subcommand, hand it the arguments, exit with its status.
let arguments = Array(CommandLine.arguments.dropFirst())
let status: Int32
switch arguments.first {
case "lint":
    status = LintCommand.run(Array(arguments.dropFirst()))
case "schemas":
    status = SchemasCommand.run(Array(arguments.dropFirst()))
case "rules", "rule", "explain":
    status = RulesCommand.run(Array(arguments.dropFirst()), name: arguments[0])
case "validate":
    status = ValidateCommand.run(Array(arguments.dropFirst()))
case "report-html":
    status = ReportHTMLCommand.run(Array(arguments.dropFirst()))
case "drift":
    status = DriftCommand.run(Array(arguments.dropFirst()))
case "-h", "--help", "help":
    print(Usage.text)
    status = 0
case "--version", "version":
    print("doclint \(DocLintVersion.current)")
    status = 0
case nil:
    // No command is a usage error: the help goes to stderr, and the exit status says so.
    FileHandle.standardError.write(Data("\(Usage.text)\n".utf8))
    status = 2
default:
    FileHandle.standardError.write(Data("doclint: unknown command '\(arguments[0])'\n\n\(Usage.text)\n".utf8))
    status = 2
}
exit(status)
