/// The top-level help text.
enum Usage {
    static let text = """
        usage: doclint <command> [options] [arguments]

        commands:
          lint PATH...              lint Markdown reference pages (files or directories)
          schemas PATH... -o DIR    generate a JSON Schema per type the pages define
          validate --schema S F...  validate JSON instances against a JSON Schema
          rules [CODE]              list every rule, or show one rule's documentation
          rule CODE, explain CODE   show one rule's documentation
          drift --source EN DIR...  compare localized pages with their exact en-US sources
          report-html DRIFT.json    the HTML report of a drift run, from its JSON (-o FILE)

        options:
          --version                 print doclint's version (also after a command)
          -h, --help                show this help ('doclint <command> --help' for a command's)

        Options take their value as '--option value' or '--option=value'.

        exit status: 0 success, 1 findings or invalid instances fail the run, 2 usage or I/O error
        """
}
