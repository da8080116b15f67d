import DocMarkdown

/// Whether a page's type is an entity (it has a key) or a complex type (it has none), from what the page
/// shows: a `keyProperty`, or the Methods and Relationships sections the Graph template gives entity
/// pages only. `"id": null` is valid in a nested identity (a complex type), never for an entity's key.
public enum EntityEvidence {
    /// Section words of entity pages: English anchors and heading texts in each supported locale (lowercased).
    static let entitySectionWords: Set<String> = [
        "methods", "relationships", "методы", "связи", "отношения", "方法", "关系", "methoden", "beziehungen",
    ]

    /// Whether `page` shows its type is an entity: a section only entity pages have.
    public static func pageShowsEntity(_ page: GraphPage) -> Bool {
        page.document.blocks.contains { block in
            guard case .heading(let heading) = block, heading.level == 2 else { return false }
            if let anchor = heading.anchor, entitySectionWords.contains(anchor.lowercasedQuickly()) { return true }
            return entitySectionWords.contains(TableVocabulary.key(heading.text.visible))
                || entitySectionWords.contains(TableVocabulary.key(heading.text.source ?? ""))
        } || page.propertyTables.contains { $0.kind == .relationships || $0.kind == .methods }
    }
}
