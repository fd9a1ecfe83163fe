import Foundation
import ShapegenModel

/// Converts a botocore `service-2.json` (and `paginators-1.json`) into a ``ServiceModel``.
///
/// Everything the generator or a later diff needs becomes a field of the model; every other
/// upstream trait is kept in `traits`, so nothing is dropped. Documentation HTML becomes Markdown.
public struct BotocoreImporter {
    /// Problems with the input files themselves (not model errors, which the checker reports).
    public struct Failure: Error, CustomStringConvertible {
        /// What is wrong, naming the file.
        public var description: String

        /// Creates a failure.
        public init(description: String) {
            self.description = description
        }
    }

    /// Creates an importer.
    public init() {}

    /// Reads a botocore model file (`.json` or `.json.gz`) and its optional paginators file.
    public func importModel(at path: String, paginators paginatorsPath: String? = nil, sourcePath: String? = nil) throws
        -> ServiceModel
    {
        let service = try Self.readJSON(at: path)
        let paginators = try paginatorsPath.map { try Self.readJSON(at: $0) }
        return try importModel(service: service, paginators: paginators, sourcePath: sourcePath ?? path)
    }

    /// Parses JSON from a file, decompressing it if it is gzip.
    static func readJSON(at path: String) throws -> JSONObject {
        var data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Failure(description: "\(path): cannot read: \((error as NSError).localizedDescription)")
        }
        if Gzip.isCompressed(data) {
            do {
                data = try Gzip.decompress(data)
            } catch {
                throw Failure(description: "\(path): \(error)")
            }
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse([UInt8](data))
        } catch {
            throw Failure(description: "\(path): \(error)")
        }
        guard let object = JSONObject(value) else { throw Failure(description: "\(path): not a JSON object") }
        return object
    }

    /// Converts parsed JSON.
    func importModel(service json: JSONObject, paginators: JSONObject?, sourcePath: String) throws -> ServiceModel {
        guard let metadata = json.object("metadata"), let shapesJSON = json.object("shapes") else {
            throw Failure(description: "\(sourcePath): not a botocore service model (no 'metadata' or 'shapes')")
        }
        let info = serviceInfo(metadata, documentation: json.string("documentation"))
        var shapes = shapesJSON.entries.compactMap { name, value in
            JSONObject(value).map { ShapeImporter.shape(named: name, from: $0, shapes: shapesJSON) }
        }
        let shapesByName = Dictionary(shapes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let pages = paginators?.object("pagination")
        let operationsJSON = json.object("operations") ?? JSONObject([])
        let operations = operationsJSON.entries.compactMap { name, value in
            JSONObject(value).map {
                OperationImporter.operation(named: name, from: $0, paginator: pages?.object(name), shapes: shapesByName)
            }
        }
        Self.applyOperationInputs(operationsJSON, to: &shapes)
        NameFixer.fix(&shapes)
        return ServiceModel(
            formatVersion: 1, service: info, operations: operations, shapes: shapes, sourcePath: sourcePath)
    }

    /// What an operation says of its input's members: older models name the payload member on
    /// the operation (`"input": {"shape": …, "payload": "body"}`) rather than on the structure,
    /// and do not all list URI and host labels as required, though every request sends them.
    private static func applyOperationInputs(_ operations: JSONObject, to shapes: inout [Shape]) {
        for (_, value) in operations.entries {
            guard let input = JSONObject(value)?.object("input"), let shapeName = input.string("shape"),
                let index = shapes.firstIndex(where: { $0.name == shapeName }),
                case .structure(var body) = shapes[index].kind
            else { continue }
            for memberIndex in body.members.indices {
                let member = body.members[memberIndex]
                if member.name == input.string("payload") { body.members[memberIndex].httpLocation = .payload }
                if member.httpLocation == .uri || member.isHostLabel { body.members[memberIndex].isRequired = true }
            }
            shapes[index].kind = .structure(body)
        }
    }

    /// The protocols the generated client implements, most preferred first: CBOR before JSON, as
    /// AWS SDKs now choose where a service offers both (the client can still be set to JSON).
    static let preferredProtocols: [WireProtocol] = [.restJSON, .rpcV2CBOR, .json, .restXML, .query, .ec2]

    private func serviceInfo(_ metadata: JSONObject, documentation: String?) -> ServiceInfo {
        let offered = (metadata.strings("protocols") + [metadata.string("protocol") ?? ""]).compactMap(
            WireProtocol.init)
        let chosen = Self.preferredProtocols.first { offered.contains($0) } ?? .restJSON
        let known: Set<String> = [
            "apiVersion", "protocol", "signingName", "endpointPrefix", "jsonVersion", "targetPrefix", "serviceId",
        ]
        var traits = TraitConversion.traits(of: metadata, excluding: known)
        if metadata.string("protocol") != chosen.rawValue, let original = metadata.string("protocol") {
            traits["protocol"] = .string(original)
        }
        let name = metadata.string("serviceId") ?? metadata.string("endpointPrefix") ?? "Service"
        return ServiceInfo(
            name: name, apiVersion: metadata.string("apiVersion") ?? "unknown", wireProtocol: chosen,
            signingName: metadata.string("signingName"), endpointPrefix: metadata.string("endpointPrefix"),
            jsonVersion: metadata.string("jsonVersion"),
            targetPrefix: metadata.string("targetPrefix"),
            documentation: documentation.map(HTMLToMarkdown.convert).flatMap { $0.isEmpty ? nil : $0 },
            traits: traits)
    }
}
