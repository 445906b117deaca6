/// Word lists for reading attributions: speech verbs, the words around them, and news agencies.
enum SpeechCues {
    /// Verbs that report speech. Any of them can carry a direct, mixed or indirect quote.
    static let speech: Set<String> = words("""
        say says said saying tell tells told telling add adds added adding stated announce \
        announces announced announcing declare declares declared note notes noted noting explain explains explained \
        warn warns warned warning claim claims claimed claiming insist insists insisted argue argues argued arguing \
        ask asks asked write writes wrote tweet tweets tweeted tweeting report reports reported recall recalls recalled \
        acknowledge acknowledges acknowledged admit admits admitted confirm confirms confirmed deny denies denied \
        stress stresses stressed emphasize emphasizes emphasized emphasise emphasised underscore underscored underlined \
        assert asserts asserted demand demands demanded urge urges urged promise promises promised predict predicted \
        suggest suggests suggested remark remarked reply replies replied respond responded comment commented \
        complain complained contend contends contended conclude concluded observe observed joke joked quip quipped \
        vow vowed pledge pledged repeat repeated reiterate reiterated testify testified allege alleged threaten \
        threatened boast boasted concede conceded agree agreed added maintain maintained mention mentioned \
        pointed cautioned \
        accentuated admits agrees alleges boasts cautions comments complains concedes maintains mentions \
        observes pledges predicts reiterates remarks repeats responds testifies threatens underscores vows
        """)

    /// Verbs that only report speech when what follows is quoted ("called Trump “unhinged”").
    static let quotingOnly: Set<String> = words("""
        call calls called calling describe describes described describing spoke speaks speak label labeled labelled \
        dismiss dismissed brand branded term termed praise praised criticize criticized slam slammed accuse accused \
        hail hailed refer referred condemn condemned continued continues went chanted yelled shouted screamed \
        thanked bemoaned lamented answered answer declaring charged cried sang referring praising accuses \
        labeling labels labelling thanking pledging reveals revealed echoing echoed echoes quoted mentioning \
        writing inviting responding coined touted touting dubbed dubbing nicknamed mocked mocking blasted blasting \
        ripped lambasted scolded chided attacked attacking defended defending pleaded begged questioned wondered \
        proclaimed proclaiming mused bragged confessed retorted countered barked snapped summed concludes notes \
        explains adds answers asks argues insists warns jokes quips touts recalls calls describes \
        derided deriding decried denounced denouncing invoked invoking cited citing blamed blames blaming \
        credited credits chanting chant chants yelling shouting screaming asking reads put puts
        """)

    /// Verbs a reader counts as speech for indirect quotes (PolNeAR's speech cues).
    static let indirectSpeech: Set<String> = words("""
        say says said saying tell tells told telling add adds added adding stated announce announced \
        announces declare declared note noted noting explain explained warn warned claim claimed insist insisted \
        argue argued arguing ask asked write wrote tweet tweeted report reported acknowledge acknowledged admit \
        admitted confirm confirmed deny denied stress stressed emphasize emphasized emphasised suggest suggested \
        reply replied respond responded comment commented predict predicted promise promised vow vowed recall \
        recalled testify testified allege alleged contend contended conclude concluded repeat repeated mention \
        mentioned
        """)

    /// Speech verbs that promise an action in an infinitive: "vowed to “take our fight” to …".
    static let commitments: Set<String> = words("vowed pledged promised threatened agreed vows pledges promises threatens agrees")

    /// Prepositions that open a phrase put before a clause: "In Iowa, he said, …".
    static let frontingPrepositions: Set<String> = words("in on at after before during since for with by from under over until within")

    /// Words that open a noun phrase, so "promised to the voters" is not "promised to do".
    static let determiners: Set<String> = words("the a an his her its their our my your this that these those him them me us")

    /// Verbs that take the listener as their object before the content ("told reporters that").
    static let takesListener: Set<String> = words("told tell tells telling asked ask asks warned urged assured informed reminded")

    /// Words between a subject and its verb that do not end the subject ("has also said").
    static let auxiliaries: Set<String> = words("""
        also later then has have had was is were would will further again once previously recently reportedly not \
        n't did does do repeatedly earlier just simply publicly privately often had been being may might could \
        should must can already still even first initially subsequently
        """)

    static let pronouns: Set<String> = words("he she they we i it who him her them")
    /// The pronouns that can be a clause's subject and name a speaker.
    static let subjectPronouns: Set<String> = words("he she they we i")

    /// Finite verbs that show a clause has begun, so a later "that" is not the one after the cue.
    static let finiteVerbs: Set<String> = words("is are was were has have had will would can could should may might must does did do")

    /// Words that end a noun phrase read forwards after an inverted cue ("said Tokayev at …").
    static let phraseEnds: Set<String> = words("""
        on in at during after before to according who which that while as when because of for with from about \
        told said says and but in, yesterday today tomorrow last this monday tuesday wednesday thursday friday \
        saturday sunday
        """)

    /// Words that end a subject read backwards from a cue.
    static let subjectEnds: Set<String> = words("that which and but while as when because if although though so than where")

    /// Role nouns that stand for a person ("the president said").
    static let roleNouns: Set<String> = words("""
        president minister spokesman spokeswoman spokesperson secretary chairman chairwoman director governor senator \
        general king queen ambassador envoy leader mayor chief head commander official officials sheriff chancellor \
        premier prosecutor lawyer attorney judge representative officer police spokesmen ceo founder manager coach \
        candidate adviser advisor analyst expert source sources witness witnesses resident residents neighbor \
        neighbour neighbors neighbours authorities investigators detective deputy lieutenant captain sergeant \
        congressman congresswoman lawmaker lawmakers
        """)

    /// News agencies and broadcasters that articles cite by name.
    static let agencies: Set<String> = words("""
        tass itar-tass afp reuters ap sputnik interfax xinhua ria novosti anadolu irna tasnim fars isna kyodo yonhap \
        dpa efe ansa pti bernama antara kcna wafa mena sana spa wam qna kuna bloomberg upi aap belta kazinform \
        ukrinform unian ctk pap mti agerpres nhk akipress trend apa
        """)

    /// Words that make a name a news medium ("the Russian state news agency Tass").
    static let mediaWords: Set<String> = words("""
        agency news newspaper television tv radio broadcaster daily channel magazine outlet wire press times post \
        journal
        """)

    private static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }
}
