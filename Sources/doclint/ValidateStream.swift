import GraphDocs
import JSONSchema

#if canImport(Glibc)
    import Glibc
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite = Darwin.write
#endif

/// Validates a JSON Lines file block by block, writing each block's results before reading the
/// next, so memory stays bounded by the block size whatever the file's size.
enum ValidateStream {
    /// How many bytes are read at a time (a longer line grows the block to fit).
    static let blockSize = 4 << 20

    /// Validates every line of the JSON Lines file at `path`, writing the results to standard
    /// output as they are ready; throws when the file cannot be opened or read.
    static func run(_ schema: JSONSchema, path: String, _ options: ValidateOptions) throws(InputError)
        -> ValidateBatch.Outcome
    {
        // A FIFO or a device named `.jsonl` is refused: opening one could wait for a writer forever.
        let fd: Int32
        switch FolderSource.openRegularFile(path) {
        case .success(let opened): fd = opened
        case .failure(let error): throw InputError("cannot read '\(path)': \(error)")
        }
        defer { close(fd) }
        var outcome = ValidateBatch.Outcome(output: [], total: 0, invalid: 0, unreadable: 0)
        var buffer: [UInt8] = []
        var nextLine = 1
        var atEnd = false
        while !atEnd {
            // Fill the buffer with the carried-over tail plus up to one block.
            let kept = buffer.count
            buffer.reserveCapacity(kept + blockSize)
            var readCount = 0
            var failed = false
            buffer.append(contentsOf: repeatElement(0, count: blockSize))
            buffer.withUnsafeMutableBufferPointer { b in
                while readCount < blockSize {
                    let n = read(fd, b.baseAddress! + kept + readCount, blockSize - readCount)
                    if n < 0 && errno == EINTR { continue }
                    if n < 0 { failed = true }
                    if n <= 0 { break }
                    readCount += n
                }
            }
            buffer.removeLast(blockSize - readCount)
            if failed { throw InputError("cannot read '\(path)': \(String(cString: strerror(errno)))") }
            atEnd = readCount == 0
            // Complete lines only; the tail after the last newline waits for the next block.
            var cut = buffer.count
            if !atEnd {
                guard let last = buffer.lastIndex(of: 0x0A) else { continue }
                cut = last + 1
            }
            let (lines, next) = ValidateBatch.lines(buffer, in: 0..<cut, firstNumber: nextLine)
            nextLine = next
            let report = ValidateBatch.runLines(schema, buffer, lines, name: path, options)
            StandardOutput.write(report.output)
            outcome.total += report.total
            outcome.invalid += report.invalid
            outcome.unreadable += report.unreadable
            outcome.findings += report.findings
            outcome.undecided += report.undecided
            buffer.removeFirst(cut)
        }
        return outcome
    }
}

/// Writes bytes to standard output without going through `FileHandle`/`Data`.
enum StandardOutput {
    /// Writes all of `bytes` (retrying short writes).
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { b in
            var done = 0
            while done < b.count {
                let n = systemWrite(1, b.baseAddress! + done, b.count - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                done += n
            }
        }
    }
}
