import JSONCore

/// A string hashed and compared by its UTF-8 bytes, for sets and dictionary keys.
struct ExactString: Hashable, Sendable {
    /// The string.
    let value: String

    init(_ value: String) {
        self.value = value
    }

    static func == (lhs: ExactString, rhs: ExactString) -> Bool { sameCodePoints(lhs.value, rhs.value) }

    func hash(into hasher: inout Hasher) {
        var copy = value
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
