"""Annotated sentences for the casualty and displacement extractor.

Each fact is ``(category, value, low, high, qualifier, place)``:

* category -- killed, injured, casualties, missing, displaced, refugees,
  evacuated, homeless, affected, population, distance
* value -- best single number (people, or km for distance; miles x 1.609344,
  rounded to 3 decimals)
* low, high -- bounds (exact: low == high == value; at_least: high None;
  at_most: low None; approximate: both None; range and vague: both ends)
* qualifier -- exact, approximate, at_least, at_most, range, vague
* place -- the place named in the sentence that the figure refers to, or None;
  for a distance, the place it locates ("Tawila, a town 60 km west of ...")
  or else the place it is measured from

Facts are listed in the order they appear in the text. Conventions follow
shared/README.md and DESIGN.md ("The fact", "What is not a fact").
"""

from typing import NamedTuple


class Case(NamedTuple):
    text: str
    facts: list[tuple]
    id: str


CASES: list[Case] = [
    # ------------------------------------------------------------------ killed
    # "2,012" is a count of people (comma, after "rose to"), not a year.
    Case(
        "The death toll from Friday's earthquake in Morocco rose to 2,012 on "
        "Saturday, the interior ministry said.",
        [("killed", 2012, 2012, 2012, "exact", "Morocco")],
        "killed-toll-rose",
    ),
    Case(
        "Quake kills 120 in eastern Turkey",
        [("killed", 120, 120, 120, "exact", "Turkey")],
        "headline-quake-kills",
    ),
    Case(
        "A suicide bombing at a crowded market in Peshawar left 14 dead and "
        "37 injured, police said on Friday.",
        [
            ("killed", 14, 14, 14, "exact", "Peshawar"),
            ("injured", 37, 37, 37, "exact", "Peshawar"),
        ],
        "killed-left-dead-injured",
    ),
    Case(
        "Twenty-one people were killed when a bus plunged into a ravine in "
        "northern Pakistan on Sunday, local officials said.",
        [("killed", 21, 21, 21, "exact", "Pakistan")],
        "killed-word-number",
    ),
    Case(
        "Rescue teams have recovered 46 bodies from the rubble of collapsed "
        "buildings in Aleppo, the White Helmets said on Thursday.",
        [("killed", 46, 46, 46, "exact", "Aleppo")],
        "killed-bodies",
    ),
    # Sub-groups joined by "and" are one summed fact: 6 + 2 = 8.
    Case(
        "An Israeli airstrike on a house in Gaza killed six adults and two "
        "children, the health ministry said.",
        [("killed", 8, 8, 8, "exact", "Gaza")],
        "killed-sum-subgroups",
    ),
    # "three of them children" is a subset in the same category: no second fact.
    Case(
        "Seventeen people died in the fire at a market in Khartoum, three of them children.",
        [("killed", 17, 17, 17, "exact", "Khartoum")],
        "killed-subset-of-them",
    ),
    Case(
        "Between 10 and 15 people were killed when a migrant boat capsized off "
        "the coast of Lebanon, the Lebanese army said.",
        [("killed", 10, 10, 15, "range", "Lebanon")],
        "killed-range-between",
    ),
    # "wounding dozens more": "more" only marks them as additional people, so
    # this is the plain vague word dozens (24-99), not at_least.
    Case(
        "A car bomb exploded outside a mosque in Mosul on Friday, killing 27 "
        "worshippers and wounding dozens more.",
        [
            ("killed", 27, 27, 27, "exact", "Mosul"),
            ("injured", 24, 24, 99, "vague", "Mosul"),
        ],
        "killed-killing-wounding",
    ),
    Case(
        "More than a dozen people were killed in an air strike on a market in "
        "Idlib, rescuers said.",
        [("killed", 12, 12, None, "at_least", "Idlib")],
        "killed-more-than-dozen",
    ),
    # Headline verb "passes" is read like "passed/topped N": at_least.
    Case(
        "Gaza death toll passes 10,000, health ministry says",
        [("killed", 10000, 10000, None, "at_least", "Gaza")],
        "headline-toll-passes",
    ),
    Case(
        "Kabul mosque blast: 9 dead, 20 hurt",
        [
            ("killed", 9, 9, 9, "exact", "Kabul"),
            ("injured", 20, 20, 20, "exact", "Kabul"),
        ],
        "headline-dead-hurt",
    ),
    Case(
        "Several people were killed and dozens injured when a five-storey "
        "building collapsed in Lagos on Monday.",
        [
            ("killed", 3, 3, 9, "vague", "Lagos"),
            ("injured", 24, 24, 99, "vague", "Lagos"),
        ],
        "killed-several-injured-dozens",
    ),
    Case(
        "The floods killed 73 people in Pakistan and left another 19 missing, officials said.",
        [
            ("killed", 73, 73, 73, "exact", "Pakistan"),
            ("missing", 19, 19, 19, "exact", "Pakistan"),
        ],
        "killed-missing-pair",
    ),
    Case(
        "According to OCHA, 1,023 people have been killed, 4,750 injured and "
        "112,000 displaced in Sudan since 15 April.",
        [
            ("killed", 1023, 1023, 1023, "exact", "Sudan"),
            ("injured", 4750, 4750, 4750, "exact", "Sudan"),
            ("displaced", 112000, 112000, 112000, "exact", "Sudan"),
        ],
        "multi-sitrep-three",
    ),
    # -------------------------------------------------------------- casualties
    # "Britain-based" names the monitor's seat, not the place of the figure.
    Case(
        "More than 400 people died or were injured in the bombardment of "
        "Aleppo last week, a Britain-based war monitor said.",
        [("casualties", 400, 400, None, "at_least", "Aleppo")],
        "casualties-died-or-injured",
    ),
    # A breakdown into other categories: each category gets its own fact.
    Case(
        "The missile attack on Kharkiv caused 115 casualties, 60 killed and 55 "
        "injured, the regional administration said.",
        [
            ("casualties", 115, 115, 115, "exact", "Kharkiv"),
            ("killed", 60, 60, 60, "exact", "Kharkiv"),
            ("injured", 55, 55, 55, "exact", "Kharkiv"),
        ],
        "casualties-breakdown",
    ),
    Case(
        "Hundreds of casualties were reported after the explosion at the fuel "
        "depot, hospital officials said.",
        [("casualties", 200, 200, 999, "vague", None)],
        "casualties-vague-hundreds",
    ),
    Case(
        "UN monitors said 2,300 civilians had been killed or wounded in Gaza "
        "since the truce collapsed.",
        [("casualties", 2300, 2300, 2300, "exact", "Gaza")],
        "casualties-killed-or-wounded",
    ),
    Case(
        "The regional governor said the missile strike on Dnipro had caused 75 casualties.",
        [("casualties", 75, 75, 75, "exact", "Dnipro")],
        "casualties-word-exact",
    ),
    # ----------------------------------------------------------------- injured
    Case(
        "A dozen people were injured when a tram derailed in central Kyiv on "
        "Wednesday morning, emergency services said.",
        [("injured", 12, 12, 12, "exact", "Kyiv")],
        "injured-a-dozen",
    ),
    Case(
        "As many as 80 people were wounded in the missile strike on the "
        "railway station in Kramatorsk, the governor said.",
        [("injured", 80, None, 80, "at_most", "Kramatorsk")],
        "injured-as-many-as",
    ),
    # ----------------------------------------------------------------- missing
    Case(
        "At least 40 people remain missing after a landslide buried a village "
        "in western Nepal, rescue officials said.",
        [("missing", 40, 40, None, "at_least", "Nepal")],
        "missing-at-least",
    ),
    Case(
        "Scores of migrants were missing after their boat sank off Libya on "
        "Tuesday, the International Organization for Migration said.",
        [("missing", 40, 40, 99, "vague", "Libya")],
        "missing-scores",
    ),
    # Only a lake and a demonym ("Tanzanian") are named, no place name: None.
    Case(
        "Approximately 300 passengers are still missing after the ferry "
        "capsized on Lake Victoria, Tanzanian officials said.",
        [("missing", 300, None, None, "approximate", None)],
        "missing-approximately-no-place",
    ),
    # --------------------------------------------------------------- displaced
    # "flee their homes" without a border crossing is displaced, not refugees.
    Case(
        "Fighting in Khartoum has forced more than 1.5 million people to flee "
        "their homes, the UN says.",
        [("displaced", 1500000, 1500000, None, "at_least", "Khartoum")],
        "displaced-flee-homes",
    ),
    Case(
        "An estimated 3.7m people are internally displaced in Syria, according to OCHA.",
        [("displaced", 3700000, None, None, "approximate", "Syria")],
        "displaced-estimated-m",
    ),
    # ---------------------------------------------------------------- homeless
    # "left homeless" is its own category, as disaster databases keep it beside displacement.
    Case(
        "Tens of thousands of people were left homeless in Mozambique after "
        "Cyclone Freddy destroyed their houses.",
        [("homeless", 20000, 20000, 99999, "vague", "Mozambique")],
        "homeless-tens-of-thousands",
    ),
    Case(
        "The cyclone left 20,000 people homeless in Mozambique.",
        [("homeless", 20000, 20000, 20000, "exact", "Mozambique")],
        "homeless-left-n-people",
    ),
    Case(
        "Affected: 1,200; homeless: 300",
        [("affected", 1200, 1200, 1200, "exact", None), ("homeless", 300, 300, 300, "exact", None)],
        "homeless-affected-tally",
    ),
    Case("No one was left homeless, the mayor said.", [], "homeless-denial"),
    # ---------------------------------------------------------------- affected
    Case(
        "Floods have affected 33 million people across Pakistan, the government said.",
        [("affected", 33000000, 33000000, 33000000, "exact", "Pakistan")],
        "affected-before",
    ),
    Case(
        "Heavy rains impacted nearly 90,000 people in Kenya.",
        [("affected", 90000, None, 90000, "at_most", "Kenya")],
        "affected-impacted-nearly",
    ),
    Case(
        "The number of people affected rose to 450,000.",
        [("affected", 450000, 450000, 450000, "exact", None)],
        "affected-toll",
    ),
    # places and things affected are not people
    Case("The storm affected 12 provinces and 300 villages.", [], "affected-not-people"),
    Case(
        "The drought could affect 5 million people next year, the UN warned.",
        [],
        "affected-hypothetical",
    ),
    Case(
        "Aid agencies said 60,000-70,000 people had been displaced by fighting "
        "around Goma in the past week.",
        [("displaced", 60000, 60000, 70000, "range", "Goma")],
        "displaced-range-hyphen",
    ),
    Case(
        "Millions of people have been displaced by the conflict in Myanmar, aid groups say.",
        [("displaced", 2000000, 2000000, 9999999, "vague", "Myanmar")],
        "displaced-millions",
    ),
    # ---------------------------------------------------------------- refugees
    Case(
        "More than a million people have fled Ukraine since the Russian "
        "invasion began, the UN refugee agency said.",
        [("refugees", 1000000, 1000000, None, "at_least", "Ukraine")],
        "refugees-more-than-million",
    ),
    # Both origin and destination are named; the figure is counted where the
    # people arrived ("crossed into Poland"), as dev_gold does for arrivals.
    Case(
        "Some 450,000 people have crossed into Poland from Ukraine in the past "
        "week, Polish border guards said.",
        [("refugees", 450000, None, None, "approximate", "Poland")],
        "refugees-crossed-into",
    ),
    Case(
        "Hundreds of thousands of Sudanese have fled across the border into "
        "Chad since fighting erupted in April.",
        [("refugees", 200000, 200000, 999999, "vague", "Chad")],
        "refugees-hundreds-of-thousands",
    ),
    Case(
        "About 40,000 people fled abroad from Nicaragua last year, according to UNHCR.",
        [("refugees", 40000, None, None, "approximate", "Nicaragua")],
        "refugees-fled-abroad",
    ),
    # Destination rule again: "into Chad" (Sudan's Darfur is the origin).
    Case(
        "UNHCR said 15,000 to 20,000 refugees had crossed into Chad from "
        "Sudan's Darfur region in the past two days.",
        [("refugees", 15000, 15000, 20000, "range", "Chad")],
        "refugees-range-to",
    ),
    # "topped N" -> at_least (README).
    Case(
        "The number of refugees who have fled Sudan topped 1 million this week, the UN said.",
        [("refugees", 1000000, 1000000, None, "at_least", "Sudan")],
        "refugees-topped",
    ),
    # --------------------------------------------------------------- evacuated
    Case(
        "Authorities evacuated 12,500 residents from low-lying districts of "
        "Manila ahead of Typhoon Doksuri.",
        [("evacuated", 12500, 12500, 12500, "exact", "Manila")],
        "evacuated-exact",
    ),
    Case(
        "Thousands of civilians were evacuated from Mariupol through a "
        "humanitarian corridor on Friday, Ukrainian officials said.",
        [("evacuated", 2000, 2000, 9999, "vague", "Mariupol")],
        "evacuated-thousands",
    ),
    Case(
        "Nearly two million people were evacuated in Bangladesh ahead of the "
        "cyclone, the disaster management ministry said.",
        [("evacuated", 2000000, None, 2000000, "at_most", "Bangladesh")],
        "evacuated-nearly-two-million",
    ),
    Case(
        "Fewer than 100 people were evacuated from the besieged town of "
        "Avdiivka before the corridor closed.",
        [("evacuated", 100, None, 100, "at_most", "Avdiivka")],
        "evacuated-fewer-than",
    ),
    # A pre-war population is still a population fact. The evacuation figure
    # refers to the same town, named once at the start of the sentence.
    Case(
        "Kupiansk, which had about 27,000 residents before the war, has been "
        "largely emptied: 12,000 people have been evacuated so far, officials "
        "said.",
        [
            ("population", 27000, None, None, "approximate", "Kupiansk"),
            ("evacuated", 12000, 12000, 12000, "exact", "Kupiansk"),
        ],
        "multi-population-evacuated",
    ),
    # -------------------------------------------------------------- population
    Case(
        "Kharkiv, a city of 1.4 million people before the war, has been under "
        "near-constant bombardment since February.",
        [("population", 1400000, 1400000, 1400000, "exact", "Kharkiv")],
        "population-city-of",
    ),
    # "about half of them children" is a share without a count: no fact.
    Case(
        "Gaza is home to roughly 2.3 million Palestinians, about half of them children.",
        [("population", 2300000, None, None, "approximate", "Gaza")],
        "population-roughly",
    ),
    Case(
        "The city of Izyum, which had a pre-war population of about 45,000, "
        "was retaken by Ukrainian forces in September.",
        [("population", 45000, None, None, "approximate", "Izyum")],
        "population-pre-war-about",
    ),
    # "population N" as an appositive is exact (dev_gold dev-010); the figure
    # is Aleppo's, not Syria's.
    Case(
        "Aleppo, population 2 million, was Syria's commercial hub before the war.",
        [("population", 2000000, 2000000, 2000000, "exact", "Aleppo")],
        "population-appositive",
    ),
    # ---------------------------------------------------------------- distance
    # A km/miles pair is one fact, in km.
    Case(
        "The village of Hlyboke lies 30 kilometers (19 miles) north of "
        "Kharkiv, near the Russian border.",
        [("distance", 30, 30, 30, "exact", "Kharkiv")],
        "distance-km-miles-pair",
    ),
    # 50 miles x 1.609344 = 80.4672 -> 80.467 km.
    Case(
        "The strike hit a military training base about 50 miles from the "
        "Polish border, the defense ministry said.",
        [("distance", 80.467, None, None, "approximate", None)],
        "distance-miles-about",
    ),
    # "less than" is read like "fewer than": at_most.
    Case(
        "Russian forces were less than 25 km from the centre of Kyiv, British intelligence said.",
        [("distance", 25, None, 25, "at_most", "Kyiv")],
        "distance-less-than",
    ),
    # 23 miles x 1.609344 = 37.014912 -> 37.015 km.
    Case(
        "The epicentre was 23 miles east of Gaziantep, according to the US Geological Survey.",
        [("distance", 37.015, 37.015, 37.015, "exact", "Gaziantep")],
        "distance-miles-exact",
    ),
    # The place a distance describes, in apposition, before the place it is measured from.
    Case(
        "Displaced families are arriving in Tawila, a town 60 kilometres west of El Fasher.",
        [("distance", 60, 60, 60, "exact", "Tawila")],
        "distance-locates-place",
    ),
    Case(
        "Shells landed up to 15 kilometres inside the border, the army said.",
        [("distance", 15, None, 15, "at_most", None)],
        "distance-up-to",
    ),
    # --------------------------------------------------------------- not facts
    Case(
        "Andrey Goncharuk, 68, said he had lived in Kharkiv since 1975.",
        [],
        "nonfact-age",
    ),
    # A rescued survivor is none of the categories; "12-year-old" is an age
    # and "72 hours" a duration.
    Case(
        "A 12-year-old boy was pulled alive from the rubble in Antakya after 72 hours.",
        [],
        "nonfact-child-age-duration",
    ),
    Case(
        "The war began on Feb. 24, 2022, eight years after Russia annexed Crimea in 2014.",
        [],
        "nonfact-date-year",
    ),
    Case(
        "The World Bank pledged $1.5 billion for reconstruction in Turkey and Syria.",
        [],
        "nonfact-money",
    ),
    Case(
        "About 40% of Gaza's buildings have been damaged or destroyed, satellite analysis shows.",
        [],
        "nonfact-percent-buildings",
    ),
    Case(
        "A major earthquake in Istanbul could kill tens of thousands of people, experts warn.",
        [],
        "nonfact-could-kill",
    ),
    Case(
        "The UN expects the number of refugees from Sudan to reach 1.8 million "
        "by the end of the year.",
        [],
        "nonfact-projection-expects",
    ),
    # Denial: the brief codes "no one was hurt" as no fact (not a zero).
    Case(
        "No one was hurt in the blaze, which gutted a warehouse in Lviv, the fire service said.",
        [],
        "nonfact-denial",
    ),
    Case(
        "Ukraine said it had destroyed 14 Russian tanks and shot down 30 "
        "cruise missiles near Bakhmut.",
        [],
        "nonfact-tanks-missiles",
    ),
    Case(
        "G7 leaders discussed the COVID-19 recovery and the war in Ukraine at "
        "their summit in Hiroshima.",
        [],
        "nonfact-covid-g7",
    ),
    Case(
        "The curfew in Port-au-Prince runs from 6 p.m. to 5 a.m. and will last three days.",
        [],
        "nonfact-time-duration",
    ),
    Case(
        "It was the third deadly strike on the city this week and the 10th since the ceasefire.",
        [],
        "nonfact-ordinal",
    ),
    Case(
        "Families seeking news of relatives can call the Red Cross hotline on 0800 123 4567.",
        [],
        "nonfact-phone",
    ),
    Case(
        "Shakhtar Donetsk beat Dynamo Kyiv 2-1 in a match played behind closed doors in Lviv.",
        [],
        "nonfact-score",
    ),
    Case(
        "The floods destroyed 3,400 homes and damaged 120 bridges across Pakistan.",
        [],
        "nonfact-homes-bridges",
    ),
    Case(
        "Only 20 aid trucks entered Gaza through the Rafah crossing on Saturday.",
        [],
        "nonfact-trucks",
    ),
    # A qualifier ("up to") inside a projection is still a projection.
    Case(
        "The offensive is expected to displace up to 500,000 people, aid agencies warned.",
        [],
        "nonfact-expected-displace",
    ),
    Case(
        "Officials warned that the death toll may reach 5,000 as rescuers dig through the rubble.",
        [],
        "nonfact-may-reach",
    ),
    Case(
        "On March 3, the 58-year-old mayor announced a $200,000 relief fund, a "
        "10% cut in local taxes and a 24-hour hotline.",
        [],
        "nonfact-mixed",
    ),
    # "no immediate reports of casualties" is a denial; "5.8" is a magnitude.
    Case(
        "There were no immediate reports of casualties after the magnitude 5.8 "
        "quake struck off the coast of Japan.",
        [],
        "nonfact-no-casualties-magnitude",
    ),
]
