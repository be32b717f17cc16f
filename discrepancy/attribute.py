"""Who asserts each figure: speech verbs and their subjects, "according to", quotations that
run across sentences and paragraphs, pronouns and descriptions that refer back to a named
speaker, and canonical speaker ids that let quotes of one person by several outlets meet."""

from __future__ import annotations

import re
from bisect import insort
from dataclasses import dataclass, replace
from functools import lru_cache, partial

import regex

from .patterns import BULLET, MONTHS, WEEKDAYS, finditer_near, rx
from .quantities import SMALL
from .rules import Rules, normalise_name
from .segment import Sentence, body_start, dateline_city, paragraphs

# what a figure starts with: a digit, a currency sign, or a number word ("put the toll at nine")
FIGURE_AHEAD = (
    r"(?:[\d$£€¥₹]|R\d|[A-Z]{1,3}\$\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|a\s+(?:few\s+)?(?:dozen|hundred|thousand)|dozens|hundreds|"
    r"thousands|tens)\b)"
)
# "posted on Telegram" is speech; "Argentina posted a fiscal surplus" is not
_POSTED = (
    r"posted(?!\s+(?:(?:an?|its|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:surplus|deficit|losses|"
    r"loss|profits?|gains?|growth|rise|fall|decline|drop|increase|revenue|sales)\b)"
)
# "deaths reported in British Columbia": a participle before a place, not a day
_WHEN = rf"(?:{'|'.join(w.title() for w in (*MONTHS, *WEEKDAYS))})\b"
VERBS = (
    r"said|says|say|told|tells|tell(?=\s+(?:me|us)\b)|added(?!\s+(?:to|into|by)\b)|adds|stated|states|claimed|claims|claim|estimated|estimates|"
    r"reported(?!\s+(?:in|across|since|during|from)\s+(?!" + _WHEN + r")[A-Z])|reports|announced|"
    r"announces|wrote|writes|"
    + _POSTED
    + r"|counted|confirmed(?!\s+(?:dead|killed|missing|injured|infected|cases|deaths|as)\b)|"
    r"confirms|"
    r"insisted|insists|noted|notes|explained|warned|warns|revealed|disclosed|"
    r"acknowledged|admitted|asserted|maintained|argued|indicated|suggested|promised|promises|"
    r"vowed|vows|affirmed|affirms|affirm(?=\s+(?:also\s+)?(?:that|to)\b)|specified|"
    r"reckon(?:s|ed)?|reminded(?=\s+that)|"
    # "Russia's defence ministry is sticking to its figure of 63", "StratCom repeats its
    # estimate of about 300", "continues to insist"
    r"(?:is\s+)?(?:sticking|sticks|stuck|stands|stood|standing|repeats|repeated)\s+(?:to\s+|by\s+)?"
    r"(?:its|their|his|her)\s+(?:[\w-]+\s+)?(?:figure|estimate|count|tally|toll|claim)"
    r"(?=\s+of\s+(?:[a-z]+\s+){0,2}" + FIGURE_AHEAD + r")|"
    r"(?:continues|continued|continue)\s+to\s+(?:insist|say|claim|maintain)|"
    # "The Treasury kept its growth forecast for this year at 1.9%"
    r"(?:kept|keeps|held|holds|left|leaves)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:forecast|estimate|projection|figure|count|tally)s?\s+(?:for\s+[^,.;]{1,30}?\s+)?"
    r"(?:at|unchanged|of(?=\s+(?:about\s+|around\s+|some\s+)?\d))|"  # "kept its figure of 61"
    # "raised this Monday (28) to 60 the number of dead": a toll raised to a figure
    r"(?:raised|lowered|revised)\s+(?:[^,.;]{0,30}?\s+)?to\s+(?=(?:about\s+)?[\w,.]+\s+the\s+"
    r"(?:number|toll|count|total|balance|figure)\b)|"
    # "Lehman listed debts of $613 billion"
    r"listed(?=\s+(?:debts|assets|liabilities)\b)|"
    r"precised|communicated|concluded|pointed\s+out|points\s+out|"
    r"underlined|underlines|"
    r"(?:spoke|speaks|speak|(?:has|had|have)\s+spoken)\s+(?:(?:on\s+|last\s+)?[A-Z][a-z]+day\s+|"
    r"yesterday\s+|today\s+)?of|recogni[sz]ed(?=\s+that)|"
    r"(?<!\bever\s)recorded(?!\s+(?:in|across|since|during|from)\s+(?!"
    + _WHEN
    + r")[A-Z])|"
    # "The Office of National Security has registered more than 3,000 people"
    r"registered(?=\s+(?:more\s+than|about|around|some|over|nearly|almost|at\s+least|\d))|"
    r"calculated|assessed|boasted|concede[sd]?(?!\s+(?:defeat|the\s+(?:election|race|vote)))|stressed|informed|briefed|tweeted|testified|"
    r"(?<=[\"”]\s)declared(?=\s+(?:the\s+)?[A-Za-z])|"  # '…," declared the spokeswoman'
    # '"Some nights it is 300 yobs against 40 of our lads," fumed a veteran officer'
    r"(?<=,[\"”]\s)(?:fumed|raged|sobbed|wept|sighed|shouted|screamed|pleaded|whispered|"
    r"blasted|stormed)(?=\s+(?:an?\s|the\s|[A-Z]))|"
    r"declare[sd](?=\s+(?:on\s+[A-Z]\w+day\s+|(?:at|during)\s+an?\s+[a-z][^,.;:]{0,60}?\s+)?that|\s*[.,;]|\s+to\s+(?!be\b|have\b)"
    r"|\s+in\s+a\s+(?:message|statement|"
    r"speech|post|video))|recalled(?=\s+that)|consider(?:s|ed)?(?=\s+that)|guaranteed(?=\s+that)|alleged(?=\s+that)|alleges(?=\s+that)|(?:issued|released|published|given|gave)\s+(?:(?:new|updated|revised|latest|its|"
    r"their|fresh)\s+)*(?:figures|data|statistics|numbers|tally|count|toll)|"
    r"(?:raised|lowered|revised|updated|raises|lowers|revises|updates|"
    r"cut(?=\s+(?:their|its|his|her)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:forecast|estimate)))\s+(?:on\s+[A-Z][a-z]+day\s+|yesterday\s+|today\s+)?"
    r"(?:(?:their|its|the|his|her)\s+)?"
    # "Health ministry revises Sohag train crash toll down to 19"
    r"(?:[\w-]+\s+){0,3}?(?:estimate|count|tally|toll|figure|forecast|number)s?|"
    # "while Orbital Watch, a group that analyses satellite pictures, measured close to 3,900"
    r"measured(?=\s+(?:close\s+to|about|around|some|nearly|almost|more\s+than|at\s+least)\s+"
    + FIGURE_AHEAD
    + r")|"
    # "pegged at 1,507.5 to the dollar", "valued at": a participle, no one's figure
    r"(?:puts?|measured|estimate|(?:placed|pegged|valued)(?!\s+at\b))\s+(?:[\w.'’-]+,?\s+){0,24}?at"
    r"(?=\s+(?:[a-z]+\s+){0,3}"
    + FIGURE_AHEAD
    + r")|estimate[sd]?\s+that|"
    r"put\s+(?:it|them|that)\s+at|"
    # "she puts the total somewhere between 300,000 and 400,000"
    r"puts?\s+(?:the|its|their|her|his)\s+(?:total|figure|number|toll|count|crowd|estimate)\s+"
    r"(?:somewhere\s+)?between(?=\s+" + FIGURE_AHEAD + r")|"
    # "The National Weather Service rated the tornado EF5": an assessment
    r"rated(?=\s+(?:the|it|its)\s)|"
    # "The CCSD gave these figures on 6 June:" a list that follows
    r"(?:gave|gives|released|published|issued|provided)\s+(?:these|the\s+following|its\s+latest|"
    r"new|the\s+latest)\s+(?:[\w-]+\s+)?(?:figures|numbers|data|statistics|details|tolls?)"
    r"(?=\s*(?:on\s+[^:.;]{1,30}?\s*)?:)|"
    # "put the figure nearer £200 million"
    # "named on Saturday at a press conference in Tashkent the figure of 100 dead"
    r"named\s+(?:[^,.;:]{0,80}?\s+)?the\s+figure\s+of|"
    r"put\s+(?:it|the\s+(?:figure|number|toll|total|cost|bill))\s+(?:nearer|closer\s+to)|(?:gave|gives|give|giving|(?:had|has|have)\s+given)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+){0,2}"
    r"(?:figure|estimate|toll|"
    r"count|number|tally)\s+of|"
    # "Malaysia Airlines has given the first nationalities of the passengers: 154 Dutch"
    r"(?:gave|gives|(?:had|has|have)\s+given)\s+(?:[\w'’-]+\s+){0,6}[\w'’-]*\w(?=:\s+"
    + FIGURE_AHEAD
    + r")|"
    r"(?:has|had|have)\s+(?:said|reported|confirmed|put|estimated|announced|told)|"
    r"(?:is|was)\s+quoted(?:\s+[\w'’-]+){0,6}?\s+as\s+saying|would\s+say|went\s+on|"
    # "Israeli army radio is reporting that", "the government was saying that": in progress
    r"(?:is|are|was|were)\s+(?:now\s+|still\s+|also\s+)?(?:saying|reporting|claiming)(?=\s+that\b)|"
    # "was telling reporters that", "he had to tell investors that"
    r"(?:(?:is|are|was|were)\s+(?:now\s+|still\s+|also\s+)?telling|(?:had|has|have)\s+to\s+tell)"
    r"(?=\s+(?:[\w'’-]+\s+){1,2}that\b)|"
    r"continued(?=\s*(?:[,.;:\"“”]|$))|replied|saying|adding|claiming|showed|shows|show|found|finds|expects?|expected|forecasts?|forecast|predicted|predicts|projected|"
    r"projects|believes|believed|believe|counts(?!\s*[,.;:])|tallied|lists|emphasi[sz]ed|"
    # 'Survivor Salim Hamad, 34, sobbed: "There were at least 1,000 of us"'
    r"(?:sobbed|wept|cried|shouted|screamed|recalled|pleaded|sighed|whispered|fumed|raged)"
    r"(?=:\s*[\"“])|"
    # 'Netanyahu, in a televised statement: "We have removed …"'
    r"(?<=,\s)in\s+an?\s+(?:[\w-]+\s+){0,2}(?:statement|address|speech|interview|post|message|"
    r"video|briefing)(?=:\s*[\"“])|"
    # "Interior Ministry figures give Mr Ahmadinejad 62.6 per cent": the body's figures
    r"(?:(?<=figures\s)|(?<=results\s)|(?<=data\s))(?:give|gives|gave)|"
    r"count(?=\s+(?:about|around|some|nearly|almost|more\s+than|at\s+least|over|\d))|"
    r"(?:also|later|then|previously|earlier|further)\s+(?:said|told|added|reported|confirmed|informed)"
)
# a capitalised word, an initial ("J.") or a dotted acronym ("U.S."); names never cross a line
# capital letters, Latin ones with accents too ("Šestan", "Çavuşoğlu", "Łukasz"): a class the
# stdlib re understands, which has no \p{Lu}
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_CAP = (
    r"(?:(?:[A-Z]\.){2,}|[A-Z]\.(?=[ \t]+[A-Z])|"
    # an abbreviated title keeps its dot: "Dr. Hanan Balkhy", "Gov. Maria Ortiz"
    r"(?:Dr|Mr|Mrs|Ms|Mx|Prof|Gen|Gov|Sen|Rep|Col|Lt|Capt|Maj|Adm|Sgt|Rev|Cmdr|Supt|Insp)"
    r"\.(?=[ \t]+[A-Z])|"
    r"[A-Z]{1,3}&[A-Z]{1,3}\b|"  # "S&P", "AT&T", "P&O"
    rf"[{UPPER}][\w'’-]*)"
)
NAME_WORD = rf"(?:{_CAP}|(?:de|da|van|von|bin|ibn|le|la|del|der)\b|al-[A-Z][\w-]*)"
_CONNECTOR = r"(?:of|for|and|on)(?:[ \t]+the)?(?=[ \t]+[A-Z])"
NAME = rf"{_CAP}(?:[ \t\u00a0]+(?:{NAME_WORD}|{_CONNECTOR}))*"
ORG_NOUNS = (
    r"police|organi[sz]ers|officials|authorities|ministry|army|military|government|union|"
    r"unions|prosecutors?|coroner|agency|rescuers|medics|doctors|witnesses|residents|stewards|"
    r"marshals|paramedics|"
    r"spokes(?:man|woman|person)|governor|mayor|minister|general\s+staff|staff|kremlin|"
    r"commander|chiefs?|officers?|firefighters|service|services|department|office|council|"
    r"committee|command|observers|monitors|analysts|experts|sources|activists|campaigners|"
    r"dealers|traders|brokers|economists|regulators|forecasters|meteorologists|inspectors|"
    r"investigators|scientists|researchers|statisticians|hospital|hospitals|operator|prefecture|"
    r"gendarmerie|coastguard|brigade|emergency\s+services|red\s+cross|red\s+crescent|"
    r"company|firm|bank|institute|organisation|organization|group|charity|federation|"
    r"forces|troops|administration|white\s+house|city\s+hall|town\s+hall|pentagon|parliament|"
    r"court|judge|leader|"
    r"leaders|president|head|director|secretary|official|source|diplomats?|representative|"
    r"general|force|navy|guard|authority|authorities|commission|network|bloggers|envoy|"
    r"examiner|poll|pollster|board|bureau|centre|center|regulator|watchdog|survey|study|"
    r"commissioner|collector|"
    r"report|census|tracker|monitor|ministry|charity|coalition|alliance|party|spokesperson|"
    r"media|broadcaster|newspaper|television|tv|radio|news\s+agency|outlet|press|lawmakers|"
    r"legislators|deputies|senators|mps|opposition|rights\s+groups?|volunteers|survivors|"
    r"supporters|relatives|families|aldermen|councillors|councilors|groups|insurers|economists|"
    r"passengers|students|parents|teachers|workers|fans|neighbours|neighbors|miners|farmers|"
    r"nurses|traders|villagers|fishermen|locals|drivers|protesters|demonstrators|marchers|"
    r"eyewitnesses|shopkeepers|agencies|ministries|governments|companies|banks|firms|chains|"
    r"retailers|airlines|carriers|operators|embass(?:y|ies)|consulates?|underwriters|directorate|"
    r"secretariat|inspectorate|observatory|parties|broadcasters|stations|channels|newspapers|"
    r"websites|blogs|intelligence|insiders?"
)
ORG_WORDS = frozenset(
    """police ministry army military government union unions staff service services department
    office council committee command agency organisers organizers officials authorities
    rescuers forces kremlin un unhcr who unicef ngo federation institute organisation
    organization bank company group charity court parliament pentagon administration
    hospital agency cgt met yard prefecture gendarmerie coastguard
    commission authority network office group bank board bureau force navy party press news
    television radio air airline airlines corporation inc ltd plc university school court fire
    center centre monitor observatory tracker foundation association automotive motors post
    airways energy holdings industries systems technologies pharmaceuticals partners telecom
    electronics semiconductor chemicals refining refinery
    steel petroleum mining railway railways insurance financial securities logistics shipping foods
    electric frontières frontieres headquarters survey embassy consulate society crescent cross
    trust front alliance coalition movement
    lobby zone capital research analytics economics consulting consultancy consultants advisors
    advisers associates investments markets ratings intelligence insights brigade brigades
    battalion regiment corps militia guard guards directorate secretariat inspectorate
    register registry project initiative collective forum league database treasury club""".split()
)
PRONOUNS = {"he": "person", "she": "person", "they": "plural", "it": "org"}
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_CLOSING_IT = regex.compile(r"said\.|says\.|added\.")
# a body whose paper opens the sentence: "The group's petition …, it said"
_BODY_OWNS_OPENING = regex.compile(
    r"\s*(?:The|the)\s+((?:[a-z]+\s+)?(?:group|agency|ministry|company|union|council|committee|"
    r"commission|party|alliance|coalition|movement|network|charity|firm|bank|government|"
    r"authority|service|department|office|organi[sz]ation))['’]s\s"
)
# between a speaker's verb and a second verb of theirs: what they said, then "but" or "and"
_SAID_ONLY = regex.compile(r"\s+(?:on\s+\w+\s+|this\s+\w+\s+)?that\s[^;]*?,?\s+(?:and|but)\s*")
_NAME_OPENING_ASIDE = regex.compile(rf"(?:The\s+)?({NAME}),\s+(?:which|who)\b")
# bodies whose records are their figures: "The agency recorded 145 aftershocks"
_RECORDER = regex.compile(
    r"(?i:\b(?:agency|centre|center|service|ministry|department|institute|office|survey|"
    r"authority|observatory|network|commission|bureau|monitor)\b)|\b[A-Z]{2,6}\)?$"
)
_WHICH_HAS = regex.compile(r",\s+(?:which|who)\s+(?:has|have|had)\s*$")
_OWNER_OPENING = regex.compile(rf"({NAME})['’]s\s+[a-z]")
# an outlet's own people: "Our reporter", "a Record photographer"
OUTLET_STAFF = r"reporters?|correspondents?|journalists?|editors?|team|staff|photographers?"
_OUR_OWN = regex.compile(
    r"\s*(?:[Oo]ur|[Tt]his\s+(?:newspaper|paper)['’]s)\s+(?:own\s+)?(?:[a-z]+\s+)?"
    rf"(?:{OUTLET_STAFF})\b"
)

# stdlib re: it runs this long alternation in 0.6 of the time regex takes, the same matches;
# (?<!\w) is \b before a verb's first letter, and re skips to candidates faster with it
_VERB_RE = re.compile(rf"(?<!\w)(?:{VERBS})\b")
_ACCORDING = regex.compile(
    # "Interfax quoted a military source as saying": the source quoted
    r"\b(?:(?<!\b(?:was|were|is|are|be|been)\s)quoted(?=\s[^,;:.!?\"“”]{2,80}?\s+as\s+saying\b)|[Aa]ccording\s+to|[Aa]s\s+per(?!\s+(?:the\s+)?(?:[a-z]+\s+)?(?:plan|rules?|schedule|agreement|law|norms?|"
    r"guidelines|policy|order|procedure|deal|contract)\b)|[Cc]iting|as\s+(?:reported|announced|confirmed|stated|given)\s+by"
    r"|(?:reported|announced|confirmed|released|published|provided|given|compiled|claimed|communicated|"
    r"estimated|counted|recorded|cited|analysed|analyzed|compiled)\s+"
    r"(?:(?:(?:late\s+|early\s+)?on\s+)?[A-Z]\w+day\s+(?:(?:morning|afternoon|evening|night)\s+)?"
    r"|(?:yesterday|earlier|later|today)(?:\s+(?:morning|afternoon|evening|night))?\s+"
    r"|(?:this|last)\s+(?:week|month|year)\s+)?by|"
    r"(?i:figures|data|estimates|numbers|statistics|totals|count|survey|poll|study|analysis|results|"
    r"research|report|assessments?|readings|tests|checks|inspections|audits?|investigations?)\s+"
    r"(?:(?:released|published)\s+(?:on\s+\w+\s+)?)?(?:from|by)|"
    r"(?i:records|documents|logs)\s+(?:from|by|of)|"  # "Records of the state agency show"
    # "was put at between 4 billion and 5 billion shekels by Ilan Shavit"
    r"(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:put|estimated|given)\s+at\s+"
    r"(?:[^.;:]|(?<=\d)\.(?=\d)){1,100}?\s+by|"
    # "Russia is estimated by Western intelligence to be producing about 250,000 shells"
    r"(?:is|are|was|were)\s+(?:estimated|believed|thought|reckoned|assessed)\s+by"
    r"(?=\s[^,;:.]{2,60}?\s+to\s+(?:be|have)\b)|"
    # "The blast was recorded as a magnitude 2.1 tremor by the U.S. Geological Survey"
    r"(?:was|were)\s+(?:recorded|measured|registered|rated)\s+(?:as|at|in|on)\s+(?:[^.;:]|(?<=\d)\.(?=\d))"
    r"{1,80}?\s+by|[Bb]y(?=\s+(?:(?:the\s+)?\S+['’]s|its|their)\s+"
    r"(?:own\s+)?(?:count|tally|estimate|figures|account|reckoning)))\s+"
    r"(?:(?:(?:an?|the)\s+)?(?:[a-z-]+\s+)?(?:poll|survey|"
    r"reports?|statements?|tally|count|study|figures|data|estimates|statistics|totals|results|"
    r"lists?|pages?|websites?|accounts?|communiqu[eé]s?|bulletins?)\s+"
    r"(?:(?:compiled|released|published|issued|gathered|collected|cited|provided)\s+)?"
    r"(?:by|from|of)\s+)?"  # "according to tracking data cited by the NTSB"
    # "according to P. Radhika": initials before the name
    r"(?P<subj>(?:[A-Z]\.\s+)*[^,;:.!?()\"“”]{2,80}?)(?=\s*(?:[,;:.!?()\"“”]|$|\s+(?:on(?!\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)[A-Z])|in\s+a|in\s+its|at\s+a|found|finds|showed|shows|"
    r"suggested|suggests|suggest|indicated|indicates|indicate|show|gave|gives|put|puts|"
    # "… by X after missiles struck", "quoted X as saying"
    r"yesterday|today|after|before|when|while|following|amid|as\s+saying|"
    r"that(?!\s+(?:could|can|cannot|was|were|is|are|had|has|have|would|will|may|might)\b)|"
    r"to\s+(?:be|have)|"
    r"(?:last|this)\s+(?:week|month|year))\b)"
    # "6,800 according to the city police and about 7,000 according to the organisers"
    r"|\s+and\s+(?:(?:about|around|some|nearly|almost|roughly|more|over|up|as)\b|\d))"
)
# "a day after Ukrainian officials said": the description starts after the conjunction
_ORG_TAIL = regex.compile(
    # "drew about 4,000 people and organisers put": the organisers, not "people and …"
    rf"(?ri)(?<![\w'’-])(?<!\d[,.])(?<!\d\s)(?!(?:and|or)\s)((?:(?:the|a|an|its|their|his|her|(?-i:(?:[A-Z][\w'’-]*\s+)?[A-Z][\w'’-]*'s))\s+)?"
    # "rose to 113 and officials warned": the officials, not "113 and officials"
    rf"(?:(?!(?:after|before|since|when|once|because|than|to|by|from|with|that|which|hours|days|"
    rf"weeks|months|years)\s|"
    rf"\d[\d,.]*\s+(?:and|or)\s|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:[A-Z][a-z]+\s+)?(?:the|a|an)\s)"
    # "On August 14 the ministry", "On 5 November the government"
    rf"[\w-]+\s+){{0,3}}"
    rf"(?:{ORG_NOUNS}))$"
)
_NAME_OF_BODY = regex.compile(
    rf"(?:^|(?<=[\s\"“”,]))({_CAP}(?:[ \t]+{NAME_WORD}){{1,4}}"
    # "Deputy chief Zhou of the city fire service": a surname after a lower-case title
    r"|(?<=\b(?:chief|commander|director|spokes(?:man|woman)|inspector|officer)\s)[A-Z][\w'’-]+)"
    r"\s+(?:of|at|from)\s+(?:the\s+)?"
    # "Inspector General Ashok Yadav of the Rajkot range": a unit of a force
    rf"(?:[\w'’-]+\s+){{0,4}}(?:{ORG_NOUNS}|range|division|district|zone|unit|branch|sector|"
    r"precinct|station)$"
)
_PERSON_OF_DESCRIBED_BODY = regex.compile(
    rf"(?:^|(?<=[\s\"“”,]))({_CAP}(?:[ \t]+{NAME_WORD}){{1,3}})\s+(?:of|at|from)\s+the\s+"
    rf"(?:[a-z][\w'’-]*\s+){{1,2}}{NAME}$"
)
_ORG_IN_PLACE = regex.compile(
    rf"(?i)(?:^|(?<=[,;]\s)|(?<=\b(?:while|and|but|as)\s))((?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{ORG_NOUNS}))\s+(?:in|at)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){{0,2}}$"
)
_A_PLACE = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
# "Hospitals in Pratt, Dodge City and Wichita": the bodies, wherever they are
_BODY_IN_PLACE = regex.compile(
    rf"\b(?i:{ORG_NOUNS})(\s+in\s+{_A_PLACE}(?:(?:,\s+{_A_PLACE}){{0,3}},?\s+and\s+{_A_PLACE})?)$"
)
# people who speak for the body they work at: "Analysts at Pinecrest Capital estimated"
_STAFF = (
    r"analysts|economists|researchers|scientists|experts|strategists|staff|investigators|"
    r"traders|doctors|engineers|reporters|correspondents|journalists|photographers|"
    r"forecasters|meteorologists|inspectors|regulators"
)
_STAFF_OF = regex.compile(
    rf"(?i:{_STAFF}|medics|nurses|surgeons)\s+(?:at|from|with)\s+(?:the\s+)?"
    # "doctors at Ibn al-Nafis hospital": the named hospital, its common noun too
    rf"({NAME}(?:\s+(?:teaching\s+|general\s+|military\s+)?(?:hospital|clinic|infirmary))?)"
    rf"(?:\s+in\s+{NAME})?$"
)
# where the staff are, after the body's name: "Reporters from the Chronicle on the Paseo"
_STAFF_WHERE = regex.compile(r"\s+(?:on|in|at)\s+(?:the\s+)?[A-Z].*")
# people "of" something, who speak as a group: "Organisers of Saturday's protests said"
_GROUP_OF = regex.compile(
    r"(?:^|[,;:]\s+|\.\s+)((?:[Tt]he\s+|[A-Z][a-z]+\s+)?(?i:organi[sz]ers|residents|relatives|"
    r"families|survivors|supporters|witnesses|villagers|neighbou?rs|parents|allies|aides|friends|"
    r"colleagues|lawyers|callers|readers|viewers|listeners))\s+(?:of|from|outside|near|at|to)\s+"
    r"[^,;:]{2,140}$"
    # "officials on both sides of the front line said"
    r"|(?:^|[,;:]\s+|\.\s+)((?:[Tt]he\s+|[A-Z][a-z]+\s+)?(?i:officials|authorities))\s+"
    r"(?:on|across)\s+[^,;:]{2,60}$"
)
# a short title or scare quote ("No Kings", "foreign interests"), closed just before the cut
_QUOTED_TITLE = regex.compile(r"[\"“][\w'’-]+(?:\s+[\w'’-]+){0,3}[\"”]$")
_LEADING_CONJ = regex.compile(
    r"(?i)^(?:(?:where|while|when|as|and|but|yet|so|that|which|whereas|one\s+of|"
    r"(?:what|how)\s+(?:does|do|did|will|would))\s+|"  # "Greg, what does the company say?"
    # "…, whose body the army says it found": the army
    r"whose\s+(?:[\w'’-]+\s+){1,2}(?=(?:the|its|their)\s)|"
    # "In Zimbabwe the government has put …": a place before the subject
    r"(?-i:[Ii]n\s+(?:[A-Z][\w'’-]*\s+){1,3}(?=the\s))|"
    # "In its filing the company said …": the paper it spoke in
    r"(?-i:[Ii]n\s+(?:its|their|his|her|an?)\s+(?:[\w'’-]+\s+){1,3}?(?=the\s))|"
    # "On Wednesday the ministry had put …": a day before the subject
    rf"(?:on|by|late\s+on|early\s+on)\s+(?:{'|'.join(WEEKDAYS)})"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+)+"
)
# ", a doctor at the hospital,", ", 62,", ", Russia's most senior officer,", ", speaking …,"
# ", Governor of the Bank of England,", ", D-N.Y.,", ", who spoke on condition of anonymity …,"
_APPOSITIVE = regex.compile(
    r",\s+(?:[a-z0-9]|(?:a|an|the|one\s+of)\s|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s\s|"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    # a state after a town: "Miriam Feld, 64, of Fort Lee, N.J., said"
    r"\s+(?:of|for|at)\s|[DRI]-[A-Z]|[A-Z][a-z]{0,4}\.(?=(?:\s?[A-Z][a-z]{0,4}\.)*,$))"
    r"(?:[^,]|,(?=\d)){0,150},$"
    # a county after a town: "Sharon Quelch, 34, from Basildon, Essex, said"
    r"|(?<=,\s+from\s+[A-Z][\w'’-]*),\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,$"
)
_DETERMINED = regex.compile(
    r"(?:(?:the|a|an|its|their|his|her)\s|(?:(?:Mrs?|Ms|Dr)\.?\s)?[A-Z][\w-]*['’]s\s)",
    regex.IGNORECASE,
)
_PLACE_BODY = regex.compile(
    r"\b(?!(?:The|A|An|This|That|Its|Their)\b)[A-Z][a-z]+\s+(?:prefecture|prefectural\s+government|provincial\s+government|"
    r"regional\s+government|state\s+government)\b"
)
_POSSESSIVE_COUNT = regex.compile(
    rf"\b(?P<subj>(?:the\s+)?(?:{NAME}(?:\s+(?:prefecture|police|government))?|"
    # "said that her campaign's count …": the speaker's own count, not a new source
    rf"(?<!\b(?:that|his|her|its|their|our)\s(?:the\s)?)(?:(?!(?:the|that|his|her|its|their|our)\s)[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*))"
    r"(?:['’]s\s+(?:own\s+|[a-z]+\s+)?(?:count|tally|figures?|estimate|data|toll|report|records|"
    r"projections?|list|"
    # "dismissed organisers' claims that 800,000 people had marched": the organisers'
    r"numbers)\b|(?:(?<=s)['’]|['’]s)\s+claims?\s+that\b)"
)
_VERB_LEAD = regex.compile(r"^(?:[a-z]+ed\s+)+")
_OWNER = regex.compile(  # (?|…) numbers both branches' owner as group 1
    r"(?|(.+?)['’]s\s+(?:\d{1,2}(?::\d\d)?\s+[ap]\.m\.\s+)?(?:[a-z\d]+\s+){0,2}(?:count|tally|figures?|"
    r"estimates?|data|report|records|numbers|statement|assessment|bulletin|update|budget|"
    r"forecast|survey|analysis|press\s+office|website|account|reckoning)$"
    # a paper with a name of its own: "JPMorgan's EMBI+ index", "the bank's latest Financial
    # System Review"
    r"|(.+?)['’]s\s+(?:latest\s+|new\s+)?(?:[A-Z][\w+&-]*\s+){1,4}(?:[Ii]ndex|Review|[Rr]eport|"
    r"Survey|Outlook|Bulletin|Monitor|Tracker)$)"
)
# "officials of the Confederation of African Football (CAF)": the body they speak for
_OFFICIALS_OF = regex.compile(
    r"(?:officials|representatives|spokes(?:man|woman|person))\s+(?:of|for|at)\s+"
    r"(?=(?:the\s+)?[A-Z])"
)
_DOTS = regex.compile(r"\.(?:[A-Z]\.)+")
_CLOCK_CUT = regex.compile(r"\d\s*[ap]$")
_SUBJECT_REST = regex.compile(
    r"[^,;.!?()\"“”\d]{0,80}?(?=\s*(?:[,;.!?()\"“”]|$)|\s+(?:on|in\s+a|said|says|showed|shows|"
    r"found|finds|told|suggested|suggests)\b)"
)
_QUOTE_OPEN = "“‘«"
_QUOTE_CLOSE = "”’»"
_HEARSAY = regex.compile(
    r"(?i)\b(?:reportedly|allegedly|purportedly|claimed|claims|claiming|"
    r"unconfirmed|is\s+said\s+to|were\s+said\s+to|was\s+said\s+to|"
    r"according\s+to\s+(?:unconfirmed\s+)?reports)\b"
)


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int  # document offsets of the attribution phrase
    end: int
    name: str  # the speaker as written, titles stripped (or a pronoun)
    kind: str  # "name", "pronoun", "description"
    opening: bool = False  # "According to X, …" opens the sentence and covers all of it
    cited: bool = False  # "…, according to X." closes the sentence and covers all of it
    source: bool = False  # "according to X", "given by X", "reported by X"


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    id: str
    org: str | None


_QUOTE_CHAR = regex.compile(r'["“”«»]')


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(start, end, open_at_end) of quotations in text[start:end]: curly quotes pair, straight
    quotes toggle; a quote still open at the end is reported as open."""
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for m in _QUOTE_CHAR.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if ch == '"':
            if open_at is None:
                open_at = i
            else:
                spans.append((open_at, i + 1, False))
                open_at = None
        elif ch in "“«":
            if open_at is None:
                open_at = i
        elif ch in "”»" and open_at is not None:
            spans.append((open_at, i + 1, False))
            open_at = None
    if open_at is not None:
        spans.append((open_at, end, True))
    return spans


def strip_titles(name: str, rules: Rules) -> str:
    """'Chief of the General Staff Valery Gerasimov' -> 'Valery Gerasimov'."""
    return rules.memoised(("strip", name), lambda: _strip(name, rules))


def _strip(name: str, rules: Rules) -> str:
    name = name.strip(" ,")
    # "Ukraine's Foreign Minister Dmytro Kuleba": the country's title, then the person
    lead = _POSSESSIVE_LEAD.match(name)
    if lead and rules.title_re and rules.title_re.match(name, lead.end()):
        person = _strip(name[lead.end() :], rules)
        if len(person.split()) >= 2 and not _is_org(person):
            return person
    office = _MINISTER_FOR.match(name)
    if office and not _is_org(office.group("person")):
        return office.group("person")  # "State Minister for Shipping Khalid Mahmud Chowdhury"
    whole = _THE.sub("", name)
    while True:
        m = rules.title_re.match(name) if rules.title_re else None
        if not m:
            break
        name = name[m.end() :]
    if name != whole and _is_org(name):
        person = _PERSON_OF.match(name)  # "… Helen Marsh of South Yorkshire Police"
        if person and not _is_org(person.group(1)) and _is_org(name[person.end() :]):
            return person.group(1)
        return whole  # "Russian Defence Ministry", "General Staff": no person's title
    person = _after_inner_title(name, rules)
    if person:
        return person
    # "Jan Egeland of the Norwegian Refugee Council": the person, not their organisation
    person = _PERSON_OF.match(name)
    if person and not _is_org(person.group(1)) and _is_org(name[person.end() :]):
        return person.group(1)
    return name.strip()


def _after_inner_title(name: str, rules: Rules) -> str | None:
    """'Los Angeles County Fire Chief Anthony Marrone' -> 'Anthony Marrone': an office named
    after its organisation, then the person who holds it."""
    if rules.title_re is None or name.count(" ") < 3:
        return None
    for m in _WORD_START.finditer(name, 1):
        title = rules.title_re.match(name, m.start())
        if title and not name.startswith(("the ", "The "), m.start()):
            person = name[title.end() :]
            if _FULL_PERSON.fullmatch(person) and person.count(" ") <= 3 and not _is_org(person):
                return person
    return None


_MINISTER_FOR = regex.compile(
    r"(?:(?:State|Deputy|Junior|Cabinet)\s+)?(?:Minister|Secretary)\s+(?:for|of)\s+(?:the\s+)?"
    r"(?:(?:Foreign|Home|Internal|Public|Local|Economic|Social|Urban|Rural)\s+)?[A-Z][\w'’-]+"
    r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?P<person>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})$"
)
_WORD_START = regex.compile(r"(?<=\s)\S")
_THE = regex.compile(r"^(?i:the)\s+")
_THE_AT = regex.compile(r"(?:[Tt]he\s+)?")
_PERSON_OF = regex.compile(r"^([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){1,2})\s+(?:of|at|for)\s")
_ENDS_HERE = regex.compile(r"\s*(?:[,.;]|$)")
_RELATIVE = regex.compile(
    r",\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}(?:that|which|who)|who|which)$"
)
_POLLED_BY = regex.compile(
    r"\s+(?:(?:polled|surveyed|interviewed|contacted|questioned|asked|quoted|cited)\s+by|"
    r"(?:familiar|close)\s+(?:with|to))\s+[^,;]{1,60}$"
)
_POSSESSIVE_LEAD = regex.compile(r"[A-Z][\w-]*['’]s\s+")


# sentence-start words that are no part of a name after them ("While Lazar said …")
# an acronym in parentheses after a name: "OCHA", "M&S", and the mixed-case "Komnas HAM",
# "KontraS" (capitals at least twice)
ACRONYM = r"[A-Z](?:[A-Z&]{1,7}|[a-z]+\s[A-Z]{2,5}|[a-z]+[A-Z][A-Za-z]{0,4})(?![\w&])"
_NOT_NAME_START = frozenset(
    """But And However Meanwhile Later Earlier Also Then Yet On In At By After Before Speaking
    Separately While Whereas Although Though When As If Because Unless Since Until During
    Through Throughout Amid Despite A An Yesterday Today Tonight Overnight Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday""".split()
    # a live blog's clock time zone: "10.48 BST Paul Johnson, director of the IFS, said"
    + "BST GMT CET CEST EST EDT PST PDT UTC IST JST EET EEST MSK IDT AEST AEDT NZST NZDT HKT SGT"
    " WIB".split()
)


def _without_opening_word(name: str) -> str:
    """The name without a sentence-start word before it ('While Lazar' -> 'Lazar'); a split
    and a set lookup, not a regex call, as it runs on every name in a document."""
    parts = name.split(None, 1)
    while len(parts) == 2 and parts[0] in _NOT_NAME_START:  # "On Thursday Société Générale"
        name = parts[1]
        parts = name.split(None, 1)
    return name


# a part of a group of people, who speak for themselves: "Some of the refugees", "Several
# guests", "Two survivors"
_QUANTIFIED_GROUP = regex.compile(
    r"(?:Some|Several|Many|Most|Other|A\s+few|Two|Three|Four|Dozens)\s+(?:of\s+(?:the|those)\s+)?"
    r"(?:[a-z]+\s+)?[a-z]{3,}(?<!ss)(?<!us)(?<!is)s"
)


# a relative clause in the aside before a name: the name is its object's, not the subject's
_RELATIVE_SEGMENT = regex.compile(
    r"(?<!\b(?:in|of|on|at|by|for|from|with)\s)\b(?:that|which|who)\s+(?!the\b)[a-z][^,;]*$"
)
_DESC_IN_PLACE = regex.compile(
    rf"(?<=\b(?i:{ORG_NOUNS}))\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$"
)
_WHICH_ASIDE = regex.compile(r",\s+(?:which|who)\s[^,;:()]{3,150},$")
# a body's description opening a sentence as its subject: "Russia's defence ministry did"
_BODY_SUBJECT = regex.compile(
    r"\s*((?:[A-Z][\w'’-]*['’]s\s+|[Tt]he\s+)(?:[a-z][\w-]*\s+){0,2}(?:ministry|agency|army|"
    r"military|government|police|company|group|force|service|department|council|authority|"
    r"office|commission|coalition|alliance|union|party|movement|campaign))"
    r"\s+(?:has|had|have|is|was|did|does|also\s+)?\s*[a-z]+"
)
# a description of a body, up to its noun: "Kurdish rights group", "Taiwanese company"
_BODY_DESCRIPTION = (
    # no person's office on the way ("the ministry's spokesman", "the head of the group")
    r"(?:(?!(?:spokes\w+|head|chief|director|leader|president|minister|secretary|member|"
    r"official|officer|founder|chair\w*|commander|general|colonel|employee|executive|analyst|"
    r"researcher|lawyer|editor|manager|owner|adviser|advisor|deputy|governor|mayor|of)\b)"
    r"[\w-]+\s+){0,4}?(?:group|company|firm|organi[sz]ation|agency|charity|network|"
    r"monitor|institute|association|union|party|coalition|alliance|body|watchdog|ministry|"
    r"authority|council|committee|commission|observatory|foundation|movement|outlet|"
    r"broadcaster|newspaper|consultancy|manufacturer|airline|bank)\b"
    r"(?!['’])"
)
# "who gave her name only as Hala": the name given
_GAVE_AS = rf"(?:(?:his|her|their)\s+(?:first\s+)?name\s+)?(?:only\s+)?as\s+({NAME})"
_GAVE_NAME = regex.compile(
    rf",?\s+who\s+(?:gave|would\s+give|asked\s+to\s+be\s+identified)\s+{_GAVE_AS},?$"
)
# after the verb: "said an artillery major who gave his name only as Rathore"
_GAVE_NAME_AFTER = regex.compile(
    rf"\s*(?:an?|the)\s+[^,.;\"“”]{{1,60}}?\s+who\s+(?:gave|would\s+give)\s+{_GAVE_AS}"
)
# a bullet's line, up to its text: a subject starts after its bullet
_ITEM_LINE = regex.compile(rf"\n{BULLET}(?=[^\n]*$)")
_ITS_VOICE = regex.compile(
    r"(?i)its\s+(?:chief\s+)?(?:spokes(?:man|woman|person)|spokesmen|leaders?|officials)"
)
# a clause break ("18,000" holds none; "… and organizers put at 40,000" starts a clause)
_CLAUSE_BREAK = regex.compile(r"[,;:](?!\d)|\s(?:and|while|but|whereas)\s(?!that\b)")
_IN_CHARGE = regex.compile(r"(?<=[a-z])\s+in\s+charge\s+of\s+[^,;]{1,60}$")


_NAMED_IN_PLACE = regex.compile(
    rf"^\s*(?:[Tt]he\s+)?({NAME})\s+in\s+{NAME}(?:,\s+[A-Z][\w'’-]+,)?\s*$"
)
_CAPITALISED = regex.compile(r"\b[A-Z][\w'’.-]*")


def _trailing_name(before: str) -> tuple[str, str] | None:
    """The speaker at the end of `before` (the text before a speech verb): a capitalised name,
    possibly after a description ("chief of the general staff Valery Gerasimov"), or an
    organisation noun phrase ("police", "the regional health ministry"), or a pronoun."""
    before = _DATELINE_LEAD.sub("", before.rstrip())  # "LONDON - The head of … said"
    if " years" in before or "aged " in before:  # "Graça Mendes, of 71 years, resident in …,"
        before = _AGE_ASIDE.sub("", before)
    handle = _HANDLE_END.search(before) if "@" in before else None
    if handle:  # "another user, @chisinau_ana, claimed": the account
        return handle.group(1), "name"
    gave = _GAVE_NAME.search(before) if " as " in before else None
    if gave:  # "A woman in Baniyas, who gave her name only as Hala, said": Hala
        return gave.group(1), "name"
    based = _NAMED_IN_PLACE.match(before) if " in " in before else None
    if based and len(_CAPITALISED.findall(based.group(1))) > 1:
        # "The League of Red Cross and Red Crescent Societies in Geneva said", "The U.S.
        # Geological Survey in Golden, Colorado, measured": the body, not where it sits
        return based.group(1), "name"
    if " charge of " in before:  # "The Highway Patrol captain in charge of security in X"
        before = _IN_CHARGE.sub("", before)
    aside = before.endswith(",")  # the subject's aside closed just before the verb
    # "Economists polled by Reuters expected …": the economists
    if any(word in before[-80:] for word in (" by ", "familiar", "close to")):
        before = _POLLED_BY.sub("", before)  # "Two sources familiar with the matter told"
    if aside and ", wh" in before and (rel := _WHICH_ASIDE.search(before)):
        # "The city's police, the Guàrdia Urbana, which reports to the mayor, stood by …":
        # the name before what is said of it
        named = _NAMED_ASIDE.search(before[: rel.start()] + ",", max(0, rel.start() - 90))
        if named and _ENDS_LOWER.search(before, max(0, named.start() - 40), named.start()):
            return named.group(1), "name"
    named = _NAMED_ASIDE.search(before, max(0, len(before) - 90)) if aside else None
    relative = named and _RELATIVE_SEGMENT.search(before, 0, named.start())
    if relative and (cut := before.rfind(",", 0, relative.start())) > 0:
        # "The Catalan National Assembly (ANC), the group that organised the march on the
        # national day, the Diada, said": the Diada is the clause's, the subject comes first
        before, named = before[: cut + 1], None
    if named and _ENDS_LOWER.search(before, max(0, named.start() - 40), named.start()):
        rest = before[: named.start()] + ","
        role = _APPOSITIVE.search(rest, max(0, len(rest) - 170))
        if not (named.group(1).isupper() and role and _INDEFINITE.match(rest, role.start() + 2)):
            return named.group(1), "name"  # "Hamas's armed wing, the Qassam Brigades, said"
        before = rest  # "Clementine Achieng, a spokeswoman for the UN office, OCHA, said"
    # appositives: "Mykola Dashkevych, director of the Lviv Strategy Group, a think tank,"
    while (m := _APPOSITIVE.search(before, max(0, len(before) - 170))) and _takes_appositive(
        before[: m.start()]
    ):
        before = before[: m.start()].rstrip() + ","  # the name may carry another appositive
    before = before.rstrip(", ")
    if aside and ", wh" in before and (m := _RELATIVE_ASIDE.search(before)) and _takes_appositive(
        before[: m.start()]
    ):  # "Sudan's army, which recaptured the capital, Khartoum, last month, said"
        before = before[: m.start()]
    if " that " in before or " which " in before:  # "the ministry of the administration that
        before = _RELATIVE_END.sub("", before)  # runs eastern Libya said": not Libya
    one = _ONE_WHO.search(before) if " who " in before else None
    if one:  # "A monk who escaped a raid on a monastery near Yangon told": the monk
        before = one.group()
    rel = _RELATIVE_LOWER.search(before) if " that " in before or " who " in before else None
    head = before[: rel.start()] if rel else ""
    if rel and (_ORG_TAIL.search(head) or _PEOPLE_TAIL.search(head)):
        before = head  # "The unions that called the general strike claimed"
    # every pattern below ends at the end: search the last words only
    tail = before.find(" ", len(before) - 90) + 1 if len(before) > 90 else 0
    # "… Affairs (OCHA) said", "Magen David Adom (MDA) ambulance service said"
    # "the Joint Chiefs of Staff (JCS) in Seoul say": the body, not where it sits
    acronym = rx(
        rf"\(({ACRONYM})\)(?:\s+[a-z][\w'’-]*){{0,3}}(?:\s+(?:in|at)\s+[A-Z][\w'’-]*)?$"
    ).search(before, tail)
    if acronym:
        return acronym.group(1), "name"
    # "The National Search and Rescue Agency (Basarnas) said": a body's short name as a word
    short = _SHORT_NAME_DEF.search(before, tail) if before.endswith(")") else None
    if short and short.end() == len(before) and _is_org(short.group("full")):
        return short.group("acr"), "name"
    # a short subject after a clause break: "…, the authority said", "Ukraine's air force said"
    clause = rx(r"(?:^|[,;:(—–-]\s|\.\s)\s*([^,;:(—–]{1,60})$").search(before, tail)
    opened = _LEADING_CONJ.sub("", clause.group(1).strip()) if clause else ""
    if clause and _DETERMINED.match(opened) and (
        len(opened.split()) <= 7 or (len(opened.split()) <= 11 and _OFFICE_OF.match(opened))
    ):  # "The governor of Brazil's flood-hit Rio Grande do Sul state said"
        phrase = opened  # "While the Open Streets movement said …"
        bare = rx(r"(?i)^the\s+").sub("", phrase)
        if _WHOLE_NAME.match(bare):
            return bare, "name"
        named = _DESCRIBED_NAME.match(bare)
        if named and " for " in named.group(1) and _OFFICE_OF.match(phrase):
            named = None  # "the special envoy of the United Nations for Syria": the envoy
        if named:  # "the financial news outlet Caixin", "Iran's foreign ministry spokesman X"
            return named.group(1), "name"
        if not _VERBISH.search(phrase, _DETERMINED.match(phrase).end()):  # "an" opens it
            # "A man in Houla who said he had lost five …": the man
            return _WHO_END.sub("", phrase), "description"
    if clause and _QUANTIFIED_GROUP.fullmatch(opened):
        return opened, "description"  # "Some of the refugees claimed", "Several guests said"
    m = _GROUP_OF.search(before, tail)
    if m:  # "Relatives of miners who gathered at the site claimed": the relatives
        return m.group(1) or m.group(2), "description"
    m = _STAFF_OF.search(before, tail)
    if m:  # "Analysts at Pinecrest Capital estimated": the firm they work for
        return _STAFF_WHERE.sub("", m.group(1)), "name"
    m = _ORG_IN_PLACE.search(before, tail) if _in_or_at_near_end(before[tail:]) else None
    if m:  # "police in Lenanik said", "officials at the scene said"
        last = m.group().rsplit(None, 1)[-1]
        if last[0].isupper() and last.lower() in ORG_WORDS:
            # "an official at the Interior Ministry said": a named body, not a place
            return _LEADING_CONJ.sub("", m.group()), "description"
        return _LEADING_CONJ.sub("", m.group(1)), "description"
    placed = _BODY_IN_PLACE.search(before, tail) if " in " in before[tail:] else None
    if placed:  # "A doctor at Cipto Mangunkusumo hospital in Jakarta": the hospital's, not Jakarta
        return _trailing_name(before[: placed.start(1)])
    m = _NUMBERED_NAME.search(before, tail) if before[-1:].isdigit() else None
    if m and _without_opening_word(m.group(1)) == m.group(1):
        return m.group(1), "name"  # "SEIU Local 721, which represents …, said"
    m = _PERSON_OF_DESCRIBED_BODY.search(before, tail) if " of the " in before[tail:] else None
    if m:  # "Kevin Stricklin of the federal Mine Safety and Health Administration said"
        return _without_opening_word(m.group(1)), "name"
    m = _ENDING_NAME.search(before, tail) if _may_end_in_name(before) else None
    joined = m and (" for " in m.group(1) or " of " in m.group(1))
    office = _OFFICE_OF_TAIL.search(before, tail) if joined and " of " in before[tail:] else None
    if office and office.start() < m.start():
        # "The special envoy of the United Nations for Syria": the envoy, not "United Nations
        # for Syria"
        return _LEADING_CONJ.sub("", office.group(1)), "description"
    if m:
        name = m.group(1)
        name = _without_opening_word(name)
        if name.lower() in PRONOUNS:
            return name.lower(), "pronoun"
        return name, "name"
    m = rx(r"(?i)\b(he|she|they|it)$").search(before, tail)
    if m:
        return m.group(1).lower(), "pronoun"
    m = _NAME_OF_BODY.search(before, tail)
    if m:  # "Cmdr Vittorio Lanzetta of the Italian coast guard said": the officer speaks
        return _without_opening_word(m.group(1)), "name"
    m = _OFFICE_OF_TAIL.search(before, tail) if " of " in before[tail:] else None
    if m:  # "… as the police chief of the worst-hit prefecture warned": the chief, not the place
        return m.group(1), "description"
    m = _ORG_TAIL.search(before, tail)
    if m:
        phrase = _LEADING_CONJ.sub("", m.group(1))
        words = phrase.split()
        # keep at most the determiner/possessive and three words ("Yesterday" is none of them)
        return _without_opening_word(" ".join(words[-7:])), "description"
    # "Mountain guides claimed", "Some strategists said", "Diplomats of several missions in
    # the city, who …, say": the people, not where they are; also after a clause ("Fighters
    # held the centre, and Chechen commanders said")
    people = next((t for t in (before, opened) if t and _PEOPLE_TAIL.fullmatch(t)), None)
    if people:
        return regex.split(r"\s+(?:of|in|at|from)\s+", people, maxsplit=1)[0], "description"
    return None


def _may_end_in_name(text: str) -> bool:
    """Whether a NAME can end the text: its last word has a capital ('Lysak', 'al-Sisi') or is
    a particle ('de'); most subjects ('police', 'the ministry', 'he') are spared the scan."""
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    return last != last.lower() or last in _PARTICLES


_PARTICLES = frozenset("de da van von bin ibn le la del der".split())  # as in NAME_WORD


def _in_or_at_near_end(text: str) -> bool:
    """Whether 'in' or 'at' is one of the last five words, as _ORG_IN_PLACE needs (at most
    'the' and three words follow it): a split spares most subjects that costly pattern."""
    return any(w.lower() in ("in", "at") for w in text.split()[-5:])


def _takes_appositive(before: str) -> bool:
    """Whether `before` ends with what an appositive can describe: a name or acronym
    ("Hugh Hill, a doctor,"), or a short determined subject ("the mayor, a former teacher,");
    not the object inside a clause ("…clinging to debris, the agency, …, said")."""
    before = before.rstrip()
    if _FRONTED_DAY.search(before):
        return False  # "On Sunday, the Paulista Crowd Monitor, …, counted": the subject follows
    if _OBJECT_NAME.search(before, max(0, len(before) - 80)):
        return False  # "ordered to pull out of Sievierodonetsk, the governor … said": a place
    if before[-1:] in (")", "”", '"') or _ENDS_CAPITALISED.search(before):
        return True
    if _AGED.search(before):
        return True  # "Jean Dupont, 54, who farms near Liège,"
    if _ORG_TAIL.search(before, before.find(" ", len(before) - 90) + 1 if len(before) > 90 else 0):
        return True  # "Ukrainian officials, meeting American envoys in Jeddah, said"
    clause = before[max(before.rfind(c) for c in ",;:(") + 1 :].strip()
    if _PEOPLE_TAIL.fullmatch(clause):
        return True  # "Diplomats of several missions in the city, who …, say"
    return bool(_DETERMINED.match(clause)) and len(clause.split()) <= 6


# a name that is the object of a verb's preposition, not a subject an appositive describes:
# "ordered to pull out of Sievierodonetsk", "troops withdrew from Kherson"
_OBJECT_NAME = regex.compile(
    r"(?:\b(?:[a-z]+ed|[a-z]+ing|withdrew|fled|drove|went|came|ran|fell)\s+(?:from|into|towards?|"
    rf"across)|\bout\s+of|\binto)\s+(?:the\s+)?{NAME}$"
)
_FRONTED_DAY = regex.compile(
    rf"(?:^|[.;]\s+)(?:On|By|Late\s+on|Early\s+on)\s+(?:{'|'.join(WEEKDAYS)}|{'|'.join(MONTHS)})"
    r"(?:\s+\d{1,2})?(?:\s+(?:morning|afternoon|evening|night))?$",
    regex.IGNORECASE,
)
# a name set beside the description before it: ", the Qassam Brigades,", ", OCHA,"; as an
# aside before a verb, or closing the sentence
_BESIDE = rf",\s+(?:the\s+)?({ACRONYM}|{NAME})"
# "Its Afghan partner, the Afghan Red Crescent Society (ARCS), said": its acronym kept
_AGE_ASIDE = regex.compile(r",\s+(?:of|aged)\s+\d{1,3}(?:\s+years(?:\s+old)?)?(?=,(?!\s+who\b))")
_NAMED_ASIDE = regex.compile(
    rf",\s+(?:the\s+)?({ACRONYM}|{NAME}(?:\s+\({ACRONYM}\))?)"
    # "The organisers, the Million Moments for Democracy group, put"
    r"(?:\s+(?:group|movement|platform|coalition|alliance|campaign|network))?,$"
)
_NAME_CLOSING = regex.compile(rf"{_BESIDE}(?=\s*(?:[.;]|$))")
_ENDS_LOWER = regex.compile(r"(?:^|\s)[a-z][\w'’-]*$")  # a description, not a name
_RELATIVE_ASIDE = regex.compile(r",\s+(?:which|who)\s[^;:()]{3,150}$")
# a paper standing for its issuer: "the statement", "the exit poll", "central bank data"
_PAPERS = r"statement|report|data|figures|poll|survey|results|tally|count|bulletin|update"
_PAPER = regex.compile(
    r"same\s+[a-z]+"  # "the same firm", "the same agency"
    rf"|(?:(?P<owner>[a-z]+(?:\s+[a-z]+)?)\s+)??(?:exit\s+|latest\s+|daily\s+)?(?:{_PAPERS})"
)
_BARE_PAPER = regex.compile(rf"(?:{_PAPERS}|figure)")
_FOR_US = regex.compile(
    r"\s+for\s+(?:this|the|our)\s+(?:newspaper|paper|publication|broadcaster|channel|station|"
    r"website|outlet|programme|program)$"
)
_PAPER_BY = regex.compile(  # "a report by the UN"
    rf"(?i:an?|the)\s+(?:[\w-]+\s+)?(?:{_PAPERS}|analysis|study)\s+by\s+((?:the\s+)?[^,;]{{2,60}})$"
)
# a head word as either spelling names it: "the centre" is the "… Center" named before
_SPELLINGS = {
    "centre": "cent(?:re|er)",
    "center": "cent(?:re|er)",
    "organisation": "organi[sz]ation",
    "organization": "organi[sz]ation",
}
_SHORT_NAME_HINT = re.compile(r"\s\([A-Z][a-z]{3,11}\)")
_SHORT_NAME_DEF = regex.compile(rf"(?P<full>{NAME})\s+\((?P<acr>[A-Z][a-z]{{3,11}})\)")
_NUMBERED_NAME = regex.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’.-]*\s+){2,4}\d{1,4}|[A-Z]{2,6}\s+\d{1,4})$"  # "DC 33"
)
# a name's last word, or its number ("SEIU Local 721")
_ENDS_CAPITALISED = regex.compile(r"\b[A-Z][\w'’.-]*(?:\s+\d+)?$")
_AGED = regex.compile(r"\b[A-Z][\w'’.-]*,\s+\d{1,3}$")
# "LONDON - ", or a live blog's "12.15 BST "
_DATELINE_LEAD = regex.compile(
    r"^(?:[A-Z][A-Z .'’]+(?:,[^-–—\n]{1,40})?\s[-–—]\s+|\d{1,2}[.:]\d{2}\s+(?:[A-Z]{2,4}\s+)?"
    r"(?:[-–—]\s+)?)"
)
_SOURCE_BEFORE = regex.compile(
    r"\b(?:according\s+to|from|by)\s+((?:the\s+)?[^,;]{2,80}),$"
)
# "Unverified messages …", "A widely shared post on X claimed": nobody named
_UNSOURCED_SUBJECT = regex.compile(
    r"(?i)\s*(?:unverified|unconfirmed)\b|\s*(?:an?|one)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:post|posts|message|messages|video|tweet|thread|graphic|meme)\s+(?:on|circulating|shared)\b"
    r"(?![^,;]*\bby\s)"  # not "A post on Telegram by the governor"
)
_THIS_OUTLET = regex.compile(
    r"(?i)(?:by\s+)?this\s+(?:newspaper|paper|station|network|programme|website)\b"
)
# "unconfirmed reports", "unverified information" (not "… shared by fans"); "some" alone
_UNSOURCED = regex.compile(
    r"(?i:unconfirmed|unverified)\b(?![^,;]*\bby\s)|(?i:some|other)\b(?!\s+\w)"
    # "Correction: An earlier version of this article said 104": the outlet's own
    r"|(?i:(?:an\s+)?earlier\s+versions?\s+of\s+this)\b"
    # a correction's "The article also said": this article, no source named
    r"|(?i:(?:the|this|our)\s+(?:article|story)$)"
)
_WORK_BY = regex.compile(
    r"^(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:analysis|count|tally|review|study|survey|"
    r"estimate|calculation|results|accounts|reports)\b(?:[^,;]|(?<=\d),(?=\d)){0,40}?\bby\s+(?=\S)"
)
_ITS_OWN = regex.compile(
    r"(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:report|filings?|figures|data|accounts|statement|"
    r"results|website|count|tally|reckoning)\b"
    # "according to figures it gave its creditors"
    r"|(?:figures|data|numbers|estimates|accounts)\s+(?:that\s+)?(?:it|they)$"
)
_CITING_AFTER = regex.compile(r"(?:\s+on\s+[A-Z][a-z]+day)?,\s+citing\s+([^,.;]{2,80})")
# "citing preliminary figures", "citing loading records and interviews with crew": the
# speaker's own papers, not another source ("citing figures from the ministry" is the ministry)
_OWN_PAPERS = regex.compile(
    r"(?i)(?:an?\s+analysis\s+of\s+)?"  # "citing an analysis of mobile phone data"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:figures|data|estimates|reports?|"
    r"statistics|numbers|tallies|records|documents|sources|information|results|footage|images)"
    r"\b(?!\s+(?:[a-z]+\s+)?(?:from|by|of)\s)"
)
_NAMED_OPENING = regex.compile(rf"\s*({NAME}),\s[^,]{{3,80}},\s")
_CITING_ASIDE = regex.compile(r",\s+citing\s([^,]{1,80}),?\s*$")
# "…, according to Vladimir Medinsky, the Kremlin aide who led …": an appositive on the source
_SOURCE_APPOSITIVE = regex.compile(r",\s+(?:the|a|an|who|which)\s[^;]*$")


# a social-media account: "@chisinau_ana"
_HANDLE = regex.compile(r"@\w{2,30}\b")
_HANDLE_END = regex.compile(r"(?:^|[\s,(])(@\w{2,30}),?$")


def _leading_name(after: str, the_name: bool = False) -> tuple[str, str] | None:
    """The speaker right after an inverted verb: 'said Maria Lopez, a spokeswoman'; with
    `the_name`, after a clause it ends ("…, reported the Permanent Electoral Authority"), a
    body's name after its article, not the subject of a new clause ("said the Dali was")."""
    office = _OFFICE_THEN_NAME.match(after)  # "said the Minister of Internal Administration, X"
    if office:
        return office.group(1), "name"
    after = after.lstrip()
    if after.startswith("@") and (handle := _HANDLE.match(after)):
        return handle.group(), "name"  # '"…," wrote @ramonamd'
    m = _LEADING_ORG.match(after)
    if (m and m.group(1).split()[0].lower() in ("the", "a", "an")) or (
        m and not after[:1].isupper()
    ):
        if m.group(2):
            return m.group(2), "name"
        return m.group(1), "description"
    m = _LEADING_PERSON.match(after, 4 if the_name and _THE_NAME.match(after) else 0)
    if m and m.group(1).split()[0].lower() not in _CALENDAR:  # not '…, she said Sunday.'
        name = m.group(1)
        if name.lower() in PRONOUNS:
            return name.lower(), "pronoun"
        return name, "name"
    return None


def _role_named(rules: Rules) -> tuple[regex.Pattern, regex.Pattern]:
    """A person named after an office ([roles] in rules/speakers.toml) that follows a
    description or an organisation: at the end of a subject ("Halvanian ground forces commander
    Pavel Orlov") and right after a verb ("said Voice of the Street spokesperson Marek Belic")."""

    def build() -> tuple[regex.Pattern, regex.Pattern]:
        roles = "|".join(r"\s+".join(map(regex.escape, r.split())) for r in rules.roles) or "(?!)"
        end = regex.compile(rf"\b(?:{roles})\s+({NAME})$")  # lower case: "General Staff" is a name
        start = regex.compile(
            rf"^\s+(?:[A-Z][\w'’-]*\s+(?:(?:of|the|for|and)\s+)*)+(?:[a-z][\w-]*\s+){{0,3}}?"
            rf"(?:{roles})\s+({NAME})"
        )
        return end, start

    return rules.memoised(("role named",), build)


_CLAIMED_LIVES = regex.compile(r"\s+(?:the\s+)?(?:[\w,.-]+\s+){1,4}?(?:lives|victims)\b")


def _inverted(after: str, rules: Rules) -> tuple[str, str] | None:
    """The speaker after a verb that follows the reported clause: a name, or a description
    that ends there ('…, said the regional governor.'), not the subject of a new clause."""
    # "…, confirmed this Thursday the National Institute of Medical Emergency (INEM)"
    after = _TIME_FIRST.sub(" ", after, count=1) if _TIME_FIRST.match(after) else after
    role = _role_named(rules)[1].match(after)  # "said Voice of the Street spokesperson Marek Belic"
    if role:
        return role.group(1), "name"
    gave = _GAVE_NAME_AFTER.match(after) if " as " in after else None
    if gave:  # "said an artillery major who gave his name only as Rathore"
        return gave.group(1), "name"
    got = _leading_name(after, the_name=True)
    end = after.find(got[0]) + len(got[0]) if got else 0
    if got and got[1] == "description":
        return got if _ENDS_HERE.match(after, end) else None
    if got and after.lstrip().startswith("the ") and not _BODY_ENDS.match(after, end):
        return None  # "…, said the Dali, a 984-foot ship, was carrying": a new clause's subject
    return got


_TIME_FIRST = regex.compile(
    rf"\s*(?:(?:this|on|last)\s+(?:{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?"
    r"|yesterday|today|on\s+the\s+same\s+day)(?=\s+(?:the\s+[a-z]|(?:the\s+)?[A-Z]))",
    regex.IGNORECASE,
)
# verbs that may come before their speaker: "…, said X", "…, confirmed the national authority"
_INVERTING = frozenset(
    "said says added reported reports confirmed confirms announced stated explained noted "
    "indicated informed wrote warned specified precised communicated affirmed declared "
    "underlined insisted claimed calculated estimated emphasised emphasized stressed".split()
)
_INVERTED_THEN_WHO = regex.compile(
    rf"\b(?:{'|'.join(sorted(_INVERTING))})\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){{0,3}}({NAME}),$"
)
_OFFICE_THEN_NAME = regex.compile(
    rf"\s*the\s+(?:[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*)){{0,8}}"
    # "…, explained the director of operation services of REE, Eduardo Prieto"
    r"|(?:[a-z][\w'’-]*\s+){0,2}(?:director|head|chief|minister|secretary|president|"
    r"spokes(?:man|woman|person)|commissioner|governor|mayor|chairman|chairwoman|chair)\s+"
    rf"(?:of|for|at)\s+[^,;.]{{2,60}}),\s+(?:[a-z]+\s+)?({NAME})"  # ", lieutenant Pedro Aihara"
    r"(?=\s*(?:[,.;]|$))"
)
_NAME_RE = re.compile(rf"\b{NAME}")  # stdlib re: 0.4 of the time over whole texts
_CAPITAL = re.compile(f"[{UPPER}]")  # what every name starts with
_NAME_AT = regex.compile(NAME)
# what may follow the word an appositive ends with ("a volunteer hotline for migrants,")
_APPOSITIVE_END = regex.compile(r"[,.;)]|\s+(?:for|of|in|that|which|who|at|with|on|based)\b")
# "Aegean Watch Line, a volunteer " before the word that describes it
_APPOSED_TO = regex.compile(
    # "Société Générale, one of France's biggest banks,"
    rf"(?<![\w'’-])({NAME}),\s+(?:an?|the|one\s+of\s+(?:the|[A-Z][\w-]*['’]s))\s+"
    rf"(?:(?!(?:of|for|at|in|on|to|by|with|the)\s)(?:[a-z][\w'’-]*|[A-Z]{{2,5}})\s+){{0,3}}$"
)
_WHOLE_NAME = regex.compile(rf"^(?:{NAME})$")
_ENDING_NAME = regex.compile(rf"(?:^|[^\w'’])({NAME})$")
# after an inverted verb: "said the regional governor", "said police spokesman Ivan Petrov"
_LEADING_ORG = regex.compile(
    rf"((?:(?:the|a|an)\s+)?(?:(?<=the\s){NAME}\s+(?=[a-z]))?(?:[a-z][\w'’-]*\s+){{0,3}}(?:{ORG_NOUNS})"
    rf"(?:\s+(?:for|of|at)\s+(?:the\s+)?(?:{NAME}|[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?))?"
    rf"(?:,?\s+({NAME}))?)"
)
_LEADING_PERSON = regex.compile(
    rf"({NAME})(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|of|from|during)\b|\s+\({ACRONYM}\))"
)
_THE_NAME = regex.compile(r"the\s(?=[A-Z])")
_NAME_ENDS = regex.compile(rf"\s*(?:\({ACRONYM}\)\s*)?(?:[,.;]|$)")  # "…, confirmed X (ANEPC)."
_BODY_ENDS = regex.compile(
    # "…, said the Ministry of Health of the Chelyabinsk region."
    r"(?:\s+(?:of|in|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?[a-z][\w'’-]*)?"
    rf"\s*(?:\({ACRONYM}\)\s*)?(?:[.;]|$|,\s+(?:which|who|and|but)\b)"
)
# not a person with an age, who opens the clause: "According to the bank, Jérôme Kerviel, 31,"
_NAME_AFTER_COMMA = regex.compile(rf"^,\s+({NAME})(?=\s*(?:,(?!\s*\d{{1,3}},)|[.;]|$))")
_NAMED_REPORT = regex.compile(
    rf"^(?:an?\s+|the\s+)?(?:new\s+|latest\s+)?({NAME})\s+(?:report|statement|survey|"
    r"study|poll|count|tally|estimate|data|figures|assessment|analysis|bulletin|notice|filing)\b"
)
_LEAD_NAME = regex.compile(rf"^(?:[Tt]he\s+)?({NAME}(?:\s+(?:{ORG_NOUNS})\b)?)")
OFFICES = (
    r"governor|president|mayor|minister|commander|spokes(?:man|woman|person)|prosecutor|"
    r"sheriff|treasurer|chancellor|premier|ombudsman|commissioner|ambassador|chief|chair|"
    r"chairman|chairwoman|director|collector|judge|secretary|envoy"
)
# "the financial news outlet Caixin", not "a volunteer in Amizmiz" (a place after a preposition)
_DESCRIBED_NAME = regex.compile(
    rf"^(?:[A-Z][\w-]*['’]s\s+)?[a-z][\w\s'’-]*?(?<=\b[a-z][\w'’-]*)"
    rf"(?<!\b(?:in|at|from|of|for|near|on|to))\s({NAME})$"
)
_KIND_NAMED = regex.compile(
    rf"^(?:[Tt]he\s+)?(?:{NAME}\s+)?(?:(?!(?:of|for|and|on|at|the|in|by|from|to|with)\s)"
    rf"[a-z][\w'’-]*\s+){{1,3}}({NAME})$"
)
_ORG_WORDS_AFTER = regex.compile(rf"\s+(?:[a-z][\w'’-]*\s+){{0,3}}(?:{ORG_NOUNS})\b")
_LOWER_TAIL = regex.compile(r"(?<=[A-Z][\w'’-]*)(?:\s+[a-z][\w-]*)+$")
_ACRONYM_DEF = regex.compile(
    rf"(?P<full>(?:the\s+)?(?:{NAME}|[a-zA-Z][\w'’-]*(?:[ \t]+[a-zA-Z][\w'’-]*){{1,5}}))"
    rf"\s+\((?P<acr>{ACRONYM})\)"
)
# words of a description that describe an organisation without naming it
_DESCRIPTIVE = frozenset(
    """medical humanitarian state local regional national international federal private public
    independent financial global main largest biggest leading german french british""".split()
)
_DESCRIPTIVE_END = ("-based", "-owned", "-run", "-backed", "-led", "-funded")
# a company's words: "the company", "the chipmaker", "Bavarian Nordic, the Danish maker of …"
_COMPANY_WORDS = frozenset(
    """company corporation firm group carrier airline insurer operator business manufacturer
    maker carmaker retailer lender chipmaker automaker drugmaker planemaker miner conglomerate
    utility broadcaster club""".split()
)
# descriptions that name no kind of organisation of their own
_GENERIC_ORG = _COMPANY_WORDS | frozenset(
    "charity organisation organization agency watchdog regulator body party union".split()
)
# the words a name of some kinds of body carries: a union's, an airline's
_KIND_NAMED_BY = {
    "union": regex.compile(
        r"\b(?:Workers|Union|Unions|Federation|Confederation|Teamsters|Guild|Employees)\b"
    ),
    "airline": regex.compile(r"\b(?:Air|Airlines?|Airways|Aviation)\b"),
}
_INTRODUCED = regex.compile(rf"\b(?:{'|'.join(sorted(_GENERIC_ORG))})\s+({NAME})")
_APPOSED_BODY = regex.compile(
    # "Rheinmetall, Europe's largest maker, told investors"
    rf"(?<![\w'’-])({NAME}),\s+(?:an?|the|[A-Z][\w-]*['’]s)\s+"
    rf"(?:(?!(?:of|for|at|in|on|to|by|with|the)\s)"
    rf"[\w'’-]+\s+){{0,3}}?({'|'.join(sorted(_GENERIC_ORG))})"
    r"(?=[,.;)]|\s+(?:for|of|in|that|which|who|at|with|on|based)\b)"  # an aside, not a subject
)
# an unnamed medic speaks for the hospital the sentence names before them
_MEDICS = frozenset(("doctor", "nurse", "medic", "surgeon", "physician"))
_HOSPITAL = regex.compile(
    r"\b((?:[A-Z][\w'’-]*\s+)+(?:(?:and|of)\s+(?:[A-Z][\w'’-]*\s+)*)?"
    # "At Chernihiv regional hospital, a surgeon told us"
    r"(?:(?:regional|central|city|district|general|military|provincial|county|children's)\s+)?"
    r"(?:[Hh]ospital|Medical\s+Cent(?:re|er)|Clinic|Infirmary))\b"
)
_CENTRAL_BANK = regex.compile(
    r"\bBank\s+of\s+[A-Z]|\b(?:National|Reserve|Central|People's)\s+Bank\b|\bFederal\s+Reserve\b|"
    r"\bBundesbank\b|\bBanque\s+de\b|\bBanco\s+(?:de|Central)\b"
)
# a lede's verb after its subject, and the possessives that tell a body from a person
_LEDE_VERB = regex.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:said|says|have|has|had|is|are|was|were|[a-z]+ed)\b"
)
# "The Bank of Japan", not "The water"
_LEDE_NAME = regex.compile(rf"(?:The\s+)?(?!(?:The|A|An)\b)({NAME})")
_ITS = regex.compile(r"\b(?:its|their)\b")
_HIS = regex.compile(r"\b(?:his|her|he|she)\b")
_ACRONYM_HINT = regex.compile(rf"\s\(({ACRONYM})\)")
_PERSON_ROLE = regex.compile(
    r"\b(?:spokes\w+|minister|governor|mayor|chief|commander|general|president|director|"
    r"head|official|secretary|envoy|leader|prime\s+minister|premier|chancellor|commissioner|"
    r"ambassador|prosecutor|coroner|sheriff|superintendent|inspector|adviser|advisor|judge)$"
)
# where an office's name ends and what it is for begins: "special envoy | for Syria"
_ROLE_HEAD = regex.compile(r"\s+(?:for|of|in|at|to)\s+")
_CALENDAR = frozenset((*WEEKDAYS, *MONTHS))
# offices no holder of another one is called by: a minister is not "the mayor"
_DISTINCT_OFFICES = frozenset(
    "mayor governor minister president premier chancellor ambassador judge prosecutor sheriff "
    "prefect".split()
)
_NOUN_TOO = frozenset("forecast estimate estimates claim claims report reports".split())
_OWNED_NOUN = regex.compile(r"\b(?:its|their|his|her|our)\s+[a-z-]+\s+$")
_PLACE_LAST = frozenset(  # not "Park", "Lake", "Court" or "Bay": surnames too
    """Island Islands Drive Street Road Avenue Boulevard Beach County Springs Valley Square
    River Creek Harbour Harbor Heights Hills Airport Station Tower Towers Centre Center
    Stadium Mountains Peninsula""".split()
)
_PLACE_FIRST = frozenset("Fort Port Mount Lake Cape".split())
_HEARSAY_PARTICIPLES = frozenset(("believed", "said", "reported", "estimated", "thought"))
_INITIALS_DEF = regex.compile(
    rf"(?P<full>(?:the\s+)?{NAME}),\s+(?:(?:widely|better|commonly|also)\s+)?known\s+by\s+"
    rf"(?:its|their)\s+(?:[A-Z][a-z]+\s+)?initials,?\s+(?P<acr>{ACRONYM})"
)
_KNOWN_AS = regex.compile(
    rf"({NAME}),\s+(?:(?:widely|better|commonly|also)\s+)?known\s+as\s+([A-Z][\w'’-]+)\b"
)
_SPOKES = frozenset(("spokesman", "spokeswoman", "spokesperson"))
_ON_DAY = regex.compile(rf"\s+on\s+(?i:{'|'.join(WEEKDAYS)})$")
_LOWER_LEAD = regex.compile(r"^(?:[a-z][\w'’-]*\s+)+(?=[A-Z])")
# "Israel's Magen David Adom", "the Catalan government's Centre …", not "People's Party"
_POSSESSOR = regex.compile(r"^(?:[A-Z][\w-]*|(?:[\w-]+\s+){0,2}[a-z][\w-]*)['’]s\s+(?=[A-Z])")
_LEADING_FUNCTION = regex.compile(
    r"^(?:(?:according|to|by|from|with|said|says|of|in|at|and|the|citing|for)\s+)+"
)
_COMMON_IN_NAMES = (
    frozenset(
        """of for the now voice relief aid action watch street first free united national
    international global world human rights flooding""".split()
    )
    | frozenset(WEEKDAYS)
    | frozenset(MONTHS)
)
_MINOR_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "la", "du", "des"})
# the last group of people a text speaks of, as a clause's subject: "relatives waited",
# "Residents complained that …" (searched in reverse: the nearest)
_PEOPLE_BEFORE = regex.compile(
    r"(?r)(?:^|[.,;:]\s+|\n)(?:(?:[Tt]he|[Mm]any|[Ss]ome)\s+)?((?:[Rr]elatives|[Rr]esidents|"
    r"[Ff]amilies|[Ss]urvivors|[Ww]itnesses|[Pp]rotesters|[Dd]emonstrators|[Vv]illagers|"
    r"[Ff]armers|[Ww]orkers|[Pp]assengers|[Pp]arents|[Ss]tudents|[Nn]eighbours|[Nn]eighbors|"
    r"[Ee]vacuees|[Rr]efugees|[Ss]hopkeepers|[Tt]raders|[Mm]iners|[Vv]olunteers))\s+"
    r"(?:[a-z]+ed|were|are|had|have|say|said|told|waited|queued|gathered|complained|spent)\b"
)
_GROUP_OPENING = regex.compile(
    r"\s*(?:[Tt]he\s+)?((?:[A-Za-z'’-]+\s+)?(?:[Oo]rgani[sz]ers|[Oo]fficials|[Aa]uthorities|"
    r"[Pp]olice|[Rr]escuers|[Aa]ctivists|[Uu]nions|[Rr]esidents|[Ww]itnesses|[Dd]octors|"
    r"[Mm]edics|[Ii]nvestigators|[Pp]rosecutors|[Rr]esearchers|[Aa]nalysts|[Cc]ampaigners|"
    r"[Mm]onitors|[Oo]bservers|[Ll]eaders|[Ss]eparatists|[Rr]ebels|[Mm]ilitants|[Ss]cientists|"
    r"[Ee]xperts|[Ee]conomists|[Tt]raders|[Dd]ealers|[Ll]awyers|[Ff]amilies|[Rr]elatives|"
    r"[Ss]urvivors|[Vv]olunteers|[Ff]irefighters|[Nn]urses|[Tt]eachers|[Ff]armers))\b"
)
# an office one person holds: "the head of …", "Myanmar's military leader", "the governor"
_LEADING_ROLE = regex.compile(
    r"(?:^|\s)(?:head|leader|chief|president|prime\s+minister|premier|governor|mayor|"
    r"commander|minister|chancellor|secretary)(?:\s+of\b|-in-chief\b|$)"
)
_CORPORATE = regex.compile(r"\b(?:Inc|Co|Corp|Ltd|plc|Group|Holdings|AG|SA|NV)\b\.?$")
_ORG_STAFF = regex.compile(
    r"^(company|firm|group|bank|chipmaker|carmaker|airline|operator|agency|charity)\s+"
    r"(?:executive|spokes(?:man|woman|person)|official|source|representative)$"
)
# one unnamed person who speaks for a body: "a spokeswoman for the hospital trust", "a senior
# Finance Ministry official", "an IMF spokesperson"
_VOICE = r"(?:spokes(?:man|woman|person)|official|representative|staff|insider)"
_VOICE_OF = regex.compile(
    rf"^(?:[\w-]+\s+)?{_VOICE}\s+(?:for|at|of|with|from)\s+(?P<org>(?:the\s+)?[^,]+?)"
    r"(?:,?\s+who\s+(?:asked|declined|spoke|requested)\b.*)?$"
)
_ORG_VOICE = regex.compile(
    rf"^(?:(?:senior|top|local|regional)\s+)?(?P<org>(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)\s+{_VOICE}"
    r"(?:\s+in\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)?$"  # "OCHA's spokesman in Bangkok"
)
_BARE_VOICES = frozenset(("spokesman", "spokeswoman", "spokesperson", "official"))
_BODY_OPENING = regex.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w'’-]*\s+){0,4}?[A-Za-z][\w'’-]*)\s+"
    r"(?:has|have|had|is|was|are|were|will|would|says?|said|[a-z]+ed)\b"
)
_VOICE_RANK = regex.compile(r"\b(?:top|senior|chief|deputy|main)\s+")
_THE_VOICE = regex.compile(rf"[Tt]he\s+{_VOICE}")
# "an IMF spokesperson", "OCHA's spokesman in Bangkok": a voice of the body the acronym names
_ACRONYM_STAFF = regex.compile(
    rf"(?:(?i:an?|the)\s+({ACRONYM})|({ACRONYM})['’]s)\s+{_VOICE}(?:\s+in\s+[A-Z][\w'’-]*)?$"
)
_PAPER_OPENING = regex.compile(
    r"^(?:An?|The)(?:\s+(?:exit|new|latest|final|official|[a-z]+ly))?\s+$"
)
_OWNED_ROLE = regex.compile(r"(?i:its|their)\s")
_OPENING_VERB = regex.compile(
    r"\s+(?:will|would|has|had|have|is|was|are|were|said|says|plans|expects|cut|[a-z]+ed|"
    r"[a-z]+s)\b"
)
_NOT_OPENERS = frozenset(
    "in on at by after before during while when as the a an this that these those some its their"
    " his her our dozens hundreds thousands".split()
) | frozenset(SMALL)  # "Nine workers were injured": a count, not a name
_DASHED = regex.compile(r"\s[-–—]\s")
# offices one person holds, named by a description ("the region's governor")
_ROLE_OPENING = regex.compile(
    # "Hours later the deputy chief …", "On Tuesday, the governor …": a time may open it
    r"\s*(?:(?:(?:Hours|Minutes|Days|Moments)\s+later|Later|[Oo]n\s+[A-Z][a-z]+day),?\s+)?"
    rf"(?:The|the)\s+((?:[\w'’-]+\s+){{0,2}}?(?:{OFFICES}))\b"
)
_ROLE_WORD = regex.compile(rf"\b({OFFICES})\b")


def _affiliation(text: str, end: int) -> str | None:
    """The body a person named just before `end` speaks for: "…, a spokesman for Munich
    police,", "…, a Parks Canada incident commander,", "… of Cambodia's defence ministry"."""
    m = _AFFILIATED.match(text, end, min(len(text), end + 120))
    if not m:
        return None
    body = _THE.sub("", (m.group("of") or m.group("for") or m.group("before")).strip())
    return body if body[:1].isalpha() and not _AFFILIATION_NOT.match(body) else None


_AFFILIATED = regex.compile(
    rf"(?:,\s+(?:(?:a|an|the)\s+)?(?:(?:senior|deputy|chief|top|regional|local|press|acting)\s+)?"
    rf"(?:(?:{OFFICES}|official|coordinator|officer|spokes\w+|head|manager|representative|"
    rf"secretary|member|leader)\s+(?:for|of|at|with)\s+(?P<for>[^,;.()]{{2,60}}?)(?=\s*[,;.(])"
    rf"|(?P<before>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){{0,4}})\s+(?:[a-z]+\s+)?"
    rf"(?:{OFFICES}|official|coordinator|officer)(?=\s*[,;.]))"
    rf"|\s+of\s+(?P<of>(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:ministry|police|army|agency|department|office|council|service|guard|brigade|"
    rf"commission|government|administration|authority|institute|committee|forces|command)"
    rf"(?:\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})?)(?=\s*[,;.]|\s+[a-z]+ed\b|\s+said\b|\s+told\b|\s+says\b))"
)
# not a body: "a spokesman for the family", "an official at the scene"
_AFFILIATION_NOT = regex.compile(r"(?i)(?:family|families|scene|site|time|moment|city's)\b")

# the body an opening office belongs to, up to its verb: "… chief of Russia's general staff gave"
_ROLE_OF = regex.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:[\w-]+\s+){0,2}?[\w-]+"
    r"(?=\s+(?:gave|said|says|told|has|had|was|is|[a-z]+ed)\b)"
)
# "The mayor of Lisbon, Carlos Moedas,": the office before the name
_OFFICE_BEFORE = regex.compile(
    rf"(?i:\bthe\s+(?:[\w-]+\s+)?)({OFFICES})\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)*,\s+$"
)
# "the head of …", "the general leading the army's chemical defence team"
_OFFICE = (
    rf"[Tt]he\s+(?:[\w-]+\s+)?(?:(?:{OFFICES}|head|leader)\s+of|"
    rf"(?:{OFFICES}|general|officer|official)\s+(?:leading|heading|running))\s"
)
_OFFICE_OF = regex.compile(rf"(?i){_OFFICE}")
_OFFICE_OF_TAIL = regex.compile(rf"(?:^|(?<=\s))({_OFFICE}[^,;:]{{1,60}})$")
_GENERIC_OWNERS = frozenset(
    """country nation region state city province county party oblast district regional local
    provincial municipal federal national""".split()
)
_LEDE_REACH = 700  # characters: the next paragraph or two
_INDEFINITE = regex.compile(r"(?i)(?:a|an)\s")
# one unnamed person: "spokeswoman for the regional government", "senior military official"
_PERSON_DESC = regex.compile(
    r"^(?:[\w'’-]+\s+){0,3}(?:spokes(?:man|woman|person)|official|officer|aide|adviser|advisor|"
    r"source|diplomat|envoy|commander|doctor|nurse|witness|resident|survivor)(?:\s+(?:for|of|at|with|in|"
    r"from)\s.+)?$"
)
# the word a description of an organisation ends in: a kind of its own, or a generic one
_ORG_HEAD = regex.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            _GENERIC_ORG
            | set(
                """authority authorities commission ministry office network service department
                council committee organisation organization institute centre center bureau
                board force army staff police bank court prefecture federation alliance
                coalition movement association foundation campaign directorate secretariat
                inspectorate platform""".split()
            )
        )
    )
    + r")$"
)
_PARTICIPLE_LEAD = regex.compile(r"(?!during\b)[a-z]{3,}ing\s")
_VERBISH = regex.compile(
    r"(?i)\b(?:has|have|had|is|was|were|will|would|can|could|did|does|an|been)\b"
    # "The announcement came hours after the government said": a clause, then the subject
    r"|\b(?:came|went|took|began|fell|rose|grew|met|left|brought|won|lost)\b"
    r"|\bdo\b(?!\s+(?-i:[A-Z]))"  # not "Rio Grande do Sul"
    r"|\b(?!(?:united|armed|retired|advanced|organised|organized|supported|based|red)\b)"
    r"[a-z]{3,}ed\b"
)
# cheap literal checks that skip the costly patterns in most sentences
_ACCORDING_HINT = regex.compile(
    r"ccording|iting|quoted|\b[Bb]y\b|\bfrom\b|\bper\b|(?:ecords|ocuments|ogs) of\b"
)
_NOBODY = regex.compile(r"(?i)\b(?:nobody|no\s+one|none)\s+$")
TOLD_ME = regex.compile(r"(?:told|tell)\s+(?:me|us)\b")
_POLL_HINT = regex.compile(r"\b(?:poll|survey|projection)s?\b")
# a poll's subject and the verb that gives its result
_POLL_GIVES = regex.compile(
    r"(?:^|[,;:]\s+|\.\s+|\s[-–—]\s+|[A-Z]{2,5}\s+)(?P<subj>(?:An?|The)\s+[^,;.]{0,60}?\b(?:poll|survey|"
    r"projection)\b[^,;.\d]{0,60}?)\s+(?P<verb>(?:had\s+|has\s+)?(?:gave|given|gives|put|puts|"
    r"projected|projects|showed|shows|found|finds))\b"
)
_POLLSTER = regex.compile(
    # "by the Basque government's Sociometric Office": the office, not its owner
    rf"\b(?:by|of|from)\s+(?:the\s+)?(?:(?:[\w-]+\s+){{0,2}}?[\w-]+['’]s\s+)?"
    rf"(?:polling\s+(?:firm|company|institute|group)\s+|pollsters?\s+)?({NAME})(?!['’]s)"
    rf"|^(?:An?|The)\s+(?:(?:new|latest|last|first|final)\s+)?({NAME})"
    r"\s+(?:exit\s+)?(?:poll|survey|projection)"
)
_POSSESSIVE_HINT = regex.compile(
    r"['’]s\s+(?:own\s+|[a-z]+\s+)?(?:count|tally|figures?|estimate|data|toll|report|records|"
    r"projections?|numbers|list)\b|(?:['’]s|s['’])\s+claims?\s+that\b"
)
_OTHER_KIND = regex.compile(
    r"\b(?:ministry|police|government|agency|department|army|military|office|council|court|"
    r"commission|authority|authorities|union|party|service)\b"
)
_CREDIT_END = regex.compile(r"\)\s*[-–—]")
# "the agency" is the office, service or authority that spoke before, never a ministry
_AGENCIES = frozenset("agency office department service authority commission".split())


def _same_kind(org: str, head: str) -> bool:
    """Whether a description's generic word can name `org`: "the charity" is no ministry,
    and "the agency" no charity."""
    low = org.lower().replace(head, "")
    kinds = set(_OTHER_KIND.findall(low)) - (_AGENCIES if head == "agency" else set())
    # "the agency" may be a UN organisation: "the International Organization for Migration"
    same = {head, "organization", "organisation"} if head == "agency" else {head}
    return not kinds and not (_GENERIC_ORG - same).intersection(low.split())


_RELATIVE_END = regex.compile(
    r"(?<=[a-z])\s+(?:that|which)\s+(?:[a-z]+\s+){1,4}(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)*$"
)
_MEANS = regex.compile(
    r"(?i)(?:[\w-]+\s+){0,2}?(?:tests?|testing|autops(?:y|ies)|DNA|samples|scans|swabs)\b"
)
_TIME_SUBJECT = regex.compile(
    r"(?i)(?:(?:late|early)\s+)?(?:"
    # not "May": "according to May" is a person
    + "|".join(w for w in (*WEEKDAYS, *MONTHS) if w != "may")
    + r"|"
    r"midnight|noon|midday|dawn|dusk|nightfall|then|the\s+(?:end|time|weekend|morning|evening)|"
    r"\d)\b"
)
# "The figures", "Their own count", "Its online tally": the last source's paper
_BARE_DETERMINER = regex.compile(
    r"\s*(?:(?:[Tt]he|[Tt]hese|[Tt]hose)(?:\s+same)?|(?:[Ii]ts|[Tt]heir)(?:\s+[a-z][\w-]*){0,2})\s*"
)
# a clause's subject: "the interior ministry", "CGT leader Sophie Binet", "Syrsky"
_SUBJECT = (
    rf"(?:(?:[Tt]he|An?)\s+(?:[\w'’-]+\s+){{0,3}}(?:{ORG_NOUNS})|"
    # "Rally organisers", "Munich police", "Gaza health officials": a name's people
    rf"(?!(?:{'|'.join(sorted(_NOT_NAME_START))})\b)[A-Z][\w'’-]+\s+(?:[a-z][\w'’-]*\s+)?"
    rf"(?:{ORG_NOUNS})(?=\s+(?:has\s+|had\s+)?[a-z]+\b)|"
    rf"(?:[Tt]he\s+)?(?:{NAME}\s+(?:[a-z]+\s+){{1,2}})?(?!(?:The|An?)\b){NAME})"
)
# "In a television interview that evening, she called …": past a fronted time or place
# "Its spokesman, Ali al-Dabbagh, called …": the name after a possessive's office
_OPENING_SUBJECT = regex.compile(
    rf"\s*(?:(?:{'|'.join(sorted(_NOT_NAME_START))})\b[^,\"“]{{1,80}},\s+)?"
    rf"(?|(?:Its|Their|His|Her)\s+(?:[a-z][\w'’-]*\s+){{0,2}}[a-z][\w'’-]*,\s+({NAME}),\s+"
    rf"|({_SUBJECT}|[Hh]e|[Ss]he|[Tt]hey)\s+)(?:has\s+|had\s+)?[a-z]+\b"
)
_QUOTE_CLOSED_BEFORE = regex.compile(r"[,.!?]([\"”])\s*(?:he\s+|she\s+)?$")
_RELATIVE_OBJECT = regex.compile(r",\s+(?:who|which)\s+(?:[a-z]+\s+){1,2}$")
# a description, then the name: '"…," said the volunteer, Muntadhar Jassim, 23.'
_ROLE_THEN_NAME = regex.compile(
    rf"\s*the\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+,\s+({_CAP}(?:[ \t]+{NAME_WORD})+)(?=\s*[,.;]|\s*$)"
)
# the one described before, named: '"…," said the official, Oleksandr Stryuk'
_NAMED_AGAIN = regex.compile(
    rf"\b(?:said|says|added|told\s+[a-z]+)\s+the\s+(?:[a-z]+\s+)?([a-z]+),\s+({NAME})(?=[.,])"
)
_SURNAME_SPEAKS = regex.compile(
    r"[,\"”]\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?:said|says|told|added)\b"
)
_HEADS = regex.compile(r"\s*who\s+(heads|led|leads|runs|chairs|commands)\s")
_ANONYMOUS = regex.compile(
    r"\s+who\s+(?:asked|declined|spoke|requested|was\s+not|is\s+not)\b[^,;]{0,120}$"
)
_RELEASED = regex.compile(
    # "A poll released last week found", "Its figures, published on Thursday morning, showed",
    # "Its tally, with about 40% of ballots counted, showed"
    r",?\s+(?:released|published|conducted|carried\s+out|issued)(?:\s+[\w-]+){0,4}?,?$"
    r"|,\s+(?:with|based\s+on)\s[^,]{1,80},$"
)
_A_NAME = regex.compile(r"^(?:A|An)\s+(?=[A-Z])")
_AN_ARTICLE = regex.compile(r"\s*(?:[Aa]n?|[Oo]ne)\s*")
_MONTH_NAMES = "|".join(m.title() for m in MONTHS)
_TIME_LEAD = regex.compile(
    r"^(?:(?:[Ll]ast|[Tt]his|[Ee]arlier\s+this|[Ll]ater\s+that)\s+(?:year|month|week|spring|"
    rf"summer|autumn|winter)|(?:[Oo]n|[Ii]n|[Bb]y)\s+(?:[A-Z][a-z]+day|{_MONTH_NAMES})"
    # "On November 5th the government lowered its figure": a day of a month, told with it
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?|(?:{_MONTH_NAMES})\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|(?:[Oo]n|[Bb]y)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES})"
    # "By the next afternoon the government had put the toll at 231"
    r"|(?:(?:[Bb]y|[Oo]n)\s+)?[Tt]he\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night))"
    r"\s*,?\s+(?=\S)"
)
_WHERE_THEY_ARE = regex.compile(
    r"(?<=[a-z]s)\s+[a-z]+(?:ed|ing)\s+(?:at|outside|near|in|by|on|beside|around|inside|with)\s+"
    # "gathered at the site", "waiting outside Xiangshui People's Hospital"
    r"(?:the\s+)?(?:[a-z][\w\s'’-]{0,40}|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})$"
    # "volunteers running the shelters": what they run
    r"|(?<=[a-z]s)\s+(?:running|staffing|managing|operating|organi[sz]ing)\s+(?:the\s+)?"
    r"[a-z][\w\s'’-]{0,40}$"
    # "Residents who fled the town", "Fishermen who joined the rescue"
    r"|(?<=\b(?:[A-Za-z][a-z]+s|[A-Za-z][a-z]*men|[Pp]eople|[Cc]hildren))\s+who\s+[a-z]+\s+[^,;]{0,60}$"
)
# a plural that names people by what they do ("herders", "strategists", "migrants", "guides")
_PEOPLE_PLURAL = r"[a-z]+(?:ers|ists|ians|ors|ants|ents|ats)|guides|families|fishermen|locals"
# a people noun that opens a sentence, capitalised: "Residents", "Locals", "Witnesses"
_COMMON_PLURAL = regex.compile(rf"(?:{ORG_NOUNS}|locals|guides|fishermen)")


def _group_word(name: str) -> bool:
    """'Witnesses', 'Residents', 'Locals' opening a sentence: a group, nobody's 'she'."""
    return " " not in name and not _is_org(name) and bool(_COMMON_PLURAL.fullmatch(name.lower()))
# one person described, then who they are: "A Canadian tourist who left Lhasa on Saturday,
# and who asked not to be named,"
_WHO_END = regex.compile(r"\s+(?:who|which|that)$")
_ONE_WHO = regex.compile(
    r"(?:^|(?<=[,;:]\s))(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*"
    r"(?=\s+who\s(?!gave\s)[^,;]{3,150}(?:,\s+and\s+who\s[^,;]{3,120})?,?$)"
)
# a restrictive relative clause after a body or people: "The unions that called the strike"
_RELATIVE_LOWER = regex.compile(
    r"(?<=[a-z])\s+(?:that|who)\s+(?:[a-z][\w'’-]*\s+){0,5}[a-z][\w'’-]*$"
)
# such people as a whole subject, wherever they are: "Some Conservative strategists",
# "Diplomats of several missions in the city"
_PEOPLE_TAIL = regex.compile(
    rf"(?:^|(?<=[,;]\s))(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Oo]ther|[Ll]ocal|[Aa]\s+few)\s+)?"
    rf"(?:[A-Z][a-z]+\s+|(?<=(?:[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost)\s)[a-z]+\s+)?"
    rf"(?i:{_PEOPLE_PLURAL})(?:\s+(?:of|in|at|from)\s+[^,;]{{1,60}})?$"
)
# people who speak for themselves, wherever they are: "Gravediggers at the Mewa Shah graveyard"
_GROUP_FROM = regex.compile(
    r"(?:^|(?<=,\s))(?P<group>(?:(?:Some|Many|Several|Most|Local)\s+)?"
    # not the staff of a body, who speak for it: "Economists at Harlow Capital"
    rf"(?!(?i:{_STAFF}|organi[sz]ers|officials|lawyers|engineers|doctors|nurses|volunteers|"
    r"monitors|observers|inspectors|prosecutors|forecasters|meteorologists|campaigners|"
    r"activists|members|supporters|representatives)\b)"
    rf"(?i:{_PEOPLE_PLURAL}))"
    # not "Prisoners in the jail were among the sick, a police officer said": a clause
    r"\s+(?:of|in|at|near|from|outside|around|inside|on)\s+"
    r"(?:(?!\s(?:was|were|is|are|had|has|have)\s)[^;]){1,80}$"
    r"(?<!,\s+(?:he|she|they|it|we))"  # "Workers from five firms were questioned, he said"
)
_OFFICE_IN = regex.compile(r"['’]s\s+(?:[a-z]+\s+)?office\s+in\s+[^,;]{2,40}$")
_SPEAKER_ASIDE = regex.compile(
    r",\s+(?:speaking|asking|requesting|who\s+(?:spoke|asked|requested|declined))\b"
    r"(?:[^,;]{0,80},){0,2}[^,;]{0,80},?$"  # "…, speaking in the capital, Naypyitaw, said"
)
_POLL_FOR = regex.compile(
    r"\b(poll|survey)(?:\s+(?:for|commissioned\s+by|conducted\s+for)\s+(?:this\s+newspaper|"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))?"
    r"(?:,\s+(?:taken|conducted|carried\s+out|published|released)\s[^,;]{1,60},)?$"
)
_BY_NAME_FOR = regex.compile(r"(\bby\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+for\s+[^,;]{1,50}$")
_ISSUED_BY = regex.compile(
    r"^(?:an?\s+|the\s+)?(?:new\s+|latest\s+|official\s+)?((?:[a-z]+\s+){0,2}(?:police|military|"
    r"army|government|ministry|coroner|hospital|prosecutors?|council|court))\s+(?:statement|report|"
    r"bulletin|briefing|count|tally|estimate|figures|data)$"
)
_RISE_IN = regex.compile(
    r"\s+(?:now\s+)?(?:rose|climbed|reached|stood|stands|jumped|(?:has|had)\s+risen|was|were|"
    r"is|are)\b"
)
_COUNTED_BY = (
    "confirmed", "reported", "recorded", "counted", "compiled", "registered", "given",
    "provided", "published", "announced", "estimated",
)
_PASSIVE = regex.compile(r"\b(?:was|were|is|are|been|being|be)\s+$")


def _subject_anchor(subj: str, start: int, end: int, rules: Rules, after: str = "") -> Anchor:
    """The speaker of 'according to …': a name ('Lysak later in the morning' -> 'Lysak'), or a
    description, or the name in apposition to it ('the regional governor, Serhiy Lysak')."""
    subj = subj.strip()
    if subj.endswith(("'s", "’s")) and " " not in subj and not after:
        # "Zimbabwe's government puts it at 259 and Malawi's at 56": Malawi; but "according
        # to Moody's." is Moody's
        subj = subj[:-2]
    # "according to the commission's final count": the commission
    owner = _OWNER.match(subj)
    if owner:
        subj = owner.group(1)
    if of := _OFFICIALS_OF.match(subj):
        subj = subj[of.end() :]
    named = _NAME_AFTER_COMMA.match(after)
    named = named or _role_named(rules)[0].search(subj)
    if named:  # "…, Serhiy Lysak" after it, or "ground forces commander Pavel Orlov" ending it
        return Anchor(start, end, strip_titles(named.group(1), rules), "name")
    report = _NAMED_REPORT.match(subj)
    if report:
        return Anchor(start, end, strip_titles(report.group(1), rules), "name")
    # "a police statement", "the army's bulletin": the one who issued it
    issued = _ISSUED_BY.match(subj)
    if issued:
        return Anchor(start, end, issued.group(1), "description")
    kind_named = _KIND_NAMED.match(subj)
    if kind_named:  # "the (Johannesburg) consultancy Rand Ore Analytics": the name, not the place
        return Anchor(start, end, kind_named.group(1), "name")
    lead = _LEAD_NAME.match(subj)
    # "the Palestinian health ministry", "the Paris-based organisation": a capitalised
    # adjective opens a description
    described = lead and (
        _ORG_WORDS_AFTER.match(subj, lead.end())
        or lead.group(1).split()[0].endswith(_DESCRIPTIVE_END)
    )
    if lead and not described and (subj[:1].isupper() or subj.startswith("the ")):
        return Anchor(start, end, strip_titles(lead.group(1), rules), "name")
    return Anchor(start, end, subj, "description")


_ADVERBS = frozenset(
    """has had have also later then previously earlier now still already initially again would
    is was morning afternoon evening night yesterday today reportedly allegedly apparently
    privately publicly separately officially repeatedly there here first since originally
    subsequently alone itself too tonight overnight week just""".split()
)


def _ends_in_adverb(subj: str) -> bool:
    """Whether the subject's last word can start the words stripped before a verb ('has',
    'on Tuesday morning'): most subjects are spared that scan."""
    last = subj.rsplit(None, 1)[-1] if subj.strip() else ""
    return last in _ADVERBS or last.endswith("day")


def anchors_in(
    text: str, sentence: Sentence, quotes: list[tuple[int, int, bool]], rules: Rules
) -> list[Anchor]:
    """Attribution phrases in a sentence, outside quotations. A pure function of the
    sentence and the quotations over it, remembered for the last sentences seen (outlets
    repeat wire copy word for word), in the sentence's offsets, moved to the text's here."""
    off = sentence.start
    # the quotations that overlap the sentence, in its own offsets: the others hold no pos
    local = tuple((a - off, b - off) for a, b, _ in quotes if a < sentence.end and b > off)
    cached = rules.memoised(
        ("anchors",), lambda: lru_cache(maxsize=256)(partial(_anchors, rules=rules))
    )
    return [
        Anchor(a.start + off, a.end + off, a.name, a.kind, a.opening, a.cited, a.source)
        for a in cached(sentence.text, local)
    ]


def _anchors(s: str, local: tuple[tuple[int, int], ...], rules: Rules) -> tuple[Anchor, ...]:
    """anchors_in in the sentence's own offsets."""

    def in_quote(pos: int) -> bool:
        return any(a <= pos < b for a, b in local)

    verbs = list(_VERB_RE.finditer(s))  # found once: the first also says whether there are any
    according, verb = _ACCORDING_HINT.search(s), bool(verbs)
    possessive = _POSSESSIVE_HINT.search(s)
    polled = _POLL_HINT.search(s)
    if not (according or verb or possessive or polled):
        return ()
    found: list[Anchor] = []
    for m in _ACCORDING.finditer(s) if according else ():
        if in_quote(m.start()):
            continue
        subj, end = m.group("subj"), m.end()
        if s.startswith(" that ", end) and not _PASSIVE.search(
            s, max(0, m.start() - 12), m.start()
        ):
            continue  # "It was reported by Interfax that …", not "released by Moscow … and that"
        rise = _RISE_IN.search(subj) if m.group().startswith(_COUNTED_BY) else None
        if rise:  # "The number of dead confirmed by the police rose to 5,692": the police
            subj, end = subj[: rise.start()], m.start("subj") + rise.start()
        citing = m.group().startswith(("citing", "Citing"))
        if citing and _OWN_PAPERS.match(subj):
            continue  # "citing loading records": the speaker's own papers
        if _TIME_SUBJECT.match(subj) or _LINKING.search(subj) or _MEANS.match(subj):
            # "13 had been released by Monday morning": a time, not a source; "the water
            # released by the destruction of the dam rose": what did it, not who said so;
            # "20 of them confirmed by laboratory tests": how, not who
            continue
        if s[end : end + 1] == "." and subj[-1:].isupper() and (dots := _DOTS.match(s, end)):
            # "according to the U.N., …", "according to the U.S. special envoy, Tom Perriello"
            rest = _SUBJECT_REST.match(s, dots.end())
            subj, end = subj + dots.group() + rest.group(), rest.end()
        elif s.startswith(".m.", end) and _CLOCK_CUT.search(subj):
            # "according to the bureau's 11 a.m. bulletin": a clock time, not the end
            rest = _SUBJECT_REST.match(s, end + 3)
            subj, end = subj + ".m." + rest.group(), rest.end()
        if _THIS_OUTLET.match(subj):
            continue  # "by this newspaper's count": the outlet's own, its narration
        if _UNSOURCED.match(subj) or (citing and subj.startswith("what ")):
            continue  # "citing what President Trump called the persecution of his ally"
        # "according to an analysis of the data by the Midway Courier": the Courier's
        subj = _WORK_BY.sub("", subj)
        if " who " in subj:  # "according to refugees who reached Kyrgyzstan": the refugees
            subj = subj.split(" who ", 1)[0]
        owner = _OWNER.match(subj) if "'" in subj or "’" in subj else None
        if owner:  # "according to the agency's latest tally": the agency's
            subj = owner.group(1)
        if _ITS_OWN.match(subj):  # "according to its annual report": the owner's figure
            found.append(
                Anchor(m.start(), end, "it", "pronoun", cited=True, source=True)
            )
            continue
        named = _NAME_CLOSING.match(s, end) if _ENDS_LOWER.search(subj) else None
        if named:  # "according to the country's weather service, the DMC.": the DMC
            subj, end = named.group(1), named.end(1)
        # "was put at 4 billion … by X", "are estimated at up to €3bn by the GDV"
        put = m.group().startswith(("was ", "were ", "is ", "are ", "has ", "have ", "had "))
        begin = m.start("subj") if put else m.start()
        anchor = _subject_anchor(subj, begin, end, rules, s[end:])
        found.append(
            replace(
                anchor,
                # "An exit poll by X, released …, had shown": the paper opens the sentence
                opening=not _PAPER_OPENING.sub("", s[:begin]).strip(" \"“'‘("),
                cited=put
                or (
                    (not s[end:].strip(" .\"”')") or bool(_SOURCE_APPOSITIVE.match(s, end)))
                    and m.group().lower().startswith("according")
                ),
                source=True,
            )
        )
    if found or verb:  # gapping: "X put it at 45,000, the aid group Y at 68,000"
        for m in _GAPPED.finditer(s):
            subj = m.group("subj")
            if not (
                in_quote(m.start())
                or _VERB_RE.search(subj)
                or _LINKING.search(subj)
                or _VERBISH.search(subj)  # "…, and that imports would be capped at 99,000"
                or _PARTICIPLE_LEAD.match(subj)  # "…, putting the toll in Kunar at 1,380"
                or _FIGURE_VERB.match(subj)  # "…, show inflation at 3.2%"
                or _RELATIVE_START.match(subj)  # "the blaze, which broke out at about 3 a.m."
                or subj in ("and", "or", "but")  # "…, and at about 30% in the east"
                # "put the damage to the booths, cameras and offices at": one verb's object
                or any(v.start() < m.start("subj") < v.end() for v in verbs)
                # "put growth at 2% and inflation at 3%": a measure, nobody who gives one
                or not _GAP_SPEAKER.search(subj)
            ):
                found.append(
                    _subject_anchor(m.group("subj"), m.start("subj"), m.end("subj"), rules)
                )
    for m in _POLL_GIVES.finditer(s) if polled else ():
        # "A Gallup Korea poll published on Friday put her approval rating at 5%", "A
        # projection by the polling firm Ipsos gave the National Rally 230 seats": the pollster
        who = _POLLSTER.search(m.group("subj"))
        if who and not in_quote(m.start("verb")):
            name = _A_NAME.sub("", who.group(1) or who.group(2))
            found.append(Anchor(m.start("verb"), m.end("verb"), name, "name"))
    for m in _POSSESSIVE_COUNT.finditer(s) if possessive else ():
        if m.group().endswith("toll") and not _is_org(m.group("subj")):
            continue  # "Chile's wildfire toll": the toll of a place, not a count someone gave
        if not in_quote(m.start()):
            # "21.00 CET The prefecture's evening figures": a live blog's time is no name
            subj = m.group("subj")
            if _THIS_OUTLET.match(subj):
                continue  # "by this newspaper's count": the outlet's own, its narration
            subj = "The " + subj.rsplit(" The ", 1)[1] if " The " in subj else subj
            subj = _VERB_LEAD.sub("", subj)  # "dismissed organisers' claims": the organisers
            found.append(_subject_anchor(subj, m.start(), m.end(), rules))
    for m in verbs:
        # inside a quote only what the quoted reporter was told: '"Police told me they had
        # cleared two business parks …"'
        told_me = (
            in_quote(m.start())
            and TOLD_ME.match(s, m.start())
            and not _NOBODY.search(s, max(0, m.start() - 12), m.start())
        )
        if in_quote(m.start()) and not told_me:
            continue
        before = s[: m.start()]
        if "\n" in before and (item := _ITEM_LINE.search(before)):
            before = before[item.end() :]  # "…\n* The World Health Organization says": a bullet
        if told_me:  # the subject starts after the quote opens
            before = before[max(before.rfind(q) for q in _QUOTE_OPEN + '"') + 1 :]
        near = max(0, len(before) - 24)  # the patterns below end at the verb
        if _PASSIVE.search(before, near) and not m.group().startswith(("is", "was")):
            continue  # "damage was reported": the subject is what is reported, not who
        if m.group().endswith("ed") and s.startswith(" by ", m.end()):
            continue  # "The number of dead confirmed by the police rose": the police's
        if m.group() in _HEARSAY_PARTICIPLES and s.startswith((" to be ", " to have "), m.end()):
            continue  # "15 workers believed to be trapped": hearsay, nobody's words
        if before.strip() in ("Some", "Others", "Many"):
            # "Relatives gathered outside. Some claimed …": some of the group told before
            found.append(Anchor(m.start(), m.end(), "some", "pronoun"))
            continue
        if rx(
            r"(?i)(?:\b(?:an|the|some|its|their|a|of|two|three|four|five|six|seven|eight|nine|"
            r"ten|several|many|both|these|those)|\w['’]s)\s+$"
        ).search(before, near):
            # "an estimated 150,000", "the RSF's estimated 100,000": an adjective; "from at
            # least four states": a noun
            continue
        if m.group() in _NOUN_TOO and (
            _OWNED_NOUN.search(before, near) or s.startswith(" of ", m.end())
        ):
            # "The Treasury kept its growth forecast at 1.9%", "The insurers face claims of
            # about £700 million": a noun
            continue
        if "than " in before and _THAN_SUBJECT.search(before, max(0, len(before) - 60)):
            continue  # "bigger than most economists had expected": a comparison, no source
        # the subject must not lie inside a quote: cut at the last closing quote
        cut = max(before.rfind(q) for q in ('"', "”")) if any(q in before for q in '"”') else -1
        if cut >= 0 and _QUOTED_TITLE.search(before, 0, cut + 1):
            cut = -1  # 'Organisers of the "No Kings" protests said': a title, not a quote
        # the patterns below end at the verb: the last words are enough
        subj_text = (before[cut + 1 :] if cut >= 0 else before)[-260:]
        subj_text = subj_text.rstrip()
        # "He knelt to apologise, then told them": the verb the sentence's subject goes on with
        then = m.group().startswith("then") and subj_text.endswith(",")
        if _ends_in_adverb(subj_text):
            # "The Pentagon on Tuesday said", "U.S. officials have reportedly estimated",
            # "THE Government last night confirmed"
            subj_text = rx(
                r"(?:\s+(?:has|had|have|also|later|then|previously|earlier|now|still|already|"
                r"initially|again|would|is|was|yesterday|today|reportedly|allegedly|apparently|"
                r"privately|publicly|separately|officially|repeatedly|there|here|first|since|"
                r"originally|subsequently|alone|itself|too|tonight|overnight|just|"
                r"(?:last|this)\s+(?:night|morning|afternoon|evening|week)|"
                r"(?:late\s+|early\s+)?on\s+"
                r"[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?))+$"
            ).sub("", subj_text)
        if "," in subj_text:  # "…, a senior official, speaking on condition of anonymity, told"
            subj_text = _SPEAKER_ASIDE.sub("", subj_text)
        if "poll" in subj_text or "survey" in subj_text:
            # "A Westmark poll for this newspaper, taken before the march, found": Westmark's
            subj_text = _POLL_FOR.sub(r"\1", subj_text)
            # "An exit poll by Corrib Research for the national broadcaster": Corrib's
            subj_text = _BY_NAME_FOR.sub(r"\1", subj_text)
        if _UNSOURCED_SUBJECT.match(subj_text):
            continue  # "Unverified messages circulating on WhatsApp claimed …": nobody's
        if " who " in subj_text:  # "A local official who asked not to be named … said"
            subj_text = _ANONYMOUS.sub("", subj_text)
        # "Relatives gathered at the site claimed", "Families waiting outside the hospital said"
        subj_text = _WHERE_THEY_ARE.sub("", subj_text)
        group = _GROUP_FROM.search(subj_text) if " who " not in subj_text else None
        if group and not _VERB_RE.search(subj_text, group.end("group")):
            # "Residents of the Karantina district, next to the port, claimed": residents
            subj_text = subj_text[: group.end("group")]
        if "office in " in subj_text:  # "the National Weather Service's office in X said"
            subj_text = _OFFICE_IN.sub("", subj_text)
        # "Organisers, who said 100,000 people attended, …": the relative pronoun's antecedent
        if subj_text.endswith(("who", "which", "that")):
            # "Red de Defensa Ciudadana, a rights group that said …": the name
            subj_text = _RELATIVE.sub(",", subj_text)
            inverted = _INVERTED_THEN_WHO.search(subj_text)
            if inverted:  # "…, communicated the governor Haley Barbour, who specified that"
                subj_text = inverted.group(1)
            source = _SOURCE_BEFORE.search(subj_text)
            if source:  # "according to figures from the authority, which said …"
                owner = _OWNER.match(source.group(1))  # "the agency's latest tally, which"
                subj_text = owner.group(1) if owner else source.group(1)
        aside = _CITING_ASIDE.search(subj_text) if "citing" in subj_text else None
        if aside and _OWN_PAPERS.match(aside.group(1)):
            # "The coast guard, citing loading records, said": its own papers, its words
            subj_text = subj_text[: aside.start()]
        elif aside:
            continue  # "WAM, citing the foreign ministry, said": the ministry's figure
        verb_text = m.group()
        shows = verb_text in ("showed", "shows", "show", "found", "finds", "give", "gives", "gave")
        if shows or verb_text in ("suggested", "suggests", "indicated", "indicates"):
            # "A Hangil Research poll released last week found": the poll's; "The INE's count
            # suggested": the INE's
            released = _RELEASED.sub("", subj_text)
            data = _DATA_SUBJECT.search(released)  # "Eurostat data showed", not "Police found"
            if data:
                subj_text = released
            elif shows and (work := _WORK_BY.match(subj_text.lstrip())):
                # "A survey of 1,500 participants by researchers at the university found"
                subj_text = subj_text.lstrip()[work.end() :]
            elif shows:
                continue
        else:
            data = None
        if data:
            subj_text = subj_text[: data.start()]
            if not subj_text.strip() or _AN_ARTICLE.fullmatch(subj_text):
                # "A study published this year found", "Final results showed": nobody named
                continue
            subj_text = _A_NAME.sub("", subj_text)  # "An Ipsos poll found": Ipsos
            # "…, the same results showed": the clause that ends at the verb
            if _BARE_DETERMINER.fullmatch(subj_text[subj_text.rfind(",") + 1 :]):
                # "The figures show …": the figures of the source that spoke last, as "it"
                found.append(Anchor(m.start(), m.end(), "it", "pronoun"))
                continue
        if verb_text == "adding" and not _ADDING_SPEECH.match(s, m.end()):
            continue  # "with Rolls-Royce adding 5%": a gain, not words
        if verb_text.rsplit(None, 1)[-1].startswith("announce") and _ANNOUNCED_ACTION.match(
            s, m.end()
        ):
            continue  # "Modi announced compensation of 200,000 rupees": an act, not words
        if verb_text in ("added", "adds") and _ADDED_THINGS.match(s, m.end()):
            continue  # "Employers added an average of 116,000 jobs": a gain, not words
        if verb_text in _PARTICIPLES:  # "…, with NHS England saying 90% of …"
            with_subject = _WITH_SUBJECT.search(subj_text) or _CLAUSE_SUBJECT.match(subj_text)
            earlier = [a for a in found if a.start < m.start() and not a.source]
            if not with_subject and earlier and subj_text.endswith(","):
                # '"…," said Rina Kartika, a spokeswoman, adding that …': still her words
                found.append(replace(earlier[-1], start=m.start(), end=m.end()))
                continue
            if not with_subject:
                continue
            # "Ukraine's president, Volodymyr Zelensky, thanked …, saying": the name
            subj_text = with_subject.groupdict().get("named") or with_subject.group(1)
        after = s[m.end() :]
        if _OUR_OWN.match(_DATELINE_LEAD.sub("", subj_text.lstrip())):
            continue  # "10:40 - Our reporter in Napier says": the outlet's own words
        if verb_text.startswith("claim") and _CLAIMED_LIVES.match(after):
            continue  # "the earthquake has claimed 106 lives": a toll, not a statement
        got = None
        earlier = [a for a in found if a.start < m.start() and not a.source]
        if cut < 0 and subj_text.endswith((" and", " but")) and earlier and _SAID_ONLY.fullmatch(
            s, earlier[-1].end, m.start()
        ):
            # "X announced that the toll stands at 84 dead, but warned that …": X's second verb
            found.append(replace(earlier[-1], start=m.start(), end=m.end()))
            continue
        if cut < 0 and (then or subj_text.endswith((" and", " but"))) and (
            subj_text.count(",") <= then
            or _NAMED_OPENING.match(s)
            # "In a televised address, Kan called the disaster … and said": after the opening
            or (
                (o := _OPENING_SUBJECT.match(s))
                and s[o.end(1) : m.start()].lstrip(",").count(",") <= then
            )
        ):
            # "The interior ministry denied the account and said …": the sentence's subject;
            # "Listyo Sigit Prabowo, the police chief, flew to Malang and told …": the name
            opening = _OPENING_SUBJECT.match(s) or _NAMED_OPENING.match(s)
            if not opening:
                continue  # "The festival runs all weekend and expects …": no speaker
            subj_text = opening.group(1)
        if cut >= 0 and subj_text.strip(" ,") in ("and", "but", "then", "and then"):
            # 'X called the accusations "a monstrous lie" and said …': the sentence's subject,
            # the one an earlier verb had ('In a post, Trump told investors "…" and said')
            earlier = [a for a in found if a.start < m.start() and not a.source]
            if earlier:
                found.append(replace(earlier[-1], start=m.start(), end=m.end()))
                continue
            opening = _OPENING_SUBJECT.match(s)
            subj_text = opening.group(1) if opening else subj_text
        if cut >= 0 and not subj_text.strip(" ,"):
            # '"…," said Syrsky', '"…," he said' or '"…," said Voice of the Street
            # spokesperson Marek Belic' (the person after the office, not "Voice")
            gave = _GAVE_NAME_AFTER.match(after) if " as " in after else None
            role = _role_named(rules)[1].match(after)
            described = _ROLE_THEN_NAME.match(after) if "," in after else None
            if gave:  # '"…," said an artillery major who gave his name only as Rathore'
                got = gave.group(1), "name"
            elif described:  # '"…," said the volunteer, Muntadhar Jassim, 23.'
                got = described.group(1), "name"
            elif role:
                got = role.group(1), "name"
            elif not rx(r"\s*$").match(after):
                got = _leading_name(after)
        if got is None and subj_text.endswith(",") and verb_text in _INVERTING:
            # "…taken to hospital, said Governor Luka Lund.": the speaker after the verb, when
            # it ends the sentence or an appositive starts after it
            first = _inverted(after, rules)
            # "…, announced the state radio, which added that": a description ends there too
            ends = first and (
                _NAME_ENDS if first[1] == "name" else rx(r"\s*(?:[.;]|$|,\s+(?:which|who)\s)")
            )
            if ends and ends.match(after, after.find(first[0]) + len(first[0])):
                got = first
        if got is None:
            tail = subj_text[-200:]
            breaks = [m.end() for m in _CLAUSE_BREAK.finditer(tail)]
            clause = _DATELINE_LEAD.sub("", tail[breaks[-1] if breaks else 0 :].lstrip())
            if _VERB_RE.search(clause):
                continue  # nested: "X said the company expected …" belongs to X
            if _OUR_OWN.match(clause):
                continue  # "Our reporter on Hennessy Road says": the outlet's own words
            got = _trailing_name(tail) if tail.strip() else None
        if got is None and subj_text.endswith(",") and verb_text in _INVERTING:
            got = _inverted(after, rules)  # "…were taken to shelters, said Suharyanto, head of …"
        if (
            got is None
            and verb_text.startswith(("said", "says", "added", "wrote"))
            and (cut >= 0 or not subj_text.strip(" ,"))
        ):
            got = _leading_name(after)
        citing = _CITING_AFTER.match(after) if got and "citing" in after else None
        if citing and not _OWN_PAPERS.match(citing.group(1)):
            # "NHK reported, citing the city fire department": the department's figure
            found.append(_subject_anchor(citing.group(1), m.start(), m.end(), rules))
            continue
        if got is None:
            continue
        name, kind = got
        name = _TIME_LEAD.sub("", name)  # "Last year the ministry counted 421": the ministry
        if kind == "name":
            name = _A_NAME.sub("", name)  # "A Hangil Research poll": Hangil Research
        if kind == "description" and _DOCUMENT.match(name) and any(a.source for a in found):
            continue  # "The report, compiled by the ISW, estimates …": the ISW's estimate
        if kind == "name":
            name = strip_titles(name, rules)
            if not name or name.lower() in ("it", "this", "that", "there", *_CALENDAR):
                continue  # "On Sunday, the Paulista Crowd Monitor, a group, counted": not Sunday
        if _UNSOURCED.match(name):
            continue  # "Unconfirmed reports … put the number at 600": nobody's figure
        if verb_text in ("recorded", "registered") and not (
            (_RECORDER.search(name) or _CAMEL.fullmatch(name))  # "GeoNet recorded"
            and not _WHICH_HAS.search(subj_text)
        ):
            continue  # "The agency recorded 145 aftershocks", not "Chicago recorded 573"
        if verb_text == "measured" and not (kind == "name" and _is_org(name)):
            continue  # "Orbital Watch … measured close to 3,900", not "The quake measured"
        found.append(Anchor(m.start(), m.end(), name, kind))
    found.sort(key=lambda a: a.start)
    return tuple(found)


@lru_cache(maxsize=65_536)
def _is_org(name: str) -> bool:
    """Organisations, not people: an organisation word, an acronym, a connector or a common
    word inside the name ("Voice of the Street", "Relief Now")."""
    words = {w.lower().strip(".,").removesuffix("'s").removesuffix("’s") for w in name.split()}
    return (
        bool(words & ORG_WORDS or words & _COMMON_IN_NAMES)
        or (name.isupper() and len(name) > 1)
        or any(_ACRONYM_WORD.fullmatch(w) for w in name.split())  # "NHS England"
        or (name.endswith(")") and _ACRONYM_TAIL.search(name) is not None)  # "Adom (MDA)"
        or any(_CAMEL.fullmatch(w) for w in name.split())  # "GeoNet": no person's name
    )


# a sentence that opens in a place: "In Lyon, about 300,000 people marched, the city's …"
_IN_PLACE_OPENING = regex.compile(r"(?:^|[.!?]\s+)In\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),[^.!?]*$")
_CAMEL = regex.compile(r"(?!Ma?c|D[eiu]|L[ae]|Van|Von|O['’])[A-Z][a-z]{2,}[A-Z][a-z]+")
_PREFECTURE = regex.compile(r"^([A-Z][a-z]+) [Pp]refecture$")
_LOCAL_BODY_OF = regex.compile(
    r"^(?P<body>(?:[A-Z][a-z]+\s+)?(?:Police|Fire\s+Department|Fire\s+Brigade|Civil\s+Protection|"
    r"Civil\s+Defen[cs]e|Ambulance\s+Service|Fire\s+Service))\s+of\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+(?:de|do|da|del|[A-Z][\w'’-]*))*)$"
)
_OWNED_NAME = regex.compile(r"([A-Z][a-z]+)['’]s\s+([A-Z].*)")
_NATIONAL_BODY = regex.compile(
    r"\b(?:National|State|Federal|Armed|Army|Navy|Air\s+Force|Police|Guard|Coast\s+Guard|"
    r"Ministry|Ombudsman)\b"
)
# an acronym of three letters or more among a name's words, not a regnal number ("Leo XIV")
_ACRONYM_WORD = regex.compile(r"(?![IVXLC]+\b)[A-Z]{3,}(?:-[A-Z]+)*")


def speaker_id(name: str, rules: Rules) -> str:
    """A canonical id across documents: alias table first, else the surname (persons, with
    transliteration variants folded) or the normalised name (organisations)."""
    # an oblast is a region in translation: "the governor of the Luhansk oblast" is the
    # governor of the Luhansk region
    return rules.memoised(
        ("speaker", name), lambda: _speaker_id(name, rules).replace("-oblast", "-region")
    )


def _speaker_id(name: str, rules: Rules) -> str:
    org = _is_org(name)  # "Magen David Adom (MDA)": a name with an acronym is a body's
    name = _ACRONYM_TAIL.sub("", name)
    norm = normalise_name(name)
    norm = rx(r"^the\s+").sub("", norm)
    for candidate in (norm, "the " + norm):
        if candidate in rules.aliases:
            return rules.aliases[candidate]
    stripped = normalise_name(strip_titles(name, rules))
    if stripped in rules.aliases:
        return rules.aliases[stripped]
    office = _office_key(norm, name, rules)
    if office:  # "the UN's special envoy for Syria", "the special envoy of the United Nations …"
        return office
    if org or (
        " " not in stripped and stripped in ("police", "organisers", "organizers", "officials")
    ):
        bare = rx(r"^the\s+").sub("", stripped)
        key = _ministry_key(bare, rules)
        if key:  # "Interior Ministry", "Ministry of the Interior": one ministry
            known = rules.memoised(("ministries",), lambda: _ministry_aliases(rules))
            return known.get(key) or key.replace(" ", "-")
        # "regional officials", "the regional government": one regional authority
        bare = _LEVEL_AUTHORITY.sub(r"\1 authorities", bare)
        # "Belgrade's emergency medical service" is the Belgrade Emergency Medical Service
        bare = rx(r"['’]s\b").sub("", bare)
        # "the main opposition Republican People's Party (CHP)" is the Republican People's
        # Party, as other outlets name it
        bare = _ORG_DECOR.sub("", bare)
        return rx(r"\s+").sub("-", bare)
    last = stripped.split()[-1] if stripped else norm
    if last in rules.aliases:
        return rules.aliases[last]
    last = rx(r"(?:yi|iy|ii|yy)$").sub("y", last)
    last = rx(r"'s$").sub("", last)
    return last


def _office_key(norm: str, name: str, rules: Rules) -> str | None:
    """One id for an office however its holder's employer is named: "un's special envoy for
    syria", "united nations' special envoy for syria", "special envoy of the united nations
    for syria", "UN special envoy for Syria" -> "un-special-envoy-for-syria"; "russia's defence
    minister", "the defence minister of russia", "russian defence minister" ->
    "russian-defence-minister". None for an office of no one named ("the minister", "the head
    of the regional administration") and for a person named with their office."""
    m = (
        _OFFICE_OWNED.fullmatch(norm)
        or _OFFICE_OF_OWNER.fullmatch(norm)
        or _OFFICE_AFTER_OWNER.fullmatch(norm)
    )
    if not m or not _PERSON_ROLE.search(m.group("office")):
        return None
    owner = m.group("owner")
    words = [w for w in owner.split() if w not in ("of", "the", "and", "for")]
    if owner in rules.demonyms:
        owner = rules.demonyms[owner]  # "russia" -> "russian"
    elif owner.upper() in name and len(owner) > 1:
        pass  # an acronym: "UN"
    elif len(words) > 1 and not any(w in ORG_WORDS or w in _GENERIC_OWNERS for w in words):
        owner = "".join(w[0] for w in words)  # "united nations" -> "un", as its acronym
    else:
        return None
    return "-".join(f"{owner} {m.group('office')}{m.group('for') or ''}".split())


_EMPLOYER = r"(?P<owner>[a-z][\w.]*(?:\s[a-z][\w.]*){0,3}?)"
_OFFICE_NAME = r"(?P<office>[a-z][\w\s-]*?)"
_FOR_WHAT = r"(?P<for>\s+for\s+[\w\s]+)?"  # "… for Syria"
_OFFICE_OWNED = regex.compile(rf"(?:the\s+)?{_EMPLOYER}(?:['’]s|['’])\s+{_OFFICE_NAME}{_FOR_WHAT}")
_OFFICE_OF_OWNER = regex.compile(
    rf"(?:the\s+)?{_OFFICE_NAME}\s+of\s+(?:the\s+)?{_EMPLOYER}{_FOR_WHAT}"
)
_OFFICE_AFTER_OWNER = regex.compile(rf"(?:the\s+)?(?P<owner>[a-z]+)\s+{_OFFICE_NAME}{_FOR_WHAT}")


# "main opposition" before a name of two words or more; "(CHP)" after a name
_ORG_DECOR = regex.compile(r"^(?:main\s+)?(?:ruling|governing|opposition)\s+(?=\S+\s+\S)")
_ACRONYM_TAIL = regex.compile(rf"(?<=\S)\s*\((?:{ACRONYM}|[A-Z][A-Za-z&]{{1,7}})\)$")
_LEVEL_AUTHORITY = regex.compile(
    r"^(regional|local|provincial|state|city|county|municipal|district|federal)\s+"
    r"(?:officials|government|authorities|administration)$"
)
_FULL_PERSON = regex.compile(r"[A-Z][\w.-]+(?:\s+(?:[A-Z][\w.-]+|von|van|de|der|al-\w+))+")


_MINISTRY = regex.compile(
    r"(?:(?P<side>[a-z.]+(?: [a-z]+)??)\s+)??"
    r"(?P<topic>(?:public\s+|emergency\s+|natural\s+)?[a-z]+(?:\s+and\s+[a-z]+|\s+affairs)?)"
    r"\s+ministry"
)
_MINISTRY_OF = regex.compile(
    r"(?:(?P<side>[a-z.]+(?: [a-z]+)?)\s+)??ministry\s+of\s+(?:the\s+)?(?P<topic>[a-z]+)"
    r"(?:\s+affairs)?(?:\s+of\s+(?P<of>[a-z]+(?: [a-z]+)?))?"
)
_OWNED = regex.compile(r"^([\w.]+(?: [a-z]+)?)['’]s\s+(.+)$")
_MINISTRY_OF_COUNTRY = regex.compile(
    r"Ministry\s+(?:of|for)\s+(?:the\s+)?(?P<topic>[A-Z][\w\s]+?)\s+of\s+(?:the\s+)?"
    r"(?P<country>[A-Z][\w]+(?:\s+[A-Z][\w]+)?)$"
)
# a place's bodies, named without its possessive by other outlets (not a person's office)
_PLACE_OWNS = regex.compile(
    r"(?:[a-z'’]+\s+){0,4}(?:department|ministry|authority|agency|police|council|services?|brigade|"
    r"(?<=\S\s)office|bureau|commission|directorate|"  # "coroner's office", not "Modi's office"
    r"(?:provincial|regional|state|municipal|district|county)\s+government)$"
)
_DOTTED_COUNTRY = regex.compile(r"^(u s|u k)\s+(.+)$")
# "the government of Japan", "the state television of Myanmar": a place's body, as others
# name it ("the Japanese government", "Myanmar state television")
_BODY_OF_PLACE = regex.compile(
    r"^(?:the\s+)?(?P<body>government|state\s+(?:television|radio|media|news\s+agency))\s+of\s+"
    r"(?:the\s+)?(?P<place>[a-z][a-z ]*)$"
)
# one ministry, spelled in several ways: "Defense"/"Defence", "Transportation"/"Transport"
_TOPIC_SPELLING = {"defense": "defence", "transportation": "transport"}


def _ministry_key(norm: str, rules: Rules) -> str | None:
    """A ministry's name in one form, for its id: "russia's defense ministry", "the Russian
    Ministry of Defence" and "Ministry of Defence of Russia" -> "russian ministry of defence".
    None for anything else, and for a ministry of no country ("the regional health ministry")."""
    owned = _OWNED.match(norm)
    if owned and owned.group(1) in rules.demonyms:
        norm = f"{rules.demonyms[owned.group(1)]} {owned.group(2)}"
    m = _MINISTRY.fullmatch(norm) or _MINISTRY_OF.fullmatch(norm)
    if not m:
        return None
    side = m.groupdict().get("of") or m.group("side")
    if side and side not in rules.demonyms and not _COUNTRY_CODE.match(side):
        return None
    if not side and m.group("topic") in rules.demonyms:
        return None  # "the Russian ministry": no topic
    side = rules.demonyms.get(side, side) if side else None
    topic = m.group("topic").removesuffix(" affairs")  # "external affairs ministry"
    topic = _TOPIC_SPELLING.get(topic, topic)
    return f"{side} ministry of {topic}" if side else f"ministry of {topic}"


def _ministry_aliases(rules: Rules) -> dict[str, str]:
    """The ministries in the alias table, by their one form."""
    keys = [(_ministry_key(_THE.sub("", n), rules), sid) for n, sid in rules.aliases.items()]
    return {key: sid for key, sid in sorted(keys, key=lambda k: (k[0] or "", k[1])) if key}


# "the emergencies ministry" of Russia, Kyrgyzstan, Kazakhstan… is formally of Emergency Situations
_MINISTRY_TOPICS = {
    "foreign": "Foreign Affairs",
    "home": "Home Affairs",
    "emergencies": "Emergency Situations",
}
_COUNTRY_CODE = regex.compile(r"(?:uae|us|u\.s\.|uk|eu|un)$")


class DocumentSpeakers:
    """Resolves speakers within one document: short names to the fullest form used, acronyms
    to their definition, descriptions ("the authority", "the minister") to the organisation or
    person named earlier, pronouns to the last speaker of their kind."""

    def __init__(self, text: str, rules: Rules):
        self.rules = rules
        self.text = text
        self.full_names: dict[str, str] = {}
        self.orgs: list[str] = []
        self.people: list[tuple[int, str]] = []  # (offset, name) of each person mentioned
        self.titled: list[tuple[int, str]] = []  # the people named with a title
        # (offset, name, words around the name, offices named there) of office holders
        self.roles: list[tuple[int, str, str, frozenset[str]]] = []
        self.org_at: list[tuple[int, str]] = []  # (offset, name) of each organisation
        # (offset, name) of each name a company word introduced ("carmaker Kessler"), found
        # when "the company" first needs it
        self.introduced: list[tuple[int, str]] | None = None
        self.lede: tuple[int, str] | tuple[()] | None = None  # the body a story opens with
        # (end, name, word) of each name an appositive describes with a body word
        self.apposed: list[tuple[int, str, str]] | None = None
        self.city: str | None = None  # the dateline's, found when "the city's …" first needs it
        self.outlet: str | None = None  # the outlet the dateline credits: its own work
        # the body a person speaks for, as an appositive gives it ("Florian Kessler, a
        # spokesman for Munich police"): their organisation
        self.affiliation: dict[str, str] = {}
        body = body_start(text)  # the front matter's "source: The Wrenfield Gazette" is no one
        for m in finditer_near(_NAME_RE, text, _CAPITAL, 0, body):
            name = m.group()
            if text[m.start() - 1 : m.start()] == "(" and _CREDIT_END.match(text, m.end()):
                # "CEBU CITY, Nov. 5 (Tidewater Press Agency) - ", "WASHINGTON (RNN) - ": the
                # outlet's credit
                self.outlet = self.outlet or _THE.sub("", m.group())
                continue
            if " " not in name and "\t" not in name and "\xa0" not in name:
                continue  # most names found: one word (NAME joins words with these blanks only)
            if " on " in name:  # "Prime Minister Sheikh Hasina on Thursday": the name
                name = _ON_DAY.sub("", name)
            raw = _without_opening_word(name)  # titles kept: "Governor Alexei Smirnov"
            if len(raw.split(None, 1)) < 2:
                continue  # one word is no organisation or full name to keep
            name = strip_titles(raw, rules)  # a part of the name: one word stays one word
            parts = name.split()
            if parts[-1] in ("The", "A", "An"):
                continue  # "Q. The ministry says": a transcript's label, then a sentence
            # "Chief Minister Siddaramaiah": one name, known by its title to be a person's
            # not "The Treasury", nor "The General Secretary": an office, no name
            mononym = (
                len(parts) == 1 and name != _THE.sub("", raw) and name.lower() not in rules.titles
            )
            if len(parts) < 2 and not mononym:
                continue
            before = text[max(0, m.start() - 13) : m.start()].lower()
            determined = before.endswith(("the ", " in ", " from ", " at ", " near ", " to "))
            determined = determined and not before.endswith("according to ")
            if name.isupper() and " " in name:
                continue  # "SAN FRANCISCO, Aug 1": a dateline
            if parts[-1].lower() in _CALENDAR or (
                " and " in name
                and all(p.lower() in rules.demonyms for p in name.split(" and "))
            ):
                # "Haifa on Monday", "the war between Israel and Iran", "the United States
                # and Japan": no body
                continue
            if _is_org(name) and len(parts) >= 2:
                # "Jeju Air's shares fell", "the House of Commons' 343 seats"
                name = name.removesuffix("'s").removesuffix("’s").rstrip("'’")
                self.orgs.append(name)
                self.org_at.append((m.start(), name))
            elif (
                (2 <= len(parts) <= 4 or mononym)
                and not determined
                and not any(w.lower().rstrip("'’s") in rules.sides for w in parts)
                # "Pine Island", "Fort Myers", "Edwards Drive": places, nobody's "she"
                and parts[-1] not in _PLACE_LAST
                and parts[0] not in _PLACE_FIRST
            ):
                self.people.append((m.start(), name))
                if len(raw.split()) > len(parts):
                    self.titled.append((m.start(), name))  # "Senior General Min Aung Hlaing"
                # "Governor Alexei Smirnov", "Smirnov, who was appointed acting governor,"
                after = text[m.end() : m.end() + 80] if text[m.end() : m.end() + 1] == "," else ""
                aside = after[1:].split(",")[0].split(".")[0].lower()
                said = f"{raw.lower()} {aside}"
                held = _ROLE_WORD.findall(said) if aside or raw != name else ()
                if not held and (heads := _HEADS.match(aside)):
                    # "Filip Pronin, who heads the regional administration"; "John Sattler,
                    # who commands the Marines": the commander
                    held = ("commander" if heads.group(1) == "commands" else "head",)
                pre = _OFFICE_BEFORE.search(text, max(0, m.start() - 80), m.start())
                if not held and pre:  # "The mayor of Lisbon, Carlos Moedas, decreed"
                    held, said = (pre.group(1).lower(),), f"{pre.group().lower()} {said}"
                if held:
                    self.roles.append((m.start(), name, said, frozenset(held)))
                # after the name itself: NAME may run on through "of" ("Sok Vannara of
                # Cambodia's defence ministry")
                speaks_for = _affiliation(text, text.find(parts[-1], m.start()) + len(parts[-1]))
                if speaks_for:
                    self.affiliation.setdefault(name, speaks_for)
                if len(name) > len(self.full_names.get(parts[-1], "")):
                    self.full_names[parts[-1]] = name
        for m in _KNOWN_AS.finditer(text) if " known as " in text else ():
            # "Mohamed Hamdan Dagalo, widely known as Hemedti": "Hemedti said" is Dagalo
            self.full_names.setdefault(m.group(2), m.group(1))
        bodies = "prefect" in text or "government" in text  # what _PLACE_BODY needs
        for m in _PLACE_BODY.finditer(text, body) if bodies else ():  # "Ishikawa prefecture"
            self.org_at.append((m.start(), m.group()))
        self.org_at.sort()
        self.acronyms: dict[str, str] = {}
        defs = list(_ACRONYM_DEF.finditer(text)) if _ACRONYM_HINT.search(text) else []
        # a body's short name as a word: "the National Search and Rescue Agency (Basarnas)"
        if _SHORT_NAME_HINT.search(text):  # a cheap scan spares most texts the costly one
            defs += [m for m in _SHORT_NAME_DEF.finditer(text) if _is_org(m.group("full"))]
        if " initials " in text:  # "Doctors Without Borders, known by its French initials MSF"
            defs += list(_INITIALS_DEF.finditer(text))
        for m in defs:
            if m.group("full").isupper() and _CREDIT_END.match(text, m.end() - 1):
                continue  # "WASHINGTON (RNN) - ": a dateline's credit, no body's short name
            full = _without_opening_word(m.group("full"))  # "11.40 BST The Debt Management …"
            full = strip_titles(_LEADING_FUNCTION.sub("", _THE.sub("", full)), rules)
            # "Israel's Magen David Adom (MDA)", "results from the National Electoral
            # Directorate (DINE)": the name itself
            full = _POSSESSOR.sub("", _LOWER_LEAD.sub("", full))
            # "the United Auto Workers union (UAW)": the name, as it is cited without "union"
            full = _LOWER_TAIL.sub("", full) if full[:1].isupper() else full
            display = f"{full} ({m.group('acr')})"
            self.acronyms[m.group("acr")] = self.acronyms[full.lower()] = display
            self.orgs.append(display)
        self.owned: dict[str, Speaker] = {}  # "general staff": Ukraine's, once named so
        self.bodies: dict[str, bool] = {}  # names the text describes as bodies, or not
        self.last_person: Speaker | None = None
        self.last_person_at: int | None = None
        self.last_org: Speaker | None = None
        self.last_any: Speaker | None = None
        self.described: list[tuple[int, str]] = []  # organisations named by a description
        self.voice: tuple[int, Speaker] | None = None  # the last unnamed person who spoke
        self.lower: str | None = None  # the text in lower case, made when first needed

    def _speaker(self, name: str, at: int | None = None) -> Speaker:
        # "the General Staff" after "Ukraine's General Staff" is Ukraine's, whatever the rules'
        # aliases make of it alone
        owner = self.owned.get(_THE.sub("", name).lower())
        if owner:
            return self._remember(owner)
        # a body whose acronym the text defines is named with it, however it is cited
        name = self.acronyms.get(name) or self.acronyms.get(name.lower()) or name
        country = _MINISTRY_OF_COUNTRY.match(name) if name.startswith("Ministry ") else None
        side = country and self.rules.demonyms.get(country.group("country").lower())
        if side:  # "Ministry for Emergency Situations of Kyrgyzstan": the Kyrgyz one
            name = f"{side.title()} Ministry of {country.group('topic')}"
        elif name.endswith(("Ministry", "ministry")) and " " in name:
            # "Serbia's Interior Ministry" is the "Serbian Ministry of Interior" others name,
            # "the Interior Ministry" the "Ministry of Interior"
            formal = self.rules.memoised(
                ("demonym", name.lower()), lambda: self._demonym(_THE.sub("", name.lower()))
            )
            name = formal if "Ministry of " in formal else name
        owned = _OWNED_NAME.match(name) if "s " in name else None
        side = owned and self.rules.demonyms.get(owned.group(1).lower())
        if (
            side
            and side != owned.group(1).lower()
            and _NATIONAL_BODY.search(owned.group(2))
            and speaker_id(name, self.rules) not in self.rules.speaker_names
        ):
            # "Spain's National Police" is the Spanish National Police other outlets name;
            # not "Georgia's Department of Agriculture", a state's
            name = f"{side.title()} {owned.group(2)}"
        # "Ishikawa prefecture said": its government speaks, as "the prefectural government"
        name = _PREFECTURE.sub(r"\1 prefectural government", name)
        # "the Civil Protection of Lisbon" is the "Lisbon Civil Protection" others name
        name = _LOCAL_BODY_OF.sub(r"\g<place> \g<body>", name)
        sid = speaker_id(name, self.rules)
        if not _FULL_PERSON.fullmatch(name) or _is_org(name):  # "Zelenskyy" keeps its spelling
            name = self.rules.speaker_names.get(sid, name)
        org = _is_org(name) or any(name == known for _, known in self.introduced or ())
        speaker = Speaker(name, sid, name if org else None)
        if side and org:
            self.owned.setdefault(owned.group(2).lower(), speaker)
        if at is not None and speaker.org is None and not _group_word(name):
            # a named speaker is the latest mention, not "Witnesses" opening a sentence
            insort(self.people, (at, name))
            self.last_person_at = at
        return self._remember(speaker)

    def _body_subject(self, start: int, end: int | None = None) -> Anchor | None:
        """A body's description that opens the sentence at `start` as its subject ("Russia's
        defence ministry did not comment …"), as an anchor to resolve."""
        m = _BODY_SUBJECT.match(self.text, start, end) if start >= 0 else None
        return Anchor(m.start(1), m.end(1), m.group(1), "description") if m else None

    def _described_as_body(self, name: str) -> bool:
        """Whether the text describes `name` as a body beside it ("Hengaw, a Kurdish rights
        group based in Norway", "The Taiwanese company whose brand appeared on the pagers,
        Halcyon Gold, said"), whatever the name looks like: its "it" later."""
        if name not in self.bodies:
            escaped = regex.escape(name)
            self.bodies[name] = bool(
                regex.search(rf"\b{escaped},\s+(?:an?|the)\s+{_BODY_DESCRIPTION}", self.text)
                or regex.search(
                    rf"\b(?:[Aa]n?|[Tt]he)\s+{_BODY_DESCRIPTION}[^,.;]{{0,60}},\s+{escaped},",
                    self.text,
                )
            )
        return self.bodies[name]

    def _held_by_last(self, role: str, at: int) -> bool:
        """Whether the person named last is told with this office, or with none: "Interior
        Minister X … the minister" is X, "Minister X … the mayor" is someone else."""
        role = role.split()[-1]
        if self.last_person.name[:1].islower():
            # "The police commissioner raised the toll … The prime minister said": an office
            # told without a name is the same only when named with the same word
            return role in self.last_person.name.split()
        if role not in _DISTINCT_OFFICES:
            return True  # a chief, a head, a commissioner: any of them
        surname = self.last_person.name.split()[-1]
        near = [  # the words around each mention, within its sentence
            _SENTENCE_END.split(self.text[m.end() : min(at, m.end() + 80)], 1)[0].lower()
            + _SENTENCE_END.split(self.text[max(0, m.start() - 80) : m.start()])[-1].lower()
            for m in regex.compile(rf"\b{regex.escape(surname)}\b").finditer(self.text, 0, at)
        ]
        offices = [set(_ROLE_WORD.findall(window)) for window in near]
        if any(role in o for o in offices):
            return True
        # "Lieutenant Pedro Aihara, the fire department spokesman … The state governor": no
        # spokesman is the governor
        return not any(o & (_DISTINCT_OFFICES | _SPOKES) for o in offices)

    def _office_holder(self, desc: str, anchor: Anchor) -> tuple[int, str] | None:
        """'the region's governor' is the person the story names with that office ('Alexei
        Smirnov, who was appointed acting governor'): the last named before it, else the
        first within reach after it."""
        offices = _ROLE_WORD.findall(desc)
        if not offices or _INDEFINITE.match(anchor.name) or not self.roles:
            return None
        office = offices[-1]
        # every other word of the description is named beside the person too: 'the
        # presidential spokesman' is not 'Héctor Ramírez, a spokesman for the confederation'
        stems = [
            w[:4]
            for w in rx(r"['’]s\b").sub("", desc).split()
            if w != office and w not in _GENERIC_OWNERS and w not in _DESCRIPTIVE
        ]
        holders = [
            (at, name)
            for at, name, said, held in self.roles
            if office in held and all(stem in said for stem in stems)
        ]
        before = [h for h in holders if h[0] < anchor.start]
        if before:
            return before[-1]
        return next((h for h in holders if h[0] < anchor.end + _LEDE_REACH), None)

    def _named_later(self, desc: str, anchor: Anchor) -> tuple[int, str] | None:
        """A lede's office ('the head of the country's military government said') is the
        office holder the story names with a title or an office soon after ('Senior General
        Min Aung Hlaing, who chairs …'), when nobody was named before it; or, whoever was,
        the name its paragraph gives it ('"…," said the official, Oleksandr Stryuk')."""
        ends = self.text.find("\n", anchor.end)
        again = _NAMED_AGAIN.search(self.text, anchor.end, ends if ends > 0 else len(self.text))
        if again and (again.group(1) == "official" or again.group(1) in desc):
            return anchor.start, again.group(2)  # mentioned where described: "He" after it
        if _INDEFINITE.match(anchor.name) and not self.last_person:
            # "a provincial governor said" … "Jean-Jacques Purusi Sadiki, the governor of
            # South Kivu province": the one holder of that office the story goes on to name
            office = _LEADING_ROLE.search(desc)
            word = office.group().split()[0] if office else ""
            return next(
                (
                    (at, n)
                    for at, n, _, held in self.roles
                    if anchor.end < at < anchor.end + _LEDE_REACH and word in held
                ),
                None,
            )
        if (
            self.last_person
            or not _LEADING_ROLE.search(desc)
            # nobody named before, but for a place in the office ("Rio Grande do Sul state")
            or any(at < anchor.start and n.lower() not in desc for at, n in self.people)
        ):
            return None
        # not one who holds another office: "the regional governor" is not "President
        # Volodymyr Zelensky" but "Filip Pronin, who heads the regional administration"
        office = _ROLE_WORD.findall(desc) or (["head"] if desc.startswith("head ") else [])
        # an owner both share is no office ("Ukraine's interior minister" is not "a
        # spokeswoman for Ukraine's hydrometeorological center")
        words = [
            w for w in desc.split() if len(w) > 3 and w not in office and not w.endswith("'s")
        ]
        other = {
            at
            for at, _, said, held in self.roles
            if office and office[-1] not in held and not any(w in said for w in words)
        }
        named = sorted({*self.titled, *((at, n) for at, n, _, _ in self.roles)})
        near = next(
            (
                (at, n)
                for at, n in named
                if anchor.end < at < anchor.end + _LEDE_REACH and at not in other
            ),
            None,
        )
        # further on, only one named with the office and a word of the description: "the
        # head of the regional military administration" … "Oleksandr Prokudin, who heads
        # the administration"
        further = next(
            (
                (at, n)
                for at, n, said, held in self.roles
                if at > anchor.end
                and office
                and office[-1] in held
                and any(w in said for w in words)
            ),
            None,
        )
        if near or further or not office:
            return near or further
        # "The regional governor said 1,854 … '…,' Prokudin told reporters": the one name
        # that speaks next in the paragraph, given as a surname the reader is taken to know
        ends = self.text.find("\n", anchor.end)
        m = _SURNAME_SPEAKS.search(self.text, anchor.end, ends if ends > 0 else len(self.text))
        return (m.start(1), m.group(1)) if m else None

    def _named_org(self, desc: str, at: int) -> str | None:
        """'the authority' -> 'National Disaster Management Authority' named before `at`
        (else the first named after it), or the organisation last described with that word
        ('the civil protection agency' … 'the agency'). A description's own name words must
        be in the name: 'the civil protection agency' is not 'Atlas News Agency'."""
        words = desc.split()
        if not words:
            return None
        head = words[-1]
        needed = [w for w in words[:-1] if not (w in _DESCRIPTIVE or w.endswith(_DESCRIPTIVE_END))]
        described = [
            name
            for pos, name in self.described
            if pos < at and name.split()[-1] == head and all(w in name for w in needed)
        ]
        if described:
            return described[-1]
        if not needed and head in _GENERIC_ORG:
            # "Customs officers with the tax agency had seized 37 boats, the agency said": the
            # one its sentence describes
            opened = max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at)) + 1
            here = rx(
                rf"\b(?:the|its)\s+((?:(?!(?:the|its|a|an)\s)[a-z][\w-]*\s+){{1,2}}"
                rf"{regex.escape(head)})\b"
            )
            found = [
                m.group(1)
                for m in here.finditer(self.text, opened, at)
                # not the verb's own subject ("the state-owned operator said, adding")
                if len(self.text[m.end() : at].strip(" ,")) > 12
            ]
            if found:
                return found[-1]
        kind = rx(rf"(?i)\b{_SPELLINGS.get(head, regex.escape(head))}\b")
        if head == "bank" and "central" in needed:
            # "the central bank" is the "Bank of Japan", the "Swiss National Bank"
            kind, needed = _CENTRAL_BANK, [w for w in needed if w != "central"]
        fits = [
            (pos, org)
            for pos, org in self.org_at
            # "the Million Moments for Democracy group … the group": the word after the name
            if (kind.search(org) or kind.match(self.text, pos + len(org) + 1))
            and all(w in org.lower() for w in needed)
        ]
        if not fits and head == "force":  # "Merseyside Police said … The force said"
            fits = [(pos, org) for pos, org in self.org_at if org.endswith(("Police", "police"))]
        if not fits and head == "board" and not needed:
            # "The Reserve Bank of Australia cut … the board said": the body that spoke last,
            # else the first the story names
            first = next((org for pos, org in self.org_at if pos < at), None)
            return self.last_org.name if self.last_org else first
        if not fits and head in _KIND_NAMED_BY:
            # "the United Auto Workers … The union said", "Jeju Air … The airline said", "the
            # Teamsters Canada Rail Conference (TCRC) … The union"
            defined = [(self.text.find(f), f) for key, f in self.acronyms.items() if key.isupper()]
            fits = [
                (pos, org)
                for pos, org in sorted({*self.org_at, *defined})
                if pos >= 0 and _KIND_NAMED_BY[head].search(org)
            ]
        if not fits:
            # "The state weather agency AEMET said … The agency warned": the name after the word
            named = self._name_after(head, at)
            if named and all(w in self.text[max(0, named[0] - 40) : named[0]] for w in needed):
                return named[1]
        if not fits and head in _GENERIC_ORG and not needed:
            # "Intel will cut 15,000 jobs, the chipmaker said"; "Kolivand, head of the Red
            # Crescent, said … The organisation said"
            # "Ukrhydroenergo, the state company that ran the plant, said … the company said"
            own = self._apposed_body(head, at) or self._opener(at) or self._affiliation(at, head)
            if own:
                return own
            # "Hartwig Automotive … the company said": the organisation that spoke last, else
            # the one named last, never a later one
            if (
                self.last_org
                and self.last_org.name[:1].isupper()  # a name, not "organisers"
                and _same_kind(self.last_org.name, head)
            ):
                return self._salient(self.last_org.name, at)
            # "SANTA CLARA - Nvidia's revenue more than doubled … the company said": whose
            # news the lede opens with, when no body spoke
            lede = self._lede_owner(at)
            if lede:
                return lede
            # "workers at carmaker Kessler Automobilwerke … the company said": the name a
            # word of its kind introduced
            if self.introduced is None:
                found = _INTRODUCED.finditer(self.text)
                self.introduced = [(m.start(1), m.group(1)) for m in found]
            fits = sorted({*self.org_at, *self.introduced})
            # "The U.S. Army says … the company said": no army is a company
            fits = [
                (pos, org)
                for pos, org in fits
                if pos < at and (head not in ("company", "firm") or _same_kind(org, head))
            ]
        before = [org for pos, org in fits if pos < at]
        # "the regional council" is the "Hawke's Bay Regional Council", not the "Insurance
        # Council" named after it: a body with every word of the description, if any
        before = [o for o in before if all(w in o.lower() for w in words)] or before
        if not before and head in _GENERIC_ORG and not needed:
            # "Veltrix Semiconductor said on Wednesday its revenue doubled … the company
            # said": the body the story opens with
            lede = self._lede_body()
            if lede and lede[0] < at:
                return lede[1]
        if not before and fits:
            # "The Paris criminal court convicted …" before "the court" and before the
            # "Paris Court of Appeal" named later: the one described before
            described = rx(rf"{NAME}\s+(?:[a-z]+\s+){{1,2}}{regex.escape(head)}\b").findall(
                self.text, 0, at
            )
            if described:
                return _THE.sub("", described[-1])
        later = [org for pos, org in fits if all(w in org.lower() for w in words[:-1])]
        found = before[-1] if before else (later[0] if later else None)
        return self.acronyms.get(found.lower(), found) if found else None

    def _lede_body(self) -> tuple[int, str] | None:
        """(offset, name) of the name that opens the story as a body does: its sentence goes
        on with "its" or "their", never "his" or "her" ("Castlebridge Rovers have broken their
        transfer record"). Found once per document."""
        if self.lede is None:
            start = body_start(self.text)
            ends = _SENTENCE_END.search(self.text, start)
            first = self.text[start : ends.start() if ends else len(self.text)]
            dash = _DASHED.search(first, 0, 80)
            m = _LEDE_NAME.match(first, dash.end() if dash else 0)
            rest = first[m.end() :] if m else ""
            body = m and _LEDE_VERB.match(rest) and _ITS.search(rest) and not _HIS.search(rest)
            self.lede = (start + m.start(1), strip_titles(m[1], self.rules)) if body else ()
        return self.lede or None

    def _salient(self, org: str, at: int) -> str:
        """`org`, the body that spoke last, unless the body the story opens with was named
        again since ("Marlowe Analytics data showed … Veltrix expects revenue of $11 billion
        … the company said": Veltrix)."""
        lede = self._lede_body()
        if not lede or lede[1] == org:
            return org
        since = self.text.rfind(org, 0, at)
        again = rx(rf"\b{regex.escape(lede[1].split()[0])}\b").search(self.text, since, at)
        return lede[1] if since >= 0 and again else org

    def _affiliation(self, at: int, head: str) -> str | None:
        """The organisation named in the sentence of the person who spoke last, when no
        organisation was named since that person spoke: theirs is the one a description of
        their organisation names."""
        said = self.last_person_at
        if said is None or (self.last_org and self.text.rfind(self.last_org.name, said, at) >= 0):
            return None
        ends = _SENTENCE_END.search(self.text, said, at)
        since = self._stop_before(said)
        own = [org for pos, org in self.org_at if since < pos < (ends.start() if ends else at)]
        if len(own) != 1 or not _same_kind(own[0], head):
            return None
        return self.acronyms.get(own[0].lower(), own[0])

    def _issuer(self, desc: str, anchor: Anchor) -> Speaker | None:
        """Who issued the paper a description names: "according to the statement" is the
        statement of the source that spoke last; "central bank data" is the central bank's;
        "a poll by the same firm" is that firm's. None when no earlier source fits."""
        by = _PAPER_BY.match(anchor.name)
        if by:  # "a report by the UN"
            issuer = _THE.sub("", by.group(1))
            if _WHOLE_NAME.match(issuer):
                return self.resolve(replace(anchor, name=issuer, kind="name"))
            return self.resolve(replace(anchor, name=by.group(1), kind="description"))
        m = _PAPER.fullmatch(desc)
        if m is None:
            return None
        owner = m.group("owner")
        if owner:
            return self.resolve(replace(anchor, name=f"the {owner}"))
        if not anchor.name.lower().startswith(("the ", "its ", "their ")):
            return None  # "a report" is somebody else's
        return self.last_org or self.last_any

    def _name_after(self, word: str, at: int) -> tuple[int, str] | None:
        """(offset, name) of the last 'word NAME' before `at` ('the weather agency AEMET')."""
        if self.lower is None:  # rare: only a description no organisation name contains
            self.lower = self.text.lower()
        low = self.lower
        i = low.rfind(word + " ", 0, at)
        while i >= 0:
            m = _NAME_AT.match(self.text, i + len(word) + 1)
            if (i == 0 or not low[i - 1].isalnum()) and m and m.end() <= at:
                return i, m.group()
            i = low.rfind(word + " ", 0, i)
        return None

    def _apposed_body(self, head: str, at: int) -> str | None:
        """The last name before `at` described in apposition with a word for the body `head`
        names ("Bavarian Nordic, the Danish maker of the vaccine" … "the company")."""
        if self.apposed is None:  # found once per document, when a description first needs it
            self.apposed = [(m.end(), m[1], m[2]) for m in _APPOSED_BODY.finditer(self.text)]
        words = _COMPANY_WORDS if head in _COMPANY_WORDS else {head}
        found = [name for end, name, word in self.apposed if end <= at and word in words]
        return found[-1] if found else None

    def _apposed(self, word: str, at: int) -> str | None:
        """The last name, in a sentence before `at`, that an appositive described with
        `word` ('Aegean Watch Line, a volunteer hotline for migrants' … 'the hotline')."""
        here = self._stop_before(at)
        i = self.text.rfind(word, 0, here) if here > 0 else -1
        while i > 0:
            m = _APPOSED_TO.search(self.text, max(0, i - 100), i)
            end = i + len(word) + self.text.startswith("s", i + len(word))  # "banks"
            if (
                m
                and _APPOSITIVE_END.match(self.text, end)
                # "… before dawn on Thursday, the health ministry in … said": a day, no name
                and m.group(1).split()[-1].lower() not in _CALENDAR
                # "ordered to pull out of Sievierodonetsk, the governor … said": a place
                and not _OBJECT_NAME.search(self.text, max(0, m.start() - 80), m.end(1))
            ):
                return _without_opening_word(m.group(1))
            i = self.text.rfind(word, 0, i)
        return None

    def _stop_before(self, at: int) -> int:
        """Where the last full stop or line break before `at` is (-1 if none): about where
        the sentence at `at` starts."""
        return max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at))

    def _group_before(self, at: int) -> tuple[int, str] | None:
        """The people named by a plural group noun that opens the sentence before `at`
        ("Organisers, who had called …, accused …"), which a following "they" refers to."""
        here = self._stop_before(at)
        before = self._stop_before(here)
        if here <= 0:
            return None
        m = _GROUP_OPENING.match(self.text, before + 1)
        return (m.start(1), m.group(1)) if m and m.end() <= here else None

    def _sentence_before(self, at: int) -> int:
        """Where the sentence before the one at `at` starts, or -1."""
        here = self.text.rfind(". ", 0, at)
        before = self.text.rfind(". ", 0, here) if here > 0 else -1
        if here <= 0:
            return -1
        return max(before + 2 if before >= 0 else 0, self.text.rfind("\n", 0, here) + 1)

    def _opening_role(self, at: int) -> Anchor | None:
        """'The president has offered a lower figure. … he said': the office that opened
        the sentence before, as a description."""
        start = self._sentence_before(at)
        m = _ROLE_OPENING.match(self.text, start) if start >= 0 else None
        if m is None:
            return None
        of = _ROLE_OF.match(self.text, m.end(1))  # "the deputy chief of Russia's general staff"
        end = of.end() if of else m.end(1)
        return Anchor(m.start(1), end, self.text[m.start(1) : end], "description")

    def _role_since(self, at: int, since: int) -> Anchor | None:
        """The office that opened the sentence before `at`, when it came after `since`."""
        role = self._opening_role(at)
        return role if role and role.start > since else None

    def _opener(self, at: int, sentences: int = 6) -> str | None:
        """The name that opens the sentence at `at` or one of the few before it ('Intel will
        cut 15,000 jobs … The company reported a net loss'), when no organisation spoke."""
        for _ in range(sentences):
            name = self._opening_name(at)
            if name:
                return name
            at = self._stop_before(at)
            if at <= 0 or self.last_org:
                return None
        return None

    def _opening_name(self, at: int) -> str | None:
        """The name that opens the sentence at `at` ('Intel will cut 15,000 jobs, the
        chipmaker said'), a dateline skipped; not a person, a side or a day."""
        stop = self.text.rfind(". ", 0, at)
        start = max(stop + 2 if stop >= 0 else 0, self.text.rfind("\n", 0, at) + 1)
        dash = _DASHED.search(self.text, start, min(at, start + 80))
        m = _NAME_AT.match(self.text, dash.end() if dash else start)
        if not m or m.end() > at or not _OPENING_VERB.match(self.text, m.end()):
            return None  # "Quarterly revenue was …": an adjective, not a name
        name = m.group().removesuffix("'s").removesuffix("’s")  # "Maersk's earnings fell"
        low = name.lower()
        if (
            low in PRONOUNS
            or low in ("we", "i", "you", "our")
            or low in self.rules.sides
            or any(n == name for _, n in self.people)
        ):
            return None
        if " " not in name and low.endswith(("ing", "ed", "ly")):
            return None  # "Rolling blackouts cut power …": a participle, not a name
        return None if name.split()[0].lower() in _NOT_OPENERS else name

    def _lede_owner(self, at: int) -> str | None:
        """The name whose possession opens the document's first sentence, before `at`
        ("Nvidia's revenue more than doubled"), not a country's or a person's."""
        start = len(self.text) - len(self.text.lstrip())
        dash = _DASHED.search(self.text, start, min(at, start + 80))
        m = _OWNER_OPENING.match(self.text, dash.end() if dash else start)
        if not m or m.end() > at:
            return None
        return None if self._no_body(m.group(1)) else m.group(1)

    def _no_body(self, name: str) -> bool:
        """A country, a side, a common opening word or a person named before: no body."""
        low = name.lower()
        return (
            low in self.rules.demonyms
            or low in self.rules.sides
            or low in _NOT_OPENERS
            or any(n == name or n.endswith(f" {name}") for _, n in self.people)
        )

    def _org_opening(self, start: int) -> str | None:
        """The organisation named at `start`, a sentence's start, past "The"."""
        lead = _THE_AT.match(self.text, start).end()
        opening = [org for pos, org in self.org_at if pos in (start, lead)]
        return self.acronyms.get(opening[0].lower(), opening[0]) if opening else None

    def _sentence_start(self, at: int) -> int:
        """Where the sentence holding `at` starts, past the whitespace before it."""
        start = self._stop_before(at) + 1
        return start + len(self.text[start:at]) - len(self.text[start:at].lstrip())

    def _opening_org(self, at: int) -> str | None:
        """The organisation named at the start of the sentence before the one at `at`."""
        start = self._sentence_before(at)
        return self._org_opening(start) if start >= 0 else None

    def _opening_body(self, at: int) -> str | None:
        """The organisation, or a name no person bears, that opens the sentence holding `at`
        ("Shell, which employs about 93,000 people, produced …")."""
        named = self._subject_org(at)
        if named and named[0].isupper() and not (named.endswith("s") and named[1:].islower()):
            return named  # a body's name, not "the organisation" or "Rescuers"
        if named:
            return None
        m = _NAME_OPENING_ASIDE.match(self.text, self._sentence_start(at), at)
        return m.group(1) if m and not self._no_body(m.group(1)) else None

    def _subject_org(self, at: int) -> str | None:
        """The organisation that opens the sentence holding `at`."""
        start = self._sentence_start(at)
        opening = self._org_opening(start)
        if opening:
            return opening
        m = _BODY_OPENING.match(self.text, start, at)  # "The Met had deployed", "Police say"
        if not m:
            return None
        known = speaker_id(m.group(1), self.rules) in self.rules.speaker_names
        return m.group(1) if known or m.group(1).rsplit(None, 1)[-1].lower() in ORG_WORDS else None

    def _acronym(self, name: str) -> str | None:
        """'NDMA' -> 'National Disaster Management Authority (NDMA)': defined in the text, or
        an organisation named in full whose initials spell it."""
        if name in self.acronyms or name.lower() in self.acronyms:
            return self.acronyms.get(name) or self.acronyms[name.lower()]
        if not (name.isupper() and 2 <= len(name) <= 6):
            return None
        for _, org in self.org_at:
            initials = "".join(w[0] for w in org.split() if w.lower() not in _MINOR_WORDS)
            if initials.upper() == name:
                return f"{org} ({name})"
        return None

    def resolve(self, anchor: Anchor) -> Speaker | None:
        if (
            self.outlet
            and anchor.kind != "pronoun"
            and self.outlet in anchor.name
            and rx(rf"\b{regex.escape(self.outlet)}\b").search(anchor.name)
        ):
            return None  # "satellite images analysed by the Tavria Review": the outlet's own
        if anchor.kind != "pronoun" and anchor.name.lower() in _OBJECT_PRONOUNS:
            # "According to him, 2,828 …": the man named last, if any
            subject = _OBJECT_PRONOUNS[anchor.name.lower()]
            found = self.resolve(replace(anchor, name=subject, kind="pronoun"))
            if found:
                return found
        if _FOR_US.search(anchor.name):  # "a poll by the X Institute for this newspaper"
            name = _FOR_US.sub("", anchor.name)
            bare = _THE.sub("", name)
            anchor = replace(anchor, name=bare if _WHOLE_NAME.match(bare) else name)
            anchor = replace(anchor, kind="name") if anchor.name == bare else anchor
        if anchor.kind == "description" and (
            not anchor.name[:1].isalnum() or _DASHED.search(anchor.name)
        ):
            # "SANTIAGO - The interior minister said": the dateline's dash is no part of it
            name = _DASHED.split(anchor.name)[-1].lstrip(" -–—:;,")
            anchor = replace(anchor, name=name)
        if anchor.kind == "pronoun":
            if anchor.name in ("he", "she"):
                if (
                    self.voice
                    and not any(self.voice[0] < at < anchor.start for at, _ in self.people)
                    and self.voice[0] > (self.last_person_at if self.last_person_at else -1)
                ):
                    # "a spokeswoman for the county said … She added", unless an office
                    # opened the sentence before, after her: "Hours later the deputy chief …"
                    role = self._role_since(anchor.start, self.voice[0])
                    return self.resolve(role) if role else self.voice[1]
                # not a name in the pronoun's own sentence: "All flights at four airports,
                # including Hanoi's Noi Bai, were suspended, he said" is the last speaker's
                here = self._stop_before(anchor.start) if self.last_person else -1
                # not a name in the quotation the pronoun closes ('"The Princes Highway is
                # shut," she said'), nor the object of a relative clause ("Pat Graveson, who
                # represents Denton Holme, was bitter")
                start = anchor.start
                quoted = _QUOTE_CLOSED_BEFORE.search(self.text, max(0, start - 9), start)
                mark = "“" if quoted and quoted[1] == "”" else '"'
                opened = self.text.rfind(mark, 0, quoted.start()) if quoted else -1
                mentioned = [
                    (at, n)
                    for at, n in self.people
                    if at < (opened if opened >= 0 else anchor.start)
                    and not _RELATIVE_OBJECT.search(self.text, max(0, at - 40), at)
                ]
                if here > 0 and mentioned and mentioned[-1][0] > here:
                    last = self.last_person.name
                    mentioned = [(at, n) for at, n in mentioned if at < here or n == last]
                # a name mentioned in the last speaker's own sentence is part of their words
                recent = (
                    self.last_person_at is not None
                    and mentioned
                    and mentioned[-1][0] > self.last_person_at
                    # (up to the capital that opens the name's sentence)
                    and not _SENTENCE_END.search(
                        self.text, self.last_person_at, mentioned[-1][0] + 1
                    )
                )
                mentioned = [n for _, n in mentioned]  # a name within that speaker's words
                if (
                    mentioned
                    and not recent
                    and (self.last_person is None or mentioned[-1] != self.last_person.name)
                ):
                    return self._speaker(
                        self.full_names.get(mentioned[-1].split()[-1], mentioned[-1])
                    )
                # "Hours later the deputy chief … gave an account. "…," he told reporters":
                # an office that opened the sentence before, after the last one who spoke
                since = (self.last_person_at or -1) if self.last_person else -1
                role = None if mentioned else self._role_since(anchor.start, since)
                return self.resolve(role) if role else self.last_person
            if anchor.name == "it":
                # "The Sudan Doctors Network … put the toll higher. It said …": the
                # organisation that opened the sentence before, else the last one that spoke;
                # "Intel had 125,000 employees, according to its annual report": Intel
                closing = _CLOSING_IT.match(self.text, anchor.start)
                # "The group's petition … has been signed by 400,000, it said": the group
                owner = closing and _BODY_OWNS_OPENING.match(
                    self.text, self._sentence_start(anchor.start)
                )
                # "The coalition wants …, which it says contain about 40,000 names": its own
                # sentence's body
                within = rx(r"\bwhich\s+it\s+$").search(self.text, anchor.start - 12, anchor.start)
                subject = (
                    (anchor.source and self._opening_name(anchor.start))
                    # "Shell, which employs 93,000 people, produced …, it said": Shell
                    or ((closing or within) and self._opening_body(anchor.start))
                    or (not owner and not within and self._opening_org(anchor.start))
                )
                if subject:
                    return self._speaker(subject)
                # "Russia's defence ministry did not comment on Hroza. It said …": the body
                # the sentence before opens with, or its own sentence's for "which it says"
                body = (
                    within and self._body_subject(self._sentence_start(anchor.start), anchor.start)
                ) or self._body_subject(self._sentence_before(anchor.start))
                if body:
                    return self.resolve(body)
                last = self.last_any
                if last and last.org is None and self._described_as_body(last.name):
                    # "Hengaw, a Kurdish rights group based in Norway, says … It claims": the
                    # body that spoke last, though its name looks like a person's
                    return last
                if owner:
                    return self.resolve(
                        Anchor(owner.start(1), owner.end(1), owner.group(1), "description")
                    )
                if self.last_org:  # "according to its quarterly filing"
                    return self._speaker(self._salient(self.last_org.name, anchor.start))
                return self.last_any
            if anchor.name == "some":  # "relatives waited for news. Some claimed …"
                people = _PEOPLE_BEFORE.search(self.text, max(0, anchor.start - 400), anchor.start)
                if people:
                    return self._speaker(people.group(1).lower())
                anchor = replace(anchor, name="they")
            group = self._group_before(anchor.start) if anchor.name == "they" else None
            if group:  # "Organisers … accused officers of brutality. They said 15 …"
                return self.resolve(
                    Anchor(group[0], group[0] + len(group[1]), group[1], "description")
                )
            return self.last_any
        if anchor.kind == "description" and " in " in anchor.name:
            # "The Finance Ministry in Madrid disputes … and has put": the ministry
            anchor = replace(anchor, name=_DESC_IN_PLACE.sub("", anchor.name))
        owner = _OWNER.match(anchor.name) if anchor.kind == "description" else None
        if owner and _DOCUMENT.search(anchor.name):
            # "the Pentagon's own quarterly report counted", "The same team's 2004 survey put":
            # the paper's owner
            name = _THE.sub("", owner.group(1))
            if name[:1].isupper():  # "Pentagon", as it is named
                return self.resolve(replace(anchor, name=name, kind="name"))
            return self.resolve(replace(anchor, name=owner.group(1)))
        if anchor.kind == "description" and _ITS_VOICE.fullmatch(anchor.name):
            # "The TTP claimed the attack. Its spokesman said …": the voice of what "it" is
            body = self.resolve(replace(anchor, name="it", kind="pronoun"))
            if body:
                return body
        if anchor.kind == "description":
            desc = normalise_name(anchor.name)  # "Mr Karimi's campaign": Karimi's
            desc = rx(r"^(?:the|a|an|its|their|his|her|mrs?|ms|dr)\s+").sub("", desc)
            # "an earlier ministry count": the ministry's, told before
            desc = rx(r"^(?:earlier|later|latest|previous|updated|revised|initial)\s+").sub(
                "", desc
            )
            if desc.startswith("country's ") and (country := self._country_before(anchor.start)):
                desc = country + desc[7:]  # "the country's health ministry": Thailand's
            if desc.startswith("city's ") and (
                city := self._city_opening(anchor.start) or self._dateline_city()
            ):  # "the city's prefecture": the dateline's city's, or the one a sentence opens in,
                desc = f"{city} {desc[7:]}"  # as outlets name it: "the Lyon prefecture"
            if speaker_id(anchor.name, self.rules) in self.rules.speaker_names:
                self.described.append((anchor.start, desc))  # "the agency" later is this one
                return self._speaker(anchor.name)
            staff = _ORG_STAFF.match(desc)
            named = staff and self._named_org(staff.group(1), anchor.start)
            if named and (staff.group(1) in named.lower() or _CORPORATE.search(named)):
                return self._speaker(named)  # "a company executive told reporters"
            staff = _ACRONYM_STAFF.match(anchor.name)
            named = staff and self._acronym(staff.group(1) or staff.group(2))
            if named:  # "an IMF spokesperson said": an unnamed voice of the IMF named before
                return self._speaker(named)
            if staff and staff.group(2):  # "OCHA's spokesman": OCHA's, named or not before
                return self._speaker(staff.group(2))
            voice = _VOICE_OF.match(desc) or _ORG_VOICE.match(desc)
            # "the agency's spokesman", "Japan's top government spokesman"
            org = _VOICE_RANK.sub("", voice.group("org")) if voice else ""
            owned = _OWNED.match(org)  # a country's body keeps its owner: "Japan's government"
            country = owned and owned.group(1) in self.rules.demonyms
            body = org if country else rx(r"['’]s\b").sub("", org)
            if body and body.rsplit(None, 1)[-1] in ORG_WORDS:
                # "an official at the energy ministry who asked not to be named": the ministry
                speaker = self.resolve(replace(anchor, name=body))
                self.voice = (anchor.start, speaker)
                return speaker
            # "A Samsung official said": the body named before whose name starts so
            owns = [org for at, org in self.org_at if at < anchor.start] if body else []
            owner = next((o for o in reversed(owns) if o.lower().startswith(f"{body} ")), None)
            if owner:
                self.voice = (anchor.start, self._speaker(owner))
                return self.voice[1]
            if desc in _BARE_VOICES and (body := self._subject_org(anchor.start)):
                # "The Met had deployed 1,000 officers, a spokeswoman said": the Met's voice
                self.voice = (anchor.start, self._speaker(body))
                return self.voice[1]
            issuer = self._issuer(desc, anchor)
            if issuer or _BARE_PAPER.fullmatch(desc):
                return issuer  # "The figure, which counts …": no one's, when no one spoke
            holder = self._office_holder(desc, anchor)
            if holder:
                return self._speaker(holder[1], holder[0])
            if (
                self.voice
                and _THE_VOICE.fullmatch(anchor.name)
                and self.voice[0] > (self.last_person_at or -1)
            ):  # "a coast guard official told Ionian Wire … The official said"
                return self.voice[1]
            if (
                self.last_person
                and _PERSON_ROLE.search(desc)
                and not _INDEFINITE.match(anchor.name)
                and not _OWNED_ROLE.match(anchor.name)  # "its governor": some place's, not his
                # "the minister", not "Ukraine's parliamentary human rights commissioner"
                and not ("'" in desc or "’" in desc or desc.count(" ") > 2)
                # nor "the mayor" after "Minister Margarida Blasco"
                and self._held_by_last(_PERSON_ROLE.search(desc).group(), anchor.start)
            ):
                return self.last_person
            lede = self._named_later(desc, anchor)
            if lede:
                return self._speaker(lede[1], lede[0])
            named = self._named_org(desc, anchor.start) if _ORG_HEAD.search(desc) else None
            if named is None and desc.count(" ") < 3:  # "the hotline", described before
                # ("Copa-Cogeca, the EU farmers' federation" … "the farmers' federation")
                named = self._apposed(desc, anchor.start)
            medic = desc.rsplit(None, 1)[-1] in _MEDICS if desc else False  # "an emergency doctor"
            if named is None and medic and _INDEFINITE.match(anchor.name):
                # "At Kolwezi General Hospital, …, a doctor said": the hospital's word
                here = self.text[self._stop_before(anchor.start) + 1 : anchor.start]
                found = _HOSPITAL.findall(here)
                named = _without_opening_word(found[-1]) if found else None
            if named is None:
                named = self.rules.memoised(("demonym", desc), lambda: self._demonym(desc))
                self.described.append((anchor.start, named))
            speaker = self._speaker(named)
            if _PERSON_DESC.match(desc) or _LEADING_ROLE.search(desc):
                self.voice = (anchor.start, speaker)
            return speaker
        name = self._acronym(anchor.name)
        if name is None:
            parts = anchor.name.split()
            name = self.full_names.get(parts[0], anchor.name) if len(parts) == 1 else anchor.name
        if " " not in name:  # "the Front" after "the Interuniversity Teachers' Front"
            name = self._shortened(name, anchor.start)
        return self._speaker(name, anchor.start)

    def _shortened(self, word: str, at: int) -> str:
        """The organisation named before `at` whose last word `word` is, else `word`: one
        of this document's organisations, or one the rules know ("the Guards" after "Iran's
        Revolutionary Guards")."""
        known = [org for pos, org in self.org_at if pos < at and org.split()[-1] == word]
        if known:
            return known[-1]
        start = max(0, at - 3000)
        if self.text.find(word, start, at) < 0:
            return word  # named here first
        own = speaker_id(word, self.rules)
        if own in self.rules.speaker_names:
            return word  # "Zelensky" is known by that one word
        ending = rx(rf"(?:[A-Z][\w'’-]*\s+){{1,4}}{regex.escape(word)}\b")
        for m in reversed(ending.findall(self.text, start, at)):
            known_as = speaker_id(m, self.rules)
            if known_as != own and known_as in self.rules.speaker_names:
                return m
        return word

    def _city_opening(self, at: int) -> str | None:
        """The place the sentence before `at` opens in ("In Lyon, …, the city's prefecture")."""
        m = _IN_PLACE_OPENING.search(self.text, max(0, at - 300), at)
        return m.group(1).lower() if m and m.group(1) not in _CALENDAR else None

    def _dateline_city(self) -> str | None:
        """The city of the document's dateline, for "the city's …" (found once)."""
        if self.city is None:
            self.city = dateline_city(self.text, paragraphs(self.text)) or ""
        return self.city or None

    def _country_before(self, at: int) -> str | None:
        """The country named last before `at` (lower case), for "the country's …"."""
        names = self.rules.memoised(
            ("country names",),
            lambda: regex.compile(
                r"\b(?:"
                + "|".join(
                    regex.escape(k.title())
                    for k, v in sorted(self.rules.demonyms.items(), key=lambda kv: -len(kv[0]))
                    # a country's name, not its adjective or "us" (Myanmar is both)
                    if (k != v and len(k) > 3) or k in ("myanmar", "new zealand")
                )
                + r")\b"
            ),
        )
        found = names.findall(self.text, max(0, at - 600), at)
        return found[-1].lower() if found else None

    def _demonym(self, desc: str) -> str:
        """ "ukraine's air force" -> "ukrainian air force", as other outlets write it; a
        ministry by its formal name ("russia's defence ministry" -> "Russian Ministry of
        Defence", "the foreign ministry" -> "Ministry of Foreign Affairs")."""
        of = _BODY_OF_PLACE.match(desc)
        place = of.group("place") if of else ""
        if of and (place in self.rules.demonyms or place.title() in self.text):
            return f"{self.rules.demonyms.get(place, place)} {of.group('body')}"
        m = _OWNED.match(desc) or _DOTTED_COUNTRY.match(desc)  # "the U.S. military": "u s"
        owner = m.group(1) if m else ""
        side = self.rules.demonyms.get(owner) or self.rules.demonyms.get(owner.replace(" ", ""))
        desc = f"{side} {m.group(2)}" if side and desc != f"{side} {m.group(2)}" else desc
        if m and not side and _PLACE_OWNS.match(m.group(2)) and owner.title() in self.text:
            desc = f"{owner} {m.group(2)}"  # "Sindh's health department": the Sindh one
        elif m and not side and rx(rf"\b{regex.escape(owner.upper())}['’]s\b").search(self.text):
            desc = f"{owner} {m.group(2)}"  # "the WHO's regional office": the WHO regional office
        ministry = _MINISTRY.fullmatch(desc)
        if not ministry:
            return desc
        side, topic = ministry.group("side"), ministry.group("topic")
        if side and side not in self.rules.demonyms and not _COUNTRY_CODE.match(side):
            return desc  # "the regional health ministry" names no country
        if not side and topic in self.rules.demonyms:
            return desc  # "the Russian ministry": a country's, of no topic named
        side = self.rules.demonyms.get(side, side) if side else side
        lead = (side.upper() if _COUNTRY_CODE.match(side) else side.title()) + " " if side else ""
        topic = _MINISTRY_TOPICS.get(topic, topic.title().replace(" And ", " and "))
        return f"{lead}Ministry of {topic}"

    def _remember(self, speaker: Speaker) -> Speaker:
        if _group_word(speaker.name):
            pass  # "Witnesses said": neither "she" nor "it" later
        elif (
            # "The UN's special envoy for Syria … He said": a person, whoever employs him
            (speaker.org is None or _PERSON_ROLE.search(_ROLE_HEAD.split(speaker.name)[0].lower()))
            and speaker.name.lower() not in self.rules.sides
            and not _PLURAL_PEOPLE.search(speaker.name)
        ):
            # a country speaking ("Chile said") is nobody's "she", nor are relatives "the
            # governor" who speaks next
            self.last_person = speaker
        else:
            self.last_org = speaker
        self.last_any = speaker
        return speaker


# a group told by a plural common noun: "relatives", "local residents", "witnesses"
_PLURAL_PEOPLE = regex.compile(r"^[a-z][\w\s'’-]*[a-rt-z]s$")


def hearsay(sentence: str) -> bool:
    folded = sentence.casefold()  # one of these words is in every phrase _HEARSAY finds
    return any(w in folded for w in _HEARSAY_WORDS) and bool(_HEARSAY.search(sentence))


_HEARSAY_WORDS = ("reported", "alleged", "purported", "claim", "unconfirmed", "said", "reports")


# verbs whose words come after them: a promise covers no figure told before it
_PLEDGES = ("promised", "promises", "vowed", "vows")


_OBJECT_NEXT = regex.compile(r"[^\W\d]*(?:\s+[^\W\d]+){0,3}\s+")  # "counted about ", " "


# a figure after "…, he said, and": the same speaker's list goes on (after a body's
# attribution, the outlet's narration does)
_PRONOUN_GOES_ON = regex.compile(
    r"(?:\s+on\s+[A-Z][a-z]+day)?,\s+and\s+(?:(?:at\s+least|about|some|nearly|another|"
    r"more\s+than)\s+)?"
)
# an attribution set inside the sentence it reports, which goes on in a "when" clause
_INSERTED = regex.compile(r"\w,\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+$")
_WHEN_GOES_ON = regex.compile(r"(?:\s+on\s+[A-Z][a-z]+day)?,\s+when\s")
_OF_WHICH = regex.compile(r"\s+of\s+(?:which|whom|them)\s+(?:the\s+)?[A-Z][^,;.]{1,60}?\s+")
# an object relative clause with a subject of its own: ", which GeoNet measured at"
_IN_RELATIVE = regex.compile(r",\s+(?:which|whom)\s+(?:the\s+)?[A-Z][^,;.]{0,60}$")


def choose_anchor(anchors: list[Anchor], pos: int, end: int, text: str) -> Anchor | None:
    """The attribution that governs a figure at [pos, end): the nearest one before it in the
    same clause, else a trailing one in the same clause ('…, Gerasimov told the Kremlin
    leader'); a figure in an aside after the attribution (', as rescuers dug …') has none."""
    # "X put the state's confirmed toll at 126": a source named inside X's words is not theirs
    anchors = [
        a
        for a in anchors
        if not any(
            b.start < a.start and a.end <= b.end and _VERB_RE.match(text, b.start)
            for b in anchors
        )
    ]
    before = [
        a
        for a in anchors
        if a.end <= pos
        # "The quake, which GeoNet measured at 7.8, lasted about two minutes": the
        # relative clause closed before the figure
        and not (
            ", " in text[a.end : pos]
            and _IN_RELATIVE.search(text, max(0, a.start - 80), a.start)
        )
    ]
    within = [a for a in anchors if a.start <= pos and end <= a.end]
    if within and _VERB_RE.match(text, within[0].start):
        return within[0]  # "put its losses in the 24-hour offensive at 192": the same words
    # "Rail workers walked out for 24 hours, saying …": a participle speaks for what follows
    after = [
        a
        for a in anchors
        if a.start >= end and not text.startswith(_PARTICIPLES, a.start)
        and not text.startswith(_PLEDGES, a.start)  # "…, and Boeing had promised to build"
    ]
    if after and _OF_WHICH.fullmatch(text, end, after[0].start):
        return after[0]  # "20 missiles, 12 of which Ukraine's air force said it had shot down"
    if after and after[0].source and len(_RESTATED.sub("", text[end : after[0].start])) < 12:
        return after[0]  # "the figure of 470,000 (or 1,300 sq mi) given by organisers"
    if (
        after
        and text.startswith(("had ", "has ", "have "), after[0].start)
        and _GIVEN_THAT.fullmatch(text, end, after[0].start)
    ):
        return after[0]  # "against 58 that the commander had announced": the figure he gave
    cited = [a for a in after if a.cited and not _breaks_before(text[end : a.start])]
    if before and not _BREAK_AFTER.search(text[before[-1].end : pos]):
        # "Gerasimov said 430 …, according to the TASS news agency": the agency carries his words
        cited = [a for a in cited if not _MEDIA.search(a.name)]
    if (
        before
        and cited
        and not before[-1].source
        and _OBJECT_NEXT.fullmatch(text, before[-1].end, pos)
        and any(c.isdigit() for c in text[end : cited[-1].start])
    ):
        # "the police prefecture counted about 29,000, against 40,000 according to the
        # organisers": the verb right before a figure governs it, the source closing the
        # sentence the figure beside it
        return before[-1]
    if cited and not (before and before[-1].opening):
        return cited[-1]  # "…, according to the institute." covers the sentence it closes
    if before and _ABOUT_SOURCE.match(text, before[-1].end, pos):
        return None
    if (
        before
        and _INVERTED_NAME.match(text, before[-1].end)
        and "," in text[before[-1].end : pos]
        and before[-1].name in text[before[-1].end : pos]  # not "Neighbours said Olena …, 38,"
    ):
        return None  # 'said Pierre Martin, 58, a farmer who …' describes the speaker
    if (
        before
        and after
        and _EXPECTS.fullmatch(text, before[-1].start, before[-1].end)
        and _CLOSING_SAID.match(text, after[0].start)
        and _CLOSING_SUBJECT.search(text, end, after[0].start)
        and not _breaks_before(text[end : after[0].start])
    ):
        # "The central bank expects growth of 6.7%, Malhotra said": his words, its forecast
        return after[0]
    if (
        before
        and before[-1].kind == "pronoun"
        and _PRONOUN_GOES_ON.fullmatch(text, before[-1].end, pos)
    ):
        return before[-1]  # "Fifty-one people were injured, he said, and two remained in …"
    if (
        before
        and _WHEN_GOES_ON.match(text, before[-1].end, pos)
        and _INSERTED.search(text, max(0, before[-1].start - 50), before[-1].start)
    ):
        return before[-1]  # "The trouble began, police said, when about 3,000 sat down"
    if before and (
        before[-1].opening
        or not (
            _breaks_after(text[before[-1].end : pos], bool(after))
            or _AFTER_ATTRIBUTION.match(text, before[-1].end, pos)
        )
    ):
        return before[-1]
    if after and not _breaks_before(text[end : after[0].start]):
        clause = _SUBJECT_CLAUSE.search(text, max(0, pos - 90), pos)
        if (
            clause
            and text.count(",", end, after[0].start) <= 1
            and not _GAVE.match(text, clause.start() + 1)
        ):
            return None  # 'The company, which employs 62,000 people, said …' describes it
        if _COMPLEMENT.match(text, after[0].end):
            # "At the hospital, where 15 were taken, a doctor said two …": his words follow
            # the verb; what came before his name is the outlet's
            return None
        return after[0]
    return None


def _breaks_after(between: str, attributed_later: bool) -> bool:
    """Whether a clause break separates an attribution from a figure after it. A 'while'
    inside what the speaker said goes on in their words when nobody else is named after it
    ('The fire department said the fire was 85% contained, while the other had burned 678
    acres'); after a closed attribution ('…, the ministry said, while 400 were …') it does not."""
    m = _BREAK_AFTER.search(between)
    if m is None or attributed_later or not _GOES_ON.search(m.group()):
        return m is not None
    return _CLOSED.match(between) is not None


# what may go on in the speaker's words after their clause: "… said the fire was 85%
# contained, while …", "… wrote that the missiles struck late on Wednesday, when the ship
# was about 60 nautical miles south of Odesa" (not "…, after a battle that has killed more
# than 2,000": the outlet's background, as annotators read it)
_GOES_ON = regex.compile(r"\b(?:while|when)\b")


# an attribution closed by a comma: "…, the ministry said on Friday, while"
_CLOSED = regex.compile(r"(?:\s+(?:on|in|at|late|early|last|this)\b[^,–—]{0,30})?\s*[,–—]")


_EXPECTS = regex.compile(
    r"expects?|expected|forecasts?|predict(?:s|ed)|projects|projected|believes|believed"
)
# "…, Malhotra said." closing the sentence: the outer speaker of everything before it
_CLOSING_SAID = regex.compile(r"(?:said|says|added|told)\b[^.;!?]{0,80}(?:[.!?]|$)")
_CLOSING_SUBJECT = regex.compile(r",\s+(?:[^,;]{1,60}\s+)?$")  # or "…, said Moorcroft"
# what a speech verb says, after it: "said two were critical", not "said on Tuesday."
_COMPLEMENT = regex.compile(
    r"\s+(?:that\s+)?(?!(?:in|on|at|late|early|during|via|to|through|from|after|before|last|"
    r"this|yesterday|today|tonight|when|while|as|citing|according|by|with|earlier|later|"
    r"show|shows|showed|found|finds|said|says|reported|suggested|indicated)\b)"  # its own verb
    r"[^,;:.!?\"“”()–—]{0,80}?\b(?:was|were|had|has|have|is|are|would|will|could|"
    r"(?<!\b(?:a|an|the)\s|-)[a-z]{3,}ed)\b"  # not "told a televised briefing", "Saudi-owned"
)


# a figure, then a relative clause whose subject gave it: "58 that the commander … had"
_GIVEN_THAT = regex.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:that|which)\s+[^,;.]{2,60}?\s+")
_PARTICIPLES = ("saying", "adding", "claiming")
_MEDIA = regex.compile(
    r"(?i)\b(?:news\s+agency|state\s+media|media|newspaper|broadcaster|television|TV|radio|"
    r"Reuters|AFP|Associated\s+Press|AP|TASS|RIA(?:\s+Novosti)?|Interfax|Ukrinform|Xinhua|IRNA|"
    r"Yonhap|Kyodo|NHK|BBC|CNN|Al\s+Jazeera|Bloomberg)\b"
)
_RELATIVE_START = regex.compile(r"(?:which|who|that|where|when|whose)\s")
_FIGURE_VERB = regex.compile(
    r"(?:show|shows|put|puts|stand|stands|stood|remain|remains|reach|reaches|peak|peaks|sit|"
    r"sits|hold|holds|value|values|price|prices|estimate|estimates|set|sets)\s"
)
_DOCUMENT = regex.compile(
    r"(?i)(?:the\s+)?(?:new\s+|latest\s+)?(?:report|figures|data|study|survey|analysis|"
    r"statement|assessment|estimates?|statistics|numbers)$"
)
# a figure restated in parentheses: "522 square kilometers (202 sq miles) given by X"
_RESTATED = regex.compile(r"^\s*\([^()]{1,40}\)")
# who a gapped subject may be: a body, people who count, or a name ("for the Civic Coalition"
# and "livestock in Castile and León" are no one)
_GAP_SPEAKER = regex.compile(
    r"^(?!.*\b(?:in|for|on|to|of|from|by|with|among|across|per)\s)"
    rf".*(?:\b(?:{ORG_NOUNS})|[A-Z][\w'’-]*|\b{_PEOPLE_PLURAL})$"
)
_GAPPED = regex.compile(
    # "…, with food inflation at 39.16%": a figure's own phrase, nobody gapped
    r"(?:,|;|(?=\s+and\s))\s+(?:and\s+|while\s+)?(?!with\s)"
    r"(?P<subj>(?:the\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+at\s+"
    r"(?=(?:(?:about|around|roughly|some|an\s+estimated|approximately|nearly|almost|close\s+to|"
    r"more\s+than|over|under|fewer\s+than|less\s+than|up\s+to|as\s+many\s+as|in\s+excess\s+of|"
    r"just\s+(?:over|under)|at\s+least)\s+)?" + FIGURE_AHEAD + ")"
)
# "…, now stands at 112": a figure's own verb, not a speaker gapped after a comma
_LINKING = regex.compile(
    r"\b(?:stands?|stood|is|was|are|were|remains?|remained|rose|rises|fell|falls|reached|"
    r"hit|totals?|totalled|totaled|stays?|stayed|sits?|sat|peaked|closed|opened|ended)$"
)
_SENTENCE_END = regex.compile(r"[.!?][\"”’]?\s+[\"“‘]?[A-Z]")
# "President Zelensky, who had given a toll of 41 on Tuesday, said": a figure he gave
_GAVE = regex.compile(
    r"\s+who\s+(?:(?:had|has|have)\s+)?(?:also\s+)?(?:gave|given|put|reported|estimated|"
    r"announced|counted|said|says)\b"
)
# (within the sentence: "…, who took 20.32%. Turnout was 43.48%, he said")
_SUBJECT_CLAUSE = regex.compile(r",\s+(?:which|who|whose)\b(?:[^,;.!?]|[,.](?=\d))*$")
_INVERTED_NAME = regex.compile(
    r"\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of|for|and))*(?:\s+\([A-Z]{2,6}\))?,"
)
# "…, the coast guard said, and rescuers were still searching for 12": the outlet goes on
_AFTER_ATTRIBUTION = regex.compile(
    # "…, he said, and had issued orders to 6,228": the subject's clause goes on, in his
    # words
    r"(?:\s+(?:on|late|early|in|at)\s[\w\s]{1,30}?)?,\s+(?:and|as"
    # "Mayor Ray Nagin said, a day after Katrina came ashore with winds of 125 mph": when
    r"|(?:(?:a|one|two|three|hours|days|shortly|soon|just)\s+(?:day\s+|days\s+)?)?(?:after|before)"
    r"|when|while)\s+"
    r"(?!that\b|(?:had|has|have|would|will|could|was|were)\s"
    # "…, spokeswoman Darla Kubiak said, and sent 6 of them on": the subject's next verb
    r"|(?<=and\s+)(?:[a-z]+ed|sent|took|gave|put|kept|made|left|brought|found)\s)"
)
_DATA_SUBJECT = regex.compile(
    r"(?:['’]s|(?<=s)['’])?(?:^|\s+)(?:(?i:latest|new|official|preliminary|provisional|final|revised|"
    r"updated|daily|weekly|monthly|annual|quarterly|own)\s+)*"
    r"(?:data|figures|statistics|numbers|report|survey|poll|study|analysis|estimates|census|"
    r"tally|count|results|records)$"
)
_ADDING_SPEECH = regex.compile(r"\s+that\b|\s*[,:]?\s*[\"“]")
_ANNOUNCED_ACTION = regex.compile(
    r"\s+(?:(?:an?|the|new|further|additional|emergency|extra)\s+)*(?:compensation|aid|funding|"
    r"relief|payments?|grants?|\d[\d,.]*(?:\s+(?:million|billion|crore|lakh))?\s+(?:[a-z]+\s+)?"
    r"(?:rupees|reais|pesos|dollars|euros|pounds|yuan|yen)|[$€£₹]|(?:one|two|three|four|five|"
    r"six|seven)\s+days\s+of\s+(?:national\s+)?mourning)"
)
_THAN_SUBJECT = regex.compile(r"\bthan\s+(?:[\w'’-]+\s+){0,3}(?:had\s+|have\s+)?$")
_ADDED_THINGS = regex.compile(
    r"\s+(?:an?|some|about|around|nearly|almost|roughly|more\s+than|another|over|\d|[$€£])"
)
_WITH_SUBJECT = regex.compile(r"\bwith\s+([^,;]{1,60})$")
# "Syrsky, Ukraine's top commander, disputed the figure, saying …": the main clause's subject
_CLAUSE_SUBJECT = regex.compile(
    # "KYIV - Ukraine's army chief on Tuesday rejected …, saying": a dateline and a day around
    r"^\s*(?:[A-Z][A-Z .'’]+(?:,[^-–—\n]{1,40})?\s[-–—]\s+)?"
    rf"({_SUBJECT}(?:\s+[a-z]+s)?|{NAME}['’]s\s+(?:[\w-]+\s+){{0,2}}(?:{ORG_NOUNS}))"
    rf"(?:\s+\({ACRONYM}\))?(?:\s+on\s+[A-Z][a-z]+day)?"
    rf"(?:,\s*(?P<named>{NAME}),|,[^,;]{{1,80}},)?\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|disputed|rejected|told|wrote|spoke|gave|went|hit|"
    r"issued|released|published|sought|stood|held|cut|put|set|kept|made|took|sent|left|won|lost|paid|sold)\b[^,;]{0,80},\s*$"
)
# "according to the Sahel Relief Alliance, which runs two of the six clinics": about it
_ABOUT_SOURCE = regex.compile(
    r",\s+(?:which|who)\s+(?:also\s+)?(?:runs|ran|operates|operated|employs|employed|"
    r"represents|manages|oversees|serves|served|sheltered|houses|housed|has\s+(?:run|been)|"
    r"had\s+(?:run|been|sheltered)|is|was|were)\s[^,;]*$"
)
_BREAK_AFTER = regex.compile(
    # not "as" in "…, killing as many as 85" or "…, as of late Tuesday, 8,816"
    # nor "…, shortly after 8 a.m., near the temple": a time, not a clause
    # "…, but that the rate stood at 21%": the same speaker's second clause
    r"[;]|,\s+(?:\w+\s+)?(?:while|whereas|but(?!\s+that\b)|as(?!\s+(?:many|much|few|of|high|far)\b)|"
    r"(?:after|before)(?!\s+(?:\d|midnight|dawn|noon|dusk|sunrise|sunset)\b)|when|following|"
    r"in\s+what)\b"
    r"|\bwhile\b|\bwhereas\b"
)
# "…fell 0.3%, and the government said …": a conjunction right before the attribution's
# subject starts a new clause; "…and 54 drones, the air force said" does not
# the speaker's own relative clause at the end: "…, a diplomat who took part said"
_WHO_DESCRIBES = regex.compile(
    r"(?<=,\s+(?:an?|the|one|two|three|some|several)\s+(?:[\w'’-]+\s+){0,3}[a-z][\w'’-]*)"
    r"\s+who\s+[^,;]{1,80}$"
)
_BREAK_BEFORE = regex.compile(
    r"\b(?:and|but|while|whereas|which|who|that|where)\s+(?:[a-z][^,;]{0,60})?$|[;]"
    r"|\b(?:while|whereas)\s+[^,;]{0,60}$|,\s+with\s+[^,;]{1,60}$"
)
# "…killed on Sunday, witnesses and medics said": the "and" joins the speakers
_COORDINATED_SUBJECT = regex.compile(
    rf"(?i),\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+)?(?:{ORG_NOUNS})\s+and\s+(?:the\s+)?"
    rf"(?:[a-z][\w'’-]*\s+)?(?:{ORG_NOUNS})\s*$"
)


def _breaks_before(between: str) -> bool:
    """Whether a clause break separates a figure from an attribution that follows it."""
    anonymous = " who " in between and (
        _ANONYMOUS.search(between.rstrip(" ,")) or _WHO_DESCRIBES.search(between)
    )
    if anonymous:  # "…, a coast guard official who asked not to be named, told", "…, a
        between = between[: anonymous.start()]  # diplomat who took part said"
    return bool(_BREAK_BEFORE.search(between)) and not _COORDINATED_SUBJECT.search(between)
