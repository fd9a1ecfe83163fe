import Foundation
import ShapegenRuntime

/// An operation input as generated code would declare it: `count` must be at least 1.
struct PingInput: Codable, Hashable, Validatable {
    var message: String?
    var count: Int?

    func validate(in context: inout ValidationContext) {
        context.value(count, "count", min: 1)
    }
}

/// An operation output with a required member.
struct PingOutput: Codable, Hashable {
    var echo: String
}

/// A modelled error, matched by its code.
struct FooError: ServiceErrorShape, Hashable {
    static let errorCode = "FooError"
    var message: String?
}

/// A second modelled error, to check that the right one is picked.
struct BarError: ServiceErrorShape, Hashable {
    static let errorCode = "BarError"
    var message: String?
}

/// A generated-style enum with an unknown case.
enum Color: ShapeEnum {
    case red
    case green
    case unknown(String)

    static let allCases: [Color] = [.red, .green]

    init(rawValue: String) {
        switch rawValue {
        case "RED": self = .red
        case "GREEN": self = .green
        default: self = .unknown(rawValue)
        }
    }

    var rawValue: String {
        switch self {
        case .red: "RED"
        case .green: "GREEN"
        case .unknown(let value): value
        }
    }
}
