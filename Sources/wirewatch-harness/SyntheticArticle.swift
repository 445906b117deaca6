/// Plausible short news articles, different for every index and repeatable from a seed,
/// so a harness can tell each input's ledger line apart.
enum SyntheticArticle {
    private static let cities = ["Almaty", "Lagos", "Lima", "Manila", "Kyiv", "Quito", "Dhaka", "Nairobi", "Oslo", "Hanoi", "Tbilisi", "Accra"]
    private static let outlets = ["Reuters", "AFP", "Tass", "AP", "Xinhua", "Anadolu"]
    private static let people = ["Maria Costa", "John Okafor", "Li Wei", "Anna Petrova", "Omar Haddad", "Sofia Lindqvist", "Rahul Mehta"]
    private static let roles = ["the interior minister", "the police chief", "the mayor", "a government spokesman", "the health minister"]
    private static let events = [("were arrested", "arrests"), ("were injured", "injuries"), ("were killed", "deaths"), ("were evacuated", "evacuations"), ("protested", "protests")]
    private static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let filler = [
        "Officials said the situation remained tense but under control.",
        "Witnesses described crowds gathering near the central square.",
        "The government promised an inquiry into the events.",
        "Opposition leaders called for calm and for talks.",
        "Schools and shops stayed closed for a second day.",
        "Aid groups said supplies were running low in several districts.",
    ]

    /// Article number `index`, about 600 to 1,200 bytes.
    static func make(index: Int, using rng: inout SeededGenerator) -> [UInt8] {
        let city = cities.randomElement(using: &rng)!
        let outlet = outlets.randomElement(using: &rng)!
        let person = people.randomElement(using: &rng)!
        let role = roles.randomElement(using: &rng)!
        let (verb, noun) = events.randomElement(using: &rng)!
        let count = Int.random(in: 2...9_000, using: &rng)
        var text = "\(count) people \(verb) in \(city), officials say (report \(index))\n\n"
        text += "\(city.uppercased()) (\(outlet)) – More than \(count) people \(verb) in \(city) on \(weekdays.randomElement(using: &rng)!), \(role) said.\n\n"
        text += "\"We will not allow this to continue,\" \(person) told reporters. \"Every one of the \(noun) will be investigated.\"\n\n"
        for _ in 0..<Int.random(in: 2...6, using: &rng) {
            text += filler.randomElement(using: &rng)! + " "
        }
        text += "\n\nReference \(index)-\(rng.next() % 1_000_000).\n"
        return Array(text.utf8)
    }

    /// Bytes that the daemon must reject as binary: random noise with a NUL in it.
    static func binary(index: Int, using rng: inout SeededGenerator) -> [UInt8] {
        var bytes = (0..<512).map { _ in UInt8.random(in: .min ... .max, using: &rng) }
        bytes[index % 512] = 0
        return bytes
    }
}
