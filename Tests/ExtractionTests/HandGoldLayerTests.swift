@testable import Extraction
import Testing

/// A small hand-written gold set for each layer of issue 4, independent of the shared data.
@Suite("Layers on hand-written articles")
struct HandGoldLayerTests {
    let extractor = ArticleExtractor()

    /// The counts of `body` under a placeholder headline, as "EVENT value object".
    func summary(_ body: String) -> [String] {
        summary(of: extractor.extract("Title\n\n" + body))
    }

    /// The counts of an article whose headline is `title`, as "EVENT value object".
    func headline(_ title: String) -> [String] {
        summary(of: extractor.extract(title + "\n\nPolice are looking for the gunman."))
    }

    func summary(of record: ArticleRecord) -> [String] {
        record.counts.map { "\($0.event) \(Int($0.value)) \($0.object)" }
    }

    func quotes(_ body: String) -> [Quote] {
        extractor.extract("Headline of the story\n\n" + body).quotes
    }

    @Test func layoutCutsFurnitureByShape() {
        let text = ArticleText("""
            Storm hits the coast
            By Staff Reporter
            LISBON, Jan. 10 (Reuters) - A storm hit the coast on Monday, officials said.
            Share this article
            The sea wall held, the mayor said.
            Related coverage
            Newsletter sign-up
            """)
        let record = extractor.extract(text)
        #expect(record.outlet == "Reuters")
        #expect(record.dateline?.place == "LISBON")
        let cut = record.boilerplate.map { text[$0] }
        #expect(cut == ["By Staff Reporter", "Share this article", "Related coverage", "Newsletter sign-up"])
        #expect(text[record.body!].hasSuffix("the mayor said."))
    }

    @Test func videoPlaylistLinesAreFurniture() {
        let text = ArticleText("""
            Man shot in Fresno
            A man was shot on Monday, police said.
            2:13 Tim Kaine accepts VP nomination Pause
            1:21 His number was the last one in a dead man's phone. Now he's charged with murder
            10:17 PM the shift commander activated the SWAT team
            The man is expected to recover.
            """)
        let cut = extractor.extract(text).boilerplate.map { text[$0] }
        // A running time and a caption is a playlist entry; a clock time opens prose.
        #expect(cut == ["2:13 Tim Kaine accepts VP nomination Pause", "1:21 His number was the last one in a dead man's phone. Now he's charged with murder"])
    }

    @Test func quoteMarksArePairedAndRepaired() {
        // Straight, curly and doubled-apostrophe marks, one pair with its spaces on the wrong side.
        let found = quotes("''We will stay,'' Mr. Smith said. He added:“ It is safe here. ”And \"we are ready,\" said Jones.")
        #expect(found.map(\.text) == ["We will stay,", "It is safe here.", "we are ready,"])
        #expect(found.allSatisfy { $0.kind == .direct })
        #expect(extractor.extract("Title\n\nShe said“ yes ”today.").quoteRepairs == 2)
        // Three apostrophes close a single quote and then the doubled one: ",''' Mr. English said".
        let nested = quotes("Mr. English spoke on Friday.\n\n''Part of my job is to say: 'Hey, he is for real,''' Mr. English said of Mr. Cruz.")
        #expect(nested.map(\.text) == ["Part of my job is to say: 'Hey, he is for real,'"])
        // A sentence ending on its cue takes the next quoted sentence only if that one has no cue of its own.
        let next = quotes("Mr. English spoke. ''Part of my job is to say he is for real,'' Mr. English said of Mr. Cruz.")
        #expect(next.map { "\($0.kind) \($0.cue ?? "")" } == ["direct said"])
    }

    /// Attribution shapes found missing on PolNeAR's dev set.
    @Test func attributionShapesFromPoliticalNews() {
        let found = quotes("""
            “Who do they think they are?” Mary Jones said of the company on Monday.

            “We wanted to control the real estate,” Michael Cernech, the city manager, said of the course.

            “He is an amazing leader,” said the 46-year-old.

            Frank Luntz, a Republican pollster, said Mr. Cameron had failed to “personalize” the campaign.

            Paul Huntley, a delegate from California, said he wanted “common-sense solutions.”

            Readers wrote in. “I am ashamed of this debate.” ― Sonya Herridge

            Lindsey Graham called the plan “crazy” and said the party would lose in November.

            Hillary Clinton declared “What a Super Tuesday!” and said that her campaign would go on.

            "It's plagiarism," David Axelrod, the chief strategist of the campaign, said just after midnight on CNN.

            "It reminds us how important this election is," Sen. Marco Rubio (R-Fla.) said Saturday night at the debate.

            Asked about the race, John Bolton told radio host Matt Boyle, “The slogan might as well be Not Indicted, Yet!”

            After the debate, Donald Trump told reporters he thought the story was made up.

            Asked about her record, Hillary Clinton said on Saturday that ''this cannot be an American fight.''

            On Fox News's “Sunday Morning Futures,” Darrell Issa said Hillary Clinton's “judgment” is in question.

            Six months ago, the independent Vermont senator said, the media called him a “fringe candidate.”

            Any ''cleareyed'' interpretation of the talks, said Michael Kofman, an expert at the Wilson Center, would read this as an admission.

            The club's heavy investment in its facilities, Ann Tanzer said, ''is a perfect example of adapting'' to the new economics.

            At the rally, Ted Cruz vowed to “take our fight” to the 35 states still to vote.

            Jeb Bush referred to Marco Rubio as “a bright, charismatic leader” but described his skills as a “work in progress.”

            As Dana Milbank put it, “Senate Republicans are unmoved.”

            “It’s breathtaking,” Joe Scarborough said Monday.\u{A0}“To say you don’t know about the Klan?”
            """)
        let summary = found.map { "\($0.kind) \($0.speaker?.name ?? "-"): \($0.text)" }
        #expect(summary.contains("direct Mary Jones: Who do they think they are?"))
        #expect(summary.contains("direct Michael Cernech: We wanted to control the real estate,"))
        #expect(found.contains { $0.kind == .direct && $0.text == "He is an amazing leader," && $0.speaker?.span != nil })
        #expect(summary.contains("mixed Frank Luntz: Mr. Cameron had failed to “personalize” the campaign"))
        #expect(summary.contains("mixed Paul Huntley: he wanted “common-sense solutions.”"))
        #expect(summary.contains("direct Sonya Herridge: I am ashamed of this debate."))
        // A second verb after "and" has its own content, and the clause's subject says it.
        #expect(summary.contains("indirect Lindsey Graham: the party would lose in November"))
        #expect(summary.contains("direct Hillary Clinton: What a Super Tuesday!"))
        #expect(summary.contains("indirect Hillary Clinton: her campaign would go on"))
        // A quote that opens its sentence is the content, whatever follows the cue; a parenthesis is skipped.
        #expect(summary.contains("direct David Axelrod: It's plagiarism,"))
        #expect(found.contains { $0.kind == .direct && $0.text == "It reminds us how important this election is," && $0.speaker?.name.hasSuffix("Marco Rubio") == true })
        // After "told" and its listener, a quote or a clause with its own subject is the content.
        #expect(summary.contains("direct John Bolton: The slogan might as well be Not Indicted, Yet!"))
        #expect(found.contains { $0.kind == .indirect && $0.speaker?.name == "Donald Trump" && $0.text.hasSuffix("he thought the story was made up") })
        #expect(!summary.contains { $0.hasSuffix(": Asked about the race") || $0.hasSuffix(": After the debate") })
        // "said on Saturday that …": the content follows the time phrase.
        #expect(summary.contains("direct Hillary Clinton: this cannot be an American fight."))
        // A show title quoted mid-sentence is not the content of a cue that a clause follows.
        #expect(summary.contains("mixed Darrell Issa: Hillary Clinton's “judgment” is in question"))
        #expect(!summary.contains { $0.hasSuffix(": Sunday Morning Futures,") })
        // After "said," a clause is the content, not a short phrase before the speaker; a place
        // before the role noun describes the speaker.
        #expect(summary.contains("mixed independent Vermont senator: the media called him a “fringe candidate.”"))
        // An attribution between commas splits one content; the quote's text leaves it out.
        #expect(summary.contains("mixed Michael Kofman: Any ''cleareyed'' interpretation of the talks would read this as an admission"))
        #expect(summary.contains("mixed Ann Tanzer: The club's heavy investment in its facilities ''is a perfect example of adapting'' to the new economics"))
        // A promise with its infinitive; "referred to … as", a second cue after "but", and "put it".
        #expect(summary.contains("mixed Ted Cruz: to “take our fight” to the 35 states still to vote"))
        #expect(summary.contains("mixed Jeb Bush: Marco Rubio as “a bright, charismatic leader”"))
        #expect(summary.contains("mixed Jeb Bush: his skills as a “work in progress.”"))
        #expect(summary.contains("direct Dana Milbank: Senate Republicans are unmoved."))
        // A no-break space after the full stop still ends the sentence, so the next quote goes on the first.
        #expect(summary.contains("direct Joe Scarborough: It’s breathtaking, To say you don’t know about the Klan?"))
    }

    @Test func directMixedAndIndirect() {
        let found = quotes("""
            Maria Lopez, the city's mayor, said the bridge was "a disgrace." "We need money," Lopez said, \
            "and we need it now." According to the ministry, repairs will take a year. Lopez warned that costs could rise.
            """)
        #expect(found.count == 4)
        #expect(found[0].kind == .mixed && found[0].speaker?.name == "Maria Lopez")
        #expect(found[1].kind == .direct && found[1].text == "We need money, and we need it now.")
        #expect(found[2].kind == .indirect && found[2].cue == "according to")
        #expect(found[3].kind == .indirect && found[3].text == "costs could rise")
    }

    /// The attribution splitting a quote may run on by a few words ("said of …", "said late
    /// last month"), or use a verb that is no speech cue ("she elaborated"): still one quote.
    @Test func quotesSplitByALongerAttribution() {
        let found = quotes("""
            Governor Terry McAuliffe restored voting rights on Friday. "I have no idea how these men and women voted,"             he said of people whose rights were restored, "but they made an investment in the community."

            Dorothy Woods spoke to Hewitt. “The way I see it,” Woods elaborated, “no one ever questioned his sacrifice.”

            “That doesn’t mean no response,” one Clinton aide said late last month, “but a muted one.”

            “We will win,” Ann Tanzer said, adding that “the polls are wrong.”
            """)
        let summary = found.map { "\($0.kind) \($0.speaker?.name ?? "-"): \($0.text)" }
        #expect(summary.contains("direct Terry McAuliffe: I have no idea how these men and women voted, but they made an investment in the community."))
        #expect(summary.contains("direct Dorothy Woods: The way I see it, no one ever questioned his sacrifice."))
        #expect(found.contains { $0.kind == .direct && $0.text == "That doesn’t mean no response, but a muted one." })
        // Another speech verb between the halves starts a quote of its own.
        #expect(summary.contains("direct Ann Tanzer: We will win,"))
    }

    /// A courtesy title before a speaker in apposition still leaves the quote just before it:
    /// `"…," Mr. Regalado, the mayor of Miami, said in his office`.
    @Test func aTitledSpeakerInApposition() {
        let found = quotes("""
            The mayor of Miami, Tomas Regalado, would have hurled himself into the task of electing a Republican.

            ''I would have been all in,'' Mr. Regalado, the Republican mayor of Miami, said in his office overlooking Biscayne Bay.

            "We will wait," Ms. Lopez, his deputy, said.
            """)
        let summary = found.map { "\($0.kind) \($0.speaker?.name ?? "-"): \($0.text)" }
        #expect(summary == ["direct Tomas Regalado: I would have been all in,", "direct Lopez: We will wait,"])
    }

    /// A quote whose mark lost its space in scraping: `Ryan said,"Look, …"`.
    @Test func aQuoteMarkWithoutASpace() {
        let found = quotes("""
            Paul Ryan spoke on Monday. Ryan said,"Look, they have got no place in a campaign."
            """)
        #expect(found.map { "\($0.kind) \($0.speaker?.name ?? "-"): \($0.text)" } == ["direct Paul Ryan: Look, they have got no place in a campaign."])
    }

    /// The NYT's closing '' with a stray full stop inside it, `Syria.'.')`, still closes the quote.
    @Test func theNYTsClosingMarkWithAStrayStop() {
        let found = quotes("""
            (In an interview on Sunday, Mr. Rhodes sought to clarify. Mr. Rhodes said, ''The fact is, we have been able to take back territory in northern Syria.'.')
            """)
        #expect(found.map { "\($0.kind) \($0.speaker?.name ?? "-"): \($0.text)" } == ["direct Rhodes: The fact is, we have been able to take back territory in northern Syria."])
    }

    /// A time or place put first stays out of the quote in a parenthesised paragraph too.
    @Test func aFrontedAdverbialInParentheses() {
        let found = quotes("""
            (In an interview, Rhodes said, "The fact is, we have been able to take back territory.")
            """)
        #expect(found.map { "\($0.kind) \($0.speaker?.name ?? "-"): \($0.text)" } == ["direct Rhodes: The fact is, we have been able to take back territory."])
    }

    /// A quote that opens the paragraph after an attributed quote, with no attribution of its
    /// own, goes on with it: one quote over both paragraphs.
    @Test func aQuoteRunsOnIntoTheNextParagraph() {
        let found = quotes("""
            Jared Sexton drove home after the rally.

            “What I can’t get out of my head is that he will likely be defeated,” Sexton said.

            “They’re not going to pack up their bags and go home.”
            """)
        let summary = found.map { "\($0.kind) \($0.speaker?.name ?? "-"): \($0.text)" }
        #expect(summary == ["direct Jared Sexton: What I can’t get out of my head is that he will likely be defeated, They’re not going to pack up their bags and go home."])
        // An indirect quote after the attribution does not stop the next quoted sentence going on with the first.
        let noting = quotes("""
            Bay Buchanan was national treasurer of the campaign.

            "You're down to the number of people you can count," Buchanan said, noting that Manafort lost no delegate. "If you're not tough, you will lose."
            """)
        #expect(noting.map { "\($0.kind) \($0.text)" } == [
            "direct You're down to the number of people you can count, If you're not tough, you will lose.",
            "indirect Manafort lost no delegate",
        ])
    }

    /// A listener after the cue is not the content: "told Britain’s ITV" after a question, and
    /// "wrote to his followers," before a quote.
    @Test func listenersAreNotContent() {
        let found = quotes("""
            Donald Trump spoke in London on Monday.

            “It looks like we’re not going to have a very good relationship, who knows?” Trump told Britain’s ITV television station in an interview.

            Tim Canova wrote to his 20,000 Twitter followers, “It’s time to end her political career for good,” and shared a link.

            The post drew replies. “Is that fair?” Canova told the crowd that the party had failed.
            """)
        let summary = found.map { "\($0.kind) \($0.speaker?.name ?? "-"): \($0.text)" }
        #expect(summary.contains("direct Donald Trump: It looks like we’re not going to have a very good relationship, who knows?"))
        #expect(!summary.contains { $0.hasSuffix("Britain’s ITV television station in an interview") })
        #expect(summary.contains("direct Tim Canova: It’s time to end her political career for good,"))
        // With a clause of its own after the listener, that clause is what was told.
        #expect(summary.contains("indirect Tim Canova: the party had failed"))
    }

    /// A sentence that opens with a person and a verb that is no speech cue, and quotes in what
    /// follows: the person's words, mixed. Not where the verb is passive, nor where the name
    /// only modifies the subject.
    @Test func quotesInAPersonsPredicate() {
        let found = quotes("""
            Donald Trump spoke to ITV on Monday.

            Trump also criticised London’s newly elected mayor Sadiq Khan for making “very rude statements” about him.

            Chris Christie was joined at a town hall by Buddy Valastro, star of the show “Cake Boss.”

            Sanders supporters are crying "fraud" online.

            On the same day, Trump continued to portray “illegal” immigrants as criminals.

            The Daily News focuses on the “assault weapons” used in the attack.
            """)
        let summary = found.map { "\($0.kind) \($0.speaker?.name ?? "-"): \($0.text)" }
        #expect(summary == [
            "mixed Donald Trump: London’s newly elected mayor Sadiq Khan for making “very rude statements” about him",
            // After a phrase and its comma; "continued to …" is the verb of the sentence.
            "mixed Donald Trump: to portray “illegal” immigrants as criminals",
        ])
    }

    /// Idioms with a speech verb in them attribute nothing.
    @Test func idiomsAreNoAttribution() {
        let found = quotes("It goes without saying, raising taxes on the rich is anathema to “conservatives.” Needless to say, the plan failed.")
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    /// A short phrase of time or place before the speaker is not what was said; a clause is.
    @Test func aFrontedPhraseIsNotContent() {
        let found = quotes("""
            Senator Richard Durbin spoke on Thursday. In an interview, Durbin said on Thursday he “hand-delivered a letter” to the attorney general.

            By the end of the decade, the deficit would double, Durbin said.
            """)
        let summary = found.map { "\($0.kind) \($0.speaker?.name ?? "-"): \($0.text)" }
        #expect(!summary.contains { $0.hasSuffix(": In an interview") })
        #expect(summary.contains { $0.hasPrefix("mixed Richard Durbin:") && $0.contains("“hand-delivered a letter”") })
        #expect(summary.contains("indirect Richard Durbin: By the end of the decade, the deficit would double"))
    }

    @Test func pronounsAndRolesResolveToPeople() {
        let text = "Russian President Vladimir Putin met officials on Monday. \"We will not allow it,\" he said. The Russian president added that the talks would go on."
        let found = quotes(text)
        #expect(found.map { $0.speaker?.name } == ["Vladimir Putin", "Vladimir Putin"])
    }

    @Test func countsWithBoundsAndEvents() {
        let record = extractor.extract("""
            Title

            More than 1,200 people were arrested and nearly two hundred were injured. Dozens of protesters marched. \
            About 300 troops were deployed. A 23-year-old man was shot and killed. Twelve people were evacuated. \
            More than a dozen people were evacuated. About a dozen troops were deployed.
            """)
        let summary = record.counts.map { "\($0.event) \(Int($0.value)) \($0.bound.rawValue)" }
        #expect(summary == [
            "ARREST 1200 at_least", "WOUND 200 at_most", "PROTEST 24 at_least", "DEPLOY 300 about", "KILL 1 exact",
            "EVACUATE 12 exact", "EVACUATE 12 at_least", "DEPLOY 12 about",
        ])
    }

    /// A bare count that is the subject of its own verb stands for people, so "taken to a
    /// hospital" is said of it; not the entries of a ranking, and not one taken there who died.
    @Test func bareCountsTakenToAHospitalAreHurt() {
        #expect(summary("One person died at the scene, and 19 were transported to Lee Memorial Hospital.") == [
            "KILL 1 person died", "WOUND 19 ",
        ])
        #expect(summary("Two teenagers are dead and two more were rushed to the hospital.") == ["KILL 2 teenagers", "WOUND 2 more"])
        #expect(summary("Other terms in the top 10 were related to natural disasters that have struck the US.") == [])
        // Taken there and died there: one death, whose "she" is not counted again.
        let diedThere = summary("Three died at the scene and one was transported to a nearby hospital, where she died.")
        #expect(diedThere.filter { $0.hasPrefix("KILL 1 ") }.count == 1 && !diedThere.contains { $0.hasPrefix("WOUND") })
        #expect(summary("The two victims were transported to a nearby hospital, where they died.") == ["KILL 2 victims"])
        // One person told without a numeral, as the finder's single-victim reading has it.
        #expect(summary("An 18-year-old victim was driven to the hospital by friends, where he later died.") == ["KILL 1 victim"])
        // The pronoun tells whose death it is: the girl's, not the deputies' who took her there.
        let taken = summary("Two deputies rushed the girl to the hospital, where she was pronounced dead.")
        #expect(taken.contains("KILL 1 she") && !taken.contains { $0.hasPrefix("WOUND") || $0.hasPrefix("KILL 2") })
        #expect(summary("Four people were taken to the hospital, where he was pronounced dead.") == ["WOUND 4 people", "KILL 1 he"])
    }

    /// An age after a name is no count, with or without its closing comma, and the named are
    /// listed with their ages.
    @Test func agesAfterNamesListTheNamed() {
        #expect(summary("Officials said that Dennie Reeves, 66 and Ginger Reeves, 64 were found dead inside a home.") == [
            "KILL 2 Dennie Reeves, 66 and Ginger Reeves",
        ])
        #expect(summary("Carlos Javier Gavilanes, 33 (killed on the street)") == [])
        #expect(summary("He was the brother of Anthony Ray Hawkins, 33, Reshowna Hawkins, 34, and Darrell Hawkins, 34 who were shot and killed.") == [
            "KILL 3 Anthony Ray Hawkins, 33, Reshowna Hawkins, 34, and Darrell Hawkins",
        ])
        // A place before the comma keeps the count.
        #expect(summary("In South Bend, 5 were shot.") == ["SHOOT 5 "])
        #expect(summary("They were taken to a hospital, where Jonathan Tripplett, 26, later died.") == ["KILL 1 Jonathan Tripplett"])
    }

    /// "dozen" scales the number before it as "hundred" does.
    @Test func dozensAreTwelves() {
        #expect(summary("Two dozen people were killed.") == ["KILL 24 people"])
        #expect(summary("Three dozen people were arrested.") == ["ARREST 36 people"])
        #expect(summary("A dozen people were hurt.") == ["WOUND 12 people"])
    }

    /// "for their lives" tells no death: the wounded fight for them, others run.
    @Test func livesFoughtForAreNotLost() {
        #expect(summary("Two others are fighting for their lives.") == ["WOUND 2 others"])
        #expect(summary("He saw scores of others running for their lives.") == ["COUNT 40 others running for their lives"])
        #expect(summary("Three people lost their lives.") == ["KILL 3 people lost their lives"])
    }

    /// Recovering from a wound, or a person recovering, is hurt and alive; a place recovering
    /// from a recession, or police recovering evidence, is no one.
    @Test func theRecoveringAreWounded() {
        #expect(summary("Andrews is recovering from a gunshot wound to the thigh.") == ["WOUND 1 Andrews"])
        #expect(summary("The child is recovering at Norton Children's Hospital.") == ["WOUND 1 child"])
        #expect(summary("The boy is now recovering.") == ["WOUND 1 boy"])
        #expect(summary("Liberia is recovering from a 14-year civil war.") == [])
        #expect(summary("Police were recovering shell casings at the hospital.") == [])
        #expect(summary("The boy was in stable condition and later died at the hospital.").allSatisfy { !$0.hasPrefix("WOUND") })
        #expect(summary("The boy was recovering and later died.").allSatisfy { !$0.hasPrefix("WOUND") })
    }

    @Test func oneNamedOrSingularVictimCountsAsOne() {
        #expect(summary("Donovan Spann, 18, was killed when a gun discharged.") == ["KILL 1 Donovan Spann"])
        #expect(summary("Police said the boy was later pronounced dead at the scene.") == ["KILL 1 boy"])
        #expect(summary("Houston police are investigating the fatal shooting of Kionn Lamothe.") == ["KILL 1 Kionn Lamothe"])
        #expect(summary("Doctors pronounced him dead at a local hospital.") == ["KILL 1 him"])
        #expect(summary("Jones was shot in the chest on Friday.") == ["SHOOT 1 Jones"])
        // "Shot" counts the dead too; "injured" does not.
        #expect(summary("Five people were shot, two fatally. Three others were injured.") == ["SHOOT 5 people", "KILL 2 fatally", "WOUND 3 others"])
        #expect(headline("3-year-old girl shot in the leg at apartment") == ["SHOOT 1 girl"])
        #expect(summary("He is accused of wounding another in the attack.") == ["WOUND 1 another"])
        #expect(summary("Gunman shot at police before he fled.") == [])
        #expect(summary("Police found a father and daughter dead in the house.") == ["KILL 2 father and daughter"])
        #expect(summary("Police found Eva's parents dead in a bedroom.") == ["KILL 2 parents"])
        // Victims listed with "and" or a headline's comma count one each.
        #expect(summary("Ann Lee and Chanetta Powell, 25, were killed.") == ["KILL 2 Ann Lee and Chanetta Powell"])
        // A singular verb is said of the one person before it: "and she was shot" is a clause.
        #expect(summary("My niece ran down to my sister and she was shot.") == ["SHOOT 1 she"])
        #expect(summary("His passenger and daughter, Marcela, was gravely wounded and died Sunday.") == ["KILL 1 daughter, Marcela"])
        #expect(summary("The gunman opened fire, killing Liam and Woods.") == ["KILL 2 Liam and Woods"])
        #expect(headline("Toddler, man killed in New Jersey shooting") == ["KILL 2 Toddler, man"])
        #expect(summary("He shot two suspects, killing one of them.") == ["SHOOT 2 suspects", "KILL 1 one of them"])
        #expect(summary("Two were indicted in the fatal shooting of 1-year-old Braylon Robinson.") == ["KILL 1 1-year-old Braylon Robinson"])
        // Charges and "double homicide" count the dead; attempted murder counts the wounded.
        #expect(summary("He faces two counts of first-degree murder and one count of attempted murder.") == [
            "KILL 2 counts of first-degree murder", "WOUND 1 count of attempted murder",
        ])
        // Pennsylvania's "criminal attempt homicide" is an attempt too.
        #expect(summary("Sims is charged with one count of criminal attempt homicide.") == ["WOUND 1 count of criminal attempt homicide"])
        #expect(summary("Police are investigating a double homicide.") == ["KILL 2 homicide"])
        // Struck, hit and taken to hospital are said of people only.
        #expect(summary("Three other people were struck by bullets. Two died and two others are recovering.") == [
            "SHOOT 3 other people", "KILL 2 died", "WOUND 2 others",
        ])
        #expect(summary("The shooting sent 4 people to the hospital.") == ["WOUND 4 people"])
        #expect(summary("More than 40 camps were hit.") == ["COUNT 40 camps"])
        // The aside after a count, and a second count after "shot and".
        #expect(summary("A woman was killed and five others, including two children, were injured.") == [
            "KILL 1 woman", "WOUND 5 others", "COUNT 2 children",
        ])
        #expect(summary("Police said 10 people were shot and one killed.") == ["SHOOT 10 people", "KILL 1 killed"])
        #expect(summary("He is accused of shooting a family of five and killing two.") == ["KILL 2 "])
        // An explicit count is kept as written, and an age is not a count.
        #expect(summary("The gunman killed one person and wounded eight others.") == ["KILL 1 person", "WOUND 8 others"])
        #expect(summary("He is the brother of Darrell Hawkins, 34 who were shot and killed at a home.") == [])
        // Deaths told without "killed": "fatally", "fatal injuries", "deceased", "the life of".
        #expect(summary("Police identify teen fatally shot last week on Roosevelt Avenue.") == ["KILL 1 teen"])
        #expect(summary("A 6-year-old died after being shot Wednesday.") == ["KILL 1 6-year-old"])
        #expect(summary("The 1-year-old suffered a fatal gunshot wound to the face.") == ["KILL 1 1-year-old"])
        #expect(summary("The shooting left one wounded and one deceased.") == ["WOUND 1 wounded", "KILL 1 deceased"])
        #expect(summary("Police are investigating the fatal shooting of one man and wounding of three other persons.") == [
            "KILL 1 man", "WOUND 3 other persons",
        ])
        #expect(summary("Drive-by shooter kills 1, injures 3.") == ["KILL 1 ", "WOUND 3 "])
        #expect(summary("Deputies found 16-year-old Rolando Gonzalez dead from a gunshot wound.") == ["KILL 1 16-year-old Rolando Gonzalez"])
        #expect(summary("One person, later identified as Laprida Shears, 25, of Tyler, was pronounced dead.") == ["KILL 1 person"])
        // Lists with a possessive, an age, or the shooter himself.
        #expect(summary("A missing child and her grandfather have been found dead.") == ["KILL 2 child and her grandfather"])
        #expect(summary("She is charged with killing her father and 6-year-old daughter.") == ["KILL 2 her father and 6-year-old daughter"])
        #expect(summary("Police say he shot and killed his infant daughter, then himself.") == ["KILL 2 his infant daughter, then himself"])
        // The wounded: an age in apposition, a hospital condition, a dash aside, a headline's list.
        #expect(summary("Boy, 7, shot in Sandusky today.") == ["SHOOT 1 Boy"])
        #expect(summary("The 2-year-old is in critical condition.") == ["WOUND 1 2-year-old"])
        // The boy in the aside is one of the two, not a second claim (the plural verb is theirs).
        #expect(summary("Two people -- including a 1-year-old boy -- were wounded.") == ["WOUND 2 people"])
        #expect(headline("Woman, 1-year-old boy wounded in shooting") == ["WOUND 2 Woman, 1-year-old boy"])
        // People listed beside a count are counted with it, but not an apposition or an unborn child.
        #expect(summary("Police said a 15-year-old girl, two women and a man were shot.") == ["SHOOT 4 girl, two women and a man"])
        #expect(summary("Three men and a woman were wounded in the gunfire.") == ["WOUND 4 Three men and a woman"])
        #expect(summary("Three others, an 18-year-old woman and two men, were treated for wounds.") == [
            "WOUND 3 others", "COUNT 3 an 18-year-old woman and two men",
        ])
        #expect(summary("The shooting left five people and an unborn baby dead.").first == "KILL 5 people")
        #expect(summary("The shooting left one man dead and six others wounded.") == ["KILL 1 man dead", "WOUND 6 others wounded"])
        #expect(summary("Four shot in west Charlotte, minor injuries - WBTV 3 News.") == ["SHOOT 4 shot"])
        #expect(summary("A man and two children are dead.") == ["KILL 3 man and two children"])
        #expect(summary("A woman and 3-year-old child are dead.") == ["KILL 2 woman and 3-year-old child"])
        #expect(summary("Police say the father fatally shot his 2 children, then himself.") == ["KILL 3 2 children, then himself"])
        #expect(summary("LaPrida Shears, 25, of Tyler, was killed in that shootout.") == ["KILL 1 LaPrida Shears"])
        #expect(summary("Prosecutors charge father in the shooting death of 2-year-old girl.") == ["KILL 1 2-year-old girl"])
        #expect(summary("A triple shooting left one man dead.") == ["SHOOT 3 shooting", "KILL 1 man dead"])
        #expect(summary("Both victims were taken to Nationwide Children's Hospital in stable condition.") == [])
        // A shooter who then dies is one more dead, added to the killing just before.
        #expect(summary("A man shot and killed his infant daughter before turning the gun on himself.") == ["KILL 2 his infant daughter"])
        #expect(summary("Police say he killed his wife and then killed himself.") == ["KILL 2 his wife"])
        // The people shot who lived are the wounded.
        #expect(summary("Two children were also shot, but survived.") == ["WOUND 2 children"])
        // "Lives" as a verb is not a death.
        #expect(summary("A friend who lives next door heard the shots.") == [])
        // An age decade is not a count, and one who shot someone is not a victim.
        #expect(summary("A man in his 20's sustained multiple gunshot wounds.") == [])
        #expect(summary("They found a man in his early 20's shot once in the upper torso.").allSatisfy { !$0.contains(" 20 ") })
        #expect(summary("A 19-year-old man shot and killed his infant daughter.") == ["KILL 1 his infant daughter"])
        // Plural subjects and people who did the shooting are not single victims.
        #expect(summary("Officers were hurt in the crash.") == [])
        #expect(summary("The man who shot the clerk fled.") == [])
    }

    @Test func fatalWordingMakesAShootingAKilling() {
        // "Fatally shooting" someone kills them; plain "shooting" does not say so.
        #expect(summary("He is accused of fatally shooting a woman in the head.") == ["KILL 1 a woman"])
        #expect(summary("He is accused of shooting a woman in the head.") == ["SHOOT 1 a woman"])
        #expect(headline("Police accuse woman of fatally shooting toddler in Killeen") == ["KILL 1 toddler"])
        // A headline's "shot to death" and "found shot" are passives, like "was shot".
        #expect(headline("Man shot to death in Chicago") == ["KILL 1 Man"])
        #expect(headline("Teen found shot to death in driveway of Fort Worth home") == ["KILL 1 Teen"])
        // A comma lists victims only when a person follows it.
        #expect(headline("Officer despondent before killing wife, son") == ["KILL 2 wife, son"])
        #expect(summary("He killed his wife, daughter and son.") == ["KILL 3 his wife, daughter and son"])
        #expect(summary("He shot a man, police said.") == ["SHOOT 1 a man"])
    }

    @Test func deathsToldWithoutAFigure() {
        // "One of whom", "succumbed", "deceased": a death told of one person without a number.
        #expect(summary("Police said he shot two people, one of whom died at the hotel.") == ["SHOOT 2 people", "KILL 1 one of whom"])
        #expect(summary("One of the victims was pronounced deceased at the scene.") == ["KILL 1 One of the victims"])
        #expect(summary("A 17-year-old female who succumbed to her injuries.") == ["KILL 1 female"])
        #expect(summary("Two victims succumbed to their injuries.") == ["KILL 2 victims succumbed"])
        // A headline's noun after other words, and one harm told twice ("shot, killed").
        #expect(headline("Authorities identify Alton boy killed while playing basketball") == ["KILL 1 boy"])
        #expect(headline("Sheriff's Office tight-lipped after toddler shot, killed in Apison") == ["KILL 1 toddler"])
        #expect(headline("Teenage boy shot and killed by family member") == ["KILL 1 boy"])
        // A fatal shooting or a shooting death is one dead at least, where no figure is given…
        let fatal = extractor.extract("Victim identified in fatal Hammond shooting\n\nPolice are looking for the gunman.").counts
        #expect(fatal.map { "\($0.event) \(Int($0.value)) \($0.bound.rawValue) \($0.object)" } == ["KILL 1 at_least shooting"])
        #expect(summary("He was sentenced in his son's accidental shooting death.") == ["KILL 1 death"])
        // A name in apposition is the same person, and an age in months is an age.
        #expect(summary("He fatally shot his fiancee, Jaime Salazar, 34, and their 2-year-old son, Jordan Reeves, in a dispute.") == [
            "KILL 2 his fiancee, Jaime Salazar, 34, and their 2-year-old son, Jordan Reeves",
        ])
        #expect(headline("Mom, 11-month-old son killed in shooting") == ["KILL 2 Mom, 11-month-old son"])
        // Nor does an object run on past "before": "wounding two officers before killing himself".
        #expect(summary("He opened fire, wounding two officers before killing himself.") == ["WOUND 2 officers", "KILL 1 himself"])
        // "A slain friend" describes the friend, not the people counted; the charged are not the dead.
        #expect(summary("Four men coming from a repast to honor a slain friend were shot, one fatally.") == [
            "COUNT 4 men coming from a repast", "KILL 1 fatally",
        ])
        #expect(summary("Authorities have charged five people in the shooting death of a woman.") == ["ARREST 5 people", "KILL 1 a woman"])
        // A count inside a single victim's clause says more than the one.
        #expect(summary("A 63-year-old man who was one of four people shot and wounded Friday was not the target.") == ["SHOOT 4 people shot"])
        #expect(summary("The gunfire injured another four teenagers.") == ["WOUND 4 teenagers"])
        // A second verb is not a second victim, and a town after "from" is not the one who died.
        #expect(summary("The bullets hit the couch, killing him and grazing the boy.") == ["KILL 1 him"])
        #expect(summary("The coroner confirmed 23-year-old Davienne Lewis from Springfield died.") == ["KILL 1 Davienne Lewis"])
        // "Passed away" and "claimed the life of" are deaths; "passed the ball" is not.
        #expect(summary("Tyler Alan Cop, 15, of E. Berlin, passed away on Thursday.") == ["KILL 1 Tyler Alan Cop"])
        #expect(summary("An accident with a firearm claimed the life of 4-year-old Summer Miller.") == ["KILL 1 4-year-old Summer Miller"])
        #expect(summary("The boy passed the ball.") == [])
        // Listed with a bare plural, the dead are more than can be counted: no figure, so the
        // lead's count stands. A counted plural, a part or an apposition still counts.
        #expect(headline("Missing Treme children, mother found dead in apparent murder-suicide") == [])
        #expect(headline("Two children and mother found dead") == ["KILL 3 Two children and mother"])
        #expect(summary("One of the victims, Grandson Johnson, 16, was pronounced deceased at the scene.") == ["KILL 1 Grandson Johnson"])
        // A plural "have" reaches the counted's own verb past where and when; "has" and a guess do not.
        #expect(summary("All four people involved in a shooting early Saturday morning have now died.") == ["KILL 4 people involved"])
        #expect(summary("The two officers involved in the boy's shooting have been arrested.") == ["ARREST 2 officers involved"])
        #expect(summary("One young woman near him had a bloody cheek — she must have been hit, he reasoned.") == ["COUNT 1 young woman"])
        // "son of …" after a comma says who the one before is; it lists no one else.
        #expect(summary("Police investigated the accidental shooting of 3-year-old Gavin Stiles, son of Officer Michael Stiles.") == [
            "SHOOT 1 3-year-old Gavin Stiles",
        ])
        #expect(summary("The gunman killed his wife, daughter and son.") == ["KILL 3 his wife, daughter and son"])
        // A death joined by "and" to what was done first is still the subject's.
        #expect(summary("The boy was taken off life support on Sunday and passed away.") == ["KILL 1 boy"])
        #expect(summary("A man was airlifted to a hospital in critical condition and later succumbed.") == ["KILL 1 man"])
        #expect(summary("The suspect was arrested and the victim died.") == ["KILL 1 victim"])
        // People named one by one before a count add to it; a gallery's "1 / 6" is no count.
        #expect(summary("A grandfather, his daughter and six grandchildren were killed in the fire.") == [
            "KILL 8 grandfather, his daughter and six grandchildren",
        ])
        // (The headline's "kills driver" is one death, read since the twelfth session.)
        #expect(summary("Man playing with gun fatally shoots, kills driver 1 / 6 Back to Gallery") == ["KILL 1 driver"])
        // An age in apposition before "and" keeps a headline's list going.
        #expect(headline("Boy, 2, and man killed, pregnant woman wounded in shooting") == ["KILL 2 Boy, 2, and man", "WOUND 1 woman"])
        // Gunshot victims are people shot.
        #expect(summary("Police said two other gunshot victims arrived at the hospital.") == ["SHOOT 2 other gunshot victims arrived"])
        // So are people with gunshot wounds: the dead among them are told apart later, if at all.
        #expect(summary("Police found two males with gunshot wounds.") == ["SHOOT 2 males"])
        #expect(summary("Police found four juveniles with gunshot injuries.") == ["SHOOT 4 juveniles"])
        // Shooting victims are people shot too, where nothing else is told of them; but those
        // "treated for minor injuries" are the wounded, and "shooting suspects" no one's victims.
        #expect(summary("Responding officers located four shooting victims, and two men died at the scene.") == [
            "SHOOT 4 shooting victims", "KILL 2 men died",
        ])
        #expect(summary("Two shooting victims were treated for minor injuries.") == ["WOUND 2 shooting victims"])
        #expect(summary("Police were searching for four shooting suspects.") == ["COUNT 4 shooting suspects"])
        // A headline's "Man dead", and "another" before a listed victim.
        #expect(headline("NOPD: Man dead, infant and another man injured in Algiers shooting") == ["KILL 1 Man", "WOUND 2 infant and another man"])
        // …and says nothing where a figure is.
        #expect(summary("The fatal shooting left two men dead.") == ["KILL 2 men dead"])
    }

    @Test func oneNamedBeforeTheOthers() {
        // "he and three others": the one, then the count.
        #expect(summary("The game ended after he and three others were shot on a court.") == ["SHOOT 4 he and three others"])
        #expect(summary("Webb and four others were wounded.") == ["WOUND 5 Webb and four others"])
        // An institution is no one, and a name counts only before "other(s)".
        #expect(summary("He was taken to Kendall Regional Trauma Center and two others were wounded.") == ["WOUND 2 others"])
        #expect(summary("Police said Jackson Memorial Hospital and three others were shot.") == ["SHOOT 3 others"])
        // A headline capitalises its number words and its places; neither is a victim's name.
        #expect(headline("Police Looking for Suspect in LES Shooting That Struck Four") == [])
        #expect(headline("Man arrested in shooting that wounded Humble kids") == [])
    }

    @Test func headlineVictimsAndTheOneMore() {
        // A headline drops the verb before a condition, and may put an age and a place before its noun.
        #expect(headline("Killeen 2-year-old in critical condition from gunshot") == ["WOUND 1 2-year-old"])
        #expect(headline("2-year-old Gaston County boy shot in stomach") == ["SHOOT 1 boy"])
        // "Another" after the dead is one more victim; fighting for one's life is a wound.
        #expect(summary("Four people are dead and another is fighting for her life.") == ["KILL 4 people", "WOUND 1 another"])
        #expect(summary("One man was killed and another was wounded.") == ["KILL 1 man", "WOUND 1 another"])
        // A headline's semicolon joins its clauses as "and" does.
        #expect(headline("Firefighter Shot, Killed in Maryland; Another Seriously Wounded") == ["KILL 1 Firefighter", "WOUND 1 Another"])
    }

    @Test func addressesStationsPhoneNumbersAndAgesAreNoCounts() {
        // House numbers: a street word a few capitalised words on, or an abbreviated compass point.
        #expect(summary("Officers were called to 2806 Long Lane, where a man was killed.") == ["KILL 1 man"])
        #expect(summary("The child was found at 1236 Red Bridge Road and taken to a hospital.") == [])
        #expect(summary("Deputies found a man shot at 13915 County Road 3.") == ["SHOOT 1 man"])
        #expect(summary("Medics took them to a hospital at 2222 N. Nevada Ave.") == [])
        #expect(summary("He said he had shot himself at 9330 59th Ave. SE, the records state.") == ["SHOOT 1 himself"])
        #expect(summary("A woman was shot on the 400 and 500 blocks of Bourbon Street.") == ["SHOOT 1 woman"])
        // A headline's capitals name who was shot before the street.
        #expect(headline("13 Shot On Main Street") == ["SHOOT 13 Shot"])
        // The emergency number, an identifier and an age after a person noun.
        #expect(summary("Horrified neighbors called 911 and tended to the injured.") == [])
        #expect(summary("He shot at city bus 4057, which was carrying passengers.") == [])
        #expect(summary("A fourth victim, 25, showed up at a hospital.") == [])
        // A station or a gang named with capitals and a number; the first of two numbers of one measure.
        #expect(summary("The girl's sister told NBC 6 the teen was shot four or five times.") == ["SHOOT 1 teen"])
        #expect(summary("Both are MS 13 gang members from El Salvador.") == [])
        #expect(summary("Investigators tell 7 Action News 17-year-old Reginald Robinson was shot and killed.") == ["KILL 1 Reginald Robinson"])
        #expect(summary("Image 12 of 14 A teen died after being shot.") == ["KILL 1 teen"])
        #expect(summary("Facebook photo\n\nTwo teenagers have been charged.") == ["ARREST 2 teenagers"])
        #expect(!summary("A man between 25 and 35 years old was shot dead.").contains { $0.hasPrefix("KILL 25") })
        // A time run into the next sentence, and ages written short in a reporter's post.
        #expect(summary("It happened at about 6 p.m.The young girl was struck in the head.") == ["SHOOT 1 girl"])
        #expect(summary("Neighbors tell me the 4 yo boy was playing outside when shot.").allSatisfy { !$0.contains("4") })
        #expect(summary("A 16 y/o was in the car.") == [])
        // A picture's credit, a range of ages, "both 16", a year cut short, an ordinal "number".
        #expect(summary("Photo: 21 Pro Video Image 11 of 14 Police say two young children were critically wounded.") == ["WOUND 2 young children"])
        // An age said of a person after "was": "who was 24, was shot" is one shot, not 24.
        #expect(summary("The man who was killed was 17 and was shot twice in the head.") == ["KILL 1 man"])
        #expect(summary("The infant's mother, who was 24, was shot in her torso.").allSatisfy { !$0.contains("24") })
        #expect(summary("The death toll was 17 and rising.") == ["KILL 17 "])
        // Said of one of many people, too; but the number of them stays a count.
        #expect(summary("One of the five people shot and killed was 17, police said.") == ["KILL 5 people shot"])
        #expect(summary("The number of people killed was 17, police said.") == ["KILL 17 "])
        #expect(summary("Police said the couple died. VIDEO: 2 dead, two wounded in Salinas shooting.") == ["KILL 2 dead", "WOUND 2 wounded"])
        #expect(summary("Their ages range from 19 through 21. One was shot.") == ["SHOOT 1 "])
        #expect(summary("Nathaniel Webb and Jonathan Stone, both 16, and Jalen Jeffries, 17, suffered non-critical injuries.") == [])
        #expect(summary("NYC ’90 shooting of slain man leaves cops with latest cold case.") == [])
        #expect(summary("The two shooting deaths are homicides number 10 and 11 in Rockford.") == ["KILL 2 shooting deaths"])
    }

    @Test func theCountedWhoDidTheHarmAreNotItsVictims() {
        // The subject of a verb with its own object did the harm.
        #expect(summary("Four people were injured when two men opened fire in a pool hall.") == ["WOUND 4 people", "COUNT 2 men opened fire"])
        #expect(summary("Officials believe the two shot the male victim over a dispute.") == ["COUNT 2 shot the male victim over a dispute"])
        #expect(summary("He and two other men shot four people inside the market.").contains("COUNT 3 He and two other men shot"))
        // But a count that is itself the object, or followed by a bare "and", is the victims.
        #expect(summary("Two men were killed and another two injured.") == ["KILL 2 men", "WOUND 2 injured"])
        #expect(summary("Police say a man fatally shot his wife and two young sons before killing himself.").last == "KILL 4 his wife and two young sons")
        #expect(headline("4 Wounded In Shooting Outside Nightclub") == ["WOUND 4 Wounded"])
        // Charges are counted as charges, whatever the shooting after them.
        #expect(summary("The father faces two felony charges after his young son accidentally shot himself.") == [
            "COUNT 2 felony charges", "SHOOT 1 himself",
        ])
    }

    @Test func thingsAndWoundsAreCountedApartFromPeople() {
        // A harm word near a count of things does not make them victims.
        #expect(summary("Hunters killed 90,280 deer through the first three days of the season.") == ["COUNT 90280 deer through the first"])
        #expect(summary("Stray gunshots hit two businesses in the parking lot.") == ["COUNT 2 businesses"])
        #expect(summary("The victim was treated for four gunshot wounds.") == ["COUNT 4 gunshot wounds"])
        // But people who suffered wounds, a place after the verb, and a compound about people are victims.
        #expect(summary("All three suffered gunshot wounds to the upper body.") == ["SHOOT 3 suffered gunshot wounds"])
        #expect(headline("Six shot outside Gary home") == ["SHOOT 6 shot outside Gary home"])
        #expect(summary("A man who killed three home invaders will face no charges.") == ["KILL 3 home invaders"])
        // One person with a gunshot wound was shot, as "people with gunshot wounds" are.
        #expect(summary("Officers found a man suffering from a gunshot wound to the hip.") == ["SHOOT 1 man"])
        #expect(summary("A 13-year-old victim suffering from a gunshot injury was taken to a hospital.") == ["SHOOT 1 victim"])
        #expect(summary("A 20-year-old woman suffered a fatal gunshot wound.") == ["KILL 1 woman"])
        #expect(summary("Police are investigating the death of a two-year-old boy found with a gunshot wound.") == ["KILL 1 boy"])
        // Hit by a car is no shooting; hit by a bullet or by gunfire is.
        #expect(summary("The child was in critical condition after she was hit by a car.") == ["WOUND 1 child"])
        #expect(summary("Two pedestrians were struck by a pickup truck.") == ["COUNT 2 pedestrians"])
        #expect(summary("Two people were struck by gunfire.") == ["SHOOT 2 people"])
        // Plurals in -ies and people the list of people words lacked: "deputies", "civilians".
        #expect(summary("He was charged with critically wounding two sheriff's deputies.") == ["WOUND 2 sheriff's deputies"])
        #expect(summary("Glenn shot two police officers and four civilians.") == ["SHOOT 6 two police officers and four civilians"])
    }

    @Test func aHeadlinesPresentTenseShootsItsObject() {
        // Headlines tell a shooting in the present: the object is the one shot, themself included.
        #expect(headline("Boy accidentally shoots himself in Annandale") == ["SHOOT 1 himself"])
        #expect(headline("Texas boy, 7, finds key, unlocks gun cabinet, shoots self") == ["SHOOT 1 self"])
        #expect(headline("Father shoots son in apparent gun accident") == ["SHOOT 1 son"])
        #expect(headline("3-year-old shoots mother in Davie") == ["SHOOT 1 mother"])
        #expect(headline("Boyfriend shoots girlfriend, self before crash") == ["SHOOT 2 girlfriend, self"])
        // Fatal where the headline says so.
        #expect(headline("Teen fatally shoots himself in the head by accident") == ["KILL 1 himself"])
        #expect(headline("Man cleaning gun accidentally shoots girlfriend dead, police say") == ["KILL 1 girlfriend"])
        #expect(headline("Son apparently shoots self to death") == ["KILL 1 self"])
        // The bare verb only as a later step, not as an intent; and the accused is not listed.
        #expect(summary("The boy was able to get a gun and then shoot himself in the head.") == ["SHOOT 1 himself"])
        #expect(summary("He threatened to shoot her.") == [])
        #expect(summary("He shoots hoops every day.") == [])
        #expect(headline("4-year-old accidentally shoots himself, father charged") == ["SHOOT 1 himself"])
    }

    @Test func takingOnesOwnLifeIsOneDeath() {
        #expect(summary("He killed his 2-year-old son and then took his own life.") == ["KILL 1 his 2-year-old son", "KILL 1 his own life"])
        #expect(headline("Student Takes Own Life In Parking Lot") == ["KILL 1 Own Life"])
        // Not an intent, a doubt, or a business.
        #expect(summary("He said he was going to take his own life.") == [])
        #expect(summary("It was unclear whether he took his own life or was killed by officers.") == [])
        #expect(summary("He runs his own life insurance agency.") == [])
    }

    @Test func aListedVictimMayBeDescribedBeforeTheNoun() {
        #expect(summary("Agent Lee Tartt and the male suspect were killed.") == ["KILL 2 Agent Lee Tartt and the male suspect"])
        #expect(headline("Woman, Young Child Killed In Kerr County Shooting") == ["KILL 2 Woman, Young Child"])
        // A description alone is no second person.
        #expect(summary("The male suspect was killed.") == ["KILL 1 suspect"])
    }

    @Test func anotherAfterTheDeadIsOneMoreWithoutAVerb() {
        #expect(summary("The shooting left three people dead and another injured.") == ["KILL 3 people dead", "WOUND 1 another"])
        #expect(summary("Three people are dead and another hospitalized after the shooting.") == ["KILL 3 people", "WOUND 1 another"])
        // Not a thing: "one of her vehicles and another hit by a bullet".
        #expect(summary("She found blood on one of her vehicles and another hit by a bullet.") == [])
    }

    @Test func peopleListedBeforeACountJoinIt() {
        // The count's object may run on to its verb, and a possessive may stand before it.
        #expect(summary("Mother, 2 children shot dead in their home.") == ["KILL 3 Mother, 2 children shot dead"])
        #expect(summary("The woman and her three children were taken to an area hospital.") == ["WOUND 4 The woman and her three children"])
        // The verb before the list names the event.
        #expect(summary("Police say he shot a security guard and two women inside the building.") == ["SHOOT 3 guard and two women inside the building"])
        // So does the noun before "of": "the lives of", "the bodies of".
        #expect(summary("Gunfire claimed the lives of a father and his two daughters.") == ["KILL 3 a father and his two daughters"])
        #expect(summary("Deputies discovered the bodies of a man, a woman and two children.") == ["KILL 4 a man, a woman and two children"])
        #expect(summary("He saw a man and his two sons at the store.") == ["COUNT 3 a man and his two sons"])
        #expect(summary("A 60-year-old woman was killed and a 15-year-old girl, two women and a man were wounded.") == ["KILL 1 woman", "WOUND 4 girl, two women and a man"])
        // Not a headline's verb taken for a name, nor a verb across "as".
        #expect(headline("Father Killed and 4 Others Hurt in Hamilton Heights Shooting") == ["WOUND 4 Others Hurt"])
        #expect(summary("Emarje Watkins was shot and killed as he and three other teens played with the gun.") == ["KILL 1 Emarje Watkins", "COUNT 4 he and three other teens played"])
    }

    @Test func aPossessorIsNotTheVictim() {
        #expect(summary("He killed his girlfriend's son.") == ["KILL 1 his girlfriend's son"])
        #expect(summary("A man shot and killed his girlfriend's two teenage daughters, then turned the gun on himself.") == ["KILL 3 teenage daughters"])
        // But a body part's owner is.
        #expect(summary("The bullet struck her son's left side.") == ["SHOOT 1 her son"])
    }

    @Test func moreWordsNameOnePerson() {
        #expect(headline("New Jersey Shooting Leaves Tot, Man Dead: Prosecutors") == ["KILL 2 Tot, Man"])
        #expect(summary("Police say he fatally shot his ex-wife on Sunday.") == ["KILL 1 his ex-wife"])
    }

    @Test func oneVictimAndTheirCountedChildren() {
        #expect(summary("A woman and her three children were killed.") == ["KILL 4 woman and her three children"])
        #expect(summary("A father and his two children were found dead.") == ["KILL 3 father and his two children"])
        // An age is no count.
        #expect(summary("A man and his 2-year-old son were shot.") == ["SHOOT 2 man and his 2-year-old son"])
    }

    @Test func aHeadlinesPresentTenseKillsItsObject() {
        #expect(headline("Wyoming man kills infant son, self") == ["KILL 2 infant son, self"])
        #expect(headline("Police: Man kills woman, her son, himself in south Las Vegas") == ["KILL 3 woman, her son, himself"])
        #expect(headline("Police: Man kills girlfriend's son") == ["KILL 1 girlfriend's son"])
        // Not a thing killed, nor an apposition taken for a second victim.
        #expect(headline("Man kills time before trial") == [])
        // So do its other harm verbs; their nouns are no harm done.
        #expect(headline("Gunman wounds officer in Dallas") == ["WOUND 1 officer"])
        #expect(headline("Teen murders mother, police say") == ["KILL 1 mother"])
        #expect(headline("Police: Man fatally shoots girl, injures boy in Columbus") == ["KILL 1 girl", "WOUND 1 boy"])
        #expect(summary("He had gunshot wounds to his arm. The murders shocked the town.") == [])
        #expect(summary("A 21-year-old man accidentally shot a 9-year-old girl, his relative, in the chest.") == ["SHOOT 1 a 9-year-old girl"])
    }

    /// A headline's past verb after its subject drops the article too: "Man who shot child
    /// sentenced". Not a participle used as an adjective, nor a lone capital before it.
    @Test func aHeadlinesPastVerbHarmsItsObject() {
        #expect(headline("Man who shot child sentenced to 3 years in prison") == ["SHOOT 1 child"])
        #expect(headline("Man who killed wife, children, self had injunction filed against him") == ["KILL 4 wife, children, self"])
        #expect(headline("Police say Louisville teen shot female victim, then lied") == ["SHOOT 1 female victim"])
        #expect(headline("Eric Smith shot wife, police say") == ["SHOOT 1 wife"])
        #expect(headline("Family of murdered teen lead peace walk") == [])
        #expect(headline("Accidental shot sends man to ER") == [])
        #expect(summary("He said the wounded child was in the car.") == [])
    }

    /// A headline's clauses each name their own harm: "Man shot, woman killed" is one shot and
    /// one dead, while "Firefighter Shot, Killed" is one person.
    @Test func aHeadlinesClausesTellTheirOwnHarm() {
        #expect(headline("Man shot, woman killed in Southside shooting") == ["SHOOT 1 Man", "KILL 1 woman"])
        #expect(summary("A man was shot and a woman killed on Main Street.") == ["SHOOT 1 man", "KILL 1 woman"])
        #expect(headline("Firefighter Shot, Killed in Maryland") == ["KILL 1 Firefighter"])
        // "suspect" opens a clause of its own too: the officer lived, the suspect died.
        #expect(headline("Officer shot, suspect killed in exchange of gunfire") == ["SHOOT 1 Officer", "KILL 1 suspect"])
        #expect(headline("Police: Gunfire kills 1, hurts 3") == ["KILL 1 ", "WOUND 3 "])
        // A graze is a gunshot wound.
        #expect(headline("Boy, 4, grazed by bullet") == ["SHOOT 1 Boy"])
        #expect(summary("Two women at the scene were grazed by bullets.") == ["SHOOT 2 women"])
    }

    @Test func parentsAndTwinsAreTwoPeople() {
        #expect(summary("Police said he killed his parents.") == ["KILL 2 his parents"])
        #expect(headline("Teen allegedly shoots parents and 3 children in Albuquerque") == ["SHOOT 5 parents and 3 children"])
        #expect(summary("A woman and her parents were shot.") == ["SHOOT 3 woman and her parents"])
        #expect(summary("Woodley shot Luke and the twins before going outside.") == ["SHOOT 3 Luke and the twins"])
        // Parents who were told of a death are no victims.
        #expect(summary("The victim's parents were notified.") == [])
    }

    @Test func aPluralWithoutAFigureGivesAFloor() throws {
        let record = extractor.extract("Title\n\nThe suspect may have shot his wife and children.")
        let claim = try #require(record.counts.first)
        #expect(claim.value == 3 && claim.bound == .atLeast && claim.event == "SHOOT")
        #expect(headline("Man kills parents and sisters in Phoenix home") == ["KILL 4 parents and sisters"])
        #expect(headline("Grandmother kills daughter, grandchildren, self") == ["KILL 4 daughter, grandchildren, self"])
        #expect(extractor.extract("Man kills parents and sisters in Phoenix home\n\nPolice are looking for the gunman.").counts.first?.bound == .atLeast)
    }

    @Test func peopleNamedBeforeOneVictimJoinIt() {
        #expect(summary("Milien's father and a 15-year-old boy were also shot, but survived.") == ["WOUND 2 father and a 15-year-old boy"])
        #expect(summary("Police said the suspect and a 24-year-old were both wounded.") == ["WOUND 2 suspect and a 24-year-old"])
        // Not the object of a verb, a place, or a victim in apposition.
        #expect(summary("A 12-year-old boy shot his brother in Sevier County and a 6-year-old boy was shot in Little Rock.")
            == ["SHOOT 1 his brother", "SHOOT 1 boy"])
        #expect(summary("Another victim, a 37-year-old man who was shot in the leg, said he had been walking.") == ["SHOOT 1 man"])
        // Those who were not hit are no victims.
        #expect(summary("The mom and a 7-month-old were not hit.") == [])
    }

    /// "Hit" and "struck" tell a shooting only of people hit by gunfire, not of firms, films or
    /// sales figures; and the counted after "by" did the harm.
    @Test func onlyPeopleAreHitByGunfire() {
        #expect(summary("Lufthansa was hit in 2003 by tough competition.") == [])
        #expect(summary("Young fans voted Hollywood hit Shrek 2 best film.") == [])
        #expect(summary("Sales will hit 200,000 in 2005.") == [])
        #expect(summary("The US was struck by four hurricanes.") == ["COUNT 4 hurricanes"])
        #expect(summary("A man was killed by two gunmen.") == ["KILL 1 man", "COUNT 2 gunmen"])
        #expect(summary("Smith was hit in the leg.") == ["SHOOT 1 Smith"])
        #expect(summary("A stray bullet hit Jones.") == ["SHOOT 1 Jones"])
        #expect(summary("Two men came up shooting at them. Callen was struck.").contains("SHOOT 1 Callen"))
        #expect(summary("The gunman hit two people.") == ["SHOOT 2 people"])
        #expect(summary("Neither were the injuries suffered by the four students.") == ["WOUND 4 students"])
    }

    /// Words of harm and detention that say something else in general news: public bodies,
    /// talks held, deaths foretold.
    @Test func bodiesTalksAndForecastsAreNoHarm() {
        #expect(summary("The act covers about 100,000 public bodies.") == ["COUNT 100000 public bodies"])
        #expect(summary("Police found the four bodies.") == ["KILL 4 bodies"])
        #expect(summary("The two banks reportedly held talks in October.") == ["COUNT 2 banks reportedly held talks"])
        #expect(summary("Twelve men are being held without trial.") == ["DETAIN 12 men"])
        #expect(summary("2 gang suspects held to answer for deaths of 2 teenagers.").first == "DETAIN 2 gang suspects held")
        #expect(summary("Some 45 million children will die needlessly before 2015.") == ["COUNT 45000000 children"])
        #expect(summary("Two people could be killed.") == ["COUNT 2 people"])
        #expect(summary("Two thousand troops will be deployed.") == ["DEPLOY 2000 troops"])
        // "Sent" deploys the people sent somewhere, not the senders of letters; to hospital, they are hurt.
        #expect(summary("Some 20,000 scientists sent separate letters last Friday.") == ["COUNT 20000 scientists sent separate letters last Friday"])
        #expect(summary("About 2,000 troops were sent to the region.") == ["DEPLOY 2000 troops"])
        #expect(summary("The other two victims were sent to Mount Sinai Hospital.") == ["WOUND 2 victims"])
    }

    /// A harm denied is none: the counted are people, unharmed. "Not seriously hurt" is hurt.
    @Test func aDeniedHarmIsNone() {
        #expect(summary("Two adults inside the home were not hurt.") == ["COUNT 2 adults inside the home"])
        #expect(summary("The two other passengers weren't hurt.") == ["COUNT 2 other passengers weren't hurt"])
        #expect(summary("The other five Iraqis did not die in custody.") == ["COUNT 5 Iraqis did not die"])
        #expect(summary("Two people were shot but not killed.") == ["SHOOT 2 people"])
        #expect(summary("The other two were not seriously hurt.") == ["WOUND 2 "])
        #expect(summary("Two people were shot and killed.") == ["KILL 2 people"])
    }

    @Test func agesPlacesAndTheIncludedAreNoSecondCount() {
        // Every number of a list of ages is an age; a list has one "and".
        #expect(summary("Three other male victims, ages 24, 25, and 41, were wounded in the shooting.") == ["WOUND 3 other male victims"])
        #expect(summary("The victims were two women, ages 37 and 52, and three men.") == ["COUNT 2 women", "COUNT 3 men"])
        // An event verb does not reach a count across a preposition; "the death toll to 49" it does.
        #expect(summary("Seven other people were wounded in four separate scenes Sunday night.")
            == ["WOUND 7 other people", "COUNT 4 separate scenes Sunday night"])
        #expect(headline("MMA fighter dead at 25") == ["KILL 1 fighter"])
        #expect(summary("The shooting raised the number of fatalities to three.") == ["KILL 3 "])
        // A plural verb after "including" is said of those counted.
        #expect(summary("Five people -- including a pregnant woman -- were killed.") == ["KILL 5 people"])
        #expect(summary("Each one of the friends -- including a 14-year-old -- was shot.") == ["SHOOT 1 14-year-old"])
        // A hyphenated hospital grade is a wound.
        #expect(summary("The three victims were in temporary-serious condition.") == ["WOUND 3 victims"])
    }

    @Test func theOneWhoShotACountIsNoVictim() {
        #expect(summary("A man shot six people outside a store.") == ["SHOOT 6 people outside a store"])
        #expect(summary("A man shot three times in the chest was taken to the hospital.") == ["SHOOT 1 man"])
        #expect(summary("He crossed five lanes of traffic and shot three more people outside a store.")
            == ["COUNT 5 lanes of traffic", "SHOOT 3 more people outside a store"])
        #expect(summary("A boy accidentally shot and killed one of his friends.") == ["KILL 1 one of his friends"])
        // "got" makes a passive only next to the verb: these two did the killing.
        #expect(summary("Two suspects got away with $400 after killing a student.") == ["COUNT 2 suspects got away", "KILL 1 a student"])
        #expect(summary("Two men got fatally shot outside a bar.") == ["KILL 2 men got fatally shot outside a bar"])
    }

    @Test func anAsideNamesTheCountedAgain() {
        // A dash aside after a count of people names the same people, or some of them.
        #expect(summary("Four people -- two men and two women -- were shot.") == ["SHOOT 4 people", "COUNT 4 two men and two women"])
        #expect(summary("Four people -- three of them teenagers -- were shot.") == ["SHOOT 4 people", "COUNT 3 of them teenagers"])
        // But a second event in the aside is its own claim.
        #expect(summary("He shot six people -- two fatally -- outside a store.") == ["SHOOT 6 people", "KILL 2 fatally"])
        // "Four teens, the 12-year-old the youngest": one of the four.
        #expect(summary("Four teens, the 12-year-old was the youngest, were shot on the court.") == ["SHOOT 4 teens"])
        // "two teens - one dead": the number after the dash has its own verb.
        #expect(headline("Game with gun costs two teens - one dead, another now prison-bound") == ["COUNT 2 teens", "KILL 1 dead"])
    }

    /// A hyphen between spaces is a dash: it closes the counted phrase and opens an aside.
    @Test func aSpacedHyphenIsADash() {
        #expect(summary("The four victims - three women and one man - were shot in the upper body.") == ["SHOOT 4 victims", "COUNT 4 three women and one man"])
        #expect(summary("Two men - including a 17-year-old high school senior - are dead after the gun went off.") == ["KILL 2 men"])
        #expect(summary("Deputies said three others - Marvin Ray Hart, Herbert Lee Briscoe and Tristian Mouton - ended up in the hospital.") == ["WOUND 3 others"])
        // The aside's people are the two again, not one more.
        #expect(headline("2 people - a man and a boy - are shot in Santa Ana, police say") == ["SHOOT 2 people", "SHOOT 2 man and a boy"])
    }

    /// "A family of five" counts its people when what befell them follows; otherwise it is a size.
    @Test func aFamilyOfFiveIsFivePeopleWhenHarmed() {
        #expect(summary("A Sinking Spring family of five died in an apparent murder-suicide today.") == ["KILL 5 died"])
        #expect(summary("A family of four was found dead in their home.") == ["KILL 4 "])
        #expect(summary("The family of three was walking away from the park.") == [])
        // Not across "and": the family were shot, two of them killed.
        #expect(summary("He was accused of shooting a family of five and killing two.").allSatisfy { !$0.hasPrefix("KILL 5") })
    }

    /// A named victim before an apposition or a relative clause: one person, however many commas.
    @Test func aNamedVictimPastItsApposition() {
        #expect(summary("John Ulmschneider, a 13-year veteran of the fire department, died Friday night.") == ["KILL 1 John Ulmschneider"])
        #expect(summary("On Meritas Drive, the victim Cody Riley, who was shot at 7 p.m., is in stable condition.") == ["SHOOT 1 Cody Riley"])
        #expect(summary("Police said his 26-year-old daughter, Marcela, who died in the hospital on Sunday, was a student.") == ["KILL 1 daughter, Marcela"])
        // A plural relative clause keeps its list.
        #expect(summary("Police found Ann Lee and Chanetta Powell, who were shot in the car.") == ["SHOOT 2 Ann Lee and Chanetta Powell"])
    }

    /// One person shot or hurt who then dies in the same sentence is a death, not a wound.
    @Test func oneShotWhoDiesIsKilled() {
        #expect(headline("Teen shot near Hofstra University dies") == ["KILL 1 Teen"])
        #expect(summary("The boy was shot once in the head and died.") == ["KILL 1 boy"])
        #expect(summary("The bullet struck Travon Rollins in the chest, killing him.") == ["KILL 1 Travon Rollins"])
        #expect(summary("Miracle Murray was fatally wounded.") == ["KILL 1 Miracle Murray"])
        #expect(summary("He was critically injured and died at the hospital.") == ["KILL 1 He"])
        // Someone else's death after another clause stays apart.
        #expect(summary("The boy was shot in the leg, police said, and his father died.").first == "SHOOT 1 boy")
        // A fear or an aim is no harm.
        #expect(summary("He told a deputy that he might hurt himself or others.") == [])
        #expect(summary("He was struck in the head by suspects intending to hit a man on his bicycle.") == ["SHOOT 1 He"])
    }

    /// Harm words beside things are not victims: power cut to homes, a family's dog.
    @Test func thingsAreNotVictims() {
        #expect(headline("Storm kills power to thousands") == [])
        // The child is shot; the years after "to" are no victims.
        #expect(summary("Man who shot child sentenced to 3 1/2 years in prison.") == ["SHOOT 1 child", "COUNT 3 1/2 years"])
        // A toll or a harm before "to" still counts the people after it.
        #expect(summary("The shooting raised the death toll to 49.") == ["KILL 49 "])
        #expect(summary("He was charged with injuries to five other people.") == ["WOUND 5 other people"])
        #expect(summary("The bullet struck and killed Victoria and injured one of the family dogs.") == ["KILL 1 Victoria"])
        #expect(summary("He killed one of the family members.") == ["KILL 1 one of the family"])
    }

    /// The one who fired is no victim, and the dead he lists with himself all count.
    @Test func theShooterAndHisVictims() {
        #expect(headline("Man kills himself, 2 children") == ["KILL 3 himself, 2 children"])
        #expect(summary("Police say a man apparently fatally shot his wife and two young sons.") == ["KILL 3 his wife and two young sons"])
        #expect(summary("A 9-year-old boy fatally shot himself on Monday.") == ["KILL 1 himself"])
        #expect(summary("He killed her and three other people before fatally shooting himself.") == ["KILL 5 her and three other people"])
        #expect(summary("He saw her and two children shot.") == ["SHOOT 2 children shot"])
        // The adverb before a passive still tells a death.
        #expect(summary("A toddler was fatally wounded while lying in her crib.") == ["KILL 1 toddler"])
        // A later clause with its own subject has its own verb: the children were shot, not fled.
        #expect(summary("Hours later he shot himself and his two children as he fled.") == ["SHOOT 3 himself and his two children"])
        #expect(headline("Sheriff: 2 men sought after 7 shot at Christmas party") == ["COUNT 2 men sought", "SHOOT 7 shot"])
        // A clause with no subject of its own goes on with the counted.
        #expect(summary("Three others were treated at the scene and released after suffering grazing wounds.") == ["WOUND 3 others"])
    }

    /// A killer's suicide told after the killings is one more dead, unless only attempted.
    @Test func aMurderAndTheKillersSuicide() {
        #expect(headline("Authorities identify 2 adults, 2 children in triple murder, suicide") == ["COUNT 4 2 adults, 2 children", "KILL 4 murder"])
        #expect(summary("Autopsy results indicate the case is a triple-homicide/suicide.") == ["KILL 4 homicide"])
        #expect(summary("The father is on life support after an apparent double-murder and suicide attempt.") == ["KILL 2 murder"])
        #expect(summary("Deputies said it was a double murder-suicide.") == ["KILL 3 murder-suicide"])
    }

    /// People listed with commas in a headline share the verb after the list, and "adult" before
    /// a noun is not a person of its own.
    @Test func aListedHeadlineTakesItsVerb() {
        #expect(headline("Sheriff: 3 children, 1 adult found dead in trailer") == ["KILL 4 3 children, 1 adult"])
        #expect(headline("Police: 4 teens, 1 adult shot outside Cleveland supermarket") == ["SHOOT 5 4 teens, 1 adult"])
        #expect(summary("Three children and one adult were found dead in a travel trailer.") == ["KILL 4 Three children and one adult"])
        #expect(summary("He killed six of his grandchildren, his adult daughter and himself.") == [
            "KILL 8 six of his grandchildren, his adult daughter and himself",
        ])
        #expect(summary("One adult male, two adult females, and one child are deceased.") == ["KILL 4 One adult male, two adult females, and one child"])
        // An aside inside the count it explains names the same people again.
        #expect(summary("Two police officers and three others -- two men and a woman -- also were wounded.") == [
            "WOUND 5 Two police officers and three others", "COUNT 3 two men and a woman",
        ])
    }

    /// "fatally" before a shooting makes it a killing, however the count is reached.
    @Test func aFatalShootingOfTheCounted() {
        #expect(summary("He is accused of fatally shooting three people.") == ["KILL 3 people"])
        #expect(summary("He is accused of shooting three people.") == ["SHOOT 3 people"])
        #expect(headline("Man arrested in fatal shooting of mother, 2 teens in Miami-Dade") == ["KILL 3 mother, 2 teens"])
        // The verb before the counted names their harm, not the gunman's next act after "and".
        #expect(summary("He is accused of fatally shooting the five travelers and wounding six others.") == ["KILL 5 travelers", "WOUND 6 others"])
        #expect(summary("He is accused of shooting five travelers and wounding six others.") == ["SHOOT 5 travelers", "WOUND 6 others"])
        #expect(summary("Fryberg shot and fatally wounded four friends and seriously wounded another.") == ["KILL 4 friends", "WOUND 1 another"])
        #expect(summary("They face nine counts of assault for shooting at officers and injuring six bystanders.").contains("WOUND 6 bystanders"))
        #expect(!summary("They face nine counts of assault for shooting at officers and injuring six bystanders.").contains { $0.hasPrefix("WOUND 9") })
        // Soldiers are deployed unless a harm befalls them, and a civilian listed after them is one more.
        #expect(summary("He opened fire, killing 12 soldiers and one civilian.") == ["KILL 13 12 soldiers and one civilian"])
        #expect(summary("The blast killed three policemen and a civilian.") == ["KILL 4 three policemen and a civilian"])
        #expect(summary("Three soldiers were killed.") == ["KILL 3 soldiers"])
        #expect(summary("Russia sent 2,000 soldiers to the region.") == ["DEPLOY 2000 soldiers"])
        // So are protesters protesting, unless they are arrested, detained or killed.
        #expect(summary("Police arrested 200 protesters.") == ["ARREST 200 protesters"])
        #expect(summary("More than 400 protesters have been detained over the unrest.") == ["DETAIN 400 protesters"])
        #expect(summary("Security forces killed 12 demonstrators.") == ["KILL 12 demonstrators"])
        #expect(summary("Some 3,000 demonstrators gathered outside parliament.") == ["PROTEST 3000 demonstrators gathered outside parliament"])
    }

    /// A place is no victim: the one who died is the clause's subject, or the person before
    /// "of" and the town.
    @Test func aPlaceIsNoVictim() {
        #expect(summary("Truong was transported to University Hospital and pronounced dead just after 7 p.m.") == ["KILL 1 Truong"])
        #expect(summary("The boy was taken to Christus Spohn Hospital Memorial and is listed in stable condition.") == ["WOUND 1 boy"])
        #expect(summary("Gunshot victim dropped off at Providence dies.") == ["KILL 1 victim"])
        #expect(summary("Blake Case, of Lawrence County, was killed when he was accidentally shot.") == ["KILL 1 Blake Case", "SHOOT 1 he"])
        #expect(summary("Kinard, of the 7700 block of South Seeley, was shot in the back.") == ["SHOOT 1 Kinard"])
        #expect(summary("Kadeem Torres, a 17-year-old from Bed-Stuy, was shot and killed by police.") == ["KILL 1 Kadeem Torres"])
    }

    /// A name in apposition after its person is that one person.
    @Test func aNameAfterItsPersonIsOneVictim() {
        #expect(summary("The teenager, Bruce Hamilton, was shot in the stomach.") == ["SHOOT 1 teenager, Bruce Hamilton"])
        #expect(summary("Burton's cousin, 16-year-old Jay Latham, was shot in both legs.") == ["SHOOT 1 cousin, 16-year-old Jay Latham"])
        #expect(summary("The siblings' cousin, Tina Shelton, 37, and their friend, Shada Mahone, 26, also died in the attack.") == [
            "KILL 2 cousin, Tina Shelton, 37, and their friend, Shada Mahone",
        ])
        #expect(summary("Tina Shelton and Shada Mahone died in the attack.") == ["KILL 2 Tina Shelton and Shada Mahone"])
    }

    /// Claims come in reading order, whichever reading found them.
    @Test func claimsComeInReadingOrder() {
        let record = extractor.extract(
            "NOPD: Man dead, infant and another man injured\n\nA woman was shot on Friday. Three others were hurt. Police arrested two men.")
        let starts = record.counts.map(\.span.start)
        #expect(starts.count == 5)
        #expect(starts == starts.sorted())
    }

    /// Headlines drop their verbs and articles: the victim is still found.
    @Test func headlineVictims() {
        #expect(headline("Wounded teen found outside Garland restaurant dies at hospital") == ["KILL 1 teen"])
        #expect(headline("17-year-old identified as suspect shot, killed by Columbus police officer") == ["KILL 1 suspect"])
        // A suspect is hurt like anyone else; only "shot" also reads as his own shooting.
        #expect(headline("Juvenile suspect injured in officer-involved shooting") == ["WOUND 1 suspect"])
        #expect(headline("Suspect killed in shootout with deputies") == ["KILL 1 Suspect"])
        #expect(headline("Suspect shot at deputies") == [])
        #expect(headline("Juvenile charged with murder in shooting of 17-year-old near Tates Creek High School") == ["KILL 1 17-year-old"])
        #expect(headline("Police investigating murder of 16-year-old") == ["KILL 1 16-year-old"])
        #expect(headline("Colorado woman kills 5-year-old son, self") == ["KILL 2 5-year-old son, self"])
        #expect(headline("Accidental gun discharge kills police officer's son") == ["KILL 1 police officer's son"])
        #expect(headline("Man shoots the dog") == [])
        // An attempt is no killing; a suspect who shot is no victim.
        #expect(summary("He was charged with attempted murder in the shooting of a 15-year-old.") == ["SHOOT 1 a 15-year-old"])
        #expect(headline("Suspect shot at police in Dayton") == [])
    }

    /// A victim is read within the verb's sentence: a headline ends at its line.
    @Test func aHeadlineVerbNamesNoOneOnTheLineBelow() {
        let record = extractor.extract("Suspect killed\n\nSam Jones came to the house on Monday night.")
        #expect(summary(of: record).allSatisfy { !$0.contains("Sam Jones") })
        #expect(headline("Shooting leaves 1 dead, several injured") == ["KILL 1 dead"])
    }

    /// "Shot in the head, killed": where the bullet struck stands between the shot and the death.
    @Test func aShotPastWhereItStruckIsADeath() {
        #expect(headline("6-year-old Atlanta girl shot in the head, killed") == ["KILL 1 girl"])
        #expect(summary("The man was shot in the chest and pronounced dead on the scene.") == ["KILL 1 man"])
        // Past how often the shots struck, whose number counts no one.
        #expect(summary("A man was shot several times and died at a hospital.") == ["KILL 1 man"])
        #expect(summary("Vincent Holt Jr., 27, was shot eight times and pronounced dead at the scene.") == ["KILL 1 Vincent Holt Jr."])
        #expect(summary("A boy was shot four times and survived.") == ["SHOOT 1 boy"])
        // A death in a clause of its own is someone else's.
        #expect(summary("He told investigators he was shot in the same incident that killed the 21-year-old man.") == ["SHOOT 1 he"])
    }

    /// A headline's bare object is the victim, and the killer of a murder-suicide is one more dead.
    @Test func aKillerOfAMurderSuicideDiedToo() {
        #expect(headline("Man kills 3-year-old daughter in Conroe murder-suicide") == ["KILL 2 3-year-old daughter in Conroe murder-suicide"])
        #expect(summary("A man shot and killed his wife in an apparent murder-suicide.") == ["KILL 2 his wife in an apparent murder-suicide"])
        // Told already, or counted by the incident: no one more.
        #expect(headline("Man kills wife, then himself in murder-suicide") == ["KILL 2 wife, then himself"])
        #expect(headline("Man kills daughter in double murder-suicide") == ["KILL 1 daughter", "KILL 3 murder-suicide"])
        #expect(summary("A man kills daughter at home.") == ["KILL 1 daughter"])
        // The people of a murder-suicide all died; of an attempted one, not all.
        #expect(summary("Deputies investigate a murder-suicide involving two adults and two children.") == ["KILL 4 two adults and two children"])
        #expect(summary("Officials identified three people in an apparent murder-suicide.") == ["KILL 3 people"])
        #expect(summary("Deputies investigate an attempted murder-suicide involving two students.") == ["COUNT 2 students"])
        // "then himself" after a killing figure is the killer's own death.
        #expect(headline("Man kills 2, then himself") == ["KILL 3 "])
        #expect(summary("He killed his son and shot his wife, then himself.") == ["KILL 1 his son", "SHOOT 2 his wife, then himself"])
        // "three officers shot suspect Barry Kirk": the officers did the shooting.
        #expect(summary("A spokesman says three officers shot suspect Barry Kirk after a chase.").allSatisfy { !$0.hasPrefix("SHOOT 3") })
        #expect(summary("There was one wounded man on the church steps.") == ["WOUND 1 wounded man"])
    }

    /// "shot dead" before its object is active: the ones after it died, not the one who shot.
    @Test func aShotDeadObjectIsTheDead() {
        #expect(summary("A former police officer shot dead a pharmacy owner and a customer during a robbery.")
            == ["KILL 2 a pharmacy owner and a customer"])
        #expect(summary("A gunman shot dead two men on Friday.") == ["KILL 2 men"])
        #expect(summary("An officer was shot dead on Friday.") == ["KILL 1 officer"])
    }

    /// The death of a part is not its whole's: "Two of the four people shot died".
    @Test func aPartsDeathIsNotItsWholes() {
        #expect(summary("Two of the four people shot died at the hospital.") == ["KILL 2 ", "SHOOT 4 people shot died"])
        #expect(summary("One of the five people shot and killed was from Virginia.") == ["KILL 5 people shot"])
    }

    /// "after being shot" is said of the clause's subject; a headline's capitals are no name.
    @Test func theOneShotBeforeAfterBeingIsTheSubject() {
        #expect(headline("Boy, 7, Identified After Being Fatally Shot in Adelanto Home") == ["KILL 1 Boy"])
        #expect(headline("Davie Mother Charged After Being Accidentally Shot By Toddler Son") == ["SHOOT 1 Mother"])
        #expect(summary("A mother was charged after being shot by her son.") == ["SHOOT 1 mother"])
        #expect(headline("Opelousas Teen Hospitalized After Shooting Pronounced Dead") == ["WOUND 1 Teen"])
    }

    @Test func oneVictimPastAnApposition() {
        #expect(summary("A second victim, an 18-year-old friend of Rohan, was hit in the leg and survived.") == ["WOUND 1 victim"])
        #expect(summary("A child, believed to be a 5-year-old boy, was shot about 6:15 p.m.") == ["SHOOT 1 child"])
        // "also", "remains" close an aside as "was" does.
        #expect(summary("The child was shot in the arm. Another man, 21, also suffered a gunshot wound to the arm.") == ["SHOOT 1 child", "SHOOT 1 man"])
        #expect(summary("One victim, 18-year-old Javious Chatman, remains hospitalized in stable condition.") == ["WOUND 1 victim"])
        // The apposition's own "been" makes no passive of the verb after it.
        #expect(summary("Detectives say a 46-year old man, who has not been identified, killed a 47-year old woman and 12-year old girl.")
            == ["KILL 2 a 47-year old woman and 12-year old girl"])
        // The unborn child a list leaves out is not a victim of its own.
        #expect(summary("Five adults and an unborn child were killed back on March 9.") == ["KILL 5 adults"])
    }

    @Test func anUnbornChildIsToldApartFromTheDead() {
        #expect(summary("Derrick Dearman murdered six people, including an unborn child.") == ["KILL 5 people"])
        #expect(headline("4 Dead, Including Unborn Child, in Shooting") == ["KILL 3 Dead"])
        // Another included victim stays counted.
        #expect(summary("Police say he murdered six people, including a child.") == ["KILL 6 people"])
    }

    @Test func oneStillInTheHospitalIsHurt() {
        #expect(summary("A six-year-old boy is dead and his 11-year-old brother in a hospital after the shooting.")
            == ["KILL 1 boy", "WOUND 1 brother"])
        #expect(summary("A Marietta teen remains in the hospital following an accidental shooting.") == ["WOUND 1 teen"])
        // Being in a hospital at the time tells no harm, nor does dying there.
        #expect(summary("Officers confirm the mother was in the hospital during the incident.") == [])
        #expect(summary("He died in the hospital.") == ["KILL 1 He"])
    }

    @Test func listsGoOnPastTheirAges() {
        #expect(summary("Elijah Jackson and Shakur Franklin, both 16, were killed during the shootout.")
            == ["KILL 2 Elijah Jackson and Shakur Franklin"])
        #expect(summary("Two children, ages 3 and 5, and their mother have been found dead.")
            == ["KILL 3 Two children, ages 3 and 5, and their mother"])
        #expect(summary("Two men, ages 20 and 21, and a girl, 16, were shot in the leg.")
            == ["SHOOT 3 Two men, ages 20 and 21, and a girl"])
        // Past the ages, "and" opening a clause adds no one.
        #expect(summary("Two men, 20 and 25, were shot, and police said the shooting was random.") == ["SHOOT 2 men"])
    }

    @Test func gunnedDownIsKilled() {
        #expect(summary("Two men were gunned down outside a car wash.") == ["KILL 2 men"])
        #expect(summary("Federico Martinez was gunned down on December 28.") == ["KILL 1 Federico Martinez"])
        #expect(summary("Police say the man who gunned down his wife was arrested.") == ["KILL 1 his wife"])
        #expect(summary("It was his father who gunned down Belford, 39, and a female friend at the courthouse.")
            == ["KILL 2 Belford, 39, and a female"])
        // Not the engine.
        #expect(summary("He gunned the engine and drove off.") == [])
    }

    @Test func theDeathsOfAListedFew() {
        #expect(summary("He is charged in the deaths of John Smith and Mary Jones.") == ["KILL 2 John Smith and Mary Jones"])
        #expect(summary("He was arrested for the murders of Carina Mancera and Jennabel Anaya.") == ["KILL 2 Carina Mancera and Jennabel Anaya"])
        #expect(summary("He faces sentencing in the slayings of his two children.") == ["KILL 2 children"])
        #expect(summary("Police spoke of the deaths of Andrew Borden and his wife, Abby.") == ["KILL 2 Andrew Borden and his wife"])
        // "deaths" are never one death, even where the list is not understood.
        #expect(summary("Police spoke of the deaths of Dr. Sarah Hendrix, her husband Kevin, and their daughter Grace.")
            .allSatisfy { !$0.hasPrefix("KILL 1") })
    }

    @Test func theDeathOfSomeoneWhoWasShot() {
        // "the deaths of …" tells they died; "who were shot" only how.
        #expect(summary("Friends mourned the deaths of a pastor, his wife and their three children who were shot by the eldest son.")
            == ["KILL 5 pastor, his wife and their three children"])
        #expect(summary("Residents are mourning the death of a 15-year-old who was shot with a pellet gun.") == ["KILL 1 15-year-old"])
        #expect(summary("The killing of a girl who was struck by gunfire is unsolved.") == ["KILL 1 girl"])
        // Not a death: the shooting of someone who was hurt.
        #expect(summary("He is charged in the shooting of a man who was wounded on Monday.") == ["WOUND 1 man"])
    }

    @Test func thePeopleALeftHurt() {
        // "left … with gunshot wounds": the people named one by one, shot.
        #expect(summary("The attack also left her daughter, Brown's sister and her husband with gunshot wounds.")
            == ["SHOOT 3 her daughter, Brown's sister and her husband"])
        // So does a subject's list.
        #expect(summary("Her daughter, Brown's sister and her husband were shot.") == ["SHOOT 3 daughter, Brown's sister and her husband"])
        #expect(summary("The shooting left him with a gunshot wound to the head.") == ["SHOOT 1 him"])
        #expect(summary("A shooting that left a 12-year-old with a graze wound was ruled accidental.") == ["WOUND 1 a 12-year-old"])
        // Not a harm: "with no injuries", or "with" something else.
        #expect(summary("The shooting left him with no injuries.") == [])
        #expect(summary("The couple left the party with friends.") == [])
        // An article that ends on "left", with no stop after it.
        #expect(summary("Police said two men were shot on Monday night and one of them later died. Officers arrived and the gunman left")
            == ["SHOOT 2 men", "KILL 1 one of them"])
        // Nor on "and" or "and later" after a hospital condition, where a joined death is looked for.
        // (A last line with no stop at all is furniture, so a sentence comes first on the line.)
        #expect(summary("Police said two men were shot on Monday. A man was listed in critical condition and") == ["SHOOT 2 men", "WOUND 1 man"])
        #expect(summary("Police said two men were shot on Monday. A man was listed in critical condition and later") == ["SHOOT 2 men", "WOUND 1 man"])
    }

    @Test func countsOfTheAccusedAndOfIncidentsAreNotVictims() {
        // The verb before the count names the event: "shooting five people", "to kill 4 people".
        #expect(summary("A teen accused of shooting five people was denied bond.") == ["SHOOT 5 people"])
        #expect(summary("The fight led the man to kill 4 people, police say.") == ["KILL 4 people"])
        // A harm only meant befell no one.
        #expect(summary("He likely hoped to kill hundreds.") == [])
        #expect(summary("He was accused of threatening to shoot two women.") == ["COUNT 2 women"])
        #expect(summary("He fired into a crowd, hitting five people.") == ["SHOOT 5 people"])
        // The accused are counted, but not as the dead they are accused of killing.
        #expect(summary("The five defendants accused of killing two teenagers returned to court.") == [
            "COUNT 5 defendants", "KILL 2 teenagers returned",
        ])
        // Shootings and incidents are counted as such, not as people shot.
        #expect(summary("Police investigate two Hill District shootings.") == ["COUNT 2 Hill District shootings"])
        #expect(summary("Two people were hurt in two shootings.") == ["WOUND 2 people", "COUNT 2 shootings"])
        // A hospital condition is a wound; an ordinal death and a double murder-suicide count the dead.
        #expect(summary("Two men were in critical condition.") == ["WOUND 2 men"])
        #expect(summary("A third person dies after the party shooting.") == ["KILL 3 person"])
        #expect(summary("Police are investigating a double murder-suicide.") == ["KILL 3 murder-suicide"])
        #expect(summary("A student who killed four classmates and himself.") == ["KILL 5 four classmates and himself"])
        // Not a victim: a place before plural people, one who did the killing or found the dead,
        // a possessive before a count, a number in a name.
        #expect(summary("Four people were arrested in the murder of Oceanside teens.") == ["ARREST 4 people"])
        // A verb in a relative clause on the shooting is not said of the people sought.
        #expect(headline("police seek 2 men in shooting that injured 13") == ["COUNT 2 men", "WOUND 13 "])
        #expect(summary("There were also two bystanders in the area that were struck with graze wounds.").first == "SHOOT 2 bystanders")
        // Suspects "in" a death are held in its case; shot themselves, they are its victims.
        #expect(summary("Three suspects in the shooting death of a girl took plea deals.") == ["COUNT 3 suspects", "KILL 1 a girl"])
        #expect(summary("Three suspects were shot by police.") == ["SHOOT 3 suspects"])
        #expect(summary("Two suspects in the shooting were in custody.") == ["DETAIN 2 suspects"])
        // An attempted murder's victims lived, as its counts do.
        #expect(summary("They are all charged with attempted murder of two deputies.") == ["WOUND 2 deputies"])
        #expect(summary("He is charged with the attempted murder of a deputy.") == ["WOUND 1 a deputy"])
        #expect(summary("He was charged with murder of two men.") == ["KILL 2 men"])
        #expect(summary("He is charged with the attempted robbery of a store clerk.") == [])
        #expect(summary("Two MS-13 members were charged this week with murdering a woman.") == ["ARREST 2 MS-13 members", "KILL 1 a woman"])
        #expect(summary("A 15-year-old was arrested for allegedly killing a family on Saturday.") == [])
        #expect(summary("A friend found the bodies shortly before 3 p.m.") == [])
        #expect(summary("Two more arrested in Cloud 9 shooting death of Benetria Robinson.") == ["ARREST 2 more arrested", "KILL 1 Benetria Robinson"])
        let capitals = extractor.extract("Gunman Fires on Family, Killing Mom And Grandmother\n\nPolice are looking for him.")
        #expect(summary(of: capitals) == ["KILL 2 Mom And Grandmother"])
        // "Shooting" and "hitting" name victims as verbs only.
        #expect(summary("A man was arrested for accidentally shooting his 2-year-old nephew and his step-brother.") == [
            "SHOOT 2 his 2-year-old nephew and his step-brother",
        ])
        #expect(summary("Police are investigating the shooting of a nine-year-old girl.") == ["SHOOT 1 a nine-year-old girl"])
        #expect(summary("Police are investigating the shooting of five people.") == ["SHOOT 5 people"])
        #expect(headline("Shooting Leaves Two Injured") == ["WOUND 2 Injured"])
        // A harm told a few words after its verb.
        #expect(summary("Two other firefighters with the volunteer fire department suffered minor injuries.") == ["WOUND 2 other firefighters"])
        #expect(summary("Four other teenagers, ages 13 to 17, sustained what police say are non-life threatening injuries.").first == "WOUND 4 other teenagers")
        // Not past another number: "at one party" is not one more wounded.
        #expect(summary("Shots rang out, injuring five people at one party.") == ["WOUND 5 people", "COUNT 1 party"])
    }

    @Test func datesResolveAgainstTheArticleDate() throws {
        let published = try #require(CivilDate(year: 2022, month: 1, day: 11))  // a Tuesday
        let record = extractor.extract("Title\n\nOn Monday, 10 January 2022, police said last week was calm. They meet on Friday, Dec. 3.", published: published)
        let iso = Dictionary(record.dates.map { ($0.text, $0.iso) }, uniquingKeysWith: { a, _ in a })
        #expect(iso["Monday"] == "2022-01-10")
        #expect(iso["10 January 2022"] == "2022-01-10")
        #expect(iso["last week"] == "2022-W01")
        #expect(iso["Friday"] == "2022-01-07")
        #expect(iso["Dec. 3"] == "2021-12-03")
        let undated = extractor.extract("Title\n\nIt happened on Monday.")
        #expect(undated.dates.first?.iso == nil)
    }

    /// American datelines give the state as written ("PUYALLUP, Wash. —"), and a caption or a
    /// summary may come before the paragraph the dateline opens.
    @Test func aDatelineGivesItsStateAndMayFollowACaption() throws {
        let state = extractor.extract("Boy not charged\n\nPUYALLUP, Wash. — No charges will be filed, the prosecutor said Friday.")
        #expect(state.dateline?.place == "PUYALLUP, Wash.")
        #expect(state.quotes.allSatisfy { !$0.text.hasPrefix("PUYALLUP") }, "the dateline is no one's words")
        let text = """
            South Shore Shooting Wounds Four

            Someone in an SUV opened fire. Four men were wounded, police said. View Full Caption

            CHICAGO (WGN) — Four men were shot in a South Shore drive-by Wednesday night.
            """
        let captioned = extractor.extract(text)
        let dateline = try #require(captioned.dateline)
        #expect(dateline.place == "CHICAGO" && captioned.outlet == "WGN")
        #expect(text.unicodeScalars.dropFirst(dateline.span.start).starts(with: "CHICAGO (WGN) —".unicodeScalars))
        // The caption before it stays content: its quote is still read.
        #expect(captioned.quotes.contains { $0.text.hasPrefix("Four men were wounded") })
        // Past the first paragraph a label is no dateline, nor is a line in lower case.
        for line in ["UPDATE - Police named the victim.", "RELATED ARTICLE - 2 killed in 6 shootings.", "Schools' Factual (primary) - Thinking Skills."] {
            let labelled = extractor.extract("Title\n\nA man was shot on Monday.\n\n\(line)")
            #expect(labelled.dateline == nil, "\(line)")
        }
        // A mixed-case place before a dash opens no paragraph as a dateline.
        #expect(extractor.extract("Title\n\nBoston, Mass. - it rained.").dateline == nil)
    }

    @Test func aDateLineUnderTheHeadlineDatesTheArticle() throws {
        let text = "Historic dairy building destroyed by fire\nTuesday, August 7, 2012\nA fire on Tuesday destroyed the warehouse. It was built in the 1930s."
        let record = extractor.extract(text)
        let dateline = try #require(record.dateline)
        #expect(dateline.place == nil && dateline.date == "2012-08-07")
        #expect(record.boilerplate.contains(dateline.span), "the date line is furniture, not body")
        #expect(record.dates.first { $0.text == "Tuesday" }?.iso == "2012-08-07", "relative dates resolve against it")
        // A place dateline without a date takes the date line's.
        let placed = extractor.extract("Quake hits coast\nPosted 2/3/2009 11:11 PM\nEUREKA (AP) — A quake struck on Monday, officials said.")
        #expect(placed.dateline?.place == "EUREKA" && placed.dateline?.date == "2009-02-03")
        let shapes: [(String, String?)] = [
            ("26 September 2013, 10:00 (GMT+05:00)", "2013-09-26"), ("on Feb. 04, 2009", "2009-02-04"),
            ("August 8, 2012-4:43 pm", "2012-08-08"), ("2013-09-26", "2013-09-26"), ("Last updated 13:26 14/09/2013", "2013-09-14"),
            ("12/23/12 06:03 PM ET EST", "2012-12-23"), ("First Posted: 10/25/11 06:44 PM ET Updated: 12/25/11 05:12 AM ET", "2011-10-25"),
            // No year, or more than a date: not a date line.
            ("Dec. 24 4:33 AM EST", nil), ("May 5 rally draws 2,000 to the capital", nil), ("Election 2012: results by county", nil),
        ]
        for (line, iso) in shapes { #expect(DateReader.lineDate(line)?.iso == iso, "\(line)") }
    }
}
