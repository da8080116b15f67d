/// `doclint validate`: validates JSON instances against a JSON Schema (implemented with the JSONSchema target).
enum ValidateCommand {
    /// Runs the command and returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        print("doclint validate: not implemented yet")
        return 2
    }
}
