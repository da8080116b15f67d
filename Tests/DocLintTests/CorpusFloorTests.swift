import DocLint
import Foundation
import GraphDocs
import Testing

/// A floor on the real corpora: the DL3xx findings on a committed slice of each locale
/// (`Fixtures/corpus-slice/`, built by `scripts/corpus-slice.sh`: seed pages drawn at random from the
/// four corpora, with every page doclint reads to lint them) may not rise. The totals per locale and
/// rule are committed in `floor.json`; when they fall, lower the floor with
/// `RECORD_SNAPSHOTS=1 swift test --filter CorpusFloorTests`.
@Suite struct CorpusFloorTests {
    static let slice = TestSupport.fixtures.appendingPathComponent("corpus-slice")
    static let floorFile = slice.appendingPathComponent("floor.json")

    /// The seed pages, by locale (their first path component).
    static func seeds() throws -> [String: [String]] {
        let text = try String(contentsOf: slice.appendingPathComponent("SEEDS.txt"), encoding: .utf8)
        var byLocale: [String: [String]] = [:]
        for line in text.split(separator: "\n") where !line.isEmpty {
            let locale = String(line.split(separator: "/").first ?? "")
            byLocale[locale, default: []].append(slice.appendingPathComponent(String(line)).path)
        }
        return byLocale
    }

    /// DL3xx findings on a locale's seeds, by rule code.
    static func totals(_ pages: [String]) -> [String: Int] {
        let linter = Linter(source: FolderSource())
        var totals: [String: Int] = [:]
        for result in linter.lint(
            files: pages,
            read: { path in
                guard let bytes = FolderSource.readFile(path) else { throw CocoaError(.fileReadNoSuchFile) }
                return bytes
            })
        {
            guard case .success(let report) = result else { continue }
            for d in report.diagnostics where d.rule.code.hasPrefix("DL3") { totals[d.rule.code, default: 0] += 1 }
        }
        return totals
    }

    @Test func theSliceIsSmallAndCoversEveryLocale() throws {
        let seeds = try Self.seeds()
        #expect(Set(seeds.keys) == ["de-DE", "en-US", "ru-RU", "zh-CN"])
        for (locale, pages) in seeds { #expect(pages.count >= 20, "\(locale) has \(pages.count) seed pages") }
        let files = FileManager.default.enumerator(at: Self.slice, includingPropertiesForKeys: [.fileSizeKey])
        var bytes = 0
        while let url = files?.nextObject() as? URL {
            bytes += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        }
        #expect(bytes < 4_000_000, "the corpus slice holds \(bytes) bytes")
    }

    @Test func dl3TotalsDoNotRise() throws {
        var measured: [String: [String: Int]] = [:]
        for (locale, pages) in try Self.seeds() { measured[locale] = Self.totals(pages) }
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try (encoder.encode(measured) + Data("\n".utf8)).write(to: Self.floorFile)
            return
        }
        let floor = try JSONDecoder().decode([String: [String: Int]].self, from: Data(contentsOf: Self.floorFile))
        for locale in Set(floor.keys).union(measured.keys).sorted() {
            let rules = Set(floor[locale, default: [:]].keys).union(measured[locale, default: [:]].keys)
            for rule in rules.sorted() {
                let allowed = floor[locale]?[rule] ?? 0
                let found = measured[locale]?[rule] ?? 0
                if found > allowed {
                    Issue.record(
                        "\(locale) \(rule): \(found) findings on the corpus slice, the floor is \(allowed): a change brought back wrong findings (or found new real ones: check them, then raise the floor deliberately)"
                    )
                } else if found < allowed {
                    Issue.record(
                        "\(locale) \(rule): \(found) findings on the corpus slice, below the floor of \(allowed): lower the floor (RECORD_SNAPSHOTS=1 swift test --filter CorpusFloorTests)",
                        severity: .warning)
                }
            }
        }
    }
}
