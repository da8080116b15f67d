/// Checks strings against JSON Schema `format` values (drafts 4 to 2020-12).
///
/// Every checker reads the UTF-8 bytes of the string: no `Date` parsing, no regular expressions. `regex` is
/// not checked here: it needs the ECMA-262 parser, so the validator checks it with `ECMARegex` (see
/// `delegatedFormats`).
public enum FormatChecker {
    /// Whether `value` is valid for `format`; `nil` when this module does not know the format.
    public static func check(_ format: String, _ value: String) -> Bool? {
        StringFormat(rawValue: format)?.check(value)
    }

    /// The formats `check` knows.
    public static let knownFormats: Set<String> = Set(StringFormat.allCases.map(\.rawValue))

    /// Formats the validator must check itself, because they need another module: `regex` (ECMA-262 pattern
    /// syntax, checked with `ECMARegex`). `check` returns `nil` for them.
    public static let delegatedFormats: Set<String> = ["regex"]

    /// RFC 3339 `date-time`, such as `1985-04-12T23:20:50.52Z`.
    public static func isDateTime(_ value: String) -> Bool { StringFormat.dateTime.check(value) }
    /// RFC 3339 `full-date`, such as `1985-04-12`.
    public static func isDate(_ value: String) -> Bool { StringFormat.date.check(value) }
    /// RFC 3339 `full-time`, such as `23:20:50.52Z`.
    public static func isTime(_ value: String) -> Bool { StringFormat.time.check(value) }
    /// RFC 3339 appendix A `duration`, such as `P1DT12H`.
    public static func isDuration(_ value: String) -> Bool { StringFormat.duration.check(value) }
    /// RFC 5321 mailbox, such as `joe.bloggs@example.com`.
    public static func isEmail(_ value: String) -> Bool { StringFormat.email.check(value) }
    /// RFC 6531 mailbox, such as `δοκιμή@example.com`.
    public static func isIDNEmail(_ value: String) -> Bool { StringFormat.idnEmail.check(value) }
    /// RFC 1123 host name, such as `www.example.com` or `xn--4gbwdl.xn--wgbh1c`.
    public static func isHostname(_ value: String) -> Bool { StringFormat.hostname.check(value) }
    /// IDNA2008 host name, such as `실례.테스트`.
    public static func isIDNHostname(_ value: String) -> Bool { StringFormat.idnHostname.check(value) }
    /// Dotted-quad IPv4 address, such as `192.168.0.1`.
    public static func isIPv4(_ value: String) -> Bool { StringFormat.ipv4.check(value) }
    /// RFC 4291 IPv6 address, such as `::ffff:192.168.0.1`.
    public static func isIPv6(_ value: String) -> Bool { StringFormat.ipv6.check(value) }
    /// RFC 3986 URI, such as `http://example.com/a?b#c`.
    public static func isURI(_ value: String) -> Bool { StringFormat.uri.check(value) }
    /// RFC 3986 URI reference, such as `../a?b`.
    public static func isURIReference(_ value: String) -> Bool { StringFormat.uriReference.check(value) }
    /// RFC 3987 IRI, such as `http://ƒøø.ßår/`.
    public static func isIRI(_ value: String) -> Bool { StringFormat.iri.check(value) }
    /// RFC 3987 IRI reference, such as `/âππ`.
    public static func isIRIReference(_ value: String) -> Bool { StringFormat.iriReference.check(value) }
    /// RFC 4122 hyphenated UUID.
    public static func isUUID(_ value: String) -> Bool { StringFormat.uuid.check(value) }
    /// RFC 6570 URI template, such as `/users{/id}{?fields*}`.
    public static func isURITemplate(_ value: String) -> Bool { StringFormat.uriTemplate.check(value) }
    /// RFC 6901 JSON Pointer, such as `/a~1b/0`.
    public static func isJSONPointer(_ value: String) -> Bool { StringFormat.jsonPointer.check(value) }
    /// Relative JSON Pointer, such as `1/a` or `0#`.
    public static func isRelativeJSONPointer(_ value: String) -> Bool { StringFormat.relativeJSONPointer.check(value) }
}
