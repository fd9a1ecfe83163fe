/// Synthetic changes covering every event kind and severity.
enum SyntheticCases {
    static let all: [SyntheticCase] = service + operations + shapes + members + constraints + traits

    static let service: [SyntheticCase] = [
        SyntheticCase(
            name: "endpoint prefix changed", new: [Edit("endpointPrefix: things", "endpointPrefix: stuff")],
            changes: ["breaking ServiceChanged service: endpointPrefix changed: things -> stuff"]),
        SyntheticCase(
            name: "API version changed", new: [Edit("apiVersion: \"2024-01-01\"", "apiVersion: \"2024-06-01\"")],
            changes: ["dangerous ServiceChanged service: apiVersion changed: 2024-01-01 -> 2024-06-01"]),
        // Metadata botocore adds to say what was already so changes nothing (1.34.118 added
        // `protocols: ["rest-json"]` to Batch).
        SyntheticCase(
            name: "protocols added, naming the protocol in use", new: [serviceTraits("{protocols: [rest-json]}")],
            changes: []),
        SyntheticCase(
            name: "signing name equal to the endpoint prefix dropped", new: [Edit("  signingName: things\n", "")],
            changes: []),
        SyntheticCase(name: "auth added, naming SigV4", new: [serviceTraits("{auth: [aws.auth#sigv4]}")], changes: []),
        SyntheticCase(
            name: "auth changed", new: [serviceTraits("{auth: [aws.auth#sigv4a]}")],
            changes: ["dangerous ServiceChanged service: auth changed: aws.auth#sigv4 -> aws.auth#sigv4a"]),
        // Documentation only (SyntheticEventTests checks where it is reported).
        SyntheticCase(
            name: "uid changed", old: [serviceTraits("{uid: things-2024-01-01}")],
            new: [serviceTraits("{uid: things-2024-06-01}")],
            changes: []),
        SyntheticCase(
            name: "a signature version changed", new: [serviceTraits("{signatureVersion: v2}")],
            changes: ["dangerous TraitChanged service: trait 'signatureVersion' added: \"v2\""]),
    ]

    /// The service's carried traits set to `traits`.
    static func serviceTraits(_ traits: String) -> Edit {
        Edit("  documentation: Manages things.\n", "  documentation: Manages things.\n  traits: \(traits)\n")
    }

    static let searchThings = Edit(
        "  GetThing:\n",
        "  SearchThings:\n    http: {method: POST, uri: /search}\n    input: ListThingsRequest\n    output: ListThingsResponse\n  GetThing:\n"
    )
    static let deleteThing = Edit(
        "  DeleteThing:\n    http: {method: DELETE, uri: \"/things/{thingId}\"}\n    input: DeleteThingRequest\n    documentation: Deletes a thing.\n",
        "")
    static let pagination = Edit(
        "    pagination: {inputToken: nextToken, outputToken: nextToken, limitKey: maxResults, items: things}\n", "")
    static let getThingErrors = Edit("errors: [NotFound]", "errors: [NotFound, BadRequest]")

    static let operations: [SyntheticCase] = [
        SyntheticCase(
            name: "operation added", new: [searchThings],
            changes: ["compatible OperationAdded SearchThings: operation added"],
            operations: ["SearchThings added compatible"]),
        SyntheticCase(
            name: "operation removed", new: [deleteThing],
            changes: ["breaking OperationRemoved DeleteThing: operation removed"],
            operations: ["DeleteThing removed breaking"]),
        SyntheticCase(
            name: "input changed", new: [Edit("    input: GetThingRequest\n", "    input: DeleteThingRequest\n")],
            changes: ["breaking OperationInputChanged GetThing: input changed: GetThingRequest -> DeleteThingRequest"],
            operations: ["GetThing updated breaking (request)"]),
        SyntheticCase(
            name: "output added",
            new: [
                Edit(
                    "    input: DeleteThingRequest\n    documentation",
                    "    input: DeleteThingRequest\n    output: GetThingResponse\n    documentation")
            ],
            changes: ["breaking OperationOutputChanged DeleteThing: output changed: none -> GetThingResponse"],
            operations: ["DeleteThing updated breaking (response)"]),
        SyntheticCase(
            name: "HTTP method and URI changed",
            new: [
                Edit(
                    "{method: DELETE, uri: \"/things/{thingId}\"}", "{method: POST, uri: \"/things/{thingId}/delete\"}")
            ],
            changes: [
                "breaking HttpBindingChanged DeleteThing: HTTP binding changed: DELETE /things/{thingId} -> POST /things/{thingId}/delete"
            ],
            operations: ["DeleteThing updated breaking (http)"]),
        SyntheticCase(
            name: "pagination removed", new: [pagination],
            changes: [
                "breaking PaginationRemoved ListThings: pagination removed: inputToken nextToken, outputToken nextToken, limitKey maxResults, items things"
            ],
            operations: ["ListThings updated breaking (pagination)"]),
        SyntheticCase(
            name: "pagination added", old: [pagination], new: [],
            changes: [
                "compatible PaginationAdded ListThings: pagination added: inputToken nextToken, outputToken nextToken, limitKey maxResults, items things"
            ],
            operations: ["ListThings updated compatible (pagination)"]),
        SyntheticCase(
            name: "pagination changed", new: [Edit(", limitKey: maxResults", "")],
            changes: [
                "dangerous PaginationChanged ListThings: pagination changed: inputToken nextToken, outputToken nextToken, limitKey maxResults, items things -> inputToken nextToken, outputToken nextToken, items things"
            ],
            operations: ["ListThings updated dangerous (pagination)"]),
        SyntheticCase(
            name: "error added", new: [getThingErrors],
            changes: ["dangerous ErrorAdded GetThing: error added: BadRequest"],
            operations: ["GetThing updated dangerous (errors)"]),
        SyntheticCase(
            name: "error removed", old: [getThingErrors], new: [],
            changes: ["dangerous ErrorRemoved GetThing: error removed: BadRequest"],
            operations: ["GetThing updated dangerous (errors)"]),
        SyntheticCase(
            name: "operation deprecated",
            new: [
                Edit(
                    "    documentation: Returns one thing.\n",
                    "    documentation: Returns one thing.\n    deprecated: use FindThing\n")
            ],
            changes: ["compatible DeprecationChanged GetThing: deprecated: use FindThing"],
            operations: ["GetThing updated compatible (deprecation)"]),
        SyntheticCase(
            name: "operation trait added",
            new: [
                Edit(
                    "    documentation: Lists things.\n",
                    "    documentation: Lists things.\n    traits: {endpoint: {hostPrefix: data-}}\n")
            ],
            changes: ["dangerous TraitChanged ListThings: trait 'endpoint' added: {hostPrefix: \"data-\"}"],
            operations: ["ListThings updated dangerous (traits)"]),
    ]

    static let shapes: [SyntheticCase] = [
        SyntheticCase(
            name: "shape added", new: [Edit("  Long:\n", "  Extra:\n    type: string\n  Long:\n")],
            changes: ["compatible ShapeAdded Extra: shape added: string"]),
        SyntheticCase(
            name: "shape removed", new: [Edit("  Long:\n    type: long\n", "")],
            changes: ["breaking ShapeRemoved Long: shape removed: long"]),
        SyntheticCase(
            name: "shape type changed",
            new: [Edit("  Color:\n    type: enum\n    values: [RED, GREEN]\n", "  Color:\n    type: string\n")],
            changes: ["breaking TypeChanged Color: type changed: enum -> string"],
            operations: ["GetThing updated breaking (response)", "ListThings updated breaking (request, response)"]),
        SyntheticCase(
            name: "timestamp format changed",
            new: [
                Edit("  Timestamp:\n    type: timestamp\n", "  Timestamp:\n    type: timestamp\n    format: iso8601\n")
            ],
            changes: ["breaking TypeChanged Timestamp: type changed: timestamp -> timestamp (iso8601)"],
            operations: ["GetThing updated breaking (response)", "ListThings updated breaking (response)"]),
        SyntheticCase(
            name: "map value type changed",
            new: [Edit("    key: String\n    value: String\n", "    key: String\n    value: Integer\n")],
            changes: ["breaking TypeChanged TagMap.value: type changed: String (string) -> Integer (integer)"],
            operations: ["GetThing updated breaking (response)", "ListThings updated breaking (response)"]),
        SyntheticCase(
            name: "list element now another structure",
            new: [Edit("    member: Thing\n", "    member: GetThingResponse\n")],
            changes: [
                "breaking TargetChanged ThingList.member: target changed (another Swift type): Thing -> GetThingResponse"
            ],
            operations: ["ListThings updated breaking (response)"]),
        SyntheticCase(
            name: "enum value added", new: [Edit("values: [RED, GREEN]", "values: [RED, GREEN, BLUE]")],
            changes: ["compatible EnumValueAdded Color: enum value added: BLUE"],
            operations: ["GetThing updated compatible (response)", "ListThings updated compatible (request, response)"]),
        SyntheticCase(
            name: "enum value removed", new: [Edit("values: [RED, GREEN]", "values: [RED]")],
            changes: ["breaking EnumValueRemoved Color: enum value removed: GREEN"],
            operations: ["GetThing updated breaking (response)", "ListThings updated breaking (request, response)"]),
        SyntheticCase(
            name: "error trait changed",
            new: [Edit("error: {httpStatus: 404, fault: client}", "error: {httpStatus: 410, fault: client}")],
            changes: [
                "breaking ErrorTraitChanged NotFound: error trait changed: HTTP 404, client fault -> HTTP 410, client fault"
            ]),
        SyntheticCase(
            name: "shape made sensitive",
            new: [Edit("  NameFilter:\n    type: string\n", "  NameFilter:\n    type: string\n    sensitive: true\n")],
            changes: ["compatible SensitiveChanged NameFilter: now sensitive"],
            operations: ["ListThings updated compatible (request)"]),
        SyntheticCase(
            name: "shape no longer sensitive",
            old: [Edit("  NameFilter:\n    type: string\n", "  NameFilter:\n    type: string\n    sensitive: true\n")],
            new: [],
            changes: ["dangerous SensitiveChanged NameFilter: no longer sensitive: values may now be printed"],
            operations: ["ListThings updated dangerous (request)"]),
        SyntheticCase(
            name: "shape deprecated",
            new: [Edit("    documentation: A thing.\n", "    documentation: A thing.\n    deprecated: true\n")],
            changes: ["compatible DeprecationChanged Thing: deprecated"],
            operations: ["GetThing updated compatible (response)", "ListThings updated compatible (response)"]),
        SyntheticCase(
            name: "Swift name given",
            new: [Edit("    documentation: A thing.\n", "    documentation: A thing.\n    swiftName: Item\n")],
            changes: ["breaking SwiftNameChanged Thing: Swift name changed: (derived) -> Item"],
            operations: ["GetThing updated breaking (response)", "ListThings updated breaking (response)"]),
    ]

    static let weight = Edit(
        "      size: {target: Integer}\n", "      size: {target: Integer}\n      weight: {target: Integer}\n")

    static let members: [SyntheticCase] = [
        SyntheticCase(
            name: "optional member added", new: [weight],
            changes: ["compatible MemberAdded Thing.weight: member added: Integer"],
            operations: ["GetThing updated compatible (response)", "ListThings updated compatible (response)"]),
        SyntheticCase(
            name: "member removed", new: [Edit("      size: {target: Integer}\n", "")],
            changes: ["breaking MemberRemoved Thing.size: member removed: Integer"],
            operations: ["GetThing updated breaking (response)", "ListThings updated breaking (response)"]),
        SyntheticCase(
            name: "required input member added",
            new: [
                Edit(
                    "      owner: {target: String, required: true}\n",
                    "      owner: {target: String, required: true}\n      region: {target: String, required: true}\n")
            ],
            changes: ["breaking MemberAdded ListThingsRequest.region: required member added: String"],
            operations: ["ListThings updated breaking (request)"]),
        SyntheticCase(
            name: "required output member added",
            new: [
                Edit(
                    "      thing: {target: Thing}\n",
                    "      thing: {target: Thing}\n      requestId: {target: String, required: true}\n")
            ],
            changes: ["compatible MemberAdded GetThingResponse.requestId: required member added: String"],
            operations: ["GetThing updated compatible (response)"]),
        SyntheticCase(
            name: "input member made required",
            new: [
                Edit(
                    "      color: {target: Color}\n      nameFilter",
                    "      color: {target: Color, required: true}\n      nameFilter")
            ],
            changes: ["breaking RequiredAdded ListThingsRequest.color: now required"],
            operations: ["ListThings updated breaking (request)"]),
        SyntheticCase(
            name: "output member made required",
            new: [Edit("      name: {target: String}\n", "      name: {target: String, required: true}\n")],
            changes: ["dangerous RequiredAdded Thing.name: now required"],
            operations: ["GetThing updated dangerous (response)", "ListThings updated dangerous (response)"]),
        SyntheticCase(
            name: "input member no longer required",
            new: [Edit("owner: {target: String, required: true}", "owner: {target: String}")],
            changes: ["compatible RequiredRemoved ListThingsRequest.owner: no longer required"],
            operations: ["ListThings updated compatible (request)"]),
        SyntheticCase(
            name: "output member no longer required",
            new: [
                Edit(
                    "thingId: {target: ThingId, required: true, documentation: The thing's ID.}",
                    "thingId: {target: ThingId, documentation: The thing's ID.}")
            ],
            changes: ["breaking RequiredRemoved Thing.thingId: no longer required"],
            operations: ["GetThing updated breaking (response)", "ListThings updated breaking (response)"]),
        SyntheticCase(
            name: "member type changed", new: [Edit("      size: {target: Integer}\n", "      size: {target: Long}\n")],
            changes: ["breaking TypeChanged Thing.size: type changed: Integer (integer) -> Long (long)"],
            operations: ["GetThing updated breaking (response)", "ListThings updated breaking (response)"]),
        SyntheticCase(
            name: "member target changed, same type",
            new: [Edit("nameFilter: {target: NameFilter}", "nameFilter: {target: String}")],
            changes: [
                "compatible TargetChanged ListThingsRequest.nameFilter: target changed: NameFilter -> String",
                "compatible ConstraintWidened ListThingsRequest.nameFilter: length widened: ..100 -> none",
            ],
            operations: ["ListThings updated compatible (request)"]),
        SyntheticCase(
            name: "member HTTP binding changed", new: [Edit("locationName: view}", "locationName: v}")],
            changes: [
                "breaking HttpBindingChanged GetThingRequest.view: HTTP binding changed: querystring 'view' -> querystring 'v'"
            ],
            operations: ["GetThing updated breaking (request)"]),
    ]

    static let view = Edit("locationName: view}", "locationName: view, allowedValues: [FULL, SUMMARY]}")
    static let exactlyOne = Edit(
        "  ListThingsRequest:\n    type: structure\n",
        "  ListThingsRequest:\n    type: structure\n    exactlyOneOf: [color, nameFilter]\n")
    static let namePattern = Edit(
        "  NameFilter:\n    type: string\n", "  NameFilter:\n    type: string\n    pattern: \"^[a-z]+$\"\n")

    static let constraints: [SyntheticCase] = [
        SyntheticCase(
            name: "length narrowed", new: [Edit("    max: 64\n", "    max: 32\n")],
            changes: ["breaking ConstraintNarrowed ThingId: length narrowed: 1..64 -> 1..32"],
            operations: [
                "DeleteThing updated breaking (request)", "GetThing updated breaking (request, response)",
                "ListThings updated breaking (response)",
            ]),
        SyntheticCase(
            name: "length widened", new: [Edit("    max: 64\n", "    max: 128\n")],
            changes: ["compatible ConstraintWidened ThingId: length widened: 1..64 -> 1..128"],
            operations: [
                "DeleteThing updated compatible (request)", "GetThing updated compatible (request, response)",
                "ListThings updated compatible (response)",
            ]),
        SyntheticCase(
            name: "range narrowed", new: [Edit("min: 1, max: 100}", "min: 1, max: 50}")],
            changes: ["breaking ConstraintNarrowed ListThingsRequest.maxResults: range narrowed: 1..100 -> 1..50"],
            operations: ["ListThings updated breaking (request)"]),
        SyntheticCase(
            name: "range widened", new: [Edit("min: 1, max: 100}", "max: 100}")],
            changes: ["compatible ConstraintWidened ListThingsRequest.maxResults: range widened: 1..100 -> ..100"],
            operations: ["ListThings updated compatible (request)"]),
        SyntheticCase(
            name: "pattern added", new: [namePattern],
            changes: ["dangerous ConstraintNarrowed NameFilter: pattern added: ^[a-z]+$"],
            operations: ["ListThings updated dangerous (request)"]),
        SyntheticCase(
            name: "pattern removed", old: [namePattern], new: [],
            changes: ["compatible ConstraintWidened NameFilter: pattern removed: ^[a-z]+$"],
            operations: ["ListThings updated compatible (request)"]),
        SyntheticCase(
            name: "pattern changed", new: [Edit("pattern: \"^[a-z0-9-]+$\"", "pattern: \"^[a-z0-9_-]+$\"")],
            changes: ["dangerous ConstraintChanged ThingId: pattern changed: ^[a-z0-9-]+$ -> ^[a-z0-9_-]+$"],
            operations: [
                "DeleteThing updated dangerous (request)", "GetThing updated dangerous (request, response)",
                "ListThings updated dangerous (response)",
            ]),
        SyntheticCase(
            name: "allowed values added", new: [view],
            changes: ["breaking ConstraintNarrowed GetThingRequest.view: allowed values narrowed: FULL, SUMMARY"],
            operations: ["GetThing updated breaking (request)"]),
        SyntheticCase(
            name: "allowed value added", old: [view],
            new: [Edit("locationName: view}", "locationName: view, allowedValues: [FULL, SUMMARY, BRIEF]}")],
            changes: [
                "compatible ConstraintWidened GetThingRequest.view: allowed values widened: FULL, SUMMARY -> FULL, SUMMARY, BRIEF"
            ],
            operations: ["GetThing updated compatible (request)"]),
        SyntheticCase(
            name: "allowed value removed", old: [view],
            new: [Edit("locationName: view}", "locationName: view, allowedValues: [FULL]}")],
            changes: [
                "breaking ConstraintNarrowed GetThingRequest.view: allowed values narrowed: FULL, SUMMARY -> FULL"
            ],
            operations: ["GetThing updated breaking (request)"]),
        SyntheticCase(
            name: "rule added", new: [exactlyOne],
            changes: ["breaking ConstraintNarrowed ListThingsRequest: rule added: exactly one of color, nameFilter"],
            operations: ["ListThings updated breaking (request)"]),
        SyntheticCase(
            name: "rule removed", old: [exactlyOne], new: [],
            changes: ["compatible ConstraintWidened ListThingsRequest: rule removed: exactly one of color, nameFilter"],
            operations: ["ListThings updated compatible (request)"]),
    ]

    static let traits: [SyntheticCase] = [
        SyntheticCase(
            name: "member trait added",
            new: [
                Edit(
                    "      name: {target: String}\n", "      name: {target: String, traits: {idempotencyToken: true}}\n"
                )
            ],
            changes: ["dangerous TraitChanged Thing.name: trait 'idempotencyToken' added: true"],
            operations: ["GetThing updated dangerous (response)", "ListThings updated dangerous (response)"]),
        SyntheticCase(
            name: "documentation only",
            new: [
                Edit("documentation: Returns one thing.", "documentation: Returns a single thing."),
                Edit("documentation: A thing.", "documentation: One thing."),
                Edit("documentation: The thing's ID.", "documentation: The thing's identifier."),
                Edit("documentation: Manages things.", "documentation: Manages all things."),
            ],
            changes: []),
    ]
}
