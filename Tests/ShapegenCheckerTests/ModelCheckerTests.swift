import ShapegenChecker
import ShapegenLoader
import ShapegenModel
import Testing

@Suite("Checking model meaning")
struct ModelCheckerTests {
    /// The diagnostics of a model made of `shapes` (YAML lines under `shapes:`) and optional `operations`.
    func diagnostics(shapes: String, operations: String = "", service: String = "protocol: rest-json") throws
        -> [String]
    {
        let yaml = """
            shapegen: 1
            service: {name: Demo, apiVersion: "1", \(service)}
            operations:
            \(operations.isEmpty ? "  {}" : operations)
            shapes:
            \(shapes)
            """
        let model = try ModelLoader().load(yaml: yaml, path: "m.yaml")
        return ModelChecker().diagnose(model).map(\.description)
    }

    @Test func batchModelIsClean() throws {
        let path = #filePath.components(separatedBy: "/Tests/")[0] + "/Models/batch.yaml"
        let model = try ModelLoader().load(contentsOf: path)
        #expect(ModelChecker().diagnose(model).isEmpty)
    }

    /// A union's unknown-member case is `sdkUnknown`; a member of that Swift name needs a `swiftName`.
    @Test func aUnionMemberCannotTakeTheUnknownCasesName() throws {
        #expect(
            try diagnostics(
                shapes: """
                      U: {type: union, members: {sdkUnknown: {target: T}}}
                      S: {type: structure, members: {sdkUnknown: {target: T}}}
                      T: {type: string}
                    """) == [
                    "m.yaml:6:30: error: member 'sdkUnknown' of 'U' would become 'sdkUnknown', which generated code declares; set 'swiftName' to rename it"
                ])
    }

    @Test func danglingReferencesSuggestAShape() throws {
        #expect(
            try diagnostics(
                shapes: """
                      S: {type: structure, members: {m: {target: string}}}
                      String: {type: string}
                    """) == [
                    "m.yaml:6:46: error: member 'm' of 'S' refers to unknown shape 'string' (did you mean 'String'?)"
                ])
    }

    @Test func memberConstraintsMustFitTheTarget() throws {
        #expect(
            try diagnostics(
                shapes: """
                      S: {type: structure, members: {m: {target: N, pattern: "^a$", min: 2, max: 1}}}
                      N: {type: integer}
                    """) == [
                    "m.yaml:6:58: error: 'pattern' applies only to strings; 'N' is an integer",
                    "m.yaml:6:70: error: 'min' (2) of member 'm' of 'S' is greater than 'max' (1)",
                ])
    }

    @Test func lengthBoundsMustBeWholeAndNonNegative() throws {
        #expect(
            try diagnostics(
                shapes: """
                      T: {type: string, min: -1, max: 2.5}
                    """) == [
                    "m.yaml:6:26: error: a length bound of shape 'T' must be a whole number of at least 0, found -1",
                    "m.yaml:6:35: error: a length bound of shape 'T' must be a whole number of at least 0, found 2.5",
                ])
    }

    @Test func invalidPatternsAreReported() throws {
        #expect(
            try diagnostics(
                shapes: """
                      T: {type: string, pattern: "[a-"}
                    """) == ["m.yaml:6:30: error: pattern of shape 'T' is not a valid regular expression: [a-"])
    }

    @Test func swiftNameCollisionsAreReported() throws {
        #expect(
            try diagnostics(
                shapes: """
                      S:
                        type: structure
                        members:
                          JobName: {target: T}
                          jobName: {target: T}
                      T: {type: string}
                      E: {type: enum, values: [t2.micro, T2_MICRO, UNKNOWN]}
                    """) == [
                    "m.yaml:10:7: error: member 'jobName' of 'S' and member 'JobName' both become the Swift property 'jobName'",
                    "m.yaml:12:38: error: enum values 't2.micro' and 'T2_MICRO' of 'E' both become the case 't2Micro'; set 'swiftName' on one",
                    "m.yaml:12:48: error: enum value 'UNKNOWN' of 'E' would become the case 'unknown', which holds unknown values; set 'swiftName' to rename it",
                ])
    }

    @Test func namesGeneratedCodeNeedsAreReported() throws {
        #expect(
            try diagnostics(
                shapes: """
                      S: {type: structure, members: {Self: {target: T}}}
                      T: {type: string}
                      E: {type: enum, values: [ALL_CASES, {value: all, swiftName: allCases}]}
                      M: {type: structure, members: {CustomMirror: {target: T}}}
                    """) == [
                    "m.yaml:6:34: error: member 'Self' of 'S' would become 'self', which generated code declares; set 'swiftName' to rename it",
                    "m.yaml:8:39: error: enum value 'all' of 'E' would become the case 'allCases', which generated enums declare as a static member; set another 'swiftName'",
                    "m.yaml:9:34: error: member 'CustomMirror' of 'M' would become 'customMirror', which generated code declares; set 'swiftName' to rename it",
                ])
    }

    @Test func hostPrefixLabelsNameRequiredStringHostLabelMembers() throws {
        #expect(
            try diagnostics(
                shapes: """
                      In:
                        type: structure
                        members:
                          account: {target: T, traits: {hostLabel: true}}
                          count: {target: N, required: true, traits: {hostLabel: true}}
                      T: {type: string}
                      N: {type: integer}
                    """,
                operations: """
                      A:
                        http: {method: POST, uri: /a}
                        input: In
                        traits: {endpoint: {hostPrefix: "{account}.{missing}.{count}."}}
                    """) == [
                    "m.yaml:4:3: error: host prefix label '{missing}' of operation 'A' has no input member with the 'hostLabel' trait and that name",
                    "m.yaml:12:7: error: host label member 'account' of 'A' must be required",
                    "m.yaml:13:7: error: host label member 'count' of 'A' must be a string; 'N' is an integer",
                ])
    }

    @Test func groupsAndRulesNameRealOptionalMembers() throws {
        #expect(
            try diagnostics(
                shapes: """
                      S:
                        type: structure
                        exactlyOneOf: [[a, b], [c]]
                        rules:
                          - {when: n, in: [X], then: a, max: 3}
                        members:
                          a: {target: T, required: true}
                          b: {target: T}
                          n: {target: N}
                      T: {type: string}
                      N: {type: integer}
                    """) == [
                    "m.yaml:8:21: error: member 'a' is required, so it cannot be in an 'exactlyOneOf' group",
                    "m.yaml:8:28: error: an 'exactlyOneOf' group needs at least two members",
                    "m.yaml:8:29: error: 'exactlyOneOf' names 'c', which is not a member of 'S'",
                    "m.yaml:10:16: error: 'when' must name a string or enum member for 'in'; 'n' is an integer",
                ])
    }

    @Test func operationsUseStructuresAndErrorShapes() throws {
        #expect(
            try diagnostics(
                shapes: """
                      In: {type: structure, members: {id: {target: T}}}
                      T: {type: string}
                      NotAnError: {type: structure, members: {}}
                    """,
                operations: """
                      Get:
                        http: {method: FETCH, uri: "/items/{itemId}"}
                        input: In
                        output: T
                        errors: [NotAnError]
                        pagination: {inputToken: next, outputToken: next}
                    """) == [
                    "m.yaml:5:20: error: operation 'Get' has unknown HTTP method 'FETCH'",
                    "m.yaml:5:32: error: URI label '{itemId}' of operation 'Get' has no input member with location 'uri' and that name",
                    "m.yaml:7:13: error: the output of operation 'Get' must be a structure; 'T' is a string",
                    "m.yaml:8:14: error: 'NotAnError' is listed as an error of operation 'Get' but has no 'error' key",
                ])
    }

    @Test func jsonProtocolNeedsATargetPrefix() throws {
        #expect(
            try diagnostics(shapes: "  T: {type: string}", service: "protocol: json") == [
                "m.yaml:2:10: error: a 'json' protocol service needs 'targetPrefix' (the X-Amz-Target prefix)"
            ])
    }
}
