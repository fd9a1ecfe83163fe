import Foundation
import ShapegenDiff
import Testing

/// The text, Markdown and JSON outputs of one change of every sort.
@Suite("formats")
struct FormatTests {
    /// Member added and removed, enum value added, error added, a service field, a pattern with
    /// Markdown's special characters, and a documentation change.
    static let edits = [
        SyntheticCases.weight, Edit("      name: {target: String}\n", ""),
        Edit("values: [RED, GREEN]", "values: [RED, GREEN, BLUE]"),
        SyntheticCases.getThingErrors, Edit("endpointPrefix: things", "endpointPrefix: stuff"),
        Edit("documentation: Deletes a thing.", "documentation: Deletes one thing."),
        Edit("pattern: \"^[a-z0-9-]+$\"", "pattern: \"^[a-z0-9|`-]+$\""),
    ]

    private func report() throws -> DiffReport {
        DiffReport(services: [try ThingsPair.diff(new: Self.edits)])
    }

    @Test func text() throws {
        #expect(
            try report().rendered(as: .text) == """
                Things - 3 updated api methods - breaking
                  breaking    service: endpointPrefix changed: things -> stuff

                DeleteThing (updated) - dangerous
                Changes (request)
                Request (changed)
                {'thingId': 'string'}

                GetThing (updated) - breaking
                Changes (request, response, errors)
                Request (changed)
                {'thingId': 'string'}
                Response
                {'thing': {'color': {'BLUE'}, 'weight': 123}}
                Response (removed)
                {'thing': {'name': 'string'}}
                Response (changed)
                {'thing': {'thingId': 'string'}}
                  dangerous   GetThing: error added: BadRequest

                ListThings (updated) - breaking
                Changes (request, response)
                Request
                {'color': {'BLUE'}}
                Response
                {'things': {'color': {'BLUE'}, 'weight': 123}}
                Response (removed)
                {'things': {'name': 'string'}}
                Response (changed)
                {'things': {'thingId': 'string'}}

                Shape changes (4)
                  compatible  Color: enum value added: BLUE
                  breaking    Thing.name: member removed: String
                  compatible  Thing.weight: member added: Integer
                  dangerous   ThingId: pattern changed: ^[a-z0-9-]+$ -> ^[a-z0-9|`-]+$

                Documentation changes (1 operation)
                  operation DeleteThing: documentation changed

                """)
    }

    @Test func markdown() throws {
        let markdown = try report().rendered(as: .markdown)
        #expect(
            markdown.hasPrefix(
                """
                ## Things: 3 updated api methods — **breaking**

                | severity | where | change |
                | --- | --- | --- |
                | breaking | `service` | endpointPrefix changed: `things` → `stuff` |

                ### `DeleteThing` (updated) — dangerous

                Changes (request)

                Request (changed)

                ```python
                {'thingId': 'string'}
                ```

                ### `GetThing` (updated) — breaking

                Changes (request, response, errors)

                Request (changed)

                ```python
                {'thingId': 'string'}
                ```

                Response

                ```python
                {'thing': {'color': {'BLUE'}, 'weight': 123}}
                ```

                """))
        #expect(
            markdown.hasSuffix(
                """
                ### Shape changes

                | severity | where | change |
                | --- | --- | --- |
                | compatible | `Color` | enum value added: `BLUE` |
                | breaking | `Thing.name` | member removed: `String` |
                | compatible | `Thing.weight` | member added: `Integer` |
                | dangerous | `ThingId` | pattern changed: `^[a-z0-9-]+$` → ``^[a-z0-9\\|`-]+$`` |

                <details>
                <summary>Documentation changes (1 operation)</summary>

                - operation `DeleteThing`: documentation changed

                </details>

                """))
    }

    @Test func json() throws {
        let json = try report().rendered(as: .json)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(root["severity"] as? String == "breaking")
        #expect(root["addedModels"] as? [Any] != nil)
        let service = try #require((root["services"] as? [[String: Any]])?.first)
        #expect(service["service"] as? String == "Things")
        #expect(service["summary"] as? String == "3 updated api methods")
        #expect(service["old"] as? String == "old.yaml")
        let operations = try #require(service["operations"] as? [[String: Any]])
        #expect(operations.compactMap { $0["name"] as? String } == ["DeleteThing", "GetThing", "ListThings"])
        let getThing = operations[1]
        #expect(getThing["changes"] as? [String] == ["request", "response", "errors"])
        let response = try #require(getThing["response"] as? [String: String])
        #expect(
            response == [
                "added": "{'thing': {'color': {'BLUE'}, 'weight': 123}}", "removed": "{'thing': {'name': 'string'}}",
                "changed": "{'thing': {'thingId': 'string'}}",
            ])
        let events = try #require(getThing["events"] as? [[String: Any]])
        #expect(events.count == 1)
        #expect(events.first?["kind"] as? String == "ErrorAdded")
        #expect(events.first?["new"] as? String == "BadRequest")
        #expect(events.first?["location"] as? String == "new.yaml:15:3")
        let changes = try #require(service["changes"] as? [[String: Any]])
        #expect(
            changes.compactMap { $0["subject"] as? String } == [
                "service", "GetThing", "Color", "Thing.name", "Thing.weight", "ThingId",
            ])
    }

    @Test func addedAndRemovedModels() throws {
        let report = DiffReport(
            services: [], addedModels: [.init(path: "Models/b.yaml", service: "B", operations: 2)],
            removedModels: [.init(path: "Models/a.yaml", service: "A", operations: 1)])
        #expect(report.severity == .breaking)
        #expect(
            report.rendered(as: .text) == """
                Models/b.yaml - new model: B (2 api methods) - compatible

                Models/a.yaml - removed model: A (1 api methods) - breaking

                """)
        #expect(
            report.rendered(as: .markdown) == """
                ## New model `Models/b.yaml`: B (2 api methods) — compatible

                ## Removed model `Models/a.yaml`: A (1 api methods) — breaking

                """)
        #expect(DiffReport(services: []).severity == nil)
    }
}
