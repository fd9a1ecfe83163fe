import ShapegenModel

/// Looks for each overlay quote in today's documentation and warns, at the quote, about those
/// that are gone.
///
/// A member entry's quotes are looked for in the member's documentation and its shape's. A rule's
/// in its `then` member's documentation first. A shape entry's (and its rules') in the shape's
/// documentation, its members', that of the operations
/// that take or return it, and that of the members that hold it (through lists and maps), so that
/// a shape the overlay adds is anchored to the member that uses it; so are the members of an added
/// shape. Only the imported model's documentation counts, never text the overlay itself supplies.
/// Text is compared as plain text: Markdown emphasis, escapes, code spans and link targets
/// removed, whitespace collapsed.
public enum ProseAnchorCheck {
    /// A warning for each quote that `imported`'s documentation no longer has; `merged` (the model
    /// with the overlay applied) says which members hold which shapes.
    public static func warnings(_ anchors: [ProseAnchor], imported: ServiceModel, merged: ServiceModel) -> [Diagnostic]
    {
        let documentation = ImportedDocumentation(imported)
        var warnings: [Diagnostic] = []
        for anchor in anchors {
            let texts = scope(of: anchor, documentation, merged: merged)
            let searched = texts.map(plainText)
            for quote in anchor.quotes where !searched.contains(where: { $0.contains(plainText(quote)) }) {
                let today =
                    texts.first.map { "today it reads: \"\(collapsingWhitespace($0))\"" }
                    ?? "it has no documentation today"
                warnings.append(
                    Diagnostic(
                        .warning,
                        "the quoted source of \(anchor.subject) is no longer in its documentation: \"\(quote)\"; \(today)",
                        at: anchor.location))
            }
        }
        return warnings
    }

    /// The documentation texts a quote of `anchor` may come from, most specific first.
    private static func scope(of anchor: ProseAnchor, _ documentation: ImportedDocumentation, merged: ServiceModel)
        -> [String]
    {
        if let member = anchor.member {
            let target = merged.shape(named: anchor.shape)?.kind.structure?.member(named: member)?.target.name
            let texts = [documentation.members[Key(anchor.shape, member)], target.flatMap { documentation.shapes[$0] }]
                .compactMap { $0 }
            if !texts.isEmpty { return texts }
        }
        var texts = [
            anchor.ruleTarget.flatMap { documentation.members[Key(anchor.shape, $0)] },
            documentation.shapes[anchor.shape],
        ]
        .compactMap { $0 }
        texts += documentation.members.filter { $0.key.shape == anchor.shape }.sorted { $0.key.member < $1.key.member }
            .map(\.value)
        texts += merged.operations.filter { $0.input?.name == anchor.shape || $0.output?.name == anchor.shape }
            .compactMap { documentation.operations[$0.name] }
        for (structure, member) in holders(of: anchor.shape, in: merged) {
            if let text = documentation.members[Key(structure, member)] { texts.append(text) }
        }
        return texts
    }

    /// The structure members whose values hold `shape`, directly or as list elements and map values.
    private static func holders(of shape: String, in model: ServiceModel) -> [(String, String)] {
        var containers: Set<String> = [shape]
        var grew = true
        while grew {
            grew = false
            for candidate in model.shapes where !containers.contains(candidate.name) {
                let held: [String] =
                    switch candidate.kind {
                    case .list(let member): [member.name]
                    case .map(_, let value): [value.name]
                    default: []
                    }
                if held.contains(where: containers.contains) {
                    containers.insert(candidate.name)
                    grew = true
                }
            }
        }
        return model.shapes.flatMap { structure in
            (structure.kind.structure?.members ?? []).filter { containers.contains($0.target.name) }.map {
                (structure.name, $0.name)
            }
        }
    }

    /// Markdown as the words a reader sees: code spans, emphasis, escapes and link targets removed,
    /// whitespace collapsed. Quotes go through it too, so `(*)` in a quote matches `(\\*)`.
    public static func plainText(_ markdown: String) -> String {
        var text = ""
        var rest = Substring(markdown)
        while let open = rest.firstIndex(of: "[") {
            text += rest[..<open]
            // `[words](target)` keeps its words.
            if let close = rest[open...].firstIndex(of: "]"), rest.index(after: close) < rest.endIndex,
                rest[rest.index(after: close)] == "(", let end = rest[close...].firstIndex(of: ")")
            {
                text += rest[rest.index(after: open)..<close]
                rest = rest[rest.index(after: end)...]
            } else {
                text += "["
                rest = rest[rest.index(after: open)...]
            }
        }
        text += rest
        return collapsingWhitespace(text.filter { $0 != "`" && $0 != "*" && $0 != "\\" })
    }

    private static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private struct Key: Hashable {
        var shape: String
        var member: String
        init(_ shape: String, _ member: String) {
            self.shape = shape
            self.member = member
        }
    }

    /// The imported model's documentation of shapes, members and operations.
    private struct ImportedDocumentation {
        var shapes: [String: String] = [:]
        var members: [Key: String] = [:]
        var operations: [String: String] = [:]

        init(_ model: ServiceModel) {
            for shape in model.shapes {
                shapes[shape.name] = shape.documentation
                for member in shape.kind.structure?.members ?? [] {
                    members[Key(shape.name, member.name)] = member.documentation
                }
            }
            for operation in model.operations {
                operations[operation.name] = operation.documentation
            }
        }
    }
}
