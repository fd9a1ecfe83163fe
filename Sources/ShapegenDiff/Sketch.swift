/// The members of one side of an operation (request or response) that changed, nested as they are
/// in the message, from which the changelog's sketches are written.
struct Sketch: Sendable, Hashable {
    /// How one member changed, with the sketch of its type (the new one, or the old one if removed).
    enum Change: Sendable, Hashable {
        case added(String)
        case removed(String)
        case changed(String)
    }

    /// Which changes a rendering shows.
    enum View: CaseIterable {
        case added, removed, changed
    }

    /// One member: its own changes (at most one per view), and changes inside its type (through
    /// lists and maps, which the changelog does not write out when only their elements changed).
    struct Entry: Sendable, Hashable {
        var name: String
        var changes: [Change] = []
        var nested: Sketch?
    }

    /// The structure's members that changed, in message order.
    var entries: [Entry]

    /// The members that changed as `view` says, e.g. `{'jobSummaryList': {'jobDefinition': 'string'}}`;
    /// `nil` if there are none.
    func text(_ view: View) -> String? {
        let parts = entries.compactMap { entry -> String? in
            if let text = entry.changes.lazy.compactMap({ $0.text(in: view) }).first {
                return TypeSketch.quoted(entry.name) + ": " + text
            }
            if let inner = entry.nested?.text(view) { return TypeSketch.quoted(entry.name) + ": " + inner }
            return nil
        }
        return parts.isEmpty ? nil : "{" + parts.joined(separator: ", ") + "}"
    }
}

extension Sketch.Change {
    /// The type sketch if this change belongs in `view`.
    func text(in view: Sketch.View) -> String? {
        switch (self, view) {
        case (.added(let text), .added), (.removed(let text), .removed), (.changed(let text), .changed): text
        default: nil
        }
    }
}
