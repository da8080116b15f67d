/// A JSON Schema `format` this module checks, named by its keyword value.
///
/// Resolve the keyword once (`StringFormat(rawValue:)`) and call `check(_:)` per instance; that avoids
/// comparing the format name on every call.
public enum StringFormat: String, CaseIterable, Sendable {
    /// RFC 3339 `date-time`.
    case dateTime = "date-time"
    /// RFC 3339 `full-date`.
    case date
    /// RFC 3339 `full-time`.
    case time
    /// RFC 3339 appendix A `duration`.
    case duration
    /// RFC 5321 mailbox.
    case email
    /// RFC 6531 mailbox.
    case idnEmail = "idn-email"
    /// RFC 1123 host name (with IDNA2008-valid A-labels).
    case hostname
    /// IDNA2008 internationalized host name.
    case idnHostname = "idn-hostname"
    /// Dotted-quad IPv4 address.
    case ipv4
    /// RFC 4291 IPv6 address.
    case ipv6
    /// RFC 3986 URI.
    case uri
    /// RFC 3986 URI reference.
    case uriReference = "uri-reference"
    /// RFC 3987 IRI.
    case iri
    /// RFC 3987 IRI reference.
    case iriReference = "iri-reference"
    /// RFC 4122 hyphenated UUID.
    case uuid
    /// RFC 6570 URI template.
    case uriTemplate = "uri-template"
    /// RFC 6901 JSON Pointer.
    case jsonPointer = "json-pointer"
    /// Relative JSON Pointer.
    case relativeJSONPointer = "relative-json-pointer"

    /// Whether `value` is valid for this format.
    public func check(_ value: String) -> Bool {
        value.withUTF8Bytes { check(utf8: $0) }
    }

    /// Whether the UTF-8 text `bytes` is valid for this format (the bytes of a Swift `String`, so well formed).
    public func check(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .dateTime: RFC3339DateTime.isDateTime(bytes)
        case .date: RFC3339DateTime.isDate(bytes)
        case .time: RFC3339DateTime.isTime(bytes)
        case .duration: ISO8601Duration.isDuration(bytes)
        case .email: Mailbox.isValid(bytes, international: false)
        case .idnEmail: Mailbox.isValid(bytes, international: true)
        case .hostname: DomainName.isValid(bytes, 0..<bytes.count, rules: .hostname)
        case .idnHostname: DomainName.isValid(bytes, 0..<bytes.count, rules: .idnHostname)
        case .ipv4: IPAddress.isIPv4(bytes, 0..<bytes.count)
        case .ipv6: IPAddress.isIPv6(bytes, 0..<bytes.count)
        case .uri: URIReference.isValid(bytes, kind: .absolute, international: false)
        case .uriReference: URIReference.isValid(bytes, kind: .reference, international: false)
        case .iri: URIReference.isValid(bytes, kind: .absolute, international: true)
        case .iriReference: URIReference.isValid(bytes, kind: .reference, international: true)
        case .uuid: UUIDSyntax.isValid(bytes)
        case .uriTemplate: URITemplate.isValid(bytes)
        case .jsonPointer: JSONPointerSyntax.isPointer(bytes)
        case .relativeJSONPointer: JSONPointerSyntax.isRelativePointer(bytes)
        }
    }
}
