import pytest

from kg.extract.speeches import find_speeches


def _speeches(ctx):
    return [(s.kind, s.speaker, s.occasion or s.label) for s in find_speeches(ctx)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The meeting studied and implemented the important spirit of General Secretary Xi Jinping’s "
            "important speech during his inspection in Heilongjiang, at the symposium on promoting the "
            "comprehensive revitalization of Northeast China in the new era, and the important spirit of "
            "his letter to representatives of outstanding teachers across the country.",
            [
                ("speech", "Xi Jinping", "during his inspection in Heilongjiang"),
                (
                    "speech",
                    "Xi Jinping",
                    "at the symposium on promoting the comprehensive revitalization of Northeast China in the new era",
                ),
                (
                    "letter",
                    "Xi Jinping",
                    "to representatives of outstanding teachers across the country",
                ),
            ],
        ),
        (
            "The meeting conveyed the spirit of the important speech made by General Secretary Xi Jinping "
            "at the Second Plenary Session of the 20th Central Commission for Discipline Inspection.",
            [
                (
                    "speech",
                    "Xi Jinping",
                    "at the Second Plenary Session of the 20th Central Commission for Discipline Inspection",
                )
            ],
        ),
        (
            "It is necessary to study in depth the important expositions of General Secretary Xi Jinping "
            "on strengthening basic research.",
            [("expositions", "Xi Jinping", "on strengthening basic research")],
        ),
        (
            "It is necessary to implement the spirit of the Second Plenary Session of the 20th Central "
            "Commission for Discipline Inspection.",
            [
                (
                    "plenary session",
                    None,
                    "Second Plenary Session of the 20th Central Commission for Discipline Inspection",
                )
            ],
        ),
        (
            "The meeting studied the spirit of the Central Economic Work Conference.",
            [("conference", None, "Central Economic Work Conference")],
        ),
        # a vague repeat names no occasion: no node
        ("It is necessary to deeply study and practice the spirit of the important speech.", []),
        # no study cue: a description, not a citation
        (
            "General Secretary Xi Jinping’s speech during his inspection in Heilongjiang was warm.",
            [],
        ),
        # "given by the secretary": a translation's "General Secretary", named no further
        (
            "In the spirit of the important instructions given by the secretary on the work of the "
            "New Era General Office, the meeting studied the report.",
            [("instructions", None, "on the work of the New Era General Office")],
        ),
        (
            "The meeting studied the important instructions and requirements of General Secretary Xi "
            "Jinping on post-disaster recovery and reconstruction.",
            [("instructions", "Xi Jinping", "on post-disaster recovery and reconstruction")],
        ),
        (
            "It is necessary to implement General Secretary Xi Jinping’s important speeches and "
            "important instructions on auditing work.",
            # the repeated adjective names two items: the speeches and the instructions
            [
                ("speech", "Xi Jinping", "on auditing work"),
                ("instructions", "Xi Jinping", "on auditing work"),
            ],
        ),
        (
            "The meeting conveyed the spirit of the first session of the 14th National People's "
            "Congress and the first session of the 14th National Committee of the CPPCC.",
            [
                ("conference", None, "first session of the 14th National People's Congress"),
                ("conference", None, "first session of the 14th National Committee of the CPPCC"),
            ],
        ),
        (
            "The meeting studied the important instructions of General Secretary Xi Jinping on the prevention "
            "and control of dengue fever and the spirit of the provincial conference on patriotic health campaigns.",
            [
                ("instructions", "Xi Jinping", "on the prevention and control of dengue fever"),
                ("conference", None, "provincial conference on patriotic health campaigns"),
            ],
        ),
        (
            "The group held a special study on General Secretary Xi Jinping's important discourse on the private economy.",
            [("expositions", "Xi Jinping", "on the private economy")],
        ),
        (
            "The conference studied the spirit of the Central Political and Legal Work Conference.",
            [("conference", None, "Central Political and Legal Work Conference")],
        ),
        (
            "The meeting studied the important letter in reply from General Secretary Xi Jinping to the "
            "villagers of a mountain village in the city.",
            [("letter", "Xi Jinping", "to the villagers of a mountain village in the city")],
        ),
        # a named event whose tasks are taken up is cited (real reports: "implement the tasks
        # put forward by", "the deployments of"); one only talked about is not
        (
            "It is necessary to study the plan, to fulfil the tasks put forward by the 20th "
            "National Congress of the Communist Party of China.",
            [("conference", None, "20th National Congress of the Communist Party of China")],
        ),
        (
            "The 20th National Congress of the Communist Party of China was a great success, the "
            "mayor said.",
            [],
        ),
        # real reports cite items in lists, in lower case, by body and number
        (
            "The meeting conveyed the spirit of the fourth plenary session of the 12th Provincial "
            "Party Committee, the 19th CPC National Congress and the Central Rural Work "
            "Conference, and the deployment requirements of the provincial party committee.",
            [
                (
                    "plenary session",
                    None,
                    "fourth plenary session of the 12th Provincial Party Committee",
                ),
                ("conference", None, "19th CPC National Congress"),
                ("conference", None, "Central Rural Work Conference"),
                ("instructions", None, "deployment requirements of the provincial party committee"),
            ],
        ),
        (
            "We will implement the central government's decision-making and deployment and the "
            "spirit of the eighth Municipal Party Congress.",
            [
                ("instructions", None, "central government's decision-making and deployment"),
                ("conference", None, "eighth Municipal Party Congress"),
            ],
        ),
        # whatever follows "the spirit of" and names a meeting or requirements is cited,
        # each item of a list joined by "and"; "the spirit of hard work" names nothing cited
        (
            "The meeting conveyed the spirit of the provincial video conference on flood "
            "control and the city's work safety teleconference.",
            [
                ("conference", None, "provincial video conference on flood control"),
                ("conference", None, "city's work safety teleconference"),
            ],
        ),
        (
            "We must carry forward the spirit of hard work and the spirit of the Red Flag Canal.",
            [],
        ),
        # a congress's requirements are the congress's: it is the item, not a body's demand
        (
            "We should perform our duty according to the new deployment and requirements of "
            "the 19th CPC National Congress.",
            [("conference", None, "19th CPC National Congress")],
        ),
        # "spirits" (plural, in translation) takes items up as "spirit" does
        (
            "The governor visited the city to promote the spirits embedded in the seventh plenary "
            "session of the 11th CPC Sichuan Provincial Committee.",
            [
                (
                    "plenary session",
                    None,
                    "seventh plenary session of the 11th CPC Sichuan Provincial Committee",
                )
            ],
        ),
        # "instructions to study and deploy" is a purpose, not an addressee
        (
            "The meeting conveyed General Secretary Xi Jinping's instructions to study and deploy "
            "flood control.",
            [("instructions", "Xi Jinping", "instructions")],
        ),
        # a list of events a speech was given at, the later ones without their "at"
        (
            "The meeting studied the spirit of General Secretary Xi Jinping's important speeches "
            "delivered at the Central Rural Work Conference, the meeting of the Political Bureau "
            "of the CPC Central Committee, and the symposium with non-Party personages.",
            [
                ("speech", "Xi Jinping", "at the Central Rural Work Conference"),
                (
                    "speech",
                    "Xi Jinping",
                    "at the meeting of the Political Bureau of the CPC Central Committee",
                ),
                ("speech", "Xi Jinping", "at the symposium with non-Party personages"),
            ],
        ),
        # one kind of requirement of several bodies is one item per body
        (
            "We will work in accordance with the deployment requirements of the provincial party "
            "committee, the provincial government and the municipal party committee.",
            [
                ("instructions", None, "deployment requirements of the provincial party committee"),
                ("instructions", None, "deployment requirements of the provincial government"),
                ("instructions", None, "deployment requirements of the municipal party committee"),
            ],
        ),
        # a series of speeches made by a lower-case "president" keeps its words
        (
            "He emphasized the study of the spirit of a series of major speeches made by president "
            "Xi Jinping.",
            [("speech", "Xi Jinping", "series of major speeches")],
        ),
        (
            "The meeting studied the recent important speeches, important instructions, "
            "congratulatory letters and replies of General Secretary Xi Jinping.",
            [
                ("speech", "Xi Jinping", "recent important speeches"),
                ("instructions", "Xi Jinping", "important instructions"),
                ("letter", "Xi Jinping", "congratulatory letters"),
                ("letter", "Xi Jinping", "replies"),
            ],
        ),
        # one plenary session in two wordings is one item
        (
            "The meeting studied the spirit of the Sixth Plenary Session of the 19th CPC Central "
            "Committee. The spirit of the sixth plenary session of the 19th Central Committee of "
            "the Communist Party of China must be implemented.",
            [("plenary session", None, "Sixth Plenary Session of the 19th CPC Central Committee")],
        ),
        (
            "The meeting studied General Secretary Xi Jinping's recent important speeches and "
            "instructions. Xi Jinping's important speech was studied again.",
            [("instructions", "Xi Jinping", "recent important speeches and instructions")],
        ),
        # the speaker after the kind with no "by" (a translation's word order)
        (
            "The meeting studied the important speech General Secretary Xi Jinping delivered at "
            "the opening of the autumn training class for young cadres.",
            [
                (
                    "speech",
                    "Xi Jinping",
                    "at the opening of the autumn training class for young cadres",
                )
            ],
        ),
        (
            "We will implement the important speeches and instructions made General Secretary Xi "
            "Jinping during his inspection to Gansu Province.",
            [("instructions", "Xi Jinping", "during his inspection to Gansu Province")],
        ),
        # the visit named before the kind, and a place's inspection after it: one item
        (
            "The group studied the spirit of General Secretary Xi Jinping's inspection of "
            "Yunnan's important speech. The spirit of his important speech on Yunnan's "
            "inspection was conveyed again.",
            [("speech", "Xi Jinping", "inspection of Yunnan")],
        ),
        (
            "The meeting conveyed the spirit of Governor Zhou Ming's research speech in Anyang.",
            [("speech", "Zhou Ming", "research in Anyang")],
        ),
        # a research speech with no place is a vague repeat
        ("The meeting conveyed the spirit of Governor Zhou Ming's research speech.", []),
        # the occasion after a dash apposition
        (
            "The meeting conveyed the instructions of Sun Hao—the governor of the province—after "
            "his investigation in Linfen.",
            [("instructions", "Sun Hao", "after his investigation in Linfen")],
        ),
        # an occasion run on into the sentence is the one already cited
        (
            "The meeting studied General Secretary Xi Jinping's important speech on Hebei's work. "
            "It aligned General Secretary Xi Jinping's important speech on Hebei's work with the "
            "study of the plenary session.",
            [("speech", "Xi Jinping", "on Hebei's work")],
        ),
        # cited vaguely, named in a later sentence that only talks about it
        (
            "The meeting studied the spirit of General Secretary Xi Jinping's important speech. "
            "General Secretary Xi Jinping's important speech at the Fourth Plenary Session of the "
            "Central Commission for Discipline Inspection is a guide to action.",
            [
                (
                    "speech",
                    "Xi Jinping",
                    "at the Fourth Plenary Session of the Central Commission for Discipline "
                    "Inspection",
                )
            ],
        ),
        # "articles and speeches": the speeches keep the adjectives
        (
            "The meeting studied the recent important articles and speeches of General Secretary "
            "Xi Jinping.",
            [("speech", "Xi Jinping", "recent important articles and speeches")],
        ),
        # "according to the agenda" takes up nothing named after its comma
        (
            "According to the agenda, the 9th Party Congress of Dongying will open on Monday.",
            [],
        ),
        # the party's strategy for a region and Xi's new concepts are items of kind other
        (
            "The committee will implement the Party's strategy for governing Qinghai in the new "
            "era.",
            [("other", None, "Party's strategy for governing Qinghai in the new era")],
        ),
        (
            "We must study the new ideas, new thoughts and new strategies of governing the "
            "country.",
            [
                (
                    "other",
                    None,
                    "new ideas, new thoughts and new strategies of governing the country",
                )
            ],
        ),
        # an item taken up in the passive, after it is named
        (
            "He said the party's ruling strategy for the border region in the new era will be "
            "firmly implemented.",
            [("other", None, "party's ruling strategy for the border region in the new era")],
        ),
        # what a leader required on a visit, named by the visit
        (
            "We will carry out the “three firsts” requirements proposed by the Secretary of the "
            "Provincial Party Committee Gao Feng’s investigation of Xinyang.",
            # (the quoted name of the requirements leads the occasion: readers name them by it)
            [("instructions", "Gao Feng", "three firsts investigation of Xinyang")],
        ),
        # two levels' conferences sharing their last word are two
        (
            "The bureau will implement the spirit of the national forestry work and the "
            "provincial forestry work conference.",
            [
                ("conference", None, "national forestry work conference"),
                ("conference", None, "provincial forestry work conference"),
            ],
        ),
        # his "important thoughts on ..." are expositions; his thought on a field is an ideology
        (
            "We must study General Secretary Xi Jinping's important thoughts on youth work.",
            [("expositions", "Xi Jinping", "on youth work")],
        ),
        (
            "The court will implement the important thought of General Secretary Xi Jinping on "
            "improving the work of the trade unions.",
            [("expositions", "Xi Jinping", "on improving the work of the trade unions")],
        ),
        ("The court will implement Xi Jinping's thought on the rule of law.", []),
        # the meetings of several bodies conveyed: one item per body
        (
            "The dean conveyed the conference spirits of Qujing municipal party committee, "
            "municipal government and the municipal health commission.",
            [
                ("conference", None, "conference spirits of Qujing municipal party committee"),
                ("conference", None, "conference spirits of municipal government"),
                ("conference", None, "conference spirits of municipal health commission"),
            ],
        ),
        # a conference named by its body in the possessive
        (
            "The delegation studied the gist of the CPC Central Committee's third work "
            "conference on Tibet.",
            [("conference", None, "Committee's third work conference on Tibet")],
        ),
        # meetings of named groups and bodies cited in their odd translated shapes
        (
            "The meeting conveyed the spirit of the fourth meeting of the “Serve the People” "
            "Campaign Leading Group of the County Party Committee.",
            [
                (
                    "conference",
                    None,
                    "fourth meeting of the Serve the People Campaign Leading Group of the "
                    "County Party Committee",
                )
            ],
        ),
        (
            "The bureau studied the spirit of the Standing Committee of the City Party Committee "
            "(enlarged) meeting.",
            [
                (
                    "conference",
                    None,
                    "Standing Committee of the City Party Committee (enlarged) meeting",
                )
            ],
        ),
        # one meeting per level listed
        (
            "The group conveyed the spirit of the (enlarged) sessions of the provincial, "
            "municipal and county standing committees.",
            [
                ("conference", None, "(enlarged) sessions of the provincial standing committees"),
                ("conference", None, "(enlarged) sessions of the municipal standing committees"),
                ("conference", None, "(enlarged) sessions of the county standing committees"),
            ],
        ),
        # a plan a higher body deployed, by its quoted name
        (
            "The congress will implement the development strategy of “one core, two wings” "
            "deployed by the CPC Hebei Provincial Committee.",
            [
                (
                    "instructions",
                    None,
                    "development strategy of one core, two wings deployed by the CPC Hebei "
                    "Provincial Committee",
                )
            ],
        ),
        # a Political Bureau meeting cited by what it did
        (
            "The committee studied the guiding principles from a meeting of the Political Bureau "
            "of the CPC Central Committee to review the plan for the river basin, and the "
            "opinions.",
            [
                (
                    "conference",
                    None,
                    "meeting of the Political Bureau of the CPC Central Committee to review the "
                    "plan for the river basin",
                )
            ],
        ),
        # guiding principles on a province's work; the vague instructions are another item
        (
            "The meeting conveyed the spirit of the important instructions of General Secretary "
            "Xi Jinping. We must carry out the important guiding principles of General Secretary "
            "Xi Jinping on the work of Hubei.",
            [
                ("instructions", "Xi Jinping", "important instructions"),
                ("instructions", "Xi Jinping", "on the work of Hubei"),
            ],
        ),
        # the principles of his speech: the speech is the item
        (
            "We must implement the guiding principles of General Secretary Xi Jinping's "
            "important speech at the forum on border work.",
            [("speech", "Xi Jinping", "at the forum on border work")],
        ),
        # a list of three or more kinds: one item per kind word
        (
            "The bureau studied the recent important speeches, important instructions, "
            "congratulatory letters and the spirit of replies.",
            [
                ("speech", None, "recent important speeches"),
                ("instructions", None, "important instructions"),
                ("letter", None, "congratulatory letters"),
                ("letter", None, "replies"),
            ],
        ),
        (
            "The meeting studied General Secretary Xi Jinping's important speeches, instructions "
            "and letters on rural revitalization.",
            [
                ("speech", "Xi Jinping", "on rural revitalization"),
                ("instructions", "Xi Jinping", "on rural revitalization"),
                ("letter", "Xi Jinping", "on rural revitalization"),
            ],
        ),
        # a party congress of a place named by its abbreviation
        (
            "This year is key to implementing the deployments of the 9th XUAR Party Congress.",
            [("conference", None, "9th XUAR Party Congress")],
        ),
        # a review of past work cites nothing; a study of the past years' progress still does
        (
            "He said that over the past year the county has implemented the decisions and "
            "arrangements of the provincial party committee.",
            [],
        ),
        (
            "The group studied the spirit of the 20th National Congress of the Communist Party "
            "of China and reviewed the progress made in the past two years.",
            [("conference", None, "20th National Congress of the Communist Party of China")],
        ),
        # a comma list of conferences of every level after "the spirit of"
        (
            "The meeting conveyed the spirit of the Central Rural Work Conference, the provincial "
            "rural work conference and the municipal agricultural work conference.",
            [
                ("conference", None, "Central Rural Work Conference"),
                ("conference", None, "provincial rural work conference"),
                ("conference", None, "municipal agricultural work conference"),
            ],
        ),
        # an occasion ends where another body's requirements begin
        (
            "The meeting studied the important instructions of General Secretary Xi Jinping on "
            "forest fire prevention and the requirements of the provincial party committee.",
            [
                ("instructions", "Xi Jinping", "on forest fire prevention"),
                ("instructions", None, "requirements of the provincial party committee"),
            ],
        ),
        # a long title before the name
        (
            "The meeting conveyed the instructions of Provincial Party Secretary Zhao Lin on "
            "drought relief.",
            [("instructions", "Zhao Lin", "on drought relief")],
        ),
        # an apposition between the speaker and the occasion
        (
            "The meeting studied the spirit of the important speech delivered by Zhao Lin, "
            "secretary of the provincial party committee, at the provincial rural work "
            "conference.",
            [("speech", "Zhao Lin", "at the provincial rural work conference")],
        ),
        # a reply letter, and an article of his (kind other)
        (
            "The meeting studied General Secretary Xi Jinping's reply letter to the teachers of a "
            "mountain school.",
            [("letter", "Xi Jinping", "to the teachers of a mountain school")],
        ),
        (
            "The meeting studied the spirit of General Secretary Xi Jinping's important article "
            "published in Qiushi.",
            [("other", "Xi Jinping", "in Qiushi")],
        ),
        # a study session is a meeting, not a plenary session
        (
            "The meeting conveyed the spirit of the 12th collective study session of the "
            "Political Bureau of the CPC Central Committee.",
            [
                (
                    "conference",
                    None,
                    "12th collective study session of the Political Bureau of the CPC Central "
                    "Committee",
                )
            ],
        ),
        # a leader called by title and surname; a singular directive
        (
            "The meeting studied President Xi's important speech at the central conference on "
            "urban work.",
            [("speech", "Xi Jinping", "at the central conference on urban work")],
        ),
        (
            "The meeting studied General Secretary Xi Jinping's important directive on grain "
            "security.",
            [("instructions", "Xi Jinping", "on grain security")],
        ),
        # items listed after commas that the parser hangs on the verb
        (
            "The meeting conveyed and studied the spirit of the provincial two sessions, the "
            "provincial work conference on grain production, and the city's flood control "
            "teleconference.",
            [
                ("conference", None, "provincial two sessions"),
                ("conference", None, "provincial work conference on grain production"),
                ("conference", None, "city's flood control teleconference"),
            ],
        ),
        # a web page's "Follow |" button takes nothing up
        (
            "Follow | The Fifth Plenary Session of the 11th Harbin Municipal Committee Held",
            [],
        ),
        # a plenary session of no named body says not which one
        ("Study and implement the spirit of the Fifth Plenary Session", []),
        # after the comma a new clause about this meeting, not a listed item
        (
            "He conveyed the spirit of the provincial drought relief meeting, the meeting "
            "stressed the need to prepare.",
            [("conference", None, "provincial drought relief meeting")],
        ),
        # the leaders' instructions cited without a name
        (
            "The meeting conveyed the requirements of the leaders’ instructions on snow removal.",
            [("instructions", None, "requirements of the leaders’ instructions")],
        ),
        # an article named by its title, published by him in a journal
        (
            "The meeting studied the important article titled “On Building a Strong Agricultural "
            "Country” published by General Secretary Xi Jinping in the journal Qiushi.",
            [
                (
                    "other",
                    "Xi Jinping",
                    "On Building a Strong Agricultural Country in the journal Qiushi",
                )
            ],
        ),
        # a vague speech of a leader who presided over one event is the speech at that event
        (
            "On May 5, General Secretary Xi Jinping presided over a meeting of the Political "
            "Bureau to review the plan for the northern region. The meeting studied the spirit of "
            "General Secretary Xi Jinping's important speech.",
            [
                (
                    "speech",
                    "Xi Jinping",
                    "at a meeting of the Political Bureau to review the plan for the northern "
                    "region",
                )
            ],
        ),
        # a campaign's unified deployment; a second body's requirements named by "those of"
        (
            "According to the unified deployment of the county-wide campaign on clean villages, "
            "the secretary visited three towns.",
            [
                (
                    "instructions",
                    None,
                    "unified deployment of the county-wide campaign on clean villages",
                )
            ],
        ),
        (
            "We should carry out the decisions and deployments of the Central Rural Work "
            "Conference and those of Provincial Party Committee.",
            [
                ("conference", None, "Central Rural Work Conference"),
                ("instructions", None, "decisions and deployments of Provincial Party Committee"),
            ],
        ),
        # a leader's requirements on a visit; his requirements with no occasion are not cited
        (
            "The meeting conveyed the requirements put forward by Secretary Zhao Lin during his "
            "research in Nanyang.",
            [("instructions", "Zhao Lin", "during his research in Nanyang")],
        ),
        ("We must implement the requirements of Secretary Zhao Lin.", []),
        # "important speeches, including those on A, B and C": one item per topic
        (
            "The meeting studied General Secretary Xi Jinping's important speeches, including "
            "those on forest protection, water conservancy and youth work.",
            [
                ("speech", "Xi Jinping", "on forest protection"),
                ("speech", "Xi Jinping", "on water conservancy"),
                ("speech", "Xi Jinping", "on youth work"),
            ],
        ),
        # a list of topics after "on" is split, whichever the kind
        (
            "The meeting conveyed the important instructions given by General Secretary Xi Jinping "
            "on seed industry, grain reserves and farmland.",
            [
                ("instructions", "Xi Jinping", "on seed industry"),
                ("instructions", "Xi Jinping", "on grain reserves"),
                ("instructions", "Xi Jinping", "on farmland"),
            ],
        ),
        # ... but "agriculture, rural areas and farmers" is one topic
        (
            "The meeting studied the important speeches by Xi Jinping on agriculture, rural areas "
            "and farmers.",
            [("speech", "Xi Jinping", "on agriculture, rural areas and farmers")],
        ),
        # ... and a clause after the topic is no topic
        (
            "We must carry out the important instructions of General Secretary Xi Jinping on "
            "Hunan's work, further promote reform and maintain stability.",
            [("instructions", "Xi Jinping", "on Hunan's work")],
        ),
        # "including the speech at X and the speech at Y": the kind repeated before each occasion
        (
            "The meeting studied the important speeches of General Secretary Xi Jinping, including "
            "the speech at the Central Talent Work Conference and the speech at the symposium on "
            "the Grand Canal.",
            [
                ("speech", "Xi Jinping", "at the Central Talent Work Conference"),
                ("speech", "Xi Jinping", "at the symposium on the Grand Canal"),
            ],
        ),
        # collective leaders own the instructions: no speaker, the leaders in the label
        (
            "The meeting learned the spirit of the important instructions of the central leaders "
            "on typhoon prevention.",
            [("instructions", None, "on typhoon prevention")],
        ),
        (
            "The meeting implemented the instructions and requirements of the provincial leaders "
            "during their research in Xuancheng.",
            [("instructions", None, "during their research in Xuancheng")],
        ),
        # the speaker in a relative clause: "the requirements that X put forward during ..."
        (
            "The meeting studied the requirements that Provincial Party Secretary Zhou Ping put "
            "forward during his investigation in Chizhou.",
            [("instructions", "Zhou Ping", "during his investigation in Chizhou")],
        ),
        (
            "The meeting carried out the instructions Premier Gao Feng made on mine safety.",
            [("instructions", "Gao Feng", "on mine safety")],
        ),
        # works of a leader named by their quoted titles
        (
            'The meeting studied Xi Jinping\'s book "On Building a Learning Party" and his article '
            '"Keep the Original Aspiration" published in Qiushi.',
            [
                ("other", "Xi Jinping", "On Building a Learning Party"),
                ("other", "Xi Jinping", "Keep the Original Aspiration"),
            ],
        ),
        (
            "The meeting studied the second volume of Xi Jinping: The Governance of China.",
            [("other", None, "Xi Jinping: The Governance of China")],
        ),
        # a congratulatory letter, and "carry out" as the take-up verb
        (
            "The meeting was held to carry out Xi Jinping's congratulatory letter to the World "
            "Tea Expo.",
            [("letter", "Xi Jinping", "to the World Tea Expo")],
        ),
        # "the spirit of the conference" after the conference was named: the same one
        (
            "The meeting studied the spirit of the Central Rural Work Conference. We must implement "
            "the spirit of the conference.",
            [("conference", None, "Central Rural Work Conference")],
        ),
        # the body after the speaker's name: "Secretary X of the Provincial Party Committee on"
        (
            "The meeting studied the instructions of Secretary Qian Hong of the Provincial Party "
            "Committee on drought relief.",
            [("instructions", "Qian Hong", "on drought relief")],
        ),
        # an address named by its day
        (
            "The meeting studied the 2023 New Year message of President Xi Jinping.",
            [("speech", "Xi Jinping", "2023 New Year message")],
        ),
        # "General Secretary Xi" and "the General Secretary" name Xi Jinping
        (
            "The meeting studied the important discourse of General Secretary Xi on grassland "
            "protection.",
            [("expositions", "Xi Jinping", "on grassland protection")],
        ),
        (
            "The meeting studied the spirit of the important instructions of the General Secretary "
            "on the Grand Canal.",
            [("instructions", "Xi Jinping", "on the Grand Canal")],
        ),
        # an adverb before the verb: "instructions recently issued by"
        (
            "The meeting conveyed the important instructions recently issued by General Secretary "
            "Xi Jinping on school safety.",
            [("instructions", "Xi Jinping", "on school safety")],
        ),
        # speeches at a list of conferences that differ by one word: one item each
        (
            "The meeting studied the important speeches delivered by General Secretary Xi Jinping "
            "at the Central Economic Work Conference, the Central Rural Work Conference and the "
            "Central Conference on Ethnic Work.",
            [
                ("speech", "Xi Jinping", "at the Central Economic Work Conference"),
                ("speech", "Xi Jinping", "at the Central Rural Work Conference"),
                ("speech", "Xi Jinping", "at the Central Conference on Ethnic Work"),
            ],
        ),
        # a topic list, then a further occasion after it
        (
            "The meeting learned General Secretary Xi Jinping's important expositions on wetlands, "
            "forests and deserts, and on improving the work style.",
            [
                ("expositions", "Xi Jinping", "on wetlands"),
                ("expositions", "Xi Jinping", "on forests"),
                ("expositions", "Xi Jinping", "on deserts"),
                ("expositions", "Xi Jinping", "on improving the work style"),
            ],
        ),
        # further occasions with their own "on" are not read as a topic list
        (
            "The meeting studied the important speeches of General Secretary Xi Jinping on "
            "culture, on science and technology, and on sports.",
            [
                ("speech", "Xi Jinping", "on culture"),
                ("speech", "Xi Jinping", "on science and technology"),
                ("speech", "Xi Jinping", "on sports"),
            ],
        ),
        # ... nor is a further item of another speaker
        (
            "The meeting studied the important instructions of Xi Jinping on forest fires, the "
            "important instructions of Li Keqiang on spring farming, and the requirements of the "
            "provincial party committee.",
            [
                ("instructions", "Xi Jinping", "on forest fires"),
                ("instructions", "Li Keqiang", "on spring farming"),
                ("instructions", None, "requirements of the provincial party committee"),
            ],
        ),
        # an apposition of several posts between the speaker and the occasion
        (
            "The meeting studied the important speech made by Xi Jinping, general secretary of the "
            "CPC Central Committee, president of the state and chairman of the Central Military "
            "Commission, at the ceremony marking the anniversary.",
            [("speech", "Xi Jinping", "at the ceremony marking the anniversary")],
        ),
        # two speakers of one kind at one occasion: one item each
        (
            "The meeting studied the spirit of the speeches of Wang Ming and Li Hua at the "
            "provincial forestry conference.",
            [
                ("speech", "Wang Ming", "at the provincial forestry conference"),
                ("speech", "Li Hua", "at the provincial forestry conference"),
            ],
        ),
        # a provincial leader's requirements are cited even with no occasion
        (
            "The meeting implemented the instructions and requirements of Provincial Party "
            "Secretary Wang Ming.",
            [("instructions", "Wang Ming", "instructions and requirements")],
        ),
        # a leader named by post alone
        (
            "The meeting studied the speech of the main leader of the provincial party committee "
            "at the provincial cadre meeting.",
            [("speech", None, "at the provincial cadre meeting")],
        ),
        # "and the spirit of the conference" after a speech at it: nothing more
        (
            "The meeting studied the important speech of Xi Jinping at the Central Talent Work "
            "Conference and the spirit of the conference.",
            [("speech", "Xi Jinping", "at the Central Talent Work Conference")],
        ),
        # "(Enlarged)" inside a plenary session's name
        (
            "The meeting studied the spirit of the Tenth Plenary Session (Enlarged) of the "
            "Provincial Party Committee.",
            [
                (
                    "plenary session",
                    None,
                    "Tenth Plenary Session (Enlarged) of the Provincial Party Committee",
                )
            ],
        ),
        # "communicated", "read out", "a briefing on" take an item up
        (
            "The meeting communicated the Central Rural Work Conference.",
            [("conference", None, "Central Rural Work Conference")],
        ),
        (
            "The meeting listened to a briefing on the Central Economic Work Conference.",
            [("conference", None, "Central Economic Work Conference")],
        ),
        (
            "The meeting read out the important instructions of General Secretary Xi Jinping on "
            "mine safety.",
            [("instructions", "Xi Jinping", "on mine safety")],
        ),
        # ... but delegates listening to a report during the congress they attend cite nothing
        (
            "Delegates listened to the work report during the 11th Party Congress of the region.",
            [],
        ),
        # the report to a party congress is the speech given at it
        (
            "The meeting studied the report to the 20th National Congress of the CPC.",
            [("speech", None, "report to the 20th National Congress of the CPC")],
        ),
        # events joined by "and the" and occasions by "and on": one item each
        (
            "The meeting studied the important speeches by President Xi Jinping at the G20 summit "
            "and the APEC meeting.",
            [
                ("speech", "Xi Jinping", "at the G20 summit"),
                ("speech", "Xi Jinping", "at the APEC meeting"),
            ],
        ),
        (
            "The meeting studied General Secretary Xi Jinping's important speeches on Hubei work and "
            "on the Yangtze River economic belt.",
            [
                ("speech", "Xi Jinping", "on Hubei work"),
                ("speech", "Xi Jinping", "on the Yangtze River economic belt"),
            ],
        ),
        # the reported meeting itself is not cited
        ("We must implement the spirit of this meeting.", []),
        (
            "Participants said that the requirements put forward by Provincial Party Secretary "
            "Zhou Ping during the meeting are practical.",
            [],
        ),
        # one speech on a list: one item; documents after it are no topics
        (
            "The meeting studied the important speech of General Secretary Xi Jinping on ports, "
            "the 2020 work plan of the city and the list of key projects.",
            [("speech", "Xi Jinping", "on ports")],
        ),
        # the Chinese word order kept: the topic before the kind
        (
            "The meeting studied General Secretary Xi Jinping on drought relief important "
            "instructions spirit.",
            [("instructions", "Xi Jinping", "on drought relief")],
        ),
        # the title after the name
        (
            "The meeting studied Xi Jinping General Secretary's important speech at the Central "
            "Talent Work Conference.",
            [("speech", "Xi Jinping", "at the Central Talent Work Conference")],
        ),
        (
            "The meeting studied the important speech of Xi Jinping General Secretary at the "
            "Central Talent Work Conference.",
            [("speech", "Xi Jinping", "at the Central Talent Work Conference")],
        ),
        # "the General Secretary's" is Xi Jinping's
        (
            "The meeting studied the General Secretary's important speech on the protection of "
            "wetlands.",
            [("speech", "Xi Jinping", "on the protection of wetlands")],
        ),
        # the speaker after the occasion: "instructions on X made by Y"
        (
            "The meeting studied the important instructions on mine safety made by General "
            "Secretary Xi Jinping.",
            [("instructions", "Xi Jinping", "on mine safety")],
        ),
        # a higher leader's speech stated as a fact, then taken up by the meeting
        (
            "On June 5, General Secretary Xi Jinping made important instructions on storm "
            "prevention. The meeting conveyed and studied the spirit of the important instructions.",
            [("instructions", "Xi Jinping", "on storm prevention")],
        ),
        (
            "Recently, Zhou Ping, Secretary of the Provincial Party Committee, delivered a speech "
            "during his inspection in Huangshan. The meeting conveyed the speech.",
            [("speech", "Zhou Ping", "during his inspection in Huangshan")],
        ),
        # ... but not the chair's speech at this meeting, nor one nobody takes up
        (
            "Zhang Lei, Secretary of the Municipal Party Committee, delivered a speech at the "
            "meeting. The meeting studied the spirit of the speech.",
            [],
        ),
        (
            "On June 5, General Secretary Xi Jinping made important instructions on storm "
            "prevention. The city has built new dams.",
            [],
        ),
        # the levels before one kind of event: one event per level
        (
            "The meeting studied the spirit of the provincial and municipal party congresses.",
            [
                ("conference", None, "provincial party congress"),
                ("conference", None, "municipal party congress"),
            ],
        ),
        (
            "The meeting conveyed the spirit of the provincial, municipal and county two sessions.",
            [
                ("conference", None, "provincial two sessions"),
                ("conference", None, "municipal two sessions"),
                ("conference", None, "county two sessions"),
            ],
        ),
        # a celebration is an event whose spirit is studied
        (
            "The meeting studied the spirit of the 70th anniversary celebration of the founding of "
            "the province.",
            [
                (
                    "conference",
                    None,
                    "70th anniversary celebration of the founding of the province",
                )
            ],
        ),
        # instructions of bodies: one item per body, no speaker
        (
            "The meeting studied the spirit of the important instructions of the Party Central "
            "Committee and the State Council on earthquake relief.",
            [
                ("instructions", None, "on earthquake relief"),
                ("instructions", None, "on earthquake relief"),
            ],
        ),
        # "..., which was delivered at": a relative clause before the occasion
        (
            "The meeting studied the important speech by Xi Jinping, which was delivered at the "
            "opening of the training session for young cadres.",
            [("speech", "Xi Jinping", "at the opening of the training session for young cadres")],
        ),
        # "the speeches of X: the speech at A and the speech at B"
        (
            "The meeting studied the important speeches of General Secretary Xi Jinping: the "
            "speech at the Central Conference on Financial Work and the speech at the symposium on "
            "private enterprises.",
            [
                ("speech", "Xi Jinping", "at the Central Conference on Financial Work"),
                ("speech", "Xi Jinping", "at the symposium on private enterprises"),
            ],
        ),
        # a topic list closed by "etc."
        (
            "The meeting studied Xi Jinping's important speeches on tourism, sports, culture, etc.",
            [
                ("speech", "Xi Jinping", "on tourism"),
                ("speech", "Xi Jinping", "on sports"),
                ("speech", "Xi Jinping", "on culture"),
            ],
        ),
        # "when he was investigating in X": the occasion goes on past "was"
        (
            "The meeting implemented the requirements that Secretary Zhou Ping put forward when "
            "he was investigating in Fuyang.",
            [("instructions", "Zhou Ping", "during his investigation in Fuyang")],
        ),
        (
            "The meeting studied the important instructions of central leading comrades on "
            "typhoon prevention.",
            [("instructions", None, "on typhoon prevention")],
        ),
        # "and his congratulatory letter" starts a new item
        (
            "The meeting studied the important exposition of General Secretary Xi Jinping on "
            "fisheries and his congratulatory letter to the fishery expo.",
            [
                ("expositions", "Xi Jinping", "on fisheries"),
                ("letter", "Xi Jinping", "to the fishery expo"),
            ],
        ),
        # a quotation mark cut off by the item's words is dropped
        (
            'The meeting studied the spirit of the provincial "two sessions".',
            [("conference", None, "provincial two sessions")],
        ),
        (
            "The meeting studied the spirit of the National 'Two Sessions'.",
            [("conference", None, "National Two Sessions")],
        ),
        # numbers listed before one kind of session: one session per number
        (
            "The meeting studied the spirit of the 18th Party Congress and the second and third "
            "plenary sessions of the 18th Central Committee.",
            [
                ("conference", None, "18th Party Congress"),
                ("plenary session", None, "second plenary session of the 18th Central Committee"),
                ("plenary session", None, "third plenary session of the 18th Central Committee"),
            ],
        ),
        # the visit after the speaker's name, in a possessive or as a verb
        (
            "The meeting studied the spirit of the important speech of General Secretary Xi "
            "Jinping's inspection of Lishui.",
            [("speech", "Xi Jinping", "inspection of Lishui")],
        ),
        (
            "The meeting studied the spirit of General Secretary Xi Jinping inspected Zhejiang "
            "important speech.",
            [("speech", "Xi Jinping", "inspection of Zhejiang")],
        ),
        # the speaker named inside the occasion
        (
            "The meeting studied the spirit of the important speech during General Secretary Xi "
            "Jinping's inspection in Zhejiang.",
            [
                (
                    "speech",
                    "Xi Jinping",
                    "during General Secretary Xi Jinping's inspection in Zhejiang",
                )
            ],
        ),
        # meetings (plural) of two bodies: one item each; a meeting of two bodies is one
        (
            "The meeting studied the spirit of the relevant meetings of the provincial party "
            "committee and the provincial government.",
            [
                ("conference", None, "relevant meetings of the provincial party committee"),
                ("conference", None, "relevant meetings of the provincial government"),
            ],
        ),
        (
            "The meeting studied the spirit of the recent meeting of the Party Central Committee "
            "and the State Council.",
            [("conference", None, "recent meeting of the Party Central Committee")],
        ),
        # "documents and meetings": one item of both nouns
        (
            "The meeting conveyed the spirit of the relevant documents and meetings of the "
            "province on work safety.",
            [
                (
                    "conference",
                    None,
                    "relevant documents and meetings of the province on work safety",
                )
            ],
        ),
        # "put into practice" takes an item up
        (
            "The meeting put into practice the important instructions of General Secretary Xi "
            "Jinping on bridge safety.",
            [("instructions", "Xi Jinping", "on bridge safety")],
        ),
        # "when he heard the report of ...": the occasion goes on past "heard"
        (
            "The meeting relayed the important instructions given by General Secretary Xi Jinping "
            "when he heard the work report of the Gansu Provincial Party Committee.",
            [
                (
                    "instructions",
                    "Xi Jinping",
                    "when he heard the work report of the Gansu Provincial Party Committee",
                )
            ],
        ),
        # a long apposition of posts between the speaker and the occasion
        (
            "The meeting conveyed the speech given by Sun Tao, member of the Standing Committee of "
            "the Provincial Party Committee and executive vice governor, at the provincial meeting "
            "on drought relief.",
            [("speech", "Sun Tao", "at the provincial meeting on drought relief")],
        ),
        # a named event's requirements are the event's
        (
            "The meeting conveyed the deployment requirements of the provincial video conference "
            "on bridge safety.",
            [("conference", None, "provincial video conference on bridge safety")],
        ),
        # a body's requirements with their topic before "put forward by"
        (
            "The meeting implemented the new requirements for wetland protection put forward by "
            "the Party Central Committee.",
            [
                (
                    "instructions",
                    None,
                    "new requirements for wetland protection put forward by the Party Central "
                    "Committee",
                )
            ],
        ),
        # Xi Jinping Thought on a field is cited (kind other); the general ideology is not
        (
            "We must study and implement Xi Jinping Thought on Ecological Civilization.",
            [("other", "Xi Jinping", "Xi Jinping Thought on Ecological Civilization")],
        ),
        (
            "We must adhere to Xi Jinping Thought on Socialism with Chinese Characteristics for a "
            "New Era.",
            [],
        ),
        # the premier's government work report is his speech; a government's own is a document
        (
            "The meeting studied the spirit of the government work report delivered by Premier "
            "Zhou Ming at the third session of the 14th National People's Congress.",
            [
                (
                    "speech",
                    "Zhou Ming",
                    "at the third session of the 14th National People's Congress",
                )
            ],
        ),
        ("The meeting studied the government work report of the municipal government.", []),
        # a review of work since a date cites nothing
        (
            "Since last spring, the county has implemented the decisions and arrangements of the "
            "Party Central Committee and achieved results.",
            [],
        ),
        # the topic first, the statement, then the meeting takes it up by a pronoun
        (
            "On storm prevention, General Secretary Xi Jinping made important instructions. The "
            "meeting conveyed them.",
            [("instructions", "Xi Jinping", "on storm prevention")],
        ),
        # a higher event stated as held, then taken up by its head noun: the event is cited
        (
            "On May 4, the committee held a meeting. Recently, the Central Rural Work Conference "
            "was held in Beijing. The meeting conveyed the spirit of the conference.",
            [("conference", None, "Central Rural Work Conference")],
        ),
        (
            "On May 4, the committee held a meeting. The Sixth Plenary Session of the 19th CPC "
            "Central Committee was held in Beijing. The meeting studied the spirit of the plenary "
            "session.",
            [
                (
                    "plenary session",
                    None,
                    "Sixth Plenary Session of the 19th CPC Central Committee",
                )
            ],
        ),
        # ... but not the reported meeting itself, the first one said to be held (nor its
        # spirit by the bare head noun)
        (
            "The provincial rural work conference was held on May 4. We must implement the spirit "
            "of the conference.",
            [],
        ),
        # a second event after a topic that goes on past its "and"
        (
            "The meeting conveyed the spirit of the national teleconference on flood prevention "
            "and drought relief and the provincial flood control meeting.",
            [
                ("conference", None, "national teleconference on flood prevention"),
                ("conference", None, "provincial flood control meeting"),
            ],
        ),
        # a ministry's requirements; arrangements made at a named meeting are that meeting's
        (
            "We must follow the requirements of the Ministry of Water Resources.",
            [("instructions", None, "requirements of the Ministry of Water Resources")],
        ),
        (
            "The meeting implemented the arrangements made at the provincial drought relief "
            "meeting.",
            [("conference", None, "provincial drought relief meeting")],
        ),
        # "watched the video of" takes a speech up
        (
            "The meeting watched the video of General Secretary Xi Jinping's important speech at "
            "the Central Talent Work Conference.",
            [("speech", "Xi Jinping", "at the Central Talent Work Conference")],
        ),
        # two speakers' instructions sharing one topic
        (
            "The meeting studied General Secretary Xi Jinping's important instructions and Premier "
            "Zhou Ming's instructions on the rescue work.",
            [
                ("instructions", "Xi Jinping", "on the rescue work"),
                ("instructions", "Zhou Ming", "on the rescue work"),
            ],
        ),
        # the event a sentence opens with is what a leader's words were on
        (
            "After the landslide, the county implemented the important instructions of President "
            "Xi Jinping.",
            [("instructions", "Xi Jinping", "after the landslide")],
        ),
        # ... but work since a date done under a body's decisions cites nothing, nor what a
        # regulation is said to do ("it explores ..., implements ...")
        (
            "Since the spring, the county has implemented the decisions and arrangements of the "
            "provincial party committee.",
            [],
        ),
        (
            "The regulation explores new ideas, implements the decisions and arrangements of the "
            "Party Central Committee, and builds a new system.",
            [],
        ),
        # a stated speech of a leader whose higher post the report gives in another sentence
        (
            "Gao Lin, secretary of the provincial party committee, visited the county. Gao Lin "
            "delivered an important speech at the provincial forestry conference. The meeting "
            "conveyed the spirit of the speech.",
            [("speech", "Gao Lin", "at the provincial forestry conference")],
        ),
        # instructions of the superiors, of a body's principal leaders
        (
            "The meeting conveyed the instructions of the superiors on snow removal.",
            [("instructions", None, "on snow removal")],
        ),
        (
            "The meeting studied the instructions of the provincial party committee's principal "
            "leaders on drought relief.",
            [("instructions", None, "on drought relief")],
        ),
        # "his speech at the conference" after the conference was named: at that conference
        (
            "The meeting studied the spirit of the provincial forestry work conference and the "
            "important speech of Secretary Gao Lin at the conference.",
            [
                ("conference", None, "provincial forestry work conference"),
                ("speech", "Gao Lin", "at the provincial forestry work conference"),
            ],
        ),
        # a literal translation's "the nineteenth spirit", "the spirit of the 20th": the party's
        # national congress of that number
        (
            "We must thoroughly study and implement the nineteenth spirit.",
            [("conference", None, "nineteenth National Congress of the CPC")],
        ),
        (
            "We must study the spirit of the 20th and the spirit of the Second Plenary Session of "
            "the 20th Central Committee.",
            [
                ("conference", None, "20th National Congress of the CPC"),
                ("plenary session", None, "Second Plenary Session of the 20th Central Committee"),
            ],
        ),
        # plenary sessions in the plural are plenary sessions; the manner is no part of the name
        (
            "The meeting studied the spirit of the previous plenary sessions of the 19th CPC "
            "Central Committee.",
            [
                (
                    "plenary session",
                    None,
                    "previous plenary sessions of the 19th CPC Central Committee",
                )
            ],
        ),
        (
            "We must implement the spirit of the 20th National Congress of the Party in depth.",
            [("conference", None, "20th National Congress of the Party")],
        ),
        # the literal word order "the X conference spirit", listed
        (
            "We must implement the provincial party congress spirit and the municipal forestry "
            "work conference spirit.",
            [
                ("conference", None, "provincial party congress"),
                ("conference", None, "municipal forestry work conference"),
            ],
        ),
        # a leader's one stated visit names his vague instructions cited after it
        (
            "In May 2019, General Secretary Xi Jinping paid a visit to Hefei Steel Group, a "
            "leading steel maker. The company is implementing the spirit of the important "
            "instructions of the General Secretary.",
            [("instructions", "Xi Jinping", "visit to Hefei Steel Group")],
        ),
        # a higher body as the subject that put forward requirements; the city's own is not
        (
            "Afterwards, the Anhui Provincial People's Government put forward clear requirements "
            "for implementing the spirit and for work safety.",
            [("instructions", None, "requirements of the Anhui Provincial People's Government")],
        ),
        (
            "The municipal party committee put forward requirements for implementing the spirit.",
            [],
        ),
        # a national event may be the first one said held: it is no local meeting
        (
            "Recently, the national teleconference on bridge safety was held to review the year. "
            "The city will implement the meeting spirit.",
            [("conference", None, "national teleconference on bridge safety")],
        ),
        # a second, unowned work by where it appeared; a collective study without "session"
        (
            "The meeting studied General Secretary Xi Jinping's important speech at the central "
            "forum on talent work and the important article published in Qiushi.",
            [
                ("speech", "Xi Jinping", "at the central forum on talent work"),
                ("other", "Xi Jinping", "in Qiushi"),
            ],
        ),
        (
            "The meeting studied the spirit of the 24th collective study of the Political Bureau.",
            [("conference", None, "24th collective study of the Political Bureau")],
        ),
        ("The meeting stressed the spirit of the in-depth study of the plan.", []),
        # a topic named before a participle that takes the instructions up is their occasion
        (
            "The meeting stressed the importance of flood control, following General Secretary "
            "Xi Jinping's instructions.",
            [("instructions", "Xi Jinping", "flood control")],
        ),
        # the parser hangs the topic on the verb: the event's words run on over it
        (
            "The meeting conveyed the spirit of the forum on the work of the river delta.",
            [("conference", None, "forum on the work of the river delta")],
        ),
        # a bare "the spirit of the meeting" is the reported meeting's (a garbled cited meeting
        # names itself before it: "the X education the spirit of the meeting")
        ("The meeting required all departments to implement the spirit of the meeting.", []),
        # other translations of the kinds: statements, discussions, elaborations (expositions),
        # directions (instructions); a speech named by its quoted day
        (
            "The meeting studied General Secretary Xi Jinping's important statements on the "
            "protection of old towns.",
            [("expositions", "Xi Jinping", "on the protection of old towns")],
        ),
        (
            "The meeting conveyed General Secretary Xi Jinping's important directions on storm "
            "prevention.",
            [("instructions", "Xi Jinping", "on storm prevention")],
        ),
        (
            'The meeting studied General Secretary Xi Jinping\'s important "July 1" speech.',
            [("speech", "Xi Jinping", "important July 1 speech")],
        ),
        # "about" names a topic; "by the General Secretary X" an article before the title
        (
            "The meeting studied the important instructions made by the General Secretary Xi "
            "Jinping about the work of veterans.",
            [("instructions", "Xi Jinping", "about the work of veterans")],
        ),
        pytest.param(
            "The meeting studied the spirit of the important speech made by General Secretary Xi "
            "Jinping at the Second Plenary Session and discuss with people outside the party and "
            "welcome the New Year together.",
            [
                ("speech", "Xi Jinping", "at the Second Plenary Session"),
                (
                    "speech",
                    "Xi Jinping",
                    "discuss with people outside the party and welcome the New Year together",
                ),
            ],
            marks=pytest.mark.xfail(
                reason="a garbled second occasion with no preposition is not split off"
            ),
        ),
        # round 5: a visit verb in the occasion names the visit ("when he inspected X")
        (
            "The meeting studied the spirit of the important speech of General Secretary Xi Jinping "
            "when he inspected Guangdong.",
            [("speech", "Xi Jinping", "during his inspection in Guangdong")],
        ),
        (
            "The meeting conveyed General Secretary Xi Jinping's important speech when visiting "
            "Tianjin.",
            [("speech", "Xi Jinping", "during his visit in Tianjin")],
        ),
        # "keynote speech"; "via video" between the speaker and the occasion
        (
            "The meeting studied President Xi Jinping's keynote speech at the Summer Davos Forum.",
            [("speech", "Xi Jinping", "at the Summer Davos Forum")],
        ),
        (
            "The meeting studied the important speech delivered by President Xi Jinping via video "
            "at the opening of the Canton Fair.",
            [("speech", "Xi Jinping", "at the opening of the Canton Fair")],
        ),
        (
            "The meeting studied the important instructions issued by General Secretary Xi Jinping "
            "recently on the drought in the south.",
            [("instructions", "Xi Jinping", "on the drought in the south")],
        ),
        # one word translated twice: one item
        (
            "The meeting studied General Secretary Xi Jinping's important instruction instructions "
            "on the work of the forestry corps.",
            [("instructions", "Xi Jinping", "on the work of the forestry corps")],
        ),
        (
            "The meeting studied the important instructions and instructions spirit of General "
            "Secretary Xi Jinping on grain storage.",
            [("instructions", "Xi Jinping", "on grain storage")],
        ),
        # a work by its quoted title, no "titled" before it
        (
            "The meeting studied the important article 'Building a Modern Industrial System' by "
            "General Secretary Xi Jinping.",
            [
                (
                    "other",
                    "Xi Jinping",
                    "important article titled Building a Modern Industrial System",
                )
            ],
        ),
        # "the spirit of the meeting" with no higher event named before: the reported meeting
        ("The meeting studied and implemented the spirit of the meeting.", []),
        (
            "The meeting required that the spirit of Secretary Zhao Lin's speech at this meeting "
            "be studied and implemented.",
            [],
        ),
        # a literal order: the event's name before "the spirit of the meeting"
        (
            "The meeting implemented the central and provincial forest chief system reform the "
            "spirit of the meeting.",
            [
                ("conference", None, "central forest chief system reform meeting"),
                ("conference", None, "provincial forest chief system reform meeting"),
            ],
        ),
        # a higher post named without its holder
        (
            "The meeting conveyed the Premier's instructions on the safety of gas pipelines.",
            [("instructions", None, "on the safety of gas pipelines")],
        ),
        (
            "The meeting conveyed the requirements of the governor on spring ploughing.",
            [("instructions", None, "on spring ploughing")],
        ),
        # the other speaker after the kind: the occasion is both's
        (
            "The meeting conveyed the important instructions of General Secretary Xi Jinping and "
            "the instructions of Premier Li Qiang on the rescue after the mudslide in Sichuan.",
            [
                ("instructions", "Xi Jinping", "on the rescue after the mudslide in Sichuan"),
                ("instructions", "Li Qiang", "on the rescue after the mudslide in Sichuan"),
            ],
        ),
        # levels listed before one event, the national level too, each with the topic
        (
            "The meeting conveyed the spirit of the national and provincial two sessions.",
            [
                ("conference", None, "national two sessions"),
                ("conference", None, "provincial two sessions"),
            ],
        ),
        (
            "The meeting conveyed the spirit of the national and provincial conferences on "
            "forest fire prevention.",
            [
                ("conference", None, "national conference on forest fire prevention"),
                ("conference", None, "provincial conference on forest fire prevention"),
            ],
        ),
        # the CCDI's plenary session of one number is not the Central Committee's
        (
            "The meeting studied the spirit of the Fourth Plenary Session of the 20th CPC Central "
            "Committee and the Fourth Plenary Session of the 20th Central Commission for "
            "Discipline Inspection.",
            [
                (
                    "plenary session",
                    None,
                    "Fourth Plenary Session of the 20th CPC Central Committee",
                ),
                (
                    "plenary session",
                    None,
                    "Fourth Plenary Session of the 20th Central Commission for Discipline Inspection",
                ),
            ],
        ),
        # ", and finally conveyed ...": an adverb is no topic of the list
        (
            "The meeting studied General Secretary Xi Jinping's important instructions on seed "
            "industry, and finally conveyed the spirit of the Provincial Rural Work Conference.",
            [
                ("instructions", "Xi Jinping", "on seed industry"),
                ("conference", None, "Provincial Rural Work Conference"),
            ],
        ),
        # a third event in a list of where a speech was given: an assembly
        (
            "The meeting studied General Secretary Xi Jinping's important speech at the national "
            "conference on ocean work and the general assembly of the marine society.",
            [
                ("speech", "Xi Jinping", "at the national conference on ocean work"),
                ("speech", "Xi Jinping", "at the general assembly of the marine society"),
            ],
        ),
        # the CCDI's instructions: a body's
        (
            "The meeting conveyed the instructions of the Central Commission for Discipline "
            "Inspection on the holiday season.",
            [
                (
                    "instructions",
                    None,
                    "on the holiday season",
                )
            ],
        ),
        # a capitalised level's meeting, "meeting spirit" in the literal order
        (
            "The meeting conveyed the Provincial Party Committee Standing Committee meeting spirit.",
            [("conference", None, "Provincial Party Committee Standing Committee meeting")],
        ),
        # the levels before an event named before "the spirit of the meeting": one per level
        (
            "The meeting studied and implemented the central and provincial river chief reform "
            "the spirit of the meeting.",
            [
                ("conference", None, "central river chief reform meeting"),
                ("conference", None, "provincial river chief reform meeting"),
            ],
        ),
        # the present tense of a headline takes up too
        (
            "City Party Committee studies General Secretary Xi Jinping's important instructions on "
            "forest fire prevention.",
            [("instructions", "Xi Jinping", "on forest fire prevention")],
        ),
        (
            "The district implements the Central Rural Work Conference.",
            [("conference", None, "Central Rural Work Conference")],
        ),
        # the meeting's own leader's speech named by its kind alone is not cited
        (
            "All departments must conscientiously implement the requirements of Secretary Zhang "
            "Wei's speech.",
            [],
        ),
        ("Zhang Wei made a speech, and the meeting studied his speech.", []),
        # ... a national leader's is, by name alone
        (
            "The meeting conveyed the spirit of Comrade Cai Qi's speech.",
            [("speech", "Cai Qi", "speech")],
        ),
        # "letter of congratulations"; "three times" before the occasion
        (
            "The meeting conveyed General Secretary Xi Jinping's letter of congratulations to the "
            "Forestry University.",
            [("letter", "Xi Jinping", "to the Forestry University")],
        ),
        (
            "The meeting studied the important instructions made by General Secretary Xi Jinping "
            "three times on the rainy season.",
            [("instructions", "Xi Jinping", "on the rainy season")],
        ),
        # "X's inspection of the important speech in Y": the place after the kind
        (
            "The meeting studied the spirit of General Secretary Xi Jinping's inspection of the "
            "important speech in Yan'an.",
            [("speech", "Xi Jinping", "inspection of Yan'an")],
        ),
        # a higher body said to hold an event, its spirit taken up next: that event
        (
            "The city party committee held a standing committee meeting on May 4. The Provincial "
            "Party Committee held its rural work conference last week. The meeting conveyed the "
            "spirit of the conference.",
            [("conference", None, "Provincial Party Committee rural work conference")],
        ),
        # leaders of two bodies: one item per body
        (
            "The meeting conveyed the important instructions of the main leaders of the provincial "
            "party committee and the provincial government.",
            [
                (
                    "instructions",
                    None,
                    "important instructions of the main leaders of the provincial party committee",
                ),
                (
                    "instructions",
                    None,
                    "important instructions of the main leaders of the provincial government",
                ),
            ],
        ),
        # a higher leader who spoke at the reported meeting: his speech there is not cited
        (
            "Li Ping, secretary of the provincial party committee, attended the meeting and "
            "delivered an important speech. The meeting required all units to implement the "
            "spirit of Secretary Li Ping's important speech.",
            [],
        ),
        (
            "Governor Zhao Yun attended and spoke. The meeting stressed the need to implement the "
            "spirit of his important speech.",
            [],
        ),
        # a ministry's and a central office's instructions: bodies'
        (
            "The meeting conveyed the instructions of the Ministry of Natural Resources on "
            "geological hazards.",
            [
                (
                    "instructions",
                    None,
                    "instructions of the Ministry of Natural Resources on geological hazards",
                )
            ],
        ),
        (
            "The meeting conveyed the spirit of the instructions of the Office of the State Council "
            "Food Safety Committee.",
            [
                (
                    "instructions",
                    None,
                    "instructions of the Office of the State Council Food Safety Committee",
                )
            ],
        ),
        # "(enlarged)" before the head; a level's name runs on through no verb of holding
        (
            "The meeting studied the spirit of the provincial party committee standing committee "
            "(enlarged) meeting.",
            [
                (
                    "conference",
                    None,
                    "provincial party committee standing committee (enlarged) meeting",
                )
            ],
        ),
        (
            "The Standing Committee of the District Party Committee held an enlarged meeting to "
            "convey the spirit of the Standing Committee of the Municipal Party Committee "
            "(enlarged) meeting.",
            [
                (
                    "conference",
                    None,
                    "Standing Committee of the Municipal Party Committee (enlarged) meeting",
                )
            ],
        ),
        pytest.param(
            "The meeting implemented the decision-making arrangements of the central, provincial "
            "and municipal authorities on drought relief.",
            [
                ("instructions", None, "central decision-making arrangements"),
                ("instructions", None, "provincial decision-making arrangements"),
                ("instructions", None, "municipal decision-making arrangements"),
            ],
        ),
        # ... and with the levels in the possessive, or two levels
        (
            "The county carried out the central and provincial authorities' deployment "
            "requirements on stabilising jobs.",
            [
                ("instructions", None, "central deployment requirements"),
                ("instructions", None, "provincial deployment requirements"),
            ],
        ),
        (
            "The meeting studied the decisions and arrangements made by the provincial and "
            "municipal authorities on epidemic control.",
            [
                ("instructions", None, "provincial decisions and arrangements"),
                ("instructions", None, "municipal decisions and arrangements"),
            ],
        ),
        # a "letter of reply" is a letter, to its addressees
        (
            "The meeting studied General Secretary Xi Jinping's important letter of reply to the "
            "teachers of Hongshan School.",
            [("letter", "Xi Jinping", "to the teachers of Hongshan School")],
        ),
        # the central level listed with the others before one kind of event
        (
            "The meeting relayed the spirit of the central, provincial and municipal rural work "
            "conferences.",
            [
                ("conference", None, "central rural work conference"),
                ("conference", None, "provincial rural work conference"),
                ("conference", None, "municipal rural work conference"),
            ],
        ),
        # a numbered event named again without its number is a vague repeat
        (
            "The meeting conveyed the spirit of the Ninth Municipal Party Congress. The meeting "
            "required all departments to implement the spirit of the municipal party congress.",
            [("conference", None, "Ninth Municipal Party Congress")],
        ),
        # "(enlarged)" between a body and its meeting
        (
            "The meeting conveyed the spirit of the municipal party committee's standing "
            "committee (expanded) meeting.",
            [
                (
                    "conference",
                    None,
                    "municipal party committee's standing committee (expanded) meeting",
                )
            ],
        ),
        # levels' requirements carried out since a past time: a review of work, not taken up
        (
            "The county has resolutely implemented the deployment requirements of the central "
            "and provincial authorities since last year.",
            [],
        ),
        # a provincial event said held first, then taken up by a county's meeting
        (
            "On May 3, the provincial video conference on flood control was held. After the "
            "meeting, Lu Ping presided over a meeting of the county standing committee to "
            "implement the spirit of the conference.",
            [("conference", None, "provincial video conference on flood control")],
        ),
        # ... but not a provincial report's own conference, with no lower meeting after it
        (
            "On May 3, the provincial video conference on flood control was held. The meeting "
            "required all cities to implement the spirit of the conference.",
            [],
        ),
        pytest.param(
            "On March 3, General Secretary Xi Jinping presided over a meeting of the Political "
            "Bureau of the CPC Central Committee. On March 5, the county standing committee held "
            "a meeting to convey the spirit of the meeting.",
            [("conference", None, "meeting of the Political Bureau of the CPC Central Committee")],
            marks=pytest.mark.xfail(
                reason="a central meeting told by who presided over it is not a stated event, "
                "and 'the spirit of the meeting' reads as this meeting's",
                strict=True,
            ),
        ),
        # classes left (round 6 probes)
        pytest.param(
            "The meeting studied the spirit of the documents issued by the provincial party "
            "committee on rural work.",
            [("other", None, "documents issued by the provincial party committee on rural work")],
            marks=pytest.mark.xfail(
                reason="a body's documents whose spirit is studied are not read as cited (the "
                "gold's convention for them is unknown: a document or a cited item)",
                strict=True,
            ),
        ),
        (
            "The meeting studied and implemented General Secretary Xi Jinping about the "
            "important expositions of the work of the Youth League.",
            [("expositions", "Xi Jinping", "on the work of the Youth League")],
        ),
        pytest.param(
            "The meeting learned the spirit of the Fifth Plenary Session of the 19th CPC "
            "Central Committee and General Secretary Xi Jinping's explanation of the proposals.",
            [
                (
                    "plenary session",
                    None,
                    "Fifth Plenary Session of the 19th CPC Central Committee",
                ),
                ("speech", "Xi Jinping", "explanation of the proposals"),
            ],
        ),
        # ... but a local official's explanation of a draft is his meeting's business
        (
            "The meeting studied Vice Mayor Lu Ping's explanation of the draft regulations.",
            [],
        ),
        pytest.param(
            "The meeting studied the spirit of the instructions made by the main leaders of the "
            "province at the provincial economic work conference.",
            [("instructions", None, "provincial economic work conference")],
            marks=pytest.mark.xfail(
                reason="collective owners' instructions with the occasion after 'made by': the "
                "occasion is not read",
                strict=True,
            ),
        ),
        # a book named by an unquoted title
        (
            "The participants studied the book Excerpts from Xi Jinping's Discourses on "
            "Rural Work.",
            [("other", "Xi Jinping", "Excerpts from Xi Jinping's Discourses on Rural Work")],
        ),
        # a label keeps the title's words, not the quotation marks around it
        (
            'The meeting conveyed the spirit of the "Two Sessions" of the province.',
            [("conference", None, "Two Sessions of the province")],
        ),
        pytest.param(
            "Focusing on General Secretary Xi Jinping's important speech during his inspection in "
            "Hebei, the meeting held discussions.",
            [("speech", "Xi Jinping", "during his inspection in Hebei")],
        ),
        (
            "Centering on the important instructions of General Secretary Xi Jinping on the "
            "Yellow River, the deputies exchanged views.",
            [("instructions", "Xi Jinping", "on the Yellow River")],
        ),
        (
            "The meeting was briefed on Premier Li Qiang's important instructions on the "
            "mine accident.",
            [("instructions", "Li Qiang", "on the mine accident")],
        ),
        pytest.param(
            "The meeting conveyed the instructions of the leading group of the provincial party "
            "committee for inspection work.",
            [
                (
                    "instructions",
                    None,
                    "instructions of the leading group of the provincial party committee for "
                    "inspection work",
                )
            ],
        ),
        (
            "The meeting relayed the requirements of the municipal leading group for flood "
            "control and drought relief.",
            [
                (
                    "instructions",
                    None,
                    "requirements of the municipal leading group for flood control and drought "
                    "relief",
                )
            ],
        ),
        # fifth session: invented probes of shapes beyond the dev wordings
        (
            "The committee studied Secretary General Xi Jinping's important thinking on grassroots governance.",
            [("expositions", "Xi Jinping", "on grassroots governance")],
        ),
        (
            "The county studied the important views of General Secretary Xi Jinping on rural revitalization.",
            [("expositions", "Xi Jinping", "on rural revitalization")],
        ),
        (
            "The meeting conveyed the spirit of the congratulatory telegram of General Secretary Xi Jinping to the crew of the Tiangong station.",
            [("letter", "Xi Jinping", "to the crew of the Tiangong station")],
        ),
        (
            "The meeting conveyed the decisions and deployments of the superiors on flood control.",
            [("instructions", None, "decisions and deployments of the superiors")],
        ),
        (
            "The district implemented the decision-making and deployment of higher levels.",
            [("instructions", None, "decision-making and deployment of higher levels")],
        ),
        (
            "The meeting implemented the central and provincial decisions and deployments.",
            [
                ("instructions", None, "central decisions and deployments"),
                ("instructions", None, "provincial decisions and deployments"),
            ],
        ),
        (
            "The meeting conveyed the decisions and arrangements of the central and provincial party committees.",
            [
                ("instructions", None, "decisions and arrangements of the central party committee"),
                (
                    "instructions",
                    None,
                    "decisions and arrangements of the provincial party committee",
                ),
            ],
        ),
        (
            "The meeting implemented the provincial party committee and provincial government's decisions and deployments.",
            [
                (
                    "instructions",
                    None,
                    "decisions and deployments of the provincial party committee",
                ),
                ("instructions", None, "provincial government's decisions and deployments"),
            ],
        ),
        (
            "The meeting studied the spirit of the 5th Plenary of the 18th CPC Central Committee.",
            [("plenary session", None, "5th Plenary of the 18th CPC Central Committee")],
        ),
        (
            "The meeting studied the spirit of the Sixth Plenary Session of the 19th Central Committee as well as the spirit of the Ninth Plenary Session of the 10th Provincial Party Committee.",
            [
                ("plenary session", None, "Sixth Plenary Session of the 19th Central Committee"),
                (
                    "plenary session",
                    None,
                    "Ninth Plenary Session of the 10th Provincial Party Committee",
                ),
            ],
        ),
        (
            "The meeting studied the spirit of the symposium on promoting the growth of small enterprises.",
            [("conference", None, "symposium on promoting the growth of small enterprises")],
        ),
        (
            "According to the central and provincial requirements, the county started the campaign early.",
            [],
        ),
        (
            "The meeting studied Excerpts from Xi Jinping's Discussions on Building a Strong Agricultural Country.",
            [
                (
                    "other",
                    "Xi Jinping",
                    "Excerpts from Xi Jinping's Discussions on Building a Strong Agricultural Country",
                )
            ],
        ),
        (
            "The committee studied Selected Readings from the Works of Xi Jinping.",
            [("other", "Xi Jinping", "Selected Readings from the Works of Xi Jinping")],
        ),
        (
            'The meeting learned the book "Xi Jinping on Rural Revitalization".',
            [("other", "Xi Jinping", "Xi Jinping on Rural Revitalization")],
        ),
        (
            "The meeting studied the important instructions issued recently by General Secretary Xi Jinping on preventing forest fires.",
            [("instructions", "Xi Jinping", "on preventing forest fires")],
        ),
        (
            "The meeting conveyed the important instructions of the leaders of the Party Central Committee and the State Council on mine safety.",
            [("instructions", None, "on mine safety"), ("instructions", None, "on mine safety")],
        ),
        (
            'The meeting studied the spirit of this year\'s national "two sessions".',
            [("conference", None, "this year's national two sessions")],
        ),
        (
            "Municipal Party Committee Standing Committee Conveys Spirit of Provincial Two Sessions",
            [("conference", None, "Provincial Two Sessions")],
        ),
        (
            "We must deeply grasp the important speech of General Secretary Xi Jinping at the Central Rural Work Conference.",
            [("speech", "Xi Jinping", "at the Central Rural Work Conference")],
        ),
        (
            "The meeting studied the draft report of the 9th Municipal Party Congress.",
            [],
        ),
        (
            "The meeting studied the list of candidates for the Municipal Party Congress.",
            [],
        ),
        (
            "The meeting stressed the importance of forest fire prevention, following General Secretary Xi Jinping's instructions.",
            [("instructions", "Xi Jinping", "forest fire prevention")],
        ),
        (
            "The meeting studied the spirit of the seminar for leading cadres at the provincial and ministerial level.",
            [
                (
                    "conference",
                    None,
                    "seminar for leading cadres at the provincial and ministerial level",
                )
            ],
        ),
        (
            "The meeting learned the important instructions of State Councilor Wang Yong on fire safety.",
            [("instructions", "Wang Yong", "on fire safety")],
        ),
        (
            "The meeting held that the important speech delivered by General Secretary Xi Jinping at the Central Rural Work Conference is of great significance.",
            [("speech", "Xi Jinping", "at the Central Rural Work Conference")],
        ),
        (
            "The meeting pointed out that General Secretary Xi Jinping's important speeches are highly instructive.",
            [],
        ),
        # a list of what was studied, opened by a take-up sentence ending in a colon
        (
            "The meeting studied the spirit of the conference on the 30th anniversary of the founding of the development zone.",
            [
                (
                    "conference",
                    None,
                    "conference on the 30th anniversary of the founding of the development zone",
                )
            ],
        ),
        (
            "The meeting studied the spirit of the symposium on the 15th.",
            [],
        ),
        (
            "The meeting conveyed and studied the following:\n1. The spirit of the Central Rural Work Conference;\n2. General Secretary Xi Jinping's important instructions on the safety of gas pipelines.",
            [
                ("conference", None, "Central Rural Work Conference"),
                ("instructions", "Xi Jinping", "on the safety of gas pipelines"),
            ],
        ),
        (
            "The meeting conveyed and studied the following:\n1. The spirit of the Central Rural Work Conference.\n2. The important speech of Premier Li Qiang at the State Council executive meeting.",
            [
                ("conference", None, "Central Rural Work Conference"),
                ("speech", "Li Qiang", "at the State Council executive meeting"),
            ],
        ),
        (
            "The meeting reviewed the following:\n1. The work plan for 2025;\n2. The important speech of Secretary Li Ming at the conference on cadres.",
            [],
        ),
        (
            "The meeting studied the instructions and requirements of Secretary Zhou Min of the Provincial Party Committee.",
            [("instructions", "Zhou Min", "instructions and requirements")],
        ),
        (
            "The meeting reviewed General Secretary Xi Jinping's important speech on the work of the Pearl River.",
            [("speech", "Xi Jinping", "on the work of the Pearl River")],
        ),
        (
            "The meeting reviewed the work plan of the municipal government.",
            [],
        ),
        (
            "The meeting was informed of the spirit of the Central Rural Work Conference.",
            [("conference", None, "Central Rural Work Conference")],
        ),
        (
            "The meeting implemented the spirit of the instructions of the central and provincial leaders on flood control.",
            [
                ("instructions", None, "on flood control"),
                ("instructions", None, "on flood control"),
            ],
        ),
        (
            "The meeting conveyed the requirements of the Ministry of Natural Resources and the Ministry of Water Resources on flood prevention.",
            [
                ("instructions", None, "requirements of the Ministry of Natural Resources"),
                ("instructions", None, "requirements of the Ministry of Water Resources"),
            ],
        ),
        # known gaps (fifth session's probes)
        pytest.param(
            "The meeting studied the speech he made when attending the symposium on the work of the Pearl River Delta.",
            [("speech", None, "when attending the symposium on the work of the Pearl River Delta")],
            marks=pytest.mark.xfail(
                reason="a kind whose speaker is a pronoun in a relative clause ('he made') is not read",
                strict=True,
            ),
        ),
        pytest.param(
            "The meeting studied the important speech of Xi during his inspection in Gansu.",
            [("speech", "Xi Jinping", "during his inspection in Gansu")],
            marks=pytest.mark.xfail(
                reason="the surname alone, without a title, is not taken for Xi Jinping",
                strict=True,
            ),
        ),
        pytest.param(
            "The meeting studied the spirit of General Secretary Xi Jinping's July 1st important speech.",
            [("speech", "Xi Jinping", "July 1st important speech")],
            marks=pytest.mark.xfail(
                reason="a speech named by an unquoted date before its kind is not read",
                strict=True,
            ),
        ),
        pytest.param(
            "The meeting conveyed the provincial and municipal instructions on epidemic prevention.",
            [
                ("instructions", None, "provincial instructions on epidemic prevention"),
                ("instructions", None, "municipal instructions on epidemic prevention"),
            ],
            marks=pytest.mark.xfail(
                reason="instructions of levels named by adjectives alone are not read (requirements and decisions are)",
                strict=True,
            ),
        ),
        pytest.param(
            "The meeting pointed out that the Third Plenary Session of the 20th CPC Central Committee is a meeting of great significance.",
            [("plenary session", None, "Third Plenary Session of the 20th CPC Central Committee")],
            marks=pytest.mark.xfail(
                reason="what the meeting held of an event (no kind word) is not read: only a leader's named words are",
                strict=True,
            ),
        ),
    ],
)
def test_cited_speeches(make_context, sentence, expected):
    assert _speeches(make_context(sentence)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the event named again without its number, in a headline or a later sentence
        (
            "Xiangtan: Meeting Conveys the Spirit of the Provincial Party Congress\n"
            "On June 4, the standing committee met. The meeting conveyed and studied the spirit "
            "of the 12th Provincial Party Congress.",
            [("conference", None, "12th Provincial Party Congress")],
        ),
        (
            "The meeting studied the spirit of the 9th Provincial Party Congress. The meeting "
            "required that the whole city must implement the spirit of the Provincial Party "
            "Congress.",
            [("conference", None, "9th Provincial Party Congress")],
        ),
        # events mentioned, not taken up
        (
            "The Second Plenary Session of the 20th Central Committee will be held in Beijing at "
            "the end of February. Since the 20th National Congress of the Party, the city has "
            "grown fast.",
            [],
        ),
        (
            "In his lecture, the professor reviewed the history of the Party since the First "
            "National Congress. The Zunyi Conference was a turning point.",
            [],
        ),
        pytest.param(
            "Related: Earnestly study and implement the spirit of the 20th National Congress\n"
            "On December 22, the economic work conference was held. Liu Jian attended.",
            [],
            marks=pytest.mark.xfail(
                reason="a related story's headline with a study cue reads as the report's own "
                "subtitle, which names real cited items",
                strict=True,
            ),
        ),
    ],
)
def test_cited_lookalikes_in_articles(make_context, text, expected):
    assert _speeches(make_context(text)) == expected
