/// The bound on what a finding or note says.
///
/// Messages quote page text (a type cell, a row name, a JSON value); a hostile page's cell can be
/// megabytes, and every reporter would repeat it. A message longer than `limit` bytes keeps its first
/// `limit - 3` bytes (cut at a character boundary) and ends with `…`. The longest message on the four
/// real corpora is about 570 bytes.
public enum MessageText {
    /// The most bytes of UTF-8 a message holds.
    public static let limit = 1_000

    /// `text`, or its beginning and `…` when it is longer than `limit` bytes. Bounding twice changes nothing.
    public static func bounded(_ text: String) -> String {
        guard text.utf8.count > limit else { return text }
        var kept = String.UnicodeScalarView()
        var bytes = 0
        let room = limit - 3  // "…" is three bytes of UTF-8
        for scalar in text.unicodeScalars {
            let size = UTF8.width(scalar)
            guard bytes + size <= room else { break }
            kept.append(scalar)
            bytes += size
        }
        return String(kept) + "…"
    }
}
