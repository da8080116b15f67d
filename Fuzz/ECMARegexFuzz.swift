// libFuzzer target: the ECMA-262 regex engine. The input is a pattern, a NUL byte, then a subject
// (no NUL: the whole input is the pattern and is also matched against itself).
//
// Checks beyond "does not crash": a match and its captures lie inside the subject, and `evaluate`
// and `searchFirstMatch` agree (both are bounded by the step budget).
import ECMARegex

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzECMARegex(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let split = bytes.firstIndex(of: 0) ?? size
    let pattern = String(decoding: bytes[0..<split], as: UTF8.self)
    let subject = split < size ? String(decoding: bytes[(split + 1)...], as: UTF8.self) : pattern
    _ = ECMARegex.isValid(pattern)
    guard let regex = try? ECMARegex(pattern) else { return 0 }
    _ = regex.captureCount
    do {
        let found = try regex.evaluate(subject)
        if let match = try regex.searchFirstMatch(in: subject) {
            guard found else { fatalError("searchFirstMatch found a match evaluate did not") }
            let count = subject.utf8.count
            guard match.range.lowerBound >= 0, match.range.upperBound <= count else {
                fatalError("match outside the subject")
            }
            for case let group? in match.captures where group.lowerBound < 0 || group.upperBound > count {
                fatalError("capture outside the subject")
            }
        } else if found {
            fatalError("evaluate found a match searchFirstMatch did not")
        }
    } catch {
        // The step budget ran out: reported, not a crash.
    }
    return 0
}
