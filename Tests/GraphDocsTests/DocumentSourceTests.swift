import Foundation
import GraphDocs
import Synchronization
import Testing

@Suite struct OnceMapTests {
    @Test func eachKeyIsComputedOnceWhenWorkersRace() {
        let map = OnceMap<Int, Int>()
        let calls = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 64) { i in
            let key = i % 4
            let value = map.value(key, cycle: -1) {
                calls.add(1, ordering: .relaxed)
                usleep(2000)  // long enough that the other workers ask while it is computed
                return key * 10
            }
            #expect(value == key * 10)
        }
        #expect(calls.load(ordering: .relaxed) == 4)
        #expect(map.count == 4)
    }

    @Test func aKeyAskedForWhileItIsComputedOnTheSameThreadGivesTheCycleValue() {
        let map = OnceMap<String, Int>()
        func depth(_ key: String) -> Int {
            map.value(key, cycle: 0) { key == "a" ? depth("b") + 1 : depth("a") + 1 }
        }
        #expect(depth("a") == 2)
        #expect(map.cached("b") == 1)
    }

    @Test func offerKeepsTheFirstValue() {
        let map = OnceMap<String, Int>()
        #expect(map.cached("x") == nil)
        #expect(map.offer("x", 1) == 1)
        #expect(map.offer("x", 2) == 1)
        #expect(map.cached("x") == 1)
    }
}

@Suite struct DocumentSourceTests {
    @Test func memorySourceReadsAndLists() {
        let source = MemorySource([
            "a/b/x.md": Array("x".utf8), "a/b/y.md": Array("y".utf8), "a/c/z.md": [],
        ])
        #expect(source.read("./a/b/x.md") == Array("x".utf8))
        #expect(source.read("a/b/w.md") == nil)
        #expect(source.list("a/b")?.sorted() == ["x.md", "y.md"])
        #expect(source.list("a")?.sorted() == ["b", "c"])
        #expect(source.list("q") == nil)
    }

    @Test func folderSourceReadsRegularFilesOnly() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-source-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("page.md")
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: 300_000) + Array("é\n".utf8)
        try Data(big).write(to: file)
        #expect(FolderSource().read(file.path) == big)
        #expect(FolderSource().read(dir.appendingPathComponent("missing.md").path) == nil)
        // A folder and a FIFO are not files: reading them returns at once instead of failing late or blocking.
        #expect(FolderSource().read(dir.path) == nil)
        let fifo = dir.appendingPathComponent("pipe.md").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(FolderSource().read(fifo) == nil)
        #expect(FolderSource().list(dir.path)?.sorted() == ["page.md", "pipe.md"])
    }
}
