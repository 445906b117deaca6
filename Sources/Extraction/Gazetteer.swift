import Foundation

/// Small hand-made word lists the tagger uses as features: they help most where training text
/// is thin (places and nationalities of regions Reuters 1996 rarely covered).
enum Gazetteer {
    /// Words news text writes in lower case (`Resources/common-words.txt`, made by
    /// `wirewatch build-lexicon`): capitalised and alone, they are not names.
    static let commonWords: Set<String> = {
        guard let data = BundledResource.data(named: "common-words.txt") else { return [] }
        return Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))
    }()

    /// Bits of ``membership(_:)``.
    static let country: UInt8 = 1, nationality: UInt8 = 2, organisationWord: UInt8 = 4, personTitle: UInt8 = 8
    static let firstName: UInt8 = 16, city: UInt8 = 32, month: UInt8 = 64

    /// Which lists a word is in, by the FNV hash of its lowercased UTF-8.
    static func membership(hash: UInt64) -> UInt8 {
        lookup.membership(hash)
    }

    /// The lists as an open-addressed table keyed by the words' hashes: the tagger asks for every
    /// token, and a `Dictionary` would hash the hash again with SipHash.
    private static let lookup = HashedMembership(lists())

    /// Each listed word's hash and the bits of the lists it is in; read once, into ``lookup``.
    private static func lists() -> [UInt64: UInt8] {
        var table: [UInt64: UInt8] = [:]
        func add(_ words: String, _ bit: UInt8) {
            for phrase in words.split(separator: ",") {
                for word in phrase.split(separator: " ") {
                    table[FeatureHash.string(word.lowercased()), default: 0] |= bit
                }
            }
        }
        add("""
            afghanistan,albania,algeria,andorra,angola,argentina,armenia,australia,austria,azerbaijan,bahamas,bahrain,\
            bangladesh,barbados,belarus,belgium,belize,benin,bhutan,bolivia,bosnia,herzegovina,botswana,brazil,brunei,\
            bulgaria,burkina faso,burundi,cambodia,cameroon,canada,chad,chile,china,colombia,comoros,congo,croatia,cuba,\
            cyprus,czech republic,denmark,djibouti,dominica,ecuador,egypt,eritrea,estonia,eswatini,ethiopia,fiji,\
            finland,france,gabon,gambia,georgia,germany,ghana,greece,grenada,guatemala,guinea,guyana,haiti,honduras,\
            hungary,iceland,india,indonesia,iran,iraq,ireland,israel,italy,jamaica,japan,jordan,kazakhstan,kenya,\
            kiribati,korea,kosovo,kuwait,kyrgyzstan,laos,latvia,lebanon,lesotho,liberia,libya,liechtenstein,lithuania,\
            luxembourg,madagascar,malawi,malaysia,maldives,mali,malta,mauritania,mauritius,mexico,moldova,monaco,\
            mongolia,montenegro,morocco,mozambique,myanmar,burma,namibia,nauru,nepal,netherlands,holland,zealand,\
            nicaragua,niger,nigeria,macedonia,norway,oman,pakistan,palau,palestine,panama,paraguay,peru,philippines,\
            poland,portugal,qatar,romania,russia,rwanda,samoa,san marino,saudi arabia,senegal,serbia,seychelles,\
            sierra leone,singapore,slovakia,slovenia,somalia,spain,sri lanka,sudan,suriname,sweden,switzerland,syria,\
            taiwan,tajikistan,tanzania,thailand,togo,tonga,trinidad,tobago,tunisia,turkey,turkmenistan,tuvalu,uganda,\
            ukraine,emirates,britain,england,scotland,wales,uruguay,uzbekistan,vanuatu,vatican,venezuela,vietnam,yemen,\
            zambia,zimbabwe,yugoslavia,chechnya,tibet,kurdistan,crimea,siberia,europe,asia,africa,america,antarctica
            """, country)
        add("""
            afghan,albanian,algerian,american,angolan,argentine,argentinian,armenian,australian,austrian,azerbaijani,\
            azeri,bangladeshi,belarusian,belgian,bolivian,bosnian,brazilian,british,bulgarian,burmese,cambodian,\
            canadian,chilean,chinese,colombian,congolese,croatian,cuban,cypriot,czech,danish,dutch,ecuadorean,egyptian,\
            english,eritrean,estonian,ethiopian,european,filipino,finnish,french,georgian,german,ghanaian,greek,haitian,\
            hungarian,icelandic,indian,indonesian,iranian,iraqi,irish,israeli,italian,jamaican,japanese,jordanian,\
            kazakh,kenyan,korean,kuwaiti,kyrgyz,lao,latvian,lebanese,liberian,libyan,lithuanian,macedonian,malaysian,\
            maltese,mexican,moldovan,mongolian,moroccan,mozambican,namibian,nepalese,nigerian,norwegian,pakistani,\
            palestinian,panamanian,paraguayan,peruvian,polish,portuguese,romanian,russian,rwandan,saudi,scottish,\
            serbian,singaporean,slovak,slovenian,somali,spanish,sudanese,swedish,swiss,syrian,taiwanese,tajik,\
            tanzanian,thai,tunisian,turkish,turkmen,ugandan,ukrainian,uruguayan,uzbek,venezuelan,vietnamese,welsh,\
            yemeni,yugoslav,zambian,zimbabwean,soviet,arab,kurdish,islamic,muslim,christian,catholic,jewish,asian,\
            african,latin,western,belarusian,chechen,tatar,afghan,sikh,hindu,buddhist,shi'ite,sunni
            """, nationality)
        add("""
            inc,corp,corporation,ltd,plc,co,company,group,bank,party,union,council,ministry,organization,organisation,\
            agency,association,federation,club,united,fc,university,institute,committee,commission,court,army,\
            police,department,office,board,authority,airlines,airways,motors,holdings,industries,international,\
            securities,exchange,fund,reserve,news,times,post,journal,press,tass,reuters,interfax,xinhua,afp,sputnik,\
            nato,un,eu,opec,imf,who,congress,parliament,senate,assembly,alliance,front,movement,league,foundation
            """, organisationWord)
        add("""
            mr,mrs,ms,dr,president,minister,premier,chancellor,spokesman,spokeswoman,spokesperson,secretary,chairman,\
            director,governor,senator,general,gen,king,queen,prince,princess,pope,ambassador,judge,coach,striker,\
            captain,leader,mayor,lawyer,prosecutor,officer,colonel,sheikh,ayatollah,rabbi,bishop,sir,lord,lady
            """, personTitle)
        add("""
            john,james,robert,michael,william,david,richard,joseph,thomas,charles,peter,paul,mark,george,steven,andrew,\
            mary,patricia,linda,barbara,elizabeth,jennifer,maria,susan,margaret,sarah,anna,helen,vladimir,boris,sergei,\
            alexander,dmitry,dimitri,mikhail,ivan,nikolai,viktor,yuri,igor,anatoly,nursultan,kassym,emomali,akylbek,\
            mohammed,muhammad,ahmed,ali,hassan,hussein,omar,abdul,jean,pierre,francois,jacques,hans,klaus,juan,carlos,\
            jose,luis,giuseppe,marco,li,wang,zhang,chen,kim,lee,park,tony,bill,hillary,bob,jim,tom,joe,jack,alan
            """, firstName)
        add("""
            london,paris,berlin,moscow,washington,tokyo,beijing,new york,los angeles,chicago,rome,madrid,vienna,brussels,\
            geneva,zurich,amsterdam,stockholm,oslo,helsinki,copenhagen,warsaw,prague,budapest,bucharest,sofia,athens,\
            istanbul,ankara,tehran,baghdad,kabul,islamabad,delhi,mumbai,bombay,calcutta,bangkok,jakarta,manila,seoul,\
            hong kong,sydney,melbourne,toronto,montreal,ottawa,mexico city,havana,buenos aires,sao paulo,rio,lima,cairo,\
            johannesburg,nairobi,lagos,jerusalem,tel aviv,beirut,damascus,amman,riyadh,dubai,kiev,kyiv,minsk,almaty,\
            astana,nur-sultan,tashkent,bishkek,dushanbe,ashgabat,baku,tbilisi,yerevan,grozny,sarajevo,belgrade,zagreb
            """, city)
        add("january,february,march,april,may,june,july,august,september,october,november,december,jan,feb,mar,apr,jun,jul,aug,sep,sept,oct,nov,dec", month)
        return table
    }
}

/// A read-only map from a word's FNV hash (``FeatureHash/string(_:)``) to a byte of flags,
/// probed linearly. Every stored value is non-zero, so a zero marks an empty slot. For lists
/// asked about every token: a `Dictionary` would SipHash the word (or its hash) again.
struct HashedMembership: Sendable {
    private let keys: [UInt64]
    private let values: [UInt8]
    private let shift: UInt64

    init(_ table: [UInt64: UInt8]) {
        var bits = 4
        while 1 << bits < 2 * table.count { bits += 1 }
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var values = [UInt8](repeating: 0, count: 1 << bits)
        shift = UInt64(64 - bits)
        for (key, value) in table where value != 0 {
            var slot = Self.slot(key, shift)
            while values[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
    }

    @inline(__always) private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always) func membership(_ key: UInt64) -> UInt8 {
        var slot = Self.slot(key, shift)
        while values[slot] != 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return 0
    }
}
