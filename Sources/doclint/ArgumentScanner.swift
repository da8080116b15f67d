import DocLint

/// Reads command-line arguments the same way for every command: `--name value` and `--name=value`,
/// `-x value`, flags (which refuse `=value`), `--` (everything after it is an operand) and `-` (an
/// operand, standard input).
struct ArgumentScanner {
    /// One argument.
    enum Item: Equatable {
        /// An option or flag, as spelled without its `=value` (`--select`, `-o`).
        case option(String)
        /// Anything else: a path, a code, `-`.
        case operand(String)
    }

    private let arguments: [String]
    private var index = 0
    private var inline: String?
    private var current = ""
    private var onlyOperands = false

    /// A scanner over `arguments` (without the command name).
    init(_ arguments: [String]) {
        self.arguments = arguments
    }

    /// The next argument, or `nil` at the end.
    mutating func next() -> Item? {
        inline = nil
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyOperands || argument == "-" || !argument.hasPrefix("-") { return .operand(argument) }
            if argument == "--" {
                onlyOperands = true
                continue
            }
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                current = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            } else {
                current = argument
            }
            return .option(current)
        }
        return nil
    }

    /// The value of the option just read: after `=`, or the next argument.
    mutating func value() throws(UsageError) -> String {
        if let inline {
            self.inline = nil
            return inline
        }
        guard index < arguments.count else { throw UsageError("option '\(current)' needs a value") }
        index += 1
        return arguments[index - 1]
    }

    /// Checks that the flag just read was not given a value (`--quiet=yes`).
    func flag() throws(UsageError) {
        if inline != nil { throw UsageError("option '\(current)' takes no value") }
    }

    /// `help` for `-h` and `--help`, `version` for `--version` (options every command takes), `nil`
    /// for any other option just read; they take no value.
    func standardOption() throws(UsageError) -> StandardOption? {
        let option: StandardOption
        switch current {
        case "-h", "--help": option = .help
        case "--version": option = .version
        default: return nil
        }
        try flag()
        return option
    }

    /// The value of the option just read as a whole number of at least 0.
    mutating func count() throws(UsageError) -> Int {
        let text = try value()
        guard let number = Int(text), number >= 0 else {
            throw UsageError("option '\(current)' needs a whole number, not '\(text)'")
        }
        return number
    }
}

/// An option every command takes.
enum StandardOption {
    case help, version

    /// Prints the command's `usage` or doclint's version; the exit status (0).
    func perform(usage: String) -> Int32 {
        switch self {
        case .help: print(usage)
        case .version: print("doclint \(DocLintVersion.current)")
        }
        return 0
    }
}

/// A command-line mistake; an empty message asks for the usage text alone.
struct UsageError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
