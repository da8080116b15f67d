/// The top-level help text.
enum Usage {
    static let text = """
        usage: doclint <command> [options] [arguments]

        commands:
          lint PATH...              lint Markdown reference pages (files or directories)
          schemas PATH... -o DIR    generate a JSON Schema per type the pages define
          validate --schema S F...  validate JSON instances against a JSON Schema
          rules [CODE]              list every rule, or show one rule's documentation
          drift --source EN DIR...  compare localized pages with their exact en-US sources
        """
}
