import JSONFormats
import Testing

@Suite struct DateTimeFormatTests {
    @Test(arguments: [
        "1985-04-12T23:20:50.52Z", "1996-12-19T16:39:57-08:00", "1990-12-31T23:59:60Z", "1990-12-31T15:59:60-08:00",
        "1937-01-01T12:00:27.87+00:20", "2000-02-29t00:00:00z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.9Z",
        "2024-06-30T23:45:60-00:14",
    ])
    func validDateTimes(_ value: String) {
        #expect(FormatChecker.isDateTime(value))
    }

    @Test(arguments: [
        "", "1985-04-12", "1985-04-12T23:20:50", "1985-04-12 23:20:50Z", "1985-04-12T23:20:50.Z",
        "1985-04-12T23:20:50,5Z", "1900-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "1985-04-12T23:20:50+0100",
        "1985-04-12T23:20:50+01:00:00", "1985-04-12T23:59:60+01:00", "1985-04-12T00:00:00ZZ", "1985-4-12T00:00:00Z",
        "1985-04-12T23:20:50.52Z ", "１９８５-04-12T23:20:50Z", "1985-04-12T23:20:50-24:00",
    ])
    func invalidDateTimes(_ value: String) {
        #expect(!FormatChecker.isDateTime(value))
    }

    @Test func datesFollowTheGregorianCalendar() {
        let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        for (index, length) in monthLengths.enumerated() {
            let month = index + 1 < 10 ? "0\(index + 1)" : "\(index + 1)"
            #expect(FormatChecker.isDate("2023-\(month)-\(length)"), "2023-\(month)-\(length)")
            #expect(!FormatChecker.isDate("2023-\(month)-\(length + 1)"), "2023-\(month)-\(length + 1)")
        }
        #expect(FormatChecker.isDate("2000-02-29"))
        #expect(FormatChecker.isDate("2024-02-29"))
        #expect(!FormatChecker.isDate("1900-02-29"))
        #expect(!FormatChecker.isDate("2024-13-01"))
        #expect(!FormatChecker.isDate("2024-00-10"))
        #expect(!FormatChecker.isDate("2024-01-00"))
        #expect(!FormatChecker.isDate("2024-01-01T00:00:00Z"))
    }

    @Test(arguments: ["00:00:00Z", "23:59:59.999+14:00", "12:00:00-00:00", "23:59:60z", "00:29:60-23:30"])
    func validTimes(_ value: String) {
        #expect(FormatChecker.isTime(value))
    }

    @Test(arguments: [
        "12:00:00", "24:00:00Z", "12:60:00Z", "12:00:61Z", "12:00:60Z", "12:00Z", "1:00:00Z", "12:00:00+1:00",
    ])
    func invalidTimes(_ value: String) {
        #expect(!FormatChecker.isTime(value))
    }

    @Test func leapSecondsOnlyAtUTCMidnightMinusOneMinute() {
        // Every offset at which 23:59:60 UTC is written; each minute either side must be rejected.
        for offset in stride(from: -(23 * 60 + 59), through: 23 * 60 + 59, by: 7) {
            let local = ((23 * 60 + 59 + offset) % 1440 + 1440) % 1440
            let sign = offset < 0 ? "-" : "+"
            let zone = "\(sign)\(twoDigits(abs(offset) / 60)):\(twoDigits(abs(offset) % 60))"
            let time = "\(twoDigits(local / 60)):\(twoDigits(local % 60)):60\(zone)"
            #expect(FormatChecker.isTime(time), "\(time)")
            let next = (local + 1) % 1440
            let wrong = "\(twoDigits(next / 60)):\(twoDigits(next % 60)):60\(zone)"
            #expect(!FormatChecker.isTime(wrong), "\(wrong)")
        }
    }

    private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

@Suite struct DurationFormatTests {
    @Test(arguments: [
        "P1Y", "P1M", "P1D", "P1W", "PT1H", "PT1M", "PT1S", "P1Y2M3DT4H5M6S", "P2M3D", "PT5M6S", "P1DT1H", "P0D",
        "p1d", "P1Dt2h",
    ])
    func validDurations(_ value: String) {
        #expect(FormatChecker.isDuration(value))
    }

    @Test(arguments: [
        "", "P", "PT", "P1", "PT1", "P1Y1D", "PT1H1S", "P1M1Y", "P1W1D", "P1WT1H", "P1DT", "P1.5D", "PT1.5S",
        "1D", "P1H", "PT1D", "P-1D", "P1Y2M3DT4H5M6S7", "P1D ",
    ])
    func invalidDurations(_ value: String) {
        #expect(!FormatChecker.isDuration(value))
    }
}
