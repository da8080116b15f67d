// libFuzzer target: the JSON parser, strict and lenient, on arbitrary bytes.
//
// Checks beyond "does not crash": every range lies inside the input; a strictly valid document means
// the same read leniently; what the writer prints parses back to the same value.
import JSONCore
import SourceText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let strict = try? JSONParser.parse(bytes)
    let lenient = try? JSONParser.parse(bytes, options: .lenient)
    if let strict {
        checkRanges(strict.value, count: size)
        guard let lenient else { fatalError("strict JSON was refused by the lenient parser") }
        guard lenient.value == strict.value else { fatalError("strict JSON read differently by the lenient parser") }
        let written = Array(JSONWriter.compact(strict.value).utf8)
        guard let again = try? JSONParser.parse(written) else { fatalError("the writer's output does not parse") }
        guard again.value == strict.value else { fatalError("the writer's output parses to another value") }
    }
    if let lenient {
        checkRanges(lenient.value, count: size)
        for leniency in lenient.leniencies where leniency.range.end > size { fatalError("leniency out of range") }
    }
    // A block inside a larger buffer: ranges are offsets into the buffer.
    if size > 2 {
        let inner = 1..<(size - 1)
        if let doc = try? JSONParser.parse(bytes, range: inner, options: .lenient) {
            checkRanges(doc.value, count: size)
        }
    }
    return 0
}

func checkRanges(_ value: JSONValue, count: Int) {
    var stack = [value]
    while let v = stack.popLast() {
        guard v.range.start >= 0, v.range.end <= count else { fatalError("value range \(v.range) outside the input") }
        if let array = v.arrayValue { stack.append(contentsOf: array) }
        if let object = v.objectValue {
            for m in object.members {
                guard m.keyRange.end <= count else { fatalError("key range outside the input") }
                stack.append(m.value)
            }
        }
    }
}
