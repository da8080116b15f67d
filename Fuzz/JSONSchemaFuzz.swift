// libFuzzer target: schema compile + validate. The input is JSON: an array of
// `{"schema": …, "tests": [{"data": …}]}` cases (the official suite's format) compiles each schema and
// validates each datum; any other value is compiled as a schema and validated against itself.
//
// Checks beyond "does not crash": the flag and basic outputs agree on validity, and an invalid
// result (basic output) names at least one error. Nothing is fetched: the registry holds only what
// the input gives.
import JSONCore
import JSONSchema

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONSchema(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let value = try? JSONParser.parse(bytes).value else { return 0 }
    var cases: [(schema: JSONValue, instances: [JSONValue])] = []
    if let array = value.arrayValue, !array.isEmpty, array.allSatisfy({ $0["schema"] != nil }) {
        for item in array.prefix(8) {
            let tests = item["tests"]?.arrayValue ?? []
            cases.append((item["schema"]!, tests.prefix(8).compactMap { $0["data"] }))
        }
    } else {
        cases.append((value, [value]))
    }
    for (schema, instances) in cases {
        for assertFormats in [false, true] {
            let options = JSONSchema.Options(assertFormats: assertFormats)
            guard let compiled = try? JSONSchema(compiling: schema, options: options) else { continue }
            for instance in instances {
                let flag = compiled.isValid(instance)
                let basic = compiled.validate(instance, output: .basic)
                guard flag == basic.isValid else { fatalError("flag and basic output disagree") }
                guard basic.isValid || !basic.errors.isEmpty else { fatalError("invalid with no error") }
                _ = compiled.validate(instance, output: .detailed)
            }
        }
    }
    return 0
}
