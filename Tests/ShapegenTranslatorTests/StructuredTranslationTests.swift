import ShapegenSwiftCode
import Testing

/// Small models and the structured Swift they translate into, before rendering: the level between
/// the snippet tests (rendered text) and the golden files. A failure names the declaration and the
/// value that changed, and a change to how code is spelled, which only the renderer decides, fails
/// none of these.
@Suite("Structured translation")
struct StructuredTranslationTests {
    static let files = Result {
        try translate(
            model(
                operations: """
                      ListJobs:
                        http: {method: GET, uri: /jobs}
                        input: ListJobsRequest
                        output: ListJobsResponse
                        errors: [NotFound]
                      DeleteJob:
                        http: {method: DELETE, uri: "/jobs/{id}"}
                        input: DeleteJobRequest
                      Echo:
                        http: {method: POST, uri: /echo}
                        input: Echo
                        output: Echo
                      Put:
                        http: {method: PUT, uri: /put}
                        input: PutRequest
                    """,
                shapes: """
                      Job:
                        type: structure
                        documentation: A job.
                        members:
                          JobName: {target: Text, required: true, documentation: The name.}
                          default: {target: Count}
                          tags: {target: Tags}
                      ListJobsRequest:
                        type: structure
                        members:
                          status: {target: Size}
                          token: {target: Text, location: header, locationName: X-Token}
                      ListJobsResponse:
                        type: structure
                        members:
                          jobs: {target: Jobs}
                      DeleteJobRequest:
                        type: structure
                        members:
                          id: {target: Text, required: true, location: uri, locationName: id}
                      Echo:
                        type: structure
                        members:
                          tag: {target: Text, location: header, locationName: X-Tag}
                          body: {target: Text}
                      Old:
                        type: structure
                        members:
                          kept: {target: Text, locationName: Kept}
                          gone: {target: Text, deprecated: use kept}
                      Wide:
                        type: structure
                        members: {\(Self.wideMembers.map { "\($0): {target: Text}" }.joined(separator: ", "))}
                      NotFound:
                        type: structure
                        error: {code: NotFound, httpStatus: 404}
                        members:
                          message: {target: Text}
                      PutRequest:
                        type: structure
                        members:
                          a: {target: Name, pattern: "^[a-z]+$"}
                          n: {target: Small, min: 2}
                          content: {target: Content}
                      Size:
                        type: enum
                        values:
                          - t2.micro
                          - {value: "*", swiftName: any, documentation: Any size.}
                      Content:
                        type: union
                        members:
                          text: {target: Text}
                          not: {target: Content}
                      Name: {type: string, min: 1, max: 8}
                      Small: {type: integer, min: 0, max: 9}
                      Count: {type: long}
                      Jobs: {type: list, member: Job}
                      Tags: {type: map, key: Text, value: Text}
                      Text: {type: string}
                    """))
    }

    /// More members than a coding table or a synthesized conformance takes.
    static let wideMembers = (1...31).map { "m\($0)" }

    static func file(_ name: String) throws -> SwiftFile {
        try #require(try files.get()[name])
    }

    // MARK: Structures

    @Test func aStructureHasItsPropertiesAMemberwiseInitializerAndACodingTable() throws {
        let shapes = try Self.file("Shapes.swift")
        #expect(shapes.imports == ["ShapegenRuntime"])
        #expect(shapes.declarations.compactMap(\.typeDeclaration).map(\.kind) == [.extension])
        let job = try shapes.type("Job")
        #expect(job.kind == .struct)
        #expect(job.access == .public)
        #expect(job.conformances == ["Sendable", "Hashable", "ShapeCodable"])
        let jobName = PropertyDeclaration(access: .public, name: "jobName", type: .named("String"))
        let `default` = PropertyDeclaration(access: .public, name: "`default`", type: .optional(.named("Int64")))
        let tagsType = TypeName.optional(.dictionary(key: .named("String"), value: .named("String")))
        let tags = PropertyDeclaration(access: .public, name: "tags", type: tagsType)
        #expect(job.instanceProperties == [jobName, `default`, tags])
        #expect(try job.member("jobName").documentation == "The name.")
        #expect(
            try job.initializer(label: nil)
                == FunctionDeclaration(
                    access: .public, kind: .initializer,
                    parameters: [
                        Parameter(name: "jobName", type: .named("String")),
                        Parameter(name: "`default`", type: .optional(.named("Int64")), defaultValue: .literal(.nil)),
                        Parameter(name: "tags", type: tagsType, defaultValue: .literal(.nil)),
                    ],
                    body: ["jobName", "`default`", "tags"].map {
                        .assignment(target: .id("self").dot($0), value: .id($0))
                    }))
        // The table codes the whole structure: nothing else is written out or synthesized.
        #expect(job.functions.map(\.kind) == [.initializer])
        #expect(job.nestedTypes.isEmpty)
        let coding = try job.property("coding")
        #expect(coding.isStatic && coding.isConstant)
        #expect(coding.type == .generic("ShapeCoding", [.named("Job")]))
        func member(_ constructor: String, _ wireName: String, _ property: String) -> Argument {
            Argument(.call(.member(nil, constructor), [Argument(.string(wireName)), Argument(.keyPath(property))]))
        }
        #expect(
            coding.initializer
                == .call(
                    .id("ShapeCoding"),
                    [
                        Argument(.reference(.id("Self"), "init", labels: ["jobName", "default", "tags"])),
                        member("requiredString", "JobName", "jobName"),
                        member("optionalInt64", "default", "`default`"),
                        member("optional", "tags", "tags"),
                    ]))
    }

    @Test func anErrorStructureCarriesItsCode() throws {
        let notFound = try Self.file("Shapes.swift").type("NotFound")
        #expect(notFound.conformances == ["Sendable", "Hashable", "ShapeCodable", "ServiceErrorShape"])
        let code = try notFound.property("errorCode")
        #expect(code.isStatic && code.initializer == .string("NotFound"))
    }

    @Test func anInputBoundToHTTPWritesOutItsEncoderNextToTheTable() throws {
        let request = try Self.file("Shapes.swift").type("ListJobsRequest")
        #expect(request.conformances.last == "ShapeCodable")
        #expect(request.functions.map(\.kind) == [.initializer, .function(name: "encode")])
        let encode = try request.function("encode")
        #expect(encode.parameters == [Parameter(label: "to", name: "encoder", type: .existential("Encoder"))])
        #expect(encode.isThrowing)
        #expect(
            encode.body == [
                .binding(
                    isConstant: false, name: "container", type: nil,
                    value: .call(.id("HTTPMemberEncoder"), [Argument(.id("encoder"))])),
                .expression(
                    .try(
                        .call(
                            .id("container").dot("encodeOptionalMember"),
                            [
                                Argument(.id("self").dot("status")), Argument(.string("status")),
                            ]))),
                .expression(
                    .try(
                        .call(
                            .id("container").dot("encodeMember"),
                            [
                                Argument(.id("self").dot("token")), Argument(.string("X-Token")),
                                Argument("at", .member(nil, "header")),
                            ]))),
            ])
        #expect(try request.property("coding").isStatic)
    }

    @Test func aStructureBoundBothWaysWritesOutBothHalvesAndHasNoTable() throws {
        let echo = try Self.file("Shapes.swift").type("Echo")
        #expect(echo.conformances == ["Sendable", "Hashable", "Codable"])
        #expect(echo.functions.map(\.kind) == [.initializer, .initializer, .function(name: "encode")])
        let decode = try echo.initializer(label: "from")
        #expect(
            decode.body?.first
                == .binding(
                    isConstant: true, name: "container", type: nil,
                    value: .try(.call(.id("HTTPMemberDecoder"), [Argument(.id("decoder"))]))))
        #expect(echo.members.allSatisfy { $0.property?.name != "coding" })
        #expect(echo.nestedTypes.isEmpty)
    }

    @Test func aStructureTheTableCannotTakeSynthesizesCodableWithItsCodingKeys() throws {
        let old = try Self.file("Shapes.swift").type("Old")
        #expect(old.conformances == ["Sendable", "Hashable", "Codable"])
        // Two initializers, the one that sets the deprecated member deprecated; no coding written out.
        #expect(old.functions.map(\.kind) == [.initializer, .initializer])
        #expect(old.functions.map(\.parameters.count) == [1, 2])
        let deprecated = old.members.filter { $0.function != nil }.map(\.attributes)
        #expect(deprecated == [[], [.deprecated(message: "sets the deprecated member gone")]])
        let codingKeys = try old.nestedType("CodingKeys")
        #expect(codingKeys.kind == .enum)
        #expect(codingKeys.access == nil)
        #expect(codingKeys.conformances == ["String", "CodingKey"])
        #expect(
            codingKeys.cases == [
                EnumCaseDeclaration(name: "kept", rawValue: .string("Kept")),
                EnumCaseDeclaration(name: "_gone", rawValue: .string("gone")),
            ])
        #expect(old.members.allSatisfy { $0.property?.name != "coding" })
    }

    @Test func aWideStructureWritesOutEqualityAndCoding() throws {
        let wide = try Self.file("Shapes.swift").type("Wide")
        #expect(wide.conformances == ["Sendable", "Hashable", "Codable"])
        #expect(wide.instanceProperties.map(\.name) == Self.wideMembers)
        #expect(
            wide.functions.map(\.kind) == [
                .initializer, .function(name: "=="), .initializer, .function(name: "encode"),
            ])
        let decode = try wide.initializer(label: "from")
        #expect(
            decode.body?.dropFirst().first
                == .assignment(
                    target: .id("self").dot("m1"),
                    value: .try(.call(.id("container").dot("decodeOptionalMember"), [Argument(.string("m1"))]))))
        #expect(wide.nestedTypes.isEmpty)
        #expect(wide.members.allSatisfy { $0.property?.name != "coding" })
    }

    // MARK: Enums and unions

    @Test func anEnumHasACasePerValueAndAnUnknownCase() throws {
        let size = try Self.file("Shapes.swift").type("Size")
        #expect(size.kind == .enum)
        #expect(size.conformances == ["ShapeEnum"])
        #expect(
            size.cases == [
                EnumCaseDeclaration(name: "t2Micro"),
                EnumCaseDeclaration(name: "any"),
                EnumCaseDeclaration(name: "unknown", associatedValue: .named("String")),
            ])
        #expect(try size.member("any").documentation == "Any size.")
        let allCases = try size.property("allCases")
        #expect(allCases.initializer == .array([.id("Size").dot("t2Micro"), .id("Size").dot("any")]))
        func assign(_ value: Expression) -> [Statement] { [.assignment(target: .id("self"), value: value)] }
        #expect(
            try size.initializer(label: nil).body == [
                .switch(
                    subject: .id("rawValue"),
                    cases: [
                        SwitchCase(patterns: [.string("t2.micro")], body: assign(.member(nil, "t2Micro"))),
                        SwitchCase(patterns: [.string("*")], body: assign(.member(nil, "any"))),
                        SwitchCase(
                            patterns: [], body: assign(.call(.member(nil, "unknown"), [Argument(.id("rawValue"))]))),
                    ])
            ])
        #expect(
            try size.property("rawValue").getter == [
                .switch(
                    subject: .id("self"),
                    cases: [
                        SwitchCase(patterns: [.member(nil, "t2Micro")], body: [.return(.string("t2.micro"))]),
                        SwitchCase(patterns: [.member(nil, "any")], body: [.return(.string("*"))]),
                        SwitchCase(
                            patterns: [.call(.member(nil, "unknown"), [Argument(.bindingPattern("value"))])],
                            body: [.return(.id("value"))]),
                    ])
            ])
    }

    @Test func aUnionHasACasePerMemberAndOneForUnknownMembers() throws {
        let content = try Self.file("Shapes.swift").type("Content")
        #expect(content.kind == .enum)
        #expect(content.conformances == ["Sendable", "Hashable", "Codable"])
        #expect(
            content.cases == [
                EnumCaseDeclaration(name: "text", associatedValue: .named("String")),
                EnumCaseDeclaration(name: "not", associatedValue: .named("Content"), isIndirect: true),
                EnumCaseDeclaration(name: "sdkUnknown", associatedValue: .named("String")),
            ])
        let decode = try content.initializer(label: "from")
        guard case .switch(let subject, let cases)? = decode.body?.last else {
            Issue.record("init(from:) does not end with a switch: \(String(describing: decode.body))")
            return
        }
        #expect(subject == .id("member"))
        #expect(cases.map(\.patterns) == [[.string("text")], [.string("not")], []])
        #expect(
            cases.last?.body == [
                .assignment(target: .id("self"), value: .call(.member(nil, "sdkUnknown"), [Argument(.id("member"))]))
            ])
    }

    // MARK: The client

    @Test func theClientFileDeclaresTheNamespaceTheProtocolAndTheClient() throws {
        let client = try Self.file("Client.swift")
        let types = client.declarations.compactMap(\.typeDeclaration)
        #expect(types.map(\.kind) == [.enum, .protocol, .struct])
        #expect(types.map(\.name) == ["Demo", "DemoAPI", "DemoClient"])
        #expect(types.last?.conformances == ["DemoAPI"])
        let requirements = types[1].functions.map(\.kind)
        #expect(requirements == ["deleteJob", "echo", "listJobs", "put"].map { .function(name: $0) })
    }

    @Test func anOperationIsARequirementAndAMethodThatSendsItsDescription() throws {
        let client = try Self.file("Client.swift")
        let signature = FunctionDeclaration(
            access: nil, kind: .function(name: "listJobs"),
            parameters: [Parameter(label: "_", name: "input", type: .named("Demo.ListJobsRequest"))],
            isAsync: true, isThrowing: true, returnType: .named("Demo.ListJobsResponse"), body: nil)
        #expect(try client.type("DemoAPI").function("listJobs") == signature)
        var method = signature
        method.access = .public
        method.body = [
            .expression(
                .try(
                    .await(
                        .call(
                            .id("core").dot("send"),
                            [
                                Argument(.id("input")),
                                Argument(
                                    "to",
                                    .call(
                                        .id("OperationDescription"),
                                        [
                                            Argument("name", .string("ListJobs")), Argument("method", .string("GET")),
                                            Argument("uri", .string("/jobs")),
                                            Argument("errors", .array([.id("Demo.NotFound").dot("self")])),
                                        ])),
                            ]))))
        ]
        #expect(try client.type("DemoClient").function("listJobs") == method)
    }

    @Test func anOperationWithoutOutputDiscardsAnEmptyShape() throws {
        let deleteJob = try Self.file("Client.swift").type("DemoClient").function("deleteJob")
        #expect(deleteJob.returnType == nil)
        #expect(
            deleteJob.body == [
                .assignment(
                    target: .id("_"),
                    value: .try(
                        .await(
                            .call(
                                .id("core").dot("send"),
                                [
                                    Argument(.id("input")),
                                    Argument(
                                        "to",
                                        .call(
                                            .id("OperationDescription"),
                                            [
                                                Argument("name", .string("DeleteJob")),
                                                Argument("method", .string("DELETE")),
                                                Argument("uri", .string("/jobs/{id}")), Argument("errors", .array([])),
                                                Argument("inputHasBody", .literal(.boolean(false))),
                                            ])),
                                    Argument("as", .id("EmptyShape").dot("self")),
                                ]))))
            ])
    }

    // MARK: Validators

    @Test func aValidatorChecksEachConstrainedMember() throws {
        let validation = try Self.file("Validation.swift")
        let request = try validation.type("Demo.PutRequest")
        #expect(request.kind == .extension)
        #expect(request.conformances == ["Validatable"])
        let validate = try request.function("validate")
        #expect(validate.parameters.map(\.label) == ["in"])
        #expect(validate.parameters.map(\.name) == ["context"])
        func check(_ method: String, _ arguments: [Argument]) -> Statement {
            .expression(.call(.id("context").dot(method), arguments))
        }
        #expect(
            validate.body == [
                check(
                    "string",
                    [
                        Argument(.id("a")), Argument(.string("a")), Argument("minLength", .int(1)),
                        Argument("maxLength", .int(8)), Argument("pattern", .id("_Patterns").dot("p0")),
                    ]),
                check(
                    "value",
                    [
                        Argument(.id("n")), Argument(.string("n")), Argument("min", .int(2)), Argument("max", .int(9)),
                    ]),
                check("nested", [Argument(.id("content")), Argument(.string("content"))]),
            ])
        let patterns = try validation.type("_Patterns")
        #expect(patterns.access == .private)
        #expect(try patterns.property("p0").initializer == .call(.id("RegexPattern"), [Argument(.string("^[a-z]+$"))]))
    }

    @Test func anInputWithoutConstraintsIsUnconstrainedAndAUnionValidatesItsCase() throws {
        let validation = try Self.file("Validation.swift")
        let echo = try validation.type("Demo.Echo")
        #expect(echo.conformances == ["Unconstrained"])
        #expect(echo.members.isEmpty)
        let validate = try validation.type("Demo.Content").function("validate")
        #expect(
            validate.body == [
                .switch(
                    subject: .id("self"),
                    cases: [
                        SwitchCase(patterns: [.member(nil, "text")], body: [.break]),
                        SwitchCase(
                            patterns: [.call(.member(nil, "not"), [Argument(.bindingPattern("value"))])],
                            body: [
                                .expression(
                                    .call(
                                        .id("context").dot("nested"),
                                        [
                                            Argument(.id("value")), Argument(.string("not")),
                                        ]))
                            ]),
                        SwitchCase(
                            patterns: [.call(.member(nil, "sdkUnknown"), [Argument(.bindingPattern("member"))])],
                            body: [.expression(.call(.id("context").dot("unknownMember"), [Argument(.id("member"))]))]),
                    ])
            ])
    }
}
