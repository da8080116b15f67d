import Foundation
import GraphDocs
import Testing

@Suite struct SHA1Tests {
    /// The FIPS 180 / RFC 3174 test vectors.
    @Test(arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "a49b2446a02c645bf419f995b67091253a04a259"
        ),
        ("The quick brown fox jumps over the lazy dog", "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"),
    ])
    func standardVectors(_ input: String, _ expected: String) {
        #expect(SHA1.hex(Array(input.utf8)) == expected)
    }

    @Test func aMillionAs() {
        #expect(
            SHA1.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    /// Every split of the input into two updates gives the same digest (block boundaries at 55, 56, 63, 64…).
    @Test func incrementalUpdatesAgreeWithOneShot() {
        let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 300] {
            let input = Array(bytes.prefix(length))
            let whole = SHA1.hex(input)
            for cut in Set([0, length / 3, length / 2, length]) {
                var hash = SHA1()
                hash.update(input[0..<cut])
                hash.update(input[cut...])
                #expect(SHA1.hexString(hash.finalize()) == whole, "length \(length), cut \(cut)")
            }
        }
    }

    /// `ms.openlocfilehash` hashes the text with CRLF line endings: lone LFs become CRLF, CRLFs stay,
    /// a lone CR stays, and a CRLF split between two updates is still one line ending.
    @Test func openLocFileHashConvertsLoneLineFeeds() {
        let lf = Array("a\nb\r\nc\rd\n\n".utf8)
        let crlf = Array("a\r\nb\r\nc\rd\r\n\r\n".utf8)
        #expect(OpenLocFileHash.of(lf) == SHA1.hex(crlf))
        #expect(OpenLocFileHash.of(crlf) == SHA1.hex(crlf))
        var split = SHA1()
        Array("x\r".utf8).withUnsafeBytes { split.update(convertingLineEndings: $0) }
        Array("\ny\n".utf8).withUnsafeBytes { split.update(convertingLineEndings: $0) }
        #expect(SHA1.hexString(split.finalize()) == SHA1.hex(Array("x\r\ny\r\n".utf8)))
        // Longer than the staging buffer, with line feeds on both sides of its boundary.
        let long = Array(String(repeating: "0123456789abcde\n", count: 2000).utf8)
        let longCRLF = Array(String(repeating: "0123456789abcde\r\n", count: 2000).utf8)
        #expect(OpenLocFileHash.of(long) == SHA1.hex(longCRLF))
    }

    /// Git's blob id is the SHA-1 of `blob <size>\0` and the contents: compare with `git hash-object`
    /// on every sample page in the repository.
    @Test func agreesWithGitHashObjectOnTheSamplePages() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let samples = root.appendingPathComponent("docs-samples")
        let files = try #require(FileManager.default.subpaths(atPath: samples.path)).filter { $0.hasSuffix(".md") }
            .sorted()
        #expect(files.count > 50)
        // `git hash-object` needs no repository; paths are absolute.
        let output = try GitFixture.run(
            ["hash-object", "--no-filters", "--stdin-paths"],
            input: files.map { samples.appendingPathComponent($0).path + "\n" }.joined(), in: samples.path)
        let gitIDs = output.split(separator: "\n").map(String.init)
        #expect(gitIDs.count == files.count)
        for (file, gitID) in zip(files, gitIDs) {
            let bytes = [UInt8](try Data(contentsOf: samples.appendingPathComponent(file)))
            var hash = SHA1()
            hash.update(Array("blob \(bytes.count)\0".utf8))
            hash.update(bytes)
            #expect(SHA1.hexString(hash.finalize()) == gitID, "\(file)")
        }
    }

    /// The seed pages name their committed en-US sources by `ms.openlocfilehash`.
    @Test func seedPagesNameTheirSourcesByHash() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs-samples")
        let pairs = [
            (
                "de-DE/api-reference/beta/resources/commsoperation.md",
                "en-US-sources/334e84b/api-reference/beta/resources/commsoperation.md"
            ),
            (
                "zh-CN/api-reference/beta/resources/commsoperation.md",
                "en-US-sources/0b3a57a/api-reference/beta/resources/commsoperation.md"
            ),
            (
                "ru-RU/api-reference/beta/resources/commsoperation.md",
                "en-US-sources/272996d/api-reference/beta/resources/commsoperation.md"
            ),
            (
                "de-DE/api-reference/beta/resources/operation.md",
                "en-US-sources/334e84b/api-reference/beta/resources/operation.md"
            ),
        ]
        for (page, source) in pairs {
            let text = try String(contentsOf: root.appendingPathComponent(page), encoding: .utf8)
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("ms.openlocfilehash:") })
            let expected = line.split(separator: " ").last.map(String.init)
            let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent(source)))
            #expect(OpenLocFileHash.of(bytes) == expected, "\(page)")
            #expect(SHA1.hex(bytes) != expected, "the source has LF endings, so the plain SHA-1 must differ")
        }
    }
}
