import DocLint
import Foundation
import GraphDocs
import JSONCore

/// `doclint drift --source EN DIR...`: compares localized pages with the en-US text they were translated from.
enum DriftCommand {
    static let usage = """
        usage: doclint drift --source EN [options] DIR...

        Compares each localized page under DIR (a locale tree such as ru-RU/, whose paths are the en-US
        paths) with its en-US source: the version whose CRLF SHA-1 is the page's ms.openlocfilehash,
        searched in every version of an en-US git repository, else the version at ms.sourcegitcommit,
        else the newest. EN is an en-US docs git repository or a folder (one en-US tree, or commit-named
        snapshot trees). Runs the DL4xx rules; 'doclint lint --source EN' runs them with all the others.

        options:
          --source EN       the en-US repository or folder (required)
          --format FORMAT   text (findings, then a summary per locale and kind), json (docs/drift-json.md)
                            or html (one self-contained page for localization QA; docs/drift-html.md)
          --select CODES    run only these DL4xx rules (comma-separated codes or names)
          --ignore CODES    skip these rules
          --no-source       text: do not print the source line and caret under each finding
          --quiet           text: print the summary only
          -h, --help        show this help

        exit status: 0 no error-level findings, 1 some, 2 usage or I/O error
        """

    static func run(_ arguments: [String]) -> Int32 {
        var directories: [String] = []
        var sourcePath: String?
        var format = "text"
        var select: Set<String>?
        var ignore: Set<String> = []
        var showSource = true
        var quiet = false
        var scanner = ArgumentScanner(arguments)
        do throws(UsageError) {
            while let item = scanner.next() {
                switch item {
                case .operand(let path): directories.append(path)
                case .option(let name):
                    if let standard = try scanner.standardOption() { return standard.perform(usage: usage) }
                    switch name {
                    case "--source": sourcePath = try scanner.value()
                    case "--format":
                        let v = try scanner.value()
                        guard ["text", "json", "html"].contains(v) else {
                            throw UsageError("unknown format '\(v)' (text, json, html)")
                        }
                        format = v
                    case "--select":
                        guard let codes = LintCommand.ruleCodes(LintOptions.items(try scanner.value())) else {
                            return 2
                        }
                        if let other = codes.sorted().first(where: { !$0.hasPrefix("DL4") }) {
                            throw UsageError("'\(other)' is not a DL4xx rule; 'doclint lint --source' runs all rules")
                        }
                        select = (select ?? []).union(codes)
                    case "--ignore":
                        guard let codes = LintCommand.ruleCodes(LintOptions.items(try scanner.value())) else {
                            return 2
                        }
                        ignore.formUnion(codes)
                    case "--no-source":
                        try scanner.flag()
                        showSource = false
                    case "--quiet":
                        try scanner.flag()
                        quiet = true
                    default: throw UsageError("unknown option '\(name)'")
                    }
                }
            }
        } catch {
            printError("doclint drift: \(error.message)\n\n\(usage)")
            return 2
        }
        guard let sourcePath else {
            printError("doclint drift: '--source EN' is required\n\n\(usage)")
            return 2
        }
        guard !directories.isEmpty else {
            printError("doclint drift: no locale folders given\n\n\(usage)")
            return 2
        }
        var status: Int32 = 0
        var pages: [(path: String, relative: String, locale: String?)] = []
        var discoveryErrors: [String] = []
        for directory in directories {
            let (files, errors) = FileDiscovery.markdownFiles(in: [directory])
            discoveryErrors += errors
            for file in files {
                let place = LocalizedPath(path: file, root: directory)
                pages.append((file, place.relative, place.locale))
            }
        }
        // The source is opened (for git, its history read) while the pages' front matter is read.
        let pairing: SourcePairing
        do {
            pairing = try SourcePairing(
                opening: { try SourceLocators.open(sourcePath) }, pages: pages.map { ($0.path, $0.relative) },
                read: FolderSource.readFile)
        } catch {
            printError("doclint drift: \(error)")
            return 2
        }
        for error in discoveryErrors {
            printError("doclint: \(error)")
            status = 2
        }
        guard let locator = pairing.locator else { return 2 }
        let rules = RuleRegistry.all.filter { rule in
            let code = rule.descriptor.id.code
            return code.hasPrefix("DL4") && (select?.contains(code) ?? true) && !ignore.contains(code)
        }
        var linter = Linter(rules: rules.map { $0.init() }, source: FolderSource())
        linter.sources = pairing
        let reporter = TextReporter(showSource: showSource)
        let renderText = format == "text" && !quiet
        let placeOf = Dictionary(pages.map { ($0.path, ($0.relative, $0.locale)) }, uniquingKeysWith: { a, _ in a })
        let results = linter.lint(files: pages.map(\.path), read: FileDiscovery.read) { report in
            let place = placeOf[report.path]
            let page = DriftPage(
                report: report, locale: place?.1 ?? nil, relativePath: place?.0 ?? report.path,
                lookup: pairing.lookup(report.path))
            return (page, renderText ? reporter.render(report) : "")
        }
        var driftPages: [DriftPage] = []
        for result in results {
            switch result {
            case .success(let (page, text)):
                driftPages.append(page)
                if !text.isEmpty { FileHandle.standardOutput.write(Data(text.utf8)) }
            case .failure(let error):
                printError("doclint: \(error)")
                status = 2
            }
        }
        let kind =
            locator is GitSourceLocator
            ? "git" : ((locator as? FolderSourceLocator)?.snapshots != nil ? "snapshots" : "folder")
        let report = DriftReport(sourcePath: sourcePath, sourceKind: kind, pages: driftPages)
        if format == "json" {
            var out: [UInt8] = []
            JSONWriter.write(report.json(), into: &out, indent: 2, level: 0)
            out.append(0x0A)
            FileHandle.standardOutput.write(Data(out))
        } else if format == "html" {
            // The HTML report reads only the drift JSON, as 'doclint report-html' does.
            do {
                FileHandle.standardOutput.write(Data(try DriftHTMLReport.render(report.json()).utf8))
            } catch {
                printError("doclint drift: \(error)")
                return 2
            }
        } else {
            let totals = report.totals
            print((quiet ? "" : "\n") + "drift against \(locator.description):\n" + report.summaryText())
            print(
                reporter.summary(
                    errors: totals.severities[.error] ?? 0, warnings: totals.severities[.warning] ?? 0,
                    notes: totals.severities[.note] ?? 0, filesWithFindings: totals.pagesWithFindings,
                    filesChecked: totals.pages))
        }
        if status == 0 && (report.totals.severities[.error] ?? 0) > 0 { status = 1 }
        return status
    }
}
