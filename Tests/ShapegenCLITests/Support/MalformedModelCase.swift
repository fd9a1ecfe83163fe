import Foundation
import ShapegenTestSupport
import Testing

/// One malformed model in `MalformedModels/`: `NAME.yaml` and the exact standard error it must
/// produce, `NAME.expected`, in which `MODEL` stands for the path the model was named by.
///
/// Every case is `minimal-valid.yaml` with one fault added, so its diagnostics are about that fault
/// alone. Adding a case is adding those two files.
struct MalformedModelCase: Sendable, CustomTestStringConvertible {
    /// The file name without extension, e.g. `unknown-member-key`.
    var name: String

    var testDescription: String { name }

    /// The folder of malformed models, copied into the test bundle.
    static func folder() throws -> URL {
        guard let url = Bundle.module.url(forResource: "MalformedModels", withExtension: nil) else {
            throw SetupError("the MalformedModels resource folder is missing from the test bundle")
        }
        return url
    }

    /// The valid model every case is derived from; it has no `.expected` file.
    static func minimalValidModel() throws -> URL {
        try folder().appendingPathComponent("minimal-valid.yaml")
    }

    /// Every case with an `.expected` file, sorted by name.
    static func all() throws -> [MalformedModelCase] {
        try FileManager.default.contentsOfDirectory(atPath: folder().path)
            .filter { $0.hasSuffix(".expected") }
            .map { MalformedModelCase(name: String($0.dropLast(".expected".count))) }
            .sorted { $0.name < $1.name }
    }

    /// The model file.
    func model() throws -> URL {
        try Self.folder().appendingPathComponent(name + ".yaml")
    }

    /// The exact standard error expected when the model is named as `modelPath`.
    func expectedStandardError(modelPath: String) throws -> String {
        let url = try Self.folder().appendingPathComponent(name + ".expected")
        return try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "MODEL", with: modelPath)
    }
}
