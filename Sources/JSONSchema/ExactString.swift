#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Code-point equality for strings, as JSON compares them (Swift's `==` treats canonically
/// equivalent strings, such as `"é"` and `"e\u{301}"`, as equal).
@inline(__always) func sameScalars(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    // Native strings expose their UTF-8 directly: compare the bytes in one memcmp.
    let fast = a.utf8.withContiguousStorageIfAvailable { x in
        b.utf8.withContiguousStorageIfAvailable { y in
            x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
        }
    }
    if let fast, let result = fast { return result }
    return a.utf8.elementsEqual(b.utf8)
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
