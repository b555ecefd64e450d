import Foundation
import Testing
import ArgumentModel

/// The dense ids share one implementation (``DenseIndexID``): order by index, `n3`/`r3`/`s3`, and the bare index as
/// their `Codable` form.
@Suite struct IdentifiersTests {
    @Test func describeOrderAndCodeAsTheBareIndex() throws {
        #expect([NodeID(3).description, RelationID(3).description, SectionID(3).description] == ["n3", "r3", "s3"])
        #expect(NodeID(2) < NodeID(10) && !(RelationID(4) < RelationID(4)) && SectionID(0) < SectionID(1))
        let encoded = try JSONEncoder().encode([NodeID(7), NodeID(0)])
        #expect(String(decoding: encoded, as: UTF8.self) == "[7,0]")
        #expect(String(decoding: try JSONEncoder().encode(["r": RelationID(5)]), as: UTF8.self) == #"{"r":5}"#)
        #expect(try JSONDecoder().decode([SectionID].self, from: Data("[1,4]".utf8)) == [SectionID(1), SectionID(4)])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(NodeID.self, from: Data(#"{"index":1}"#.utf8)) }
    }
}
