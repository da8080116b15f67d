extension StringProtocol {
    /// Whether `needle` occurs in the text, compared as UTF-8 bytes. With Foundation imported,
    /// `contains("x")` resolves to `StringProtocol.contains(_:)`, which bridges the whole text to
    /// `NSString` on every call; these searches run for every Type cell and JSON key.
    func containsBytes(_ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first else { return true }
        let h = utf8
        guard h.count >= n.count else { return false }
        var i = h.startIndex
        let last = h.index(h.endIndex, offsetBy: -n.count)
        while true {
            if h[i] == first {
                var j = h.index(after: i)
                var k = 1
                while k < n.count && h[j] == n[k] {
                    j = h.index(after: j)
                    k += 1
                }
                if k == n.count { return true }
            }
            if i == last { return false }
            i = h.index(after: i)
        }
    }
}
