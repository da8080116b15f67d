extension PropertyTable {
    /// Whether this member-shaped table lists the supported values of one of the page's primitive
    /// properties rather than an enumeration's members: its section is named after a `String` or
    /// `String collection` row of the page (`### mediaSizes values` under printerCapabilities'
    /// `mediaSizes | String collection`). Such values are free text (`North America Letter`), not identifiers.
    public func isValueList(on page: GraphPage) -> Bool {
        guard kind == .members, let section else { return false }
        let primitives = Set(
            page.propertyTables.filter { $0.kind == .properties }.flatMap(\.rows).compactMap { row -> String? in
                guard case .primitive(.string)? = row.typeExpression?.base else { return nil }
                return row.displayName.lowercased()
            })
        guard !primitives.isEmpty else { return false }
        let texts = [section.text.visible, section.text.source ?? "", section.anchor ?? ""]
        return texts.contains { text in
            text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).contains {
                primitives.contains($0.lowercased())
            }
        }
    }
}
