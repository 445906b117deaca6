import Extraction
import Foundation
import Testing

/// The killed and injured an article leads with, read from its claims.
@Suite("Casualty toll")
struct CasualtyTollTests {
    /// A claim of `event` over the first occurrence of `phrase` in `text`.
    func claim(_ event: String, _ value: Double, _ phrase: String, in text: String, object: String? = nil) throws -> CountClaim {
        let scalars = Array(text.unicodeScalars), wanted = Array(phrase.unicodeScalars)
        let start = try #require((0...(scalars.count - wanted.count)).first { Array(scalars[$0..<$0 + wanted.count]) == wanted })
        return CountClaim(value: value, bound: .exact, object: object ?? phrase, event: event,
                          span: Span(start, start + wanted.count), claimedBy: nil)
    }

    func toll(_ claims: [CountClaim], _ text: String) -> CasualtyToll {
        CasualtyToll(claims: claims, text: ArticleText(text))
    }

    @Test func theFirstFiguresWinOverLaterBackground() throws {
        let text = "Two killed, five hurt in Gary. Last year 41 people were killed in the city."
        let claims = [
            try claim("KILL", 41, "41 people were killed", in: text),
            try claim("KILL", 2, "Two killed", in: text),
            try claim("WOUND", 5, "five hurt", in: text),
        ]
        #expect(toll(claims, text) == CasualtyToll(killed: 2, injured: 5))
    }

    @Test func thePeopleShotLessTheDeadAreInjured() throws {
        let text = "Four people were shot on Friday night. One of them died at the hospital. One is in critical condition."
        let claims = [
            try claim("SHOOT", 4, "Four people", in: text),
            try claim("KILL", 1, "One of them died", in: text),
            try claim("WOUND", 1, "One is in critical condition", in: text),
        ]
        #expect(toll(claims, text) == CasualtyToll(killed: 1, injured: 3))
    }

    /// A photo's caption between the headline and a later dateline names some of the dead; the
    /// story's own first figure, from the dateline on, is the toll.
    @Test func aCaptionsDeadGiveWayToTheStoryFromItsDateline() throws {
        let text = "Couple among dead near Palestine\n\nKamp and Johnson were found murdered. (Photo: Facebook)\n\nANDERSON COUNTY – Deputies found the bodies of six people."
        let claims = [
            try claim("KILL", 2, "Kamp and Johnson were found murdered", in: text),
            try claim("KILL", 6, "six people", in: text),
        ]
        let headlineEnd = "Couple among dead near Palestine".unicodeScalars.count
        let dateline = try claim("COUNT", 0, "ANDERSON COUNTY", in: text).span.start
        #expect(CasualtyToll(claims: claims, text: ArticleText(text), headlineEnd: headlineEnd, storyStart: dateline).killed == 6)
        // Without a later dateline, the first told leads, as ever.
        #expect(CasualtyToll(claims: claims, text: ArticleText(text), headlineEnd: headlineEnd).killed == 2)
        // Through the extractor: the dateline is read under the caption.
        let record = ArticleExtractor().extract(text)
        #expect(record.dateline?.place == "ANDERSON COUNTY" && record.toll.killed == 6)
    }

    /// "She" tells again of someone told before: a wound said of her is not the first figure, so
    /// a quadruple shooting told next still gives the wounded as those shot less the dead.
    @Test func aPersonToldAgainIsNotTheFirstFigure() throws {
        let text = "Two killed in Salinas\n\nShe is recovering from gunshot wounds. Two people were killed and two others wounded in a quadruple shooting."
        let claims = [
            try claim("KILL", 2, "Two killed", in: text),
            try claim("WOUND", 1, "She is recovering", in: text, object: "She"),
            try claim("KILL", 2, "Two people were killed", in: text),
            try claim("SHOOT", 4, "quadruple shooting", in: text),
        ]
        #expect(toll(claims, text) == CasualtyToll(killed: 2, injured: 2))
        // Told by name, she is the first figure, as before.
        let named = text.replacingOccurrences(of: "She is", with: "Rosa is")
        let namedClaims = [
            try claim("KILL", 2, "Two killed", in: named),
            try claim("WOUND", 1, "Rosa is recovering", in: named, object: "Rosa"),
            try claim("KILL", 2, "Two people were killed", in: named),
            try claim("SHOOT", 4, "quadruple shooting", in: named),
        ]
        #expect(toll(namedClaims, named) == CasualtyToll(killed: 2, injured: 1))
    }

    /// A death told only after the lead is mostly another incident's: the people shot stay injured.
    @Test func aDeathToldAfterTheLeadIsNotTakenOff() throws {
        let headline = "Four people shot at Grand Rapids bar"
        let lead = "\n\nFour people have been shot at the New Roosevelt Bar, police said. "
        let background = "This all comes after a person was killed in a shooting outside the bar in 2012."
        let padding = String(repeating: "Officers closed the street for hours while detectives talked to witnesses. ", count: 8)
        let text = headline + lead + padding + background
        let claims = [
            try claim("SHOOT", 4, "Four people shot", in: text),
            try claim("KILL", 1, "a person was killed", in: text, object: "person"),
        ]
        let headlineEnd = headline.unicodeScalars.count
        // Nor, told in 2012, is that death the incident's toll.
        #expect(CasualtyToll(claims: claims, text: ArticleText(text), headlineEnd: headlineEnd) == CasualtyToll(killed: nil, injured: 4))
        // The same death told in the lead is one of the four.
        let told = headline + lead + "One of them died at the hospital." + padding
        let toldClaims = [try claim("SHOOT", 4, "Four people shot", in: told), try claim("KILL", 1, "One of them died", in: told)]
        #expect(CasualtyToll(claims: toldClaims, text: ArticleText(told), headlineEnd: headlineEnd) == CasualtyToll(killed: 1, injured: 3))
        // Where the shooting too is first told past the lead, a death told before it is of the
        // same account: "He was pronounced dead … the shot that struck Lorenzo. Three other people".
        let late = headline + "\n\n" + padding + "He was pronounced dead at the scene. A witness saw the shot that struck Lorenzo. Three other people were also struck."
        let lateClaims = [
            try claim("KILL", 1, "He was pronounced dead", in: late, object: "He"),
            try claim("SHOOT", 1, "the shot that struck Lorenzo", in: late, object: "Lorenzo"),
            try claim("SHOOT", 3, "Three other people were also struck", in: late, object: "other people"),
        ]
        #expect(CasualtyToll(claims: lateClaims, text: ArticleText(late), headlineEnd: headlineEnd) == CasualtyToll(killed: 1, injured: 3))
    }

    @Test func otherGunshotVictimsAreNotTakenOff() throws {
        let text = "Two men were killed. Two other gunshot victims were treated at a hospital."
        let claims = [
            try claim("KILL", 2, "Two men", in: text),
            try claim("SHOOT", 2, "Two other gunshot victims", in: text, object: "other gunshot victims"),
        ]
        #expect(toll(claims, text) == CasualtyToll(killed: 2, injured: 2))
    }

    /// A gunman who killed himself is not one of the people he shot.
    @Test func theGunmansOwnDeathIsNotTakenOff() throws {
        let text = "Man shoots 2 women, young girl before turning gun on himself. A man shot two women and a young girl before fatally shooting himself."
        let claims = [
            try claim("SHOOT", 3, "2 women, young girl", in: text),
            try claim("KILL", 1, "fatally shooting himself", in: text, object: "himself"),
        ]
        #expect(toll(claims, text) == CasualtyToll(killed: 1, injured: 3))
        // A boy who shot himself and died is the one shot.
        let alone = "Boy, 3, who accidentally shot himself has died. The boy shot himself and died at the hospital."
        let aloneClaims = [
            try claim("SHOOT", 1, "shot himself", in: alone, object: "himself"),
            try claim("KILL", 1, "died", in: alone, object: "himself"),
        ]
        #expect(toll(aloneClaims, alone) == CasualtyToll(killed: 1, injured: nil))
    }

    /// A figure of the dead in the lead that counts the gunman too adds him to the headline's.
    @Test func theGunmansOwnDeathCountsWithHisVictims() throws {
        let headline = "Man kills 4 people after fight with ex-wife"
        let text = headline + "\n\nHe killed her and three other people before fatally shooting himself, an investigator said."
        let headlineEnd = headline.unicodeScalars.count
        let claims = [
            try claim("KILL", 4, "4 people", in: text),
            try claim("KILL", 5, "her and three other people before fatally shooting himself", in: text, object: "her and three other people"),
        ]
        #expect(CasualtyToll(claims: claims, text: ArticleText(text), headlineEnd: headlineEnd) == CasualtyToll(killed: 5, injured: nil))
        // A larger figure that says nothing of the gunman is another count.
        let other = headline + "\n\nHe killed five people in the county last year, an investigator said."
        let otherClaims = [
            try claim("KILL", 4, "4 people", in: other),
            try claim("KILL", 5, "five people", in: other),
        ]
        #expect(CasualtyToll(claims: otherClaims, text: ArticleText(other), headlineEnd: headlineEnd) == CasualtyToll(killed: 4, injured: nil))
        // The lead's figure may count more of the dead than the headline did, and the gunman too.
        let familyHeadline = "Felon kills his 6 grandchildren"
        let family = familyHeadline + "\n\nThe man killed six of his grandchildren, his daughter and himself."
        let familyClaims = [
            try claim("KILL", 6, "6 grandchildren", in: family),
            try claim("KILL", 8, "six of his grandchildren, his daughter and himself", in: family, object: "six of his grandchildren"),
        ]
        #expect(CasualtyToll(claims: familyClaims, text: ArticleText(family), headlineEnd: familyHeadline.unicodeScalars.count).killed == 8)
    }

    /// A headline that tells the gunman's death apart from his victims' counts him too.
    @Test func theHeadlinesDeadAndTheSuspectsDeathAddUp() throws {
        let headline = "Police: 3 members of family fatally shot; suspect killed"
        let text = headline + "\n\nThree members of a family were shot and killed, police said."
        let headlineEnd = headline.unicodeScalars.count
        let claims = [
            try claim("KILL", 3, "3 members of family", in: text),
            try claim("KILL", 1, "suspect killed", in: text, object: "suspect"),
            try claim("KILL", 3, "Three members", in: text),
        ]
        #expect(CasualtyToll(claims: claims, text: ArticleText(text), headlineEnd: headlineEnd).killed == 4)
        // Told first, the suspect's death still adds to the dead.
        let first = "Suspect dead after killing 3 in standoff\n\nThe man died after police shot him."
        let firstClaims = [try claim("KILL", 1, "Suspect dead", in: first, object: "Suspect"), try claim("KILL", 3, "killing 3", in: first)]
        #expect(CasualtyToll(claims: firstClaims, text: ArticleText(first), headlineEnd: 40).killed == 4)
        // A suspect's death told only after the headline is not added: it may be among the dead.
        let later = "3 killed in family shooting\n\nThe suspect was killed by police, officials said."
        let laterClaims = [try claim("KILL", 3, "3 killed", in: later), try claim("KILL", 1, "suspect was killed", in: later, object: "suspect")]
        #expect(CasualtyToll(claims: laterClaims, text: ArticleText(later), headlineEnd: 27).killed == 3)
    }

    /// A headline's "6 shot" after its dead counts those besides the dead when the lead's figure
    /// of all shot, less the dead, agrees with a figure of the wounded.
    @Test func theHeadlinesShotBesidesItsDeadAgreeWithTheLead() throws {
        let headline = "15-Year-Old Dead, 6 Shot After Dice Game"
        let text = headline + "\n\nSomeone shot seven people, killing a 15-year-old boy. The shooting, injuring six, was on Saturday."
        let headlineEnd = headline.unicodeScalars.count
        let claims = [
            try claim("KILL", 1, "15-Year-Old Dead", in: text, object: "15-Year-Old"),
            try claim("SHOOT", 6, "6 Shot", in: text, object: ""),
            try claim("SHOOT", 7, "seven people", in: text, object: "people"),
            try claim("KILL", 1, "a 15-year-old boy", in: text),
            try claim("WOUND", 6, "six", in: text, object: ""),
        ]
        #expect(CasualtyToll(claims: claims, text: ArticleText(text), headlineEnd: headlineEnd).injured == 6)
        // Without a figure of the wounded to agree, the headline's shot still include the dead.
        let unsure = claims.filter { $0.event != "WOUND" }
        #expect(CasualtyToll(claims: unsure, text: ArticleText(text), headlineEnd: headlineEnd).injured == 5)
    }

    /// A gunman's own death told first gives way to the lead's figure of the dead.
    @Test func theLeadsDeadOutnumberAGunmansOwnDeath() throws {
        let headline = "Courthouse gunman killed himself during gun battle"
        let text = headline + "\n\nThe man opened fire in the lobby, killing her and another woman before killing himself."
        let headlineEnd = headline.unicodeScalars.count
        let claims = [
            try claim("KILL", 1, "killed himself", in: text, object: "himself"),
            try claim("KILL", 3, "killing her and another woman before killing himself", in: text, object: "her and another woman"),
        ]
        #expect(CasualtyToll(claims: claims, text: ArticleText(text), headlineEnd: headlineEnd) == CasualtyToll(killed: 3, injured: nil))
        // A boy who shot himself is the one dead.
        let alone = "Boy, 9, fatally shoots himself\n\nThe boy died at the hospital, police said."
        let aloneClaims = [
            try claim("KILL", 1, "fatally shoots himself", in: alone, object: "himself"),
            try claim("KILL", 1, "The boy died", in: alone, object: "boy"),
        ]
        #expect(CasualtyToll(claims: aloneClaims, text: ArticleText(alone), headlineEnd: 30) == CasualtyToll(killed: 1, injured: nil))
    }

    /// Where the one shot is the one who died, "others" shot along with him are the injured.
    @Test func othersShotAlongWithTheDeadAreInjured() throws {
        let text = "A man shot and killed in the Tenderloin was identified. Ellis, 44, was shot along with three others around 1 a.m."
        let claims = [
            try claim("KILL", 1, "A man shot and killed", in: text, object: "man"),
            try claim("SHOOT", 1, "Ellis", in: text),
            try claim("SHOOT", 3, "three others", in: text, object: "others"),
        ]
        #expect(toll(claims, text) == CasualtyToll(killed: 1, injured: 3))
        // A figure of wounded told before the others stays the injured.
        let rampage = "2 cops shot, suspect and bystander killed. He went on a rampage wounding five people. The three other civilians who were shot are stable."
        let rampageClaims = [
            try claim("SHOOT", 2, "2 cops shot", in: rampage, object: "cops shot"),
            try claim("KILL", 2, "suspect and bystander killed", in: rampage, object: "suspect and bystander"),
            try claim("WOUND", 5, "wounding five people", in: rampage, object: "people"),
            try claim("SHOOT", 3, "three other civilians", in: rampage, object: "other civilians"),
        ]
        #expect(toll(rampageClaims, rampage) == CasualtyToll(killed: 2, injured: 5))
    }

    @Test func othersToldNextInTheSentenceAddUp() throws {
        let text = "Two men were in critical condition and two others injured. Police said two others fled."
        let claims = [
            try claim("WOUND", 2, "Two men", in: text),
            try claim("WOUND", 2, "two others injured", in: text, object: "others injured"),
            try claim("WOUND", 2, "two others fled", in: text, object: "others fled"),
        ]
        #expect(toll(claims, text).injured == 4)
        // The next sentence's others are no part of the figure.
        let apart = "Two men were in critical condition. Two others were injured."
        let claimsApart = [try claim("WOUND", 2, "Two men", in: apart), try claim("WOUND", 2, "Two others", in: apart, object: "others")]
        #expect(toll(claimsApart, apart).injured == 2)
        // "another" hurt is one more; "killed another teen" is no more dead than the claim says.
        let another = "13-year-old in critical condition, one man killed, another injured in shootings"
        let anotherClaims = [
            try claim("WOUND", 1, "13-year-old in critical condition", in: another, object: "13-year-old"),
            try claim("KILL", 1, "one man killed", in: another, object: "man"),
            try claim("WOUND", 1, "another injured", in: another, object: "another"),
        ]
        #expect(toll(anotherClaims, another) == CasualtyToll(killed: 1, injured: 2))
        let killedAnother = "Girl shot, killed another teen"
        let killedAnotherClaims = [
            try claim("KILL", 1, "Girl shot, killed", in: killedAnother, object: "Girl"),
            try claim("KILL", 1, "another teen", in: killedAnother, object: "another"),
        ]
        #expect(toll(killedAnotherClaims, killedAnother).killed == 1)
    }

    @Test func oneShotAndAnotherKilledIsOneInjured() throws {
        let text = "A father was killed and his son was shot."
        let claims = [try claim("KILL", 1, "father", in: text), try claim("SHOOT", 1, "son", in: text)]
        #expect(toll(claims, text) == CasualtyToll(killed: 1, injured: 1))
        // So is one shot after several killed: the mother is not among her four children.
        let several = "He is accused of murdering four of his children, and shooting their mother at the home."
        let severalClaims = [
            try claim("KILL", 4, "four of his children", in: several, object: "of his children"),
            try claim("SHOOT", 1, "their mother", in: several),
        ]
        #expect(toll(severalClaims, several) == CasualtyToll(killed: 4, injured: 1))
        // The one shot and the one killed are the same person: no one is injured.
        let same = "A man was shot. The man died later."
        let sameClaims = [try claim("SHOOT", 1, "man", in: same), try claim("KILL", 1, "man died", in: same, object: "man")]
        #expect(toll(sameClaims, same) == CasualtyToll(killed: 1, injured: nil))
        // Told sentences apart under other names, the one shot is mostly the one who died: on GVA
        // this reading gave 1 injured to a third of the articles whose incident hurt no one.
        let apart = "A teen was killed in Gary on Monday. Police said the boy was shot near a park."
        let apartClaims = [try claim("KILL", 1, "teen", in: apart), try claim("SHOOT", 1, "boy", in: apart)]
        #expect(toll(apartClaims, apart) == CasualtyToll(killed: 1, injured: nil))
        // Nor when the shooting is told first: "Teen shot near Hofstra dies" is one person.
        let shotFirst = "A girl was shot on Sunday and a man was killed."
        let shotFirstClaims = [try claim("SHOOT", 1, "girl", in: shotFirst), try claim("KILL", 1, "man", in: shotFirst)]
        #expect(toll(shotFirstClaims, shotFirst) == CasualtyToll(killed: 1, injured: nil))
        // A pronoun after the death is the one who died.
        let pronoun = "A boy, 13, died after he was shot by police."
        let pronounClaims = [try claim("KILL", 1, "boy", in: pronoun), try claim("SHOOT", 1, "he", in: pronoun)]
        #expect(toll(pronounClaims, pronoun) == CasualtyToll(killed: 1, injured: nil))
        // The death in the sentence is the lead's, not the headline's before it.
        let headlined = "Juvenile Shot, Killed\n\nA juvenile was killed and a delivery driver was shot on the job."
        let headlinedClaims = [
            try claim("KILL", 1, "Juvenile", in: headlined), try claim("KILL", 1, "juvenile", in: headlined),
            try claim("SHOOT", 1, "driver", in: headlined),
        ]
        #expect(toll(headlinedClaims, headlined) == CasualtyToll(killed: 1, injured: 1))
        // An apposition of the dead is that one person, "and" inside it or not.
        let apposition = "Teen Killed\n\nHe was wanted in the death of Alex Ramirez, a neighbor and close friend, who was shot Sunday."
        let appositionClaims = [
            try claim("KILL", 1, "Teen", in: apposition), try claim("KILL", 1, "Alex Ramirez", in: apposition),
            try claim("SHOOT", 1, "friend, who was shot", in: apposition, object: "friend"),
        ]
        #expect(toll(appositionClaims, apposition) == CasualtyToll(killed: 1, injured: nil))
    }

    /// Deaths told after the lead in a sentence of another time are no toll of the incident.
    @Test func deathsOfAnotherTimeAreNoToll() throws {
        let lead = "Seven wounded at Chicago nightclub\n\n" + String(repeating: "Police said the gunmen fled in a dark car. ", count: 16)
        let text = lead + "Chicago surpassed 500 homicides last year for the first time since 2008."
        let claims = [
            try claim("WOUND", 7, "Seven wounded", in: text, object: "Seven"),
            try claim("KILL", 500, "500 homicides", in: text, object: "homicides"),
        ]
        #expect(toll(claims, text) == CasualtyToll(killed: nil, injured: 7))
        // A death of this incident told later still counts, after one of another time.
        let later = text + " One of the seven died at the hospital on Sunday."
        let laterClaims = claims + [try claim("KILL", 1, "One of the seven died", in: later, object: "One")]
        #expect(toll(laterClaims, later).killed == 1)
        // "In July 2014" sets the sentence apart too, as do "A year earlier" and "so far".
        for sentence in ["In July 2014, a girl was killed down the street.", "A year earlier, a man was killed there.",
                         "So far, 47 people have been killed in the city."] {
            let other = lead + sentence
            let otherClaims = [try claim("WOUND", 7, "Seven wounded", in: other, object: "Seven"), try claim("KILL", 1, "killed", in: other)]
            #expect(toll(otherClaims, other).killed == nil, "\(sentence)")
        }
        // In the lead, the same words are the incident's: "killed last year" may be its date.
        let inLead = "Man charged\n\nA man was charged in a killing last year, police said."
        #expect(toll([try claim("KILL", 1, "killing", in: inLead)], inLead).killed == 1)
    }

    /// A WOUND figure that names the one who died again is no one else hurt.
    @Test func theDeadToldWoundedAgainAreNoneInjured() throws {
        let text = "Teen fatally shot in Macon\n\nAntrez Felder died inside a home. Felder was wounded in the head, "
            + "and it was not clear whether he was shot more than once."
        let claims = [
            try claim("KILL", 1, "Teen", in: text), try claim("KILL", 1, "Antrez Felder", in: text),
            try claim("WOUND", 1, "Felder was wounded", in: text, object: "Felder"), try claim("SHOOT", 1, "he was shot", in: text, object: "he"),
        ]
        #expect(toll(claims, text) == CasualtyToll(killed: 1, injured: nil))
        // Someone else named is hurt, and so is one told as besides the dead.
        let other = "Teen fatally shot in Macon\n\nAntrez Felder died inside a home. His cousin was wounded in the arm."
        let otherClaims = [
            try claim("KILL", 1, "Teen", in: other), try claim("KILL", 1, "Antrez Felder", in: other),
            try claim("WOUND", 1, "cousin was wounded", in: other, object: "His cousin"),
        ]
        #expect(toll(otherClaims, other) == CasualtyToll(killed: 1, injured: 1))
        let also = "Teen fatally shot in Macon\n\nA teen died inside a home. Another teen was also wounded."
        let alsoClaims = [
            try claim("KILL", 1, "Teen", in: also), try claim("KILL", 1, "teen died", in: also, object: "teen"),
            try claim("WOUND", 1, "Another teen was also wounded", in: also, object: "teen"),
        ]
        #expect(toll(alsoClaims, also) == CasualtyToll(killed: 1, injured: 1))
        // With more than one dead, the one wounded may be another of the incident: left as read.
        let two = "Two killed in Macon\n\nTwo men died inside a home. One of the men was wounded in the head."
        let twoClaims = [
            try claim("KILL", 2, "Two killed", in: two, object: "Two"), try claim("KILL", 2, "Two men", in: two, object: "men"),
            try claim("WOUND", 1, "One of the men was wounded", in: two, object: "men"),
        ]
        #expect(toll(twoClaims, two).injured == 1)
    }

    /// "1 of 7 injured": the part a sentence is about leads, but the toll is the whole.
    @Test func aPartGivesTheWhole() throws {
        let text = "Teen who was 1 of 7 injured in party shooting speaks out. Four of five dead."
        let claims = [
            try claim("WOUND", 1, "1 of 7 injured", in: text),
            try claim("WOUND", 7, "7 injured", in: text),
            try claim("KILL", 4, "Four", in: text),
            try claim("KILL", 5, "five dead", in: text),
        ]
        #expect(toll(claims, text) == CasualtyToll(killed: 5, injured: 7))
        // The incident's toll told next in the sentence is the whole too.
        let incident = "Boy, 3, killed by father in double murder-suicide"
        let incidentClaims = [
            try claim("KILL", 1, "Boy, 3, killed", in: incident, object: "Boy"),
            try claim("KILL", 3, "double murder-suicide", in: incident, object: "murder-suicide"),
        ]
        #expect(toll(incidentClaims, incident).killed == 3)
        // "among" after the part's noun joins it to the whole too.
        let among = "3 juveniles among 5 dead in Vegas apparent murder-suicide"
        let amongClaims = [try claim("KILL", 3, "3 juveniles among 5 dead", in: among), try claim("KILL", 5, "5 dead", in: among)]
        #expect(toll(amongClaims, among).killed == 5)
        let wounded = "Girl, 6, among 3 shot. A boy among the 4 wounded was 12."
        #expect(toll([try claim("WOUND", 1, "A boy", in: wounded), try claim("WOUND", 4, "4 wounded", in: wounded)], wounded).injured == 4)
        // A later, larger figure not joined by "of" is another matter.
        let apart = "One person was hurt on Main Street. Police said 7 were hurt this month."
        let apartClaims = [try claim("WOUND", 1, "One person", in: apart), try claim("WOUND", 7, "7 were hurt", in: apart)]
        #expect(toll(apartClaims, apart).injured == 1)
    }

    /// "also shot", "another teen": someone besides the dead, told in any later sentence.
    @Test func oneAlsoShotIsBesidesTheDead() throws {
        let text = "A boy was shot and killed on Saturday. He was shot in the chest. The woman was also shot in the chest."
        let claims = [
            try claim("KILL", 1, "A boy was shot and killed", in: text, object: "boy"),
            try claim("SHOOT", 1, "He was shot", in: text, object: "He"),
            try claim("SHOOT", 1, "woman was also shot", in: text, object: "woman"),
        ]
        #expect(toll(claims, text) == CasualtyToll(killed: 1, injured: 1))
        let another = "A teen died after the party. He was shot. Another teen was shot in the foot."
        let anotherClaims = [
            try claim("KILL", 1, "A teen died", in: another, object: "teen"),
            try claim("SHOOT", 1, "He was shot", in: another, object: "He"),
            try claim("SHOOT", 1, "Another teen was shot", in: another, object: "teen"),
        ]
        #expect(toll(anotherClaims, another) == CasualtyToll(killed: 1, injured: 1))
        // The first told shot may itself be the one besides the dead.
        let first = "A 15-year-old has died following a shooting. Another teen, also 15, was shot in the foot."
        let firstClaims = [
            try claim("KILL", 1, "A 15-year-old has died", in: first, object: "15-year-old"),
            try claim("SHOOT", 1, "Another teen, also 15, was shot", in: first, object: "teen"),
        ]
        #expect(toll(firstClaims, first) == CasualtyToll(killed: 1, injured: 1))
        // "six more shot" are besides the dead; "more than six" is a bound, and "more seriously" a manner.
        let more = "Five people are dead, six more shot, and nearly 40 injured."
        let moreClaims = [
            try claim("KILL", 5, "Five people are dead", in: more, object: "people"),
            try claim("SHOOT", 6, "six more shot", in: more, object: "more shot"),
            try claim("WOUND", 40, "nearly 40 injured", in: more, object: "injured"),
        ]
        #expect(toll(moreClaims, more) == CasualtyToll(killed: 5, injured: 6))
        let bound = "Two people died. More than six were shot."
        let boundClaims = [
            try claim("KILL", 2, "Two people died", in: bound, object: "people"),
            try claim("SHOOT", 6, "More than six were shot", in: bound, object: ""),
        ]
        #expect(toll(boundClaims, bound) == CasualtyToll(killed: 2, injured: 4))
        // "Two suspects - another man and a woman - were hit": besides the one killed. Without
        // "another", the two include him.
        let restated = "A suspect was killed early Sunday. Two suspects - another man and a woman - were hit and taken to a hospital."
        let restatedClaims = [
            try claim("KILL", 1, "A suspect was killed", in: restated, object: "suspect"),
            try claim("SHOOT", 2, "Two suspects - another man and a woman - were hit", in: restated, object: "suspects"),
        ]
        #expect(toll(restatedClaims, restated) == CasualtyToll(killed: 1, injured: 2))
        let among = "A suspect was killed early Sunday. Two suspects were hit."
        let amongClaims = [
            try claim("KILL", 1, "A suspect was killed", in: among, object: "suspect"),
            try claim("SHOOT", 2, "Two suspects were hit", in: among, object: "suspects"),
        ]
        #expect(toll(amongClaims, among) == CasualtyToll(killed: 1, injured: 1))
    }

    /// "he and three others were shot" counts the one told hurt before among the people shot.
    @Test func theOneToldFirstIsAmongThoseShot() throws {
        let text = "Teen in critical condition after shooting\n\nA 12-year-old was in critical condition after he and three others were shot."
        let claims = [
            try claim("WOUND", 1, "Teen in critical condition", in: text, object: "Teen"),
            try claim("WOUND", 1, "A 12-year-old was in critical condition", in: text, object: "12-year-old"),
            try claim("SHOOT", 4, "he and three others were shot", in: text, object: "he and three others"),
        ]
        #expect(toll(claims, text).injured == 4)
        // A figure of the wounded told before keeps its place.
        let told = "Two men were wounded. A boy was hurt after he and three others were shot."
        let toldClaims = [
            try claim("WOUND", 2, "Two men were wounded", in: told, object: "men"),
            try claim("SHOOT", 4, "he and three others were shot", in: told, object: "he and three others"),
        ]
        #expect(toll(toldClaims, told).injured == 2)
        // Told hurt, then shot with another, beside more dead than were shot: the dead are not
        // among them.
        let spree = "3 dead in shooting spree that injured sheriff\n\nThe sheriff and another deputy have been shot."
        let spreeClaims = [
            try claim("KILL", 3, "3 dead", in: spree, object: "dead"),
            try claim("WOUND", 1, "injured sheriff", in: spree, object: "sheriff"),
            try claim("SHOOT", 2, "The sheriff and another deputy have been shot", in: spree, object: "sheriff and another deputy"),
        ]
        #expect(toll(spreeClaims, spree) == CasualtyToll(killed: 3, injured: 2))
        // Where the first told was only shot, more dead than shot leaves none told hurt.
        let shotFirst = "3 dead in shooting spree that shot sheriff\n\nThe sheriff and another deputy have been shot."
        let shotFirstClaims = [
            try claim("KILL", 3, "3 dead", in: shotFirst, object: "dead"),
            try claim("SHOOT", 1, "shot sheriff", in: shotFirst, object: "sheriff"),
            try claim("SHOOT", 2, "The sheriff and another deputy have been shot", in: shotFirst, object: "sheriff and another deputy"),
        ]
        #expect(toll(shotFirstClaims, shotFirst).injured == nil)
    }

    /// One victim told first, then the incident's "Four people were shot" in the lead: the one
    /// told is among them.
    @Test func theOneToldFirstIsAmongThePeopleShot() {
        let record = ArticleExtractor().extract("""
            Woman hurt in drive-by shooting now charged
            A woman who was shot while riding in a car on Sunday night is now wanted for murder.
            Four people were shot in the shooting on Rains Avenue.
            """)
        #expect(record.toll == CasualtyToll(injured: 4))
        // Men named apart are not the incident's count of people.
        let named = ArticleExtractor().extract("""
            Man hurt in shooting
            A man who was shot on Sunday night is in stable condition.
            Police said four men were shot at the same corner last year.
            """)
        #expect(named.toll == CasualtyToll(injured: 1))
        // The lead's list of those shot names the headline's child and one more.
        let listed = ArticleExtractor().extract("""
            Child shot in North St. Louis
            A two year old child and a woman are shot overnight in north St. Louis.
            """)
        #expect(listed.toll == CasualtyToll(injured: 2))
        // Not where the others were counted first: the list names only them.
        let others = ArticleExtractor().extract("""
            Victim of Tenderloin shooting identified
            Ellis, 44, was shot along with three others around 1 a.m.
            A 59-year-old man, 49-year-old woman and 53-year-old man suffered gunshot wounds to the leg.
            """)
        #expect(others.toll == CasualtyToll(injured: 4))
    }

    /// One person killed first, then "One of the five people shot and killed" in the lead: the
    /// one told is a part of the incident's toll.
    @Test func theOneKilledFirstIsOneOfTheIncidentsDead() {
        let record = ArticleExtractor().extract("""
            Virginia Beach man killed in airport shooting
            One of the five people shot and killed Friday at the airport was a man from Virginia Beach.
            """)
        #expect(record.toll.killed == 5)
        // The city's dead, not said to include him, are another count.
        let city = ArticleExtractor().extract("""
            Man killed in shooting
            A man was shot and killed on Friday. Police said five people have been killed in the city this year.
            """)
        #expect(city.toll.killed == 1)
    }

    /// "Two teens among 5 shot": the people shot are the whole, as the wounded are.
    @Test func thePeopleShotAreTheWholeTheCountedAreAmong() {
        let record = ArticleExtractor().extract("Two teens among 5 shot at party\n\nNothing else happened here.")
        #expect(record.toll == CasualtyToll(injured: 5))
    }

    /// "Located four shooting victims, and two died": the people shot less the dead are hurt.
    @Test func shootingVictimsLessTheDeadAreInjured() {
        let record = ArticleExtractor().extract("""
            Two men killed in Sunrise Street shooting
            Responding officers located four shooting victims, and Flores and Ramirez died at the scene.
            """)
        #expect(record.toll == CasualtyToll(killed: 2, injured: 2))
    }

    /// "A woman was shot in the back and a boy was shot in the arm": two people shot, each named
    /// in a clause of one sentence. A pronoun is the one already told.
    @Test func twoPeopleShotInOneSentenceAreTwoHurt() {
        let record = ArticleExtractor().extract("""
            Three more suspects arrested in shooting
            During the shooting, a 20-year-old woman was shot in the back and a 5-year-old boy was shot in the arm.
            """)
        #expect(record.toll == CasualtyToll(injured: 2))
        let again = ArticleExtractor().extract("""
            Man shot twice
            A 20-year-old man was shot in the leg and then he was shot again in the arm.
            """)
        #expect(again.toll == CasualtyToll(injured: 1))
    }

    /// "Dozens" or "more than a dozen" gives way to the article's own count of the same, told
    /// later; a figure many times the word's is of something else.
    @Test func aCountToldLaterSaysMoreThanDozens() {
        let record = ArticleExtractor().extract("""
            Survivors recall the nightclub massacre
            Before the gun smoke cleared, there were dozens of people dead and dozens of others wounded. \
            Officially, 49 people were killed in the massacre. Another 53 were wounded.
            """)
        #expect(record.toll == CasualtyToll(killed: 49, injured: 53))
        let dozen = ArticleExtractor().extract("""
            Two teens killed in nightclub shooting
            The shooting left two teenagers dead and more than a dozen people wounded. At least 19 people were treated at local hospitals.
            """)
        #expect(dozen.toll == CasualtyToll(killed: 2, injured: 19))
        let war = ArticleExtractor().extract("""
            Bombing in the border region
            A bomb hit the town on Thursday, killing dozens. Some 2 million people died in the civil war.
            """)
        #expect(war.toll == CasualtyToll(killed: 24))
    }

    /// "Four of the victims" counts some of the dead, not all of them; "two of them" counts some
    /// of a group already counted, and is the figure.
    @Test func someOfTheVictimsGiveWayToTheirCount() {
        let part = ArticleExtractor().extract("""
            Airport shooting victims had planned a cruise
            At least four of the victims gunned down at the airport were on their way to a cruise. \
            Five people were killed and at least six wounded in the gunfire.
            """)
        #expect(part.toll == CasualtyToll(killed: 5, injured: 6))
        let counted = ArticleExtractor().extract("""
            Sheriff says shots were fired in a crowd
            Six people were shot outside the cafe, two of them fatally. Later, five people were killed in another town.
            """)
        #expect(counted.toll == CasualtyToll(killed: 2, injured: 4))
        // "of the five" counts the group: the two are the dead, not a part of a later figure.
        let whole = ArticleExtractor().extract("""
            Town shooting leaves families grieving
            Two of the five people shot died. In 2012, 20 people were killed in the same town.
            """)
        #expect(whole.toll == CasualtyToll(killed: 2, injured: 3))
    }

    /// A figure no `Int` holds is no toll, and no trap: the fuzzer found "More than 1555…5 were
    /// injured" with a hundred digits.
    @Test func aFigureBeyondAnyIntIsNoToll() throws {
        let text = "Many were injured and many were killed."
        let claims = [
            try claim("WOUND", 1.5e93, "Many were injured", in: text),
            try claim("KILL", .infinity, "many were killed", in: text),
        ]
        #expect(toll(claims, text) == CasualtyToll())
        let record = ArticleExtractor().extract("Riots\n\nMore than " + String(repeating: "5", count: 100) + " were injured on Monday.")
        #expect(record.toll == CasualtyToll())
    }

    @Test func anArticleWithoutHarmHasNoToll() {
        let record = ArticleExtractor().extract("Council meets\n\nThe council met on Tuesday to talk about 12 new roads.")
        #expect(record.toll == CasualtyToll())
    }

    /// The ledger line carries the toll, and reads back.
    @Test func theRecordCarriesTheToll() throws {
        let record = ArticleExtractor().extract("Four shot in Gary\n\nFour people were shot on Friday night. One of them died at the hospital.")
        #expect(record.toll == CasualtyToll(killed: 1, injured: 3))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let line = String(decoding: try encoder.encode(record), as: UTF8.self)
        #expect(line.contains(#""toll":{"injured":3,"killed":1}"#))
        #expect(try JSONDecoder().decode(ArticleRecord.self, from: Data(line.utf8)) == record)
    }
}
