import Foundation
import ShapegenFuzz
import Testing

/// The mutator is deterministic (a case is rerun from its seed and number) and mutates.
@Suite("Model mutator")
struct ModelMutatorTests {
    static let model = """
        shapegen: 1
        service: {name: Tiny, apiVersion: "1", protocol: json, targetPrefix: Tiny}
        operations:
          Get: {http: {method: POST, uri: /}, input: GetInput}
        shapes:
          String: {type: string}
          GetInput: {type: structure, members: {name: {target: String}}}
        """

    @Test func theSameSeedAndCaseGiveTheSameBytes() throws {
        let mutator = try ModelMutator(name: "tiny", yaml: Self.model)
        for index in 0..<50 {
            var first = FuzzRandom(seed: 7, case: index)
            var second = FuzzRandom(seed: 7, case: index)
            #expect(mutator.mutate(using: &first).data == mutator.mutate(using: &second).data)
        }
    }

    @Test func casesDifferFromTheSeedAndFromEachOther() throws {
        let mutator = try ModelMutator(name: "tiny", yaml: Self.model)
        let outputs = (0..<100).map { index in
            var random = FuzzRandom(seed: 7, case: index)
            return mutator.mutate(using: &random)
        }
        #expect(Set(outputs.map(\.data)).count > 80)
        #expect(outputs.allSatisfy { !$0.mutations.isEmpty })
    }
}
