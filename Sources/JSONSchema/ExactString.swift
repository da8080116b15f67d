/// Code-point equality for strings, as JSON compares them (Swift's `==` treats canonically
/// equivalent strings, such as `"é"` and `"e\u{301}"`, as equal).
@inline(__always) func sameScalars(_ a: String, _ b: String) -> Bool {
    a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
}

/// A string hashed and compared by its UTF-8 bytes, for sets and dictionary keys.
struct ExactString: Hashable, Sendable {
    /// The string.
    let value: String

    init(_ value: String) {
        self.value = value
    }

    static func == (lhs: ExactString, rhs: ExactString) -> Bool { sameScalars(lhs.value, rhs.value) }

    func hash(into hasher: inout Hasher) {
        var copy = value
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
