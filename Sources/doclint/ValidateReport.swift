import DocLint
import JSONCore
import JSONSchema
import SourceText

/// Renders validation results in the chosen output format, into bytes.
struct ValidateReport {
    let options: ValidateOptions
    /// The rendered text so far.
    var output: [UInt8] = []
    /// Instances checked, invalid ones and unparsable ones.
    var total = 0
    var invalid = 0
    var unreadable = 0
    /// The findings, when a lint reporter renders them (`--format`).
    var findings: [Finding] = []
    /// Instances a limit kept from being decided (counted in `total`, not in `invalid`).
    var undecided = 0

    init(options: ValidateOptions) {
        self.options = options
    }

    /// Validates `instance` (named `name`; `position` maps a byte offset to a line and column)
    /// and renders the result; returns whether it is valid.
    @discardableResult
    mutating func add(_ schema: JSONSchema, _ instance: JSONTape, name: String, lines: LazyLineIndex) -> Bool {
        add(schema, instance, name: name, line: nil, position: { lines.position(of: $0) })
    }

    /// Validates and renders one instance of file `name`; JSON output names it `file:line` when it
    /// is line `line` of a JSON Lines file. One pass: the errors are collected while validating.
    @discardableResult
    mutating func add(
        _ schema: JSONSchema, _ instance: JSONTape, name: String, line: Int?, position: (Int) -> SourcePosition
    ) -> Bool {
        total += 1
        let format: OutputFormat
        switch options.output {
        case .flag: format = .flag
        case .text, .basic: format = .basic
        case .detailed: format = .detailed
        }
        let result = schema.validate(instance, output: format)
        if let limit = result.limitExceeded {
            // Not a verdict on the data: doclint gave up, and says which limit stopped it.
            undecided += 1
            let message = "not validated: doclint gave up: \(limit)"
            let start = instance.entries[0].range.start
            switch options.output {
            case .text:
                let at = position(start)
                if options.format != nil {
                    findings.append(
                        SchemaValidationFindings.finding(
                            undecided: limit, path: name, span: SourceSpan(start: at, end: at)))
                } else {
                    output.append(contentsOf: "\(name):\(at.line):\(at.column): error: \(message)\n".utf8)
                }
            case .flag, .basic, .detailed:
                writeUnit(
                    .object([("valid", .bool(false)), ("error", .string(message))]),
                    name: line.map { "\(name):\($0)" } ?? name)
            }
            return false
        }
        if !result.isValid { invalid += 1 }
        switch options.output {
        case .text:
            for error in ValidateReport.readable(result.errors).sorted(by: { $0.range.start < $1.range.start }) {
                let at = position(error.range.start)
                if options.format != nil {
                    let span = SourceSpan(start: at, end: position(error.range.end))
                    findings.append(SchemaValidationFindings.finding(error, path: name, span: span))
                    continue
                }
                output.append(
                    contentsOf:
                        "\(name):\(at.line):\(at.column): error: \(SchemaValidationFindings.message(error))\n".utf8)
            }
        case .flag:
            writeFlag(result.isValid, name: name, line: line)
        case .basic, .detailed:
            writeUnit(result.outputUnit(format), name: line.map { "\(name):\($0)" } ?? name)
        }
        return result.isValid
    }

    /// Reports an instance that is not valid JSON (or nests deeper than the parser reads).
    mutating func addUnparsable(_ error: JSONParseError, name: String, position: SourcePosition) {
        total += 1
        // Too deep for the parser is doclint's limit, not a fault of the data.
        if error.exceedsLimit { undecided += 1 } else { unreadable += 1 }
        let message =
            error.exceedsLimit
            ? "not validated: the JSON nests deeper than doclint's limit (\(error.message))"
            : "invalid JSON: \(error.message)"
        switch options.output {
        case .text where options.format != nil:
            findings.append(SchemaValidationFindings.finding(invalidJSON: error.message, path: name, at: position))
        case .text:
            output.append(contentsOf: "\(name):\(position.line):\(position.column): error: \(message)\n".utf8)
        case .flag, .basic, .detailed:
            writeUnit(.object([("valid", .bool(false)), ("error", .string(message))]), name: name, position: position)
        }
    }

    /// The start of a flag unit for `flagName`: `{"instance":"` and the escaped name, without its closing quote.
    private var flagPrefix: [UInt8] = []
    private var flagName: String?

    /// Writes the flag output unit `{"instance":"name:line","valid":…}` (what `writeUnit` writes for
    /// it, without building the unit).
    private mutating func writeFlag(_ valid: Bool, name: String, line: Int?) {
        if flagName != name {
            flagPrefix = Array(#"{"instance":"#.utf8)
            JSONWriter.writeString(name, into: &flagPrefix)
            flagPrefix.removeLast()
            flagName = name
        }
        output.append(contentsOf: flagPrefix)
        if let line {
            output.append(UInt8(ascii: ":"))
            output.append(contentsOf: String(line).utf8)
        }
        output.append(contentsOf: valid ? #"","valid":true}"#.utf8 : #"","valid":false}"#.utf8)
        output.append(0x0A)
    }

    private mutating func writeUnit(_ unit: JSONValue, name: String, position: SourcePosition? = nil) {
        var members: [(String, JSONValue)] = [("instance", .string(name))]
        if let position {
            members.append(("line", .integer(position.line)))
            members.append(("column", .integer(position.column)))
        }
        for member in unit.objectValue?.members ?? [] { members.append((member.key, member.value)) }
        JSONWriter.write(.object(members), into: &output, indent: nil, level: 0)
        output.append(0x0A)
    }

    /// Adds another report's output and counts after this one's.
    /// The errors a person needs: a property that failed its own subschema is also "unevaluated"
    /// (JSON Schema drops a failed branch's annotations), which only repeats the specific error at the
    /// same place. The JSON output units keep every error.
    static func readable(_ errors: [ValidationError]) -> [ValidationError] {
        errors.filter { error in
            guard let last = error.keywordLocation.tokens.last,
                last == "unevaluatedProperties" || last == "unevaluatedItems"
            else {
                return true
            }
            let at = error.instanceLocation.tokens
            return !errors.contains { other in
                other.keywordLocation != error.keywordLocation && other.instanceLocation.tokens.count >= at.count
                    && other.instanceLocation.tokens.starts(with: at)
                    && !(other.keywordLocation.tokens.last.map { $0.hasPrefix("unevaluated") } ?? false)
            }
        }
    }

    mutating func append(_ other: ValidateReport) {
        output.append(contentsOf: other.output)
        findings += other.findings
        total += other.total
        invalid += other.invalid
        unreadable += other.unreadable
        undecided += other.undecided
    }
}
