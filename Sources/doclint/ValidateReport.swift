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
    mutating func add(_ schema: JSONSchema, _ instance: JSONValue, name: String, lines: LazyLineIndex) -> Bool {
        add(schema, instance, name: name, instanceName: name, position: { lines.position(of: $0) })
    }

    /// Validates and renders one instance: `name` is the file for text output, `instanceName`
    /// names the instance in JSON output (`file:line` for JSON Lines).
    @discardableResult
    mutating func add(
        _ schema: JSONSchema, _ instance: JSONValue, name: String, instanceName: String,
        position: (Int) -> SourcePosition
    ) -> Bool {
        total += 1
        // Flag first: the full report is only computed for the (rarer) invalid instances.
        let flag = schema.validate(instance, output: .flag)
        if let limit = flag.limitExceeded {
            // Not a verdict on the data: doclint gave up, and says which limit stopped it.
            undecided += 1
            let message = "not validated: doclint gave up: \(limit)"
            switch options.output {
            case .text:
                let at = position(instance.range.start)
                output.append(contentsOf: "\(name):\(at.line):\(at.column): error: \(message)\n".utf8)
            case .flag, .basic, .detailed:
                writeUnit(.object([("valid", .bool(false)), ("error", .string(message))]), name: instanceName)
            }
            return false
        }
        let valid = flag.isValid
        if !valid { invalid += 1 }
        switch options.output {
        case .text:
            guard !valid else { return true }
            let result = schema.validate(instance, output: .basic)
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
            writeUnit(ValidationResult(isValid: valid, errors: [], format: .flag).outputUnit(.flag), name: instanceName)
        case .basic, .detailed:
            let format: OutputFormat = options.output == .basic ? .basic : .detailed
            let result =
                valid
                ? ValidationResult(isValid: true, errors: [], format: format)
                : schema.validate(instance, output: format)
            writeUnit(result.outputUnit(format), name: instanceName)
        }
        return valid
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
