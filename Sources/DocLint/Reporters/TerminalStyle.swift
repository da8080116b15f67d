/// When to colour the output: `--color auto|always|never`.
public enum ColorChoice: String, Sendable, Hashable, CaseIterable {
    /// Colour when writing to a terminal, unless the environment says otherwise.
    case auto
    /// Always colour.
    case always
    /// Never colour.
    case never
}

/// ANSI styles for the human-readable formats, and the decision whether to use them.
public struct TerminalStyle: Sendable {
    /// Whether styles are applied (when not, every function returns its text unchanged).
    public var enabled: Bool

    /// A style, on or off.
    public init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Whether to colour: `always` and `never` decide; with `auto`, a non-empty `NO_COLOR` turns colour
    /// off (no-color.org), then a `FORCE_COLOR` other than empty, `0` or `false` turns it on, and
    /// otherwise output is coloured only on a terminal that is not `TERM=dumb`.
    public static func colorEnabled(_ choice: ColorChoice, environment: [String: String], isTerminal: Bool) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if let force = environment["FORCE_COLOR"], !["", "0", "false"].contains(force.lowercased()) {
                return true
            }
            return isTerminal && environment["TERM"] != "dumb"
        }
    }

    /// Bold.
    public func bold(_ text: String) -> String { apply("1", text) }
    /// Bold red.
    public func error(_ text: String) -> String { apply("1;31", text) }
    /// Bold yellow.
    public func warning(_ text: String) -> String { apply("1;33", text) }
    /// Bold cyan.
    public func note(_ text: String) -> String { apply("1;36", text) }
    /// Bold green.
    public func fix(_ text: String) -> String { apply("1;32", text) }

    /// The colour of a severity.
    public func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .error: error(text)
        case .warning: warning(text)
        case .note: note(text)
        }
    }

    private func apply(_ code: String, _ text: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

extension TerminalStyle {
    /// Whether to show progress on standard error: only on a terminal (`isTerminal`: standard error
    /// is one) that is not `TERM=dumb`, and never under CI (`CI` set), whose logs keep every byte.
    public static func showsProgress(environment: [String: String], isTerminal: Bool) -> Bool {
        guard isTerminal, environment["TERM"] != "dumb" else { return false }
        if let ci = environment["CI"], !ci.isEmpty { return false }
        return true
    }
}
