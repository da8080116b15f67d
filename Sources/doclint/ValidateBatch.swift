import Foundation
import JSONCore
import JSONSchema
import SourceText

/// Validates every instance of one source: a JSON document, or JSON Lines split across cores.
enum ValidateBatch {
    /// The rendered output and the counts of one source.
    struct Outcome {
        var output: [UInt8]
        var total: Int
        var invalid: Int
        var unreadable: Int
    }

    static func run(_ schema: JSONSchema, _ source: InstanceSource, _ options: ValidateOptions) -> Outcome {
        var report = ValidateReport(options: options)
        if source.isJSONLines {
            report = runLines(schema, source, options)
        } else {
            let lines = LazyLineIndex(source.bytes)
            do throws(JSONParseError) {
                let value = try JSONParser.parse(source.bytes).value
                report.add(schema, value, name: source.name, lines: lines)
            } catch {
                report.addUnparsable(error, name: source.name, position: error.position)
            }
        }
        return Outcome(
            output: report.output, total: report.total, invalid: report.invalid, unreadable: report.unreadable)
    }

    /// One line of a JSON Lines source: its bytes and 1-based line number.
    struct Line {
        var range: Range<Int>
        var number: Int
    }

    static func lines(_ bytes: [UInt8]) -> [Line] {
        var result: [Line] = []
        var start = 0
        var number = 1
        var blank = true
        bytes.withUnsafeBufferPointer { buffer in
            for i in 0...buffer.count {
                if i == buffer.count || buffer[i] == 0x0A {
                    if !blank { result.append(Line(range: start..<i, number: number)) }
                    start = i + 1
                    number += 1
                    blank = true
                } else if buffer[i] != 0x20 && buffer[i] != 0x09 && buffer[i] != 0x0D {
                    blank = false
                }
            }
        }
        return result
    }

    static func runLines(_ schema: JSONSchema, _ source: InstanceSource, _ options: ValidateOptions) -> ValidateReport {
        let all = lines(source.bytes)
        let workers = all.count >= 512 ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1
        let chunks = workers == 1 ? 1 : workers * 4
        let perChunk = (all.count + chunks - 1) / max(chunks, 1)
        let results = UnsafeMutableBufferPointer<ValidateReport>.allocate(capacity: chunks)
        for i in 0..<chunks { (results.baseAddress! + i).initialize(to: ValidateReport(options: options)) }
        defer { results.deallocate() }
        let bytes = source.bytes
        let name = source.name
        nonisolated(unsafe) let shared = results
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var report = ValidateReport(options: options)
            let lower = min(chunk * perChunk, all.count)
            let upper = min(lower + perChunk, all.count)
            for line in all[lower..<upper] {
                let lineStart = line.range.lowerBound
                let position: (Int) -> SourcePosition = { offset in
                    var column = 1
                    var i = lineStart
                    while i < offset && i < bytes.count {
                        if bytes[i] & 0xC0 != 0x80 { column += 1 }
                        i += 1
                    }
                    return SourcePosition(line: line.number, column: column)
                }
                do throws(JSONParseError) {
                    let value = try JSONParser.parse(bytes, range: line.range).value
                    report.add(schema, value, name: name, instanceName: "\(name):\(line.number)", position: position)
                } catch {
                    report.addUnparsable(error, name: name, position: position(error.offset))
                }
            }
            shared[chunk] = report
        }
        var merged = ValidateReport(options: options)
        for i in 0..<chunks { merged.append(results[i]) }
        return merged
    }
}
