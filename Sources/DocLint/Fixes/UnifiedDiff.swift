/// A unified diff of two versions of a file, as bytes (a page need not be valid UTF-8 for its diff
/// to be exact), in the format `patch -p0` and `git apply` read.
public enum UnifiedDiff {
    /// The diff turning `old` into `new` under the name `path`, with `context` lines around each
    /// change; empty when they are equal.
    public static func make(path: String, old: [UInt8], new: [UInt8], context: Int = 3) -> [UInt8] {
        guard old != new else { return [] }
        let a = lines(old)
        let b = lines(new)
        let script = editScript(a, b)
        var out: [UInt8] = Array("--- \(path)\n+++ \(path)\n".utf8)
        // Group the script into hunks: changes closer than 2 × context lines share one.
        var i = 0
        while i < script.count {
            guard script[i].kind != .same else {
                i += 1
                continue
            }
            var start = i
            var kept = 0
            while start > 0 && script[start - 1].kind == .same && kept < context {
                start -= 1
                kept += 1
            }
            var end = i
            while end < script.count {
                if script[end].kind != .same {
                    end += 1
                    continue
                }
                var run = end
                while run < script.count && script[run].kind == .same { run += 1 }
                if run < script.count && run - end <= 2 * context {
                    end = run
                } else {
                    end = min(run, end + context)
                    break
                }
            }
            let hunk = script[start..<end]
            let oldStart = hunk.first!.oldIndex
            let newStart = hunk.first!.newIndex
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            out += Array(
                "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n".utf8)
            for step in hunk {
                let line: ArraySlice<UInt8>
                switch step.kind {
                case .same:
                    out.append(UInt8(ascii: " "))
                    line = a[step.oldIndex]
                case .delete:
                    out.append(UInt8(ascii: "-"))
                    line = a[step.oldIndex]
                case .insert:
                    out.append(UInt8(ascii: "+"))
                    line = b[step.newIndex]
                }
                out += line
                if line.last != 0x0A {
                    out += Array("\n\\ No newline at end of file\n".utf8)
                }
            }
            i = end
        }
        return out
    }

    /// `start,count` as unified diffs write it (1-based; the line before for an empty range).
    static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    /// The lines of `bytes`, each with its line break.
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            result.append(bytes[start...i])
            start = i + 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    /// One step of an edit script.
    struct Step: Equatable {
        enum Kind { case same, delete, insert }
        var kind: Kind
        /// The line's index in the old file (for an insertion: the old line before which it goes).
        var oldIndex: Int
        /// The line's index in the new file (for a deletion: the new line before which it was).
        var newIndex: Int
    }

    /// A shortest edit script from `a` to `b` (Myers' O(ND) algorithm, after the common head and tail).
    static func editScript(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Step] {
        var head = 0
        while head < a.count && head < b.count && a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head && tail < b.count - head && a[a.count - 1 - tail] == b[b.count - 1 - tail] {
            tail += 1
        }
        let x0 = a[head..<(a.count - tail)]
        let y0 = b[head..<(b.count - tail)]
        var steps = (0..<head).map { Step(kind: .same, oldIndex: $0, newIndex: $0) }
        steps += myers(Array(x0), Array(y0)).map {
            Step(kind: $0.kind, oldIndex: $0.oldIndex + head, newIndex: $0.newIndex + head)
        }
        steps += (0..<tail).map {
            Step(kind: .same, oldIndex: a.count - tail + $0, newIndex: b.count - tail + $0)
        }
        return steps
    }

    static func myers(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Step] {
        let n = a.count
        let m = b.count
        if n == 0 { return (0..<m).map { Step(kind: .insert, oldIndex: 0, newIndex: $0) } }
        if m == 0 { return (0..<n).map { Step(kind: .delete, oldIndex: $0, newIndex: 0) } }
        let max = n + m
        let offset = max + 1
        var v = [Int](repeating: 0, count: 2 * max + 3)
        var trace: [[Int]] = []
        var found = false
        for d in 0...max {
            trace.append(v)
            var k = -d
            while k <= d {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n && y < m && a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n && y >= m {
                    found = true
                    break
                }
                k += 2
            }
            if found { break }
        }
        // Walk the trace back from (n, m).
        var steps: [Step] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK: Int
            if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                previousK = k + 1
            } else {
                previousK = k - 1
            }
            let previousX = d == 0 ? 0 : v[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                x -= 1
                y -= 1
                steps.append(Step(kind: .same, oldIndex: x, newIndex: y))
            }
            if d > 0 {
                if x == previousX {
                    steps.append(Step(kind: .insert, oldIndex: x, newIndex: previousY))
                } else {
                    steps.append(Step(kind: .delete, oldIndex: previousX, newIndex: y))
                }
            }
            x = previousX
            y = previousY
        }
        return steps.reversed()
    }
}
