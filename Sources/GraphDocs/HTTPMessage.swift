import SourceText

/// An HTTP request or response written in an `http` block: start line, headers, body.
public struct HTTPMessage: Sendable {
    /// The first line (`HTTP/1.1 200 OK`, `POST https://graph.microsoft.com/v1.0/me/events`).
    public var startLine: String
    /// The status code of a response.
    public var statusCode: Int?
    /// The method of a request.
    public var method: String?
    /// The headers, in order.
    public var headers: [(name: String, value: String)]
    /// Where the body is (after the blank line), if there is one.
    public var bodyRange: SourceRange?

    /// Reads the message in `bytes[range]`; `nil` when it does not start with a request or status line.
    public init?(bytes: [UInt8], range: SourceRange) {
        var lines: [(start: Int, end: Int)] = []
        var start = range.start
        var i = range.start
        while i < range.end {
            // LF or CR LF ends a line, and so does a lone CR (a page with classic Mac line endings).
            if bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 == range.end || bytes[i + 1] != 0x0A)) {
                lines.append((start, i))
                start = i + 1
            }
            i += 1
        }
        if start < range.end { lines.append((start, range.end)) }
        func text(_ l: (start: Int, end: Int)) -> String {
            var end = l.end
            if end > l.start && bytes[end - 1] == 0x0D { end -= 1 }
            return String(decoding: bytes[l.start..<end], as: UTF8.self)
        }
        var index = 0
        while index < lines.count && text(lines[index]).allSatisfy(\.isWhitespace) { index += 1 }
        guard index < lines.count else { return nil }
        startLine = text(lines[index]).trimmed()
        let words = startLine.split(separator: " ")
        if startLine.hasPrefix("HTTP/"), words.count >= 2, let code = Int(words[1]) {
            statusCode = code
            method = nil
        } else if let first = words.first,
            ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"].contains(first.uppercased())
        {
            method = first.uppercased()
            statusCode = nil
        } else {
            return nil
        }
        headers = []
        index += 1
        while index < lines.count {
            let line = text(lines[index])
            if line.allSatisfy(\.isWhitespace) { break }
            // A body that starts right after the headers with no blank line (common in docs).
            if line.hasPrefix("{") || line.hasPrefix("[") {
                index -= 1
                break
            }
            if let colon = line.firstIndex(of: ":") {
                headers.append((String(line[..<colon]).trimmed(), String(line[line.index(after: colon)...]).trimmed()))
            }
            index += 1
        }
        bodyRange = index + 1 < lines.count ? SourceRange(start: lines[index + 1].start, end: range.end) : nil
    }
}
