import GraphDocs
import JSONCore
import JSONSchema
import SourceText

/// What one layer of settings says about rules: a configuration file's top level, one of its
/// overrides, or the command line.
public struct RuleSettings: Sendable, Hashable {
    /// Run only these codes (replacing what earlier layers enabled), when given.
    public var select: Set<String>?
    /// Do not run these codes.
    public var ignore: Set<String>
    /// Severity by code (`nil`: off, the rule does not run), each code set by its most specific entry.
    public var severities: [String: Severity?]

    /// A layer.
    public init(select: Set<String>? = nil, ignore: Set<String> = [], severities: [String: Severity?] = [:]) {
        self.select = select
        self.ignore = ignore
        self.severities = severities
    }

    /// Applies the layer: `select` replaces the enabled set, `ignore` and `off` remove from it, other
    /// severities replace the earlier ones (they never enable a rule).
    func apply(to enabled: inout Set<String>, severities current: inout [String: Severity]) {
        if let select { enabled = select }
        enabled.subtract(ignore)
        for (code, severity) in severities {
            if let severity { current[code] = severity } else { enabled.remove(code) }
        }
    }
}

/// One `.doclint.json`, read, checked against its schema and interpreted.
struct ConfigurationFile: Sendable {
    /// Settings for the pages some globs match.
    struct Override: Sendable {
        var files: [Glob]
        var rules: RuleSettings
    }

    /// The file's absolute path.
    var path: String
    /// Its folder: globs are relative to it.
    var folder: String
    /// The absolute path of the file it extends, and where `extends` is written.
    var extends: (path: String, position: SourcePosition)?
    /// The top-level rule settings.
    var rules: RuleSettings
    /// Pages not to lint.
    var exclude: [Glob]
    /// Per-path settings, in order.
    var overrides: [Override]
    /// `output-format`, when given.
    var outputFormat: String?
    /// Extra locale words, in file order.
    var words: [TypeVocabulary.Word]

    /// The file name doclint looks for.
    static let fileName = ".doclint.json"

    /// Reads and interprets the file at `path` (absolute); `display` is how messages name it.
    static func load(path: String, display: String) throws(ConfigurationError) -> ConfigurationFile {
        guard let bytes = FolderSource.readFile(path) else {
            throw ConfigurationError(display, nil, "cannot read configuration file")
        }
        let lines = LineIndex(bytes)
        let document: JSONDocument
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw ConfigurationError(display, error.position, "configuration is not valid JSON: \(error.message)")
        }
        var reader = Reader(display: display, lines: lines)
        for duplicate in document.duplicateKeys {
            reader.problem(at: duplicate.range, "key '\(duplicate.key)' is repeated")
        }
        // Interpreted even when the schema fails (the reader never assumes a type), so one run shows
        // every problem; the file is used only when there are none.
        reader.checkSchema(document.value)
        let schemaProblems = reader.problems.count
        let folder = PathName.folder(of: path)
        let root = document.value
        var file = ConfigurationFile(
            path: path, folder: folder, extends: nil, rules: reader.rules(in: root), exclude: [], overrides: [],
            outputFormat: root["output-format"]?.stringValue, words: [])
        if let extends = root["extends"] {
            file.extends = (
                PathName.absolute(extends.stringValue ?? "", in: folder), lines.position(of: extends.range.start)
            )
        }
        file.exclude = reader.globs(root["exclude"])
        for entry in root["overrides"]?.arrayValue ?? [] {
            file.overrides.append(Override(files: reader.globs(entry["files"]), rules: reader.rules(in: entry)))
        }
        file.words = reader.words(root["vocabulary"])
        guard reader.problems.isEmpty else {
            // Where the interpretation says more ("unknown rule 'DL2O5'") than the schema (a pattern
            // mismatch) about the same value, keep only the interpretation's message.
            let interpreted = Set(reader.problems[schemaProblems...].compactMap(\.position))
            let kept = reader.problems.enumerated().filter { i, p in
                i >= schemaProblems || p.position.map { !interpreted.contains($0) } ?? true
            }.map(\.element)
            let sorted = kept.sorted {
                ($0.position?.line ?? 0, $0.position?.column ?? 0) < ($1.position?.line ?? 0, $1.position?.column ?? 0)
            }
            throw ConfigurationError(problems: sorted)
        }
        return file
    }

    /// Reads values out of a schema-valid configuration, collecting what is still wrong.
    struct Reader {
        var display: String
        var lines: LineIndex
        var problems: [ConfigurationError.Problem] = []

        mutating func problem(at range: SourceRange, _ message: String) {
            problems.append(.init(path: display, position: lines.position(of: range.start), message: message))
        }

        /// The schema's verdict, one problem per failed keyword that says something on its own.
        mutating func checkSchema(_ value: JSONValue) {
            let known = ConfigurationSchema.topLevelKeys
            for error in ConfigurationSchema.schema.validate(value, output: .basic).errors {
                let keyword = error.keywordLocation.tokens.last ?? ""
                // A failed `$ref` or `additionalProperties` wrapper repeats what its child said.
                if keyword == "$ref" || keyword == "propertyNames" { continue }
                let tokens = error.instanceLocation.tokens
                if keyword == "additionalProperties", error.message.hasPrefix("property ") {
                    // An unknown key: point at the key, and suggest the nearest known one at the top level.
                    let key = tokens.last ?? ""
                    var parent = value
                    for token in tokens.dropLast() {
                        if let index = Int(token), let array = parent.arrayValue, index < array.count {
                            parent = array[index]
                        } else if let child = parent[token] {
                            parent = child
                        }
                    }
                    let range = parent.objectValue?.member(key)?.keyRange ?? error.range
                    var hint = ""
                    if tokens.count == 1,
                        let nearest = known.min(by: { (editDistance($0, key), $0) < (editDistance($1, key), $1) }),
                        editDistance(nearest, key) <= 3
                    {
                        hint = "; did you mean '\(nearest)'?"
                    }
                    let place = tokens.count == 1 ? "configuration" : "'\(tokens.dropLast().joined(separator: "/"))'"
                    problem(at: range, "unknown key '\(key)' in \(place)\(hint)")
                    continue
                }
                let place = tokens.isEmpty ? "configuration" : "'\(tokens.joined(separator: "/"))'"
                problem(at: error.range, "\(place): \(error.message)")
            }
        }

        /// The rule codes a list names; unknown names are problems.
        mutating func codes(_ value: JSONValue?) -> Set<String>? {
            guard let items = value?.arrayValue else { return nil }
            var codes: Set<String> = []
            for item in items {
                // A value that is not a string is the schema's to report.
                guard let name = item.stringValue else { continue }
                if let found = RuleSelector.codes(name) {
                    codes.formUnion(found)
                } else {
                    problem(at: item.range, "unknown rule '\(name)' (see 'doclint rules')")
                }
            }
            return codes
        }

        /// `select`, `ignore` and `severity` of an object.
        mutating func rules(in object: JSONValue) -> RuleSettings {
            var settings = RuleSettings(select: codes(object["select"]), ignore: codes(object["ignore"]) ?? [])
            var specificity: [String: Int] = [:]
            for member in object["severity"]?.objectValue?.members ?? [] {
                guard let found = RuleSelector.codes(member.key) else {
                    problem(at: member.keyRange, "unknown rule '\(member.key)' (see 'doclint rules')")
                    continue
                }
                let rank = RuleSelector.specificity(member.key)
                let value = member.value.stringValue ?? ""
                let severity: Severity? = value == "off" ? nil : Severity(rawValue: value)
                for code in found where rank >= specificity[code, default: 0] {
                    specificity[code] = rank
                    settings.severities[code] = .some(severity)
                }
            }
            return settings
        }

        /// A list of globs.
        mutating func globs(_ value: JSONValue?) -> [Glob] {
            var globs: [Glob] = []
            for item in value?.arrayValue ?? [] {
                let text = item.stringValue ?? ""
                if text.split(separator: "/").contains("..") {
                    problem(
                        at: item.range, "glob '\(text)' must not contain '..': it is relative to this file's folder")
                } else if let glob = Glob(text) {
                    globs.append(glob)
                } else {
                    problem(at: item.range, "glob '\(text)' has an empty folder name")
                }
            }
            return globs
        }

        /// The vocabulary's words, each checked on its own.
        mutating func words(_ value: JSONValue?) -> [TypeVocabulary.Word] {
            var words: [TypeVocabulary.Word] = []
            for locale in value?.objectValue?.members ?? [] {
                for member in locale.value.objectValue?.members ?? [] {
                    let word = TypeVocabulary.Word(
                        word: member.key, locale: locale.key, meaning: member.value.stringValue ?? "")
                    do {
                        _ = try TypeVocabulary(adding: [word])
                        words.append(word)
                    } catch {
                        problem(at: member.keyRange, "vocabulary '\(locale.key)': \(error.message)")
                    }
                }
            }
            return words
        }
    }
}

extension ConfigurationSchema {
    /// The keys a configuration file may have.
    static let topLevelKeys: [String] = {
        (try? JSONParser.value(text))?["properties"]?.objectValue?.keys ?? []
    }()
}
