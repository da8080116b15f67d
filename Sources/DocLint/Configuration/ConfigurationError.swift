import SourceText

/// A configuration file that cannot be used: unreadable, not JSON, against its schema, naming an
/// unknown rule, or extending itself. Every problem has the file and, when known, line:column.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One problem in one file.
    public struct Problem: Sendable, Hashable {
        /// The configuration file, as displayed.
        public var path: String
        /// Where in the file, when known.
        public var position: SourcePosition?
        /// What is wrong (lowercase, names quoted).
        public var message: String
    }

    /// The problems, in file order.
    public var problems: [Problem]

    /// One problem.
    init(_ path: String, _ position: SourcePosition?, _ message: String) {
        problems = [Problem(path: path, position: position, message: message)]
    }

    /// Several problems.
    init(problems: [Problem]) {
        self.problems = problems
    }

    /// `path:line:column: error: message`, one line a problem.
    public var description: String {
        problems.map { p in
            let at = p.position.map { "\(p.path):\($0.line):\($0.column)" } ?? p.path
            return "\(at): error: \(p.message)"
        }.joined(separator: "\n")
    }
}
