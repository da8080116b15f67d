import JSONFormats
import Testing

@Suite struct FormatCheckerTests {
    @Test func knowsEveryFormatOfTheTestSuite() {
        let expected: Set<String> = [
            "date-time", "date", "time", "duration", "email", "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6",
            "uri", "uri-reference", "iri", "iri-reference", "uuid", "uri-template", "json-pointer",
            "relative-json-pointer",
        ]
        #expect(FormatChecker.knownFormats == expected)
        #expect(FormatChecker.knownFormats.isDisjoint(with: FormatChecker.delegatedFormats))
    }

    @Test(arguments: ["regex", "unknown", "", "DATE-TIME", "host-name", "ip-address", "color"])
    func unknownAndDelegatedFormatsGiveNil(_ format: String) {
        #expect(FormatChecker.check(format, "anything") == nil)
    }

    @Test func checkAgreesWithTheNamedCheckers() {
        let samples = [
            "2020-01-01", "12:00:00Z", "2020-01-01T12:00:00Z", "P1D", "a@b.c", "example.com", "1.2.3.4", "::1",
            "http://a/", "/a", "x", "",
        ]
        let named: [String: (String) -> Bool] = [
            "date-time": FormatChecker.isDateTime, "date": FormatChecker.isDate, "time": FormatChecker.isTime,
            "duration": FormatChecker.isDuration, "email": FormatChecker.isEmail, "idn-email": FormatChecker.isIDNEmail,
            "hostname": FormatChecker.isHostname, "idn-hostname": FormatChecker.isIDNHostname,
            "ipv4": FormatChecker.isIPv4, "ipv6": FormatChecker.isIPv6, "uri": FormatChecker.isURI,
            "uri-reference": FormatChecker.isURIReference, "iri": FormatChecker.isIRI,
            "iri-reference": FormatChecker.isIRIReference, "uuid": FormatChecker.isUUID,
            "uri-template": FormatChecker.isURITemplate, "json-pointer": FormatChecker.isJSONPointer,
            "relative-json-pointer": FormatChecker.isRelativeJSONPointer,
        ]
        #expect(Set(named.keys) == FormatChecker.knownFormats)
        for (format, checker) in named {
            for sample in samples {
                #expect(FormatChecker.check(format, sample) == checker(sample), "\(format) \(sample)")
                #expect(StringFormat(rawValue: format)?.check(sample) == checker(sample))
            }
        }
    }
}
