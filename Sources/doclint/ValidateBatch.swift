import DocLint
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
        /// Instances that are not valid JSON (or nest past the parser's limit).
        var unreadable: Int
        var findings: [Finding] = []
        /// Instances whose validation a limit stopped (evaluation depth, a pattern's step budget).
        var undecided = 0

        /// Adds `other`'s counts (not its output).
        mutating func add(_ other: Outcome) {
            total += other.total
            invalid += other.invalid
            unreadable += other.unreadable
            undecided += other.undecided
            findings += other.findings
        }
    }

    static func run(_ schema: JSONSchema, _ source: InstanceSource, _ options: ValidateOptions) -> Outcome {
        var report = ValidateReport(options: options)
        if source.isJSONLines {
            report = runLines(schema, source, options)
        } else {
            let lines = LazyLineIndex(source.bytes)
            var tape = JSONTape()
            switch parse(source.bytes, range: nil, into: &tape) {
            case .success: report.add(schema, tape, name: source.name, lines: lines)
            case .failure(let error): report.addUnparsable(error, name: source.name, position: error.position)
            }
        }
        return Outcome(
            output: report.output, total: report.total, invalid: report.invalid, unreadable: report.unreadable,
            findings: report.findings, undecided: report.undecided)
    }

    /// Reads `bytes[range]` onto `tape`; when it is not JSON, `JSONParser` says why.
    static func parse(_ bytes: [UInt8], range: Range<Int>?, into tape: inout JSONTape) -> Result<Void, JSONParseError> {
        if tape.parse(bytes, range: range) { return .success(()) }
        do {
            // The tape reads the grammar `JSONParser` reads, so this throws; should they ever
            // disagree, the instance is still validated, as the parser read it.
            tape = JSONTape(try JSONParser.parse(bytes, range: range).value)
            return .success(())
        } catch {
            return .failure(error)
        }
    }

    /// One line of a JSON Lines source: its bytes and 1-based line number.
    struct Line {
        var range: Range<Int>
        var number: Int
    }

    /// The non-blank lines of `bytes[range]`, numbered from `firstNumber`.
    static func lines(_ bytes: [UInt8], in range: Range<Int>? = nil, firstNumber: Int = 1) -> [Line] {
        lines(bytes, in: range, firstNumber: firstNumber).lines
    }

    /// The non-blank lines of `bytes[range]`, numbered from `firstNumber`, and the number the next line would have.
    static func lines(_ bytes: [UInt8], in range: Range<Int>?, firstNumber: Int) -> (lines: [Line], next: Int) {
        var result: [Line] = []
        let range = range ?? 0..<bytes.count
        var number = firstNumber
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = range.lowerBound
            while start < range.upperBound {
                let newline = memchr(base + start, 0x0A, range.upperBound - start)
                let end =
                    newline.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? range.upperBound
                var i = start
                while i < end && (buffer[i] == 0x20 || buffer[i] == 0x09 || buffer[i] == 0x0D) { i += 1 }
                if i < end { result.append(Line(range: start..<end, number: number)) }
                number += 1
                start = end + 1
            }
        }
        return (result, number)
    }

    static func runLines(_ schema: JSONSchema, _ source: InstanceSource, _ options: ValidateOptions) -> ValidateReport {
        runLines(schema, source.bytes, lines(source.bytes), name: source.name, options)
    }

    /// Validates `all` lines of `bytes`, split across cores; the reports come back in line order.
    static func runLines(
        _ schema: JSONSchema, _ bytes: [UInt8], _ all: [Line], name: String, _ options: ValidateOptions
    ) -> ValidateReport {
        let workers = all.count >= 512 ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1
        let chunks = workers == 1 ? 1 : workers * 4
        let perChunk = (all.count + chunks - 1) / max(chunks, 1)
        let results = UnsafeMutableBufferPointer<ValidateReport>.allocate(capacity: chunks)
        for i in 0..<chunks { (results.baseAddress! + i).initialize(to: ValidateReport(options: options)) }
        defer {
            results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let shared = results
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var report = ValidateReport(options: options)
            var tape = JSONTape()
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
                switch parse(bytes, range: line.range, into: &tape) {
                case .success: report.add(schema, tape, name: name, line: line.number, position: position)
                case .failure(let error): report.addUnparsable(error, name: name, position: position(error.offset))
                }
            }
            shared[chunk] = report
        }
        var merged = ValidateReport(options: options)
        for i in 0..<chunks { merged.append(results[i]) }
        return merged
    }
}
