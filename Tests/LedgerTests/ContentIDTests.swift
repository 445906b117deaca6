import Ledger
import Testing

@Suite("SHA-256 content ids")
struct ContentIDTests {
    // FIPS 180-4 / NIST example vectors.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownDigests(input: String, hex: String) {
        #expect(ContentID.of(Array(input.utf8)).hex == hex)
    }

    @Test func millionAsStreamedInOddChunks() {
        var hasher = SHA256()
        var fed = 0
        var chunk = 1
        while fed < 1_000_000 {
            let n = min(chunk, 1_000_000 - fed)
            hasher.update([UInt8](repeating: UInt8(ascii: "a"), count: n))
            fed += n
            chunk = chunk * 3 % 1000 + 1
        }
        #expect(hasher.finalize().hex == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func hexRoundTrip() {
        let id = ContentID.of(Array("wirewatch".utf8))
        #expect(ContentID(hex: id.hex) == id)
        #expect(ContentID(hex: id.hex.uppercased()) == id)
        #expect(ContentID(hex: "xyz") == nil)
    }
}
