import ShapegenImporter
import ShapegenLoader
import ShapegenModel
import Testing
import Yams

/// Overlays: merging, stale entries, and `source:` quotes anchored to the documentation.
@Suite("Overlays")
struct OverlayTests {
    static let model = """
        shapegen: 1
        service: {name: Things, apiVersion: "2024-01-01", protocol: rest-json, endpointPrefix: things}
        operations:
          ListThings:
            http: {method: POST, uri: /things}
            input: ListThingsRequest
            documentation: Lists things. You must specify exactly one of `owner` and `group`.
        shapes:
          ListThingsRequest:
            type: structure
            documentation: The request.
            members:
              owner: {target: String}
              group: {target: String}
              maxResults:
                target: Integer
                documentation: 'The minimum value is 1. When `--filters` is used, up to 100 values. See [the guide](https://example.com/guide) (\\*).'
              filters: {target: Names, documentation: "The filter. Only one filter at a time."}
          Names: {type: list, member: String}
          String: {type: string}
          Integer: {type: integer}
        """

    /// The model with `overlay` applied, and the warnings of its quotes against the model's documentation.
    func apply(_ overlay: String) throws -> (model: ServiceModel, warnings: [Diagnostic]) {
        let imported = try ModelLoader().load(yaml: Self.model, path: "things.yaml")
        let parsed = try Overlay(yaml: "shapegen-overlay: 1\n" + overlay, path: "things.overlay.yaml")
        let merged = try parsed.apply(to: try #require(try Yams.compose(yaml: Self.model)))
        let model = try ModelLoader().load(yaml: try Yams.serialize(node: merged), path: "things.yaml")
        return (model, ProseAnchorCheck.warnings(parsed.anchors, imported: imported, merged: model))
    }

    @Test("quotes found in the member's, the shape's, the operation's and a holder's documentation")
    func quotesThatAreThere() throws {
        let (model, warnings) = try apply(
            """
            shapes:
              ListThingsRequest:
                source: "You must specify exactly one of owner and group."
                exactlyOneOf: [[owner, group]]
                rules:
                  - {when: filters, present: true, then: maxResults, max: 100, source: "When --filters is used, up to 100 values."}
                members:
                  maxResults: {min: 1, source: ["The minimum value is 1.", "See the guide (*)."]}
                  filters: {target: Filters}
              Filters:
                type: list
                member: String
                source: Only one filter at a time.
            """)
        #expect(warnings == [])
        let request = try #require(model.shape(named: "ListThingsRequest")?.kind.structure)
        #expect(request.conditionalRules.count == 1)
        #expect(request.member(named: "maxResults")?.constraints.min?.value == 1)
        #expect(model.shape(named: "Filters") != nil)
    }

    @Test("a quote that is gone is a warning at the quote, showing today's documentation")
    func quotesThatAreGone() throws {
        let (_, warnings) = try apply(
            """
            shapes:
              ListThingsRequest:
                rules:
                  - {when: filters, present: true, then: maxResults, max: 100, source: "Up to 50 values."}
                members:
                  maxResults:
                    max: 100
                    source:
                      - "The minimum value is 1."
                      - "This value can be between 1 and 100."
            """)
        #expect(
            warnings.map(\.description) == [
                "things.overlay.yaml:5:76: warning: the quoted source of the rule of ListThingsRequest on maxResults is no longer in its documentation: \"Up to 50 values.\"; today it reads: \"The minimum value is 1. When `--filters` is used, up to 100 values. See [the guide](https://example.com/guide) (\\*).\"",
                "things.overlay.yaml:10:11: warning: the quoted source of ListThingsRequest.maxResults is no longer in its documentation: \"This value can be between 1 and 100.\"; today it reads: \"The minimum value is 1. When `--filters` is used, up to 100 values. See [the guide](https://example.com/guide) (\\*).\"",
            ])
    }

    @Test("a source that is not a sentence or a list of them is an error")
    func malformedSources() throws {
        for source in ["{a: b}", "[]", "\"  \"", "[ok, \"\"]"] {
            #expect(throws: DiagnosticsError.self, "\(source)") {
                try Overlay(
                    yaml: "shapegen-overlay: 1\nshapes:\n  ListThingsRequest:\n    source: \(source)\n", path: "o.yaml")
            }
        }
    }

    @Test("plain text: code spans, emphasis, escapes and link targets go, whitespace collapses")
    func plainText() {
        #expect(
            ProseAnchorCheck.plainText("When `--filters` is **used**,\n  up to [100](https://x/y) (\\*)")
                == "When --filters is used, up to 100 ()")
        #expect(ProseAnchorCheck.plainText("a [b] (c)") == "a [b] (c)")
    }
}
