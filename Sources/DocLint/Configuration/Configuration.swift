import Foundation
import GraphDocs
import SourceText

/// What applies to one page: the rules that run, their severities and the words for types. Inline
/// suppressions come on top, from the page itself.
public struct LintSettings: Sendable {
    /// The codes of the rules that run.
    public var enabledRules: Set<String> {
        didSet { enabledInRegistry = LintSettings.registryMask(enabledRules) }
    }
    /// Whether each rule of `RuleRegistry.all` runs, by its position there: what the linter asks for every
    /// rule of every page, without hashing a code.
    private(set) var enabledInRegistry: [Bool]
    /// Severities that differ from the rules' defaults, by code.
    public var severities: [String: Severity]
    /// The words the page's Type cells are read with.
    public var vocabulary: TypeVocabulary

    /// Settings.
    public init(
        enabledRules: Set<String> = Set(RuleRegistry.descriptors.map(\.id.code)), severities: [String: Severity] = [:],
        vocabulary: TypeVocabulary = .standard
    ) {
        self.enabledRules = enabledRules
        self.enabledInRegistry = LintSettings.registryMask(enabledRules)
        self.severities = severities
        self.vocabulary = vocabulary
    }

    /// Whether each rule of `RuleRegistry.all` is among `codes`.
    static func registryMask(_ codes: Set<String>) -> [Bool] {
        RuleRegistry.codes.map { codes.contains($0) }
    }

    /// Whether the rule with `code`, at `position` in `RuleRegistry.all` when it is registered, runs.
    func runs(_ code: String, position: Int?) -> Bool {
        if let position { return enabledInRegistry[position] }
        return enabledRules.contains(code)
    }
}

/// Everything that decides how a page is linted except the page itself: the configuration files
/// (`.doclint.json`, found by searching upward from each page, or the one `--config` names, with the
/// files they extend) and the command-line flags, resolved per page in one place.
///
/// Layers apply in order: the extended file, the file itself, each of its `overrides` whose globs
/// match the page, then the command line. Safe to share between threads: each folder's lookup and
/// each file's loading is done once.
public final class Configuration: Sendable {
    /// The folder relative paths are taken from.
    public let workingDirectory: String
    /// The configuration file every page uses (`--config`), absolute; `nil` to search upward from each page.
    public let explicitFile: String?
    /// The command line's `--select` / `--ignore`, applied after every file.
    public let commandLine: RuleSettings

    private let found = OnceMap<String, String?>()
    private let files = OnceMap<String, Result<ConfigurationFile, ConfigurationError>>()
    private let chains = OnceMap<String, Result<Chain, ConfigurationError>>()

    /// A configuration file with the files it extends, base first, and what they add up to.
    struct Chain: Sendable {
        var files: [ConfigurationFile]
        var vocabulary: TypeVocabulary
        var outputFormat: String?
        /// The settings of every page under the chain when no file has `overrides` (computed once).
        var uniform: LintSettings?
    }

    /// The settings of a page no configuration file applies to: every rule, with the command line's choice.
    private let defaults: LintSettings

    /// A configuration; `explicitFile` (as given on the command line) replaces the upward search.
    public init(
        explicitFile: String? = nil, commandLine: RuleSettings = RuleSettings(),
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.workingDirectory = PathName.absolute(".", in: workingDirectory)
        self.explicitFile = explicitFile.map { PathName.absolute($0, in: workingDirectory) }
        self.commandLine = commandLine
        var enabled = Set(RuleRegistry.descriptors.map(\.id.code))
        var severities: [String: Severity] = [:]
        commandLine.apply(to: &enabled, severities: &severities)
        defaults = LintSettings(enabledRules: enabled, severities: severities, vocabulary: .standard)
    }

    /// The settings for the page at `path` (as given, relative to the working directory or absolute).
    public func settings(for path: String) throws(ConfigurationError) -> LintSettings {
        let absolute = PathName.absolute(path, in: workingDirectory)
        // Most runs have no configuration file, or one without per-path overrides: the same settings
        // for every page, computed once.
        guard let chain = try chain(for: absolute) else { return defaults }
        if let uniform = chain.uniform { return uniform }
        return settings(absolute, under: chain)
    }

    /// The settings of the page at `absolute` under `chain`, its overrides applied.
    func settings(_ absolute: String, under chain: Chain) -> LintSettings {
        var enabled = Set(RuleRegistry.descriptors.map(\.id.code))
        var severities: [String: Severity] = [:]
        for file in chain.files {
            file.rules.apply(to: &enabled, severities: &severities)
            guard let relative = PathName.relative(absolute, to: file.folder) else { continue }
            for override in file.overrides where override.files.contains(where: { $0.matches(relative) }) {
                override.rules.apply(to: &enabled, severities: &severities)
            }
        }
        commandLine.apply(to: &enabled, severities: &severities)
        return LintSettings(enabledRules: enabled, severities: severities, vocabulary: chain.vocabulary)
    }

    /// The `exclude` glob of the page's configuration that matches `path`, if one does.
    public func exclusion(of path: String) throws(ConfigurationError) -> Glob? {
        let absolute = PathName.absolute(path, in: workingDirectory)
        guard let chain = try chain(for: absolute) else { return nil }
        for file in chain.files {
            guard let relative = PathName.relative(absolute, to: file.folder) else { continue }
            if let glob = file.exclude.first(where: { $0.matches(relative) }) { return glob }
        }
        return nil
    }

    /// The words for types of the page at `path`, the standard ones when its configuration is unusable
    /// (a page only read for its types; the pages linted report their configuration's errors).
    public func vocabulary(for path: String) -> TypeVocabulary {
        let absolute = PathName.absolute(path, in: workingDirectory)
        return ((try? chain(for: absolute)) ?? nil)?.vocabulary ?? .standard
    }

    /// `output-format` of the configuration that applies to the working directory (or of `--config`).
    public func outputFormat() throws(ConfigurationError) -> String? {
        try chain(for: workingDirectory + "/.")?.outputFormat
    }

    /// The configuration file that applies to `path` (absolute), if any.
    public func configurationFile(for path: String) -> String? {
        explicitFile ?? nearest(below: PathName.folder(of: PathName.absolute(path, in: workingDirectory)))
    }

    /// Checks every page's configuration and sorts the pages into those to lint and those excluded.
    /// Each broken configuration file is reported once.
    public func partition(_ paths: [String]) -> (included: [String], excluded: [String], errors: [ConfigurationError]) {
        var included: [String] = []
        var excluded: [String] = []
        var errors: [ConfigurationError] = []
        for path in paths {
            do {
                if try exclusion(of: path) != nil {
                    excluded.append(path)
                } else {
                    _ = try settings(for: path)
                    included.append(path)
                }
            } catch {
                if !errors.contains(error) { errors.append(error) }
            }
        }
        return (included, excluded, errors)
    }

    // MARK: - Finding and loading files

    /// The chain for the page at `absolute`, `nil` when no configuration file applies.
    func chain(for absolute: String) throws(ConfigurationError) -> Chain? {
        guard let top = explicitFile ?? nearest(below: PathName.folder(of: absolute)) else { return nil }
        let result = chains.value(top, cycle: .failure(ConfigurationError(top, nil, "configuration cycle"))) {
            Result { () throws(ConfigurationError) in try loadChain(top) }
        }
        return try result.get()
    }

    /// The nearest `.doclint.json` in `folder` or a folder above it.
    func nearest(below folder: String) -> String? {
        found.value(folder, cycle: nil) {
            let candidate = (folder == "/" ? "" : folder) + "/" + ConfigurationFile.fileName
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            return folder == "/" ? nil : nearest(below: PathName.folder(of: folder))
        }
    }

    /// Loads `top` and the files it extends; an `extends` that comes back to a file already in the chain is an error.
    func loadChain(_ top: String) throws(ConfigurationError) -> Chain {
        var chain: [ConfigurationFile] = []
        var path = top
        var referrer: (file: ConfigurationFile, position: SourcePosition)?
        while true {
            if let index = chain.firstIndex(where: { $0.path == path }), let referrer {
                let cycle = (chain[index...].map(\.path) + [path]).map(display).joined(separator: " -> ")
                throw ConfigurationError(
                    display(referrer.file.path), referrer.position, "'extends' makes a cycle: \(cycle)")
            }
            let file: ConfigurationFile
            do {
                file = try load(path)
            } catch {
                if let referrer, FileManager.default.fileExists(atPath: path) == false {
                    throw ConfigurationError(
                        display(referrer.file.path), referrer.position,
                        "'extends' names '\(display(path))', which does not exist")
                }
                throw error
            }
            chain.append(file)
            guard let extends = file.extends else { break }
            referrer = (file, extends.position)
            path = extends.path
        }
        chain.reverse()
        let words = chain.flatMap(\.words)
        // Each word was checked when its file was loaded, so together they cannot fail.
        let vocabulary = words.isEmpty ? .standard : ((try? TypeVocabulary(adding: words)) ?? .standard)
        var made = Chain(
            files: chain, vocabulary: vocabulary, outputFormat: chain.last { $0.outputFormat != nil }?.outputFormat)
        if chain.allSatisfy({ $0.overrides.isEmpty }) {
            made.uniform = settings(chain.last.map { $0.folder + "/." } ?? "/", under: made)
        }
        return made
    }

    /// One file, loaded once.
    func load(_ path: String) throws(ConfigurationError) -> ConfigurationFile {
        let result = files.value(path, cycle: .failure(ConfigurationError(display(path), nil, "configuration cycle"))) {
            Result { () throws(ConfigurationError) in try ConfigurationFile.load(path: path, display: display(path)) }
        }
        return try result.get()
    }

    /// A path as messages show it: relative to the working directory when below it.
    func display(_ path: String) -> String {
        PathName.display(path, from: workingDirectory)
    }
}
