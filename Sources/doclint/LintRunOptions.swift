import DocLint
import Foundation

/// The `lint` options that choose the configuration (kept apart from `LintCommand`'s output options).
struct LintRunOptions {
    /// `--config FILE`: the configuration every page uses instead of the nearest `.doclint.json`.
    var configFile: String?

    /// Their lines of `doclint lint --help`.
    static let usage = """
          --config FILE     use this configuration file for every page (default: the nearest
                            .doclint.json above each page; see docs/configuration.md)
        """

    /// Takes `arg` if it is one of these options (its value from `value`): `true` when taken, `false`
    /// when it is not one of them; `nil` after a usage message.
    mutating func parse(_ arg: String, value: (String) -> String?) -> Bool? {
        switch arg {
        case "--config":
            guard let v = value(arg) else { return nil }
            configFile = v
        default:
            return false
        }
        return true
    }

    /// The run's configuration, with the command line's `--select` / `--ignore` on top.
    func configuration(select: Set<String>?, ignore: Set<String>) -> Configuration {
        Configuration(explicitFile: configFile, commandLine: RuleSettings(select: select, ignore: ignore))
    }

    /// The pages to lint after the configuration's `exclude`, or `nil` after printing why the
    /// configuration cannot be used.
    func pagesToLint(_ files: [String], configuration: Configuration) -> [String]? {
        if let explicit = configuration.explicitFile, !FileManager.default.fileExists(atPath: explicit) {
            printError("doclint: configuration file '\(configFile ?? explicit)' does not exist")
            return nil
        }
        let (included, _, errors) = configuration.partition(files)
        guard errors.isEmpty else {
            for error in errors { printError(error.description) }
            return nil
        }
        return included
    }
}
