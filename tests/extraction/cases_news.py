"""How the extractor reads news beyond the sentence: one or more cases of the team's own for
every rule that reads context, places of every level, counts without numbers, groups and lists,
the number forms and the idioms of reporting. Same shape as cases.py; the place is the one the
figure refers to, wherever the text names it, and the reason it was chosen is checked apart.
"""

from .cases import Case

NEWS_CASES: list[Case] = [
    # ------------------------------------------------ the place from earlier in the text
    Case(
        "A roadside bomb went off in Shahid Asas district, Uruzgan province, on Tuesday. "
        "Three civilians were killed in the blast.",
        [("killed", 3, 3, 3, "exact", "Shahid Asas")],
        "context-previous-sentence",
    ),
    Case(
        "MOGADISHU — Gunmen stormed a hotel on Friday night, officials said. At least nine "
        "people were killed and 14 wounded.",
        [
            ("killed", 9, 9, None, "at_least", "Mogadishu"),
            ("injured", 14, 14, None, "at_least", "Mogadishu"),
        ],
        "context-dateline",
    ),
    Case(
        "KHARKIV, Ukraine (AP) — Russian missiles struck the city overnight. Four people died "
        "and 20 were hurt, the governor said.",
        [
            ("killed", 4, 4, 4, "exact", "Kharkiv"),
            ("injured", 20, 20, 20, "exact", "Kharkiv"),
        ],
        "context-dateline-with-country",
    ),
    Case(
        "Below are the figures by country.\n\nMALAWI\nHeavy rain flooded the lower Shire "
        "valley.\nPeople killed: 45\n\nZAMBIA\nPeople killed: 12",
        [("killed", 45, 45, 45, "exact", "Malawi"), ("killed", 12, 12, 12, "exact", "Zambia")],
        "context-section-heading",
    ),
    Case(
        "Drone strike kills family in Yemen\n\nA drone hit a house in the province of Shabwa "
        "on Friday, officials said.\n\nSeven people were killed and two were wounded.",
        [("killed", 7, 7, 7, "exact", "Shabwa"), ("injured", 2, 2, 2, "exact", "Shabwa")],
        "context-lead-a-finer-place-in-the-headlines-country",
    ),
    Case(
        "Four police officers killed in ambush in northern Peru\n\nThe patrol was attacked on a "
        "road outside the town of Tocache, in San Martin, on Sunday.",
        [("killed", 4, 4, 4, "exact", "Tocache")],
        "context-a-headline-country-takes-the-leads-town",
    ),
    # a dateline city is where the report was filed: a place named in the text wins
    Case(
        "NAIROBI, Kenya — An airstrike hit a crowded market in Togoga, Tigray, on Tuesday. "
        "Health workers counted 51 dead.",
        [("killed", 51, 51, 51, "exact", "Togoga")],
        "context-text-beats-dateline",
    ),
    Case(
        "Quake toll rises\n\nPadang. At least 40 people died, officials said.\n\nThe number "
        "of injured in Agam has risen to 120, the agency told a press conference in Jakarta.",
        [("killed", 40, 40, None, "at_least", None), ("injured", 120, 120, 120, "exact", "Agam")],
        "context-where-it-was-said-is-no-place",
    ),
    Case(
        "Pinellas County recorded 12 deaths.",
        [("killed", 12, 12, 12, "exact", "Pinellas County")],
        "place-a-county-opening-the-sentence",
    ),
    # ------------------------------------------------ places of every level
    Case(
        "Bandits killed 11 villagers in Kankara local government area of Katsina State.",
        [("killed", 11, 11, 11, "exact", "Kankara")],
        "place-most-specific-of-a-chain",
    ),
    Case(
        "Missiles killed 11 people across Ukraine's eastern Kharkiv region on Thursday.",
        [("killed", 11, 11, 11, "exact", "Kharkiv")],
        "place-possessive-region",
    ),
    Case(
        "Floods have displaced 45,000 people in Jajarkot district, officials said.",
        [("displaced", 45000, 45000, 45000, "exact", "Jajarkot")],
        "place-district-the-gazetteer-lacks",
    ),
    Case(
        "Heavy rain killed 12 people in Assam, where 300,000 have been affected.",
        [
            ("killed", 12, 12, 12, "exact", "Assam"),
            ("affected", 300000, 300000, 300000, "exact", "Assam"),
        ],
        "place-state",
    ),
    # ------------------------------------------------ counts without a number
    Case(
        "A police officer was killed when gunmen opened fire on a checkpoint in Peshawar.",
        [("killed", 1, 1, 1, "exact", "Peshawar")],
        "count-a-person-killed",
    ),
    Case(
        "A soldier and his son were wounded in the shelling of Kherson.",
        [("injured", 2, 2, 2, "exact", "Kherson")],
        "count-two-people-wounded",
    ),
    Case(
        "Gunmen killed a village head and four others in Kankara.",
        [("killed", 5, 5, 5, "exact", "Kankara")],
        "count-a-person-and-others",
    ),
    # ------------------------------------------------ groups and lists
    Case(
        "Three soldiers and two assailants were killed in the attack on the base in Mali.",
        [("killed", 5, 5, 5, "exact", "Mali")],
        "group-sum",
    ),
    Case(
        "Gunmen killed ten villagers in Bokkos: five in Wumat, four in Kuba and one in Maikatako.",
        [
            ("killed", 10, 10, 10, "exact", "Bokkos"),
            ("killed", 5, 5, 5, "exact", "Wumat"),
            ("killed", 4, 4, 4, "exact", "Kuba"),
            ("killed", 1, 1, 1, "exact", "Maikatako"),
        ],
        "list-per-place",
    ),
    # ------------------------------------------------ number forms
    Case(
        "Nearly 2.4 lakh people have been affected by the floods in Assam.",
        [("affected", 240000, None, 240000, "at_most", "Assam")],
        "number-lakh",
    ),
    Case(
        "The floods have affected 1.2 crore people across Bihar.",
        [("affected", 12000000, 12000000, 12000000, "exact", "Bihar")],
        "number-crore",
    ),
    Case(
        "About 120 000 people have fled their homes in North Kivu.",
        [("displaced", 120000, None, None, "approximate", "North Kivu")],
        "number-space-thousands",
    ),
    Case(
        "Half a million people have been displaced by the fighting in Sudan.",
        [("displaced", 500000, 500000, 500000, "exact", "Sudan")],
        "number-half-a-million",
    ),
    Case(
        "Six (6) persons drowned when the boat capsized off Samar.",
        [("killed", 6, 6, 6, "exact", "Samar")],
        "number-word-then-digits",
    ),
    # ------------------------------------------------ idioms of reporting
    Case(
        "The truck bomb claimed at least 20 lives in Beledweyne.",
        [("killed", 20, 20, None, "at_least", "Beledweyne")],
        "idiom-claimed-lives",
    ),
    Case(
        "Officials placed the toll at 47 after more bodies were found in Derna.",
        [("killed", 47, 47, 47, "exact", "Derna")],
        "idiom-placed-the-toll-at",
    ),
    Case(
        "Forty-one deaths were reported in Sindh on Monday.",
        [("killed", 41, 41, 41, "exact", "Sindh")],
        "idiom-deaths-were-reported",
    ),
    Case(
        "Some 300 people remain unaccounted for in the town of Derna.",
        [("missing", 300, None, None, "approximate", "Derna")],
        "idiom-unaccounted-for",
    ),
    Case(
        "More than 5,000 people have taken refuge in schools and churches in Cap-Haitien.",
        [("displaced", 5000, 5000, None, "at_least", "Cap-Haitien")],
        "idiom-taken-refuge",
    ),
    Case(
        "The attack left 12 dead and 30 injured in Maiduguri.",
        [
            ("killed", 12, 12, 12, "exact", "Maiduguri"),
            ("injured", 30, 30, 30, "exact", "Maiduguri"),
        ],
        "idiom-left-dead",
    ),
    Case(
        "Officials moved about 55,000 people from the coast of Gujarat ahead of the cyclone.",
        [("evacuated", 55000, None, None, "approximate", "Gujarat")],
        "idiom-moved-ahead-of-a-storm",
    ),
    Case(
        "Some 21,000 people had been moved to temporary shelters in Odisha.",
        [("evacuated", 21000, None, None, "approximate", "Odisha")],
        "idiom-had-been-moved-to-shelters",
    ),
    # ------------------------------------------------ asides between the figure and its verb
    Case(
        "At least 40 villagers, including 11 women and several children, were killed "
        "in Dogo Nahawa when gunmen raided the village.",
        [("killed", 40, 40, None, "at_least", "Dogo Nahawa")],
        "aside-including-before-verb",
    ),
    Case(
        "Eight soldiers, among them a battalion commander, died in the ambush near Gao.",
        [("killed", 8, 8, 8, "exact", "Gao")],
        "aside-counted-person-before-verb",
    ),
    Case(
        "Six civilians, four men and two boys, were shot dead in Kalehe.",
        [("killed", 6, 6, 6, "exact", "Kalehe")],
        "aside-breakdown-adds-up",
    ),
    Case(
        "Three people, one of them a nurse, were wounded in the shelling of Nikopol.",
        [("injured", 3, 3, 3, "exact", "Nikopol")],
        "aside-one-of-them",
    ),
    Case(
        "At least 75 people, traders and farmers among them, killed in raids across Zamfara.",
        [("killed", 75, 75, None, "at_least", "Zamfara")],
        "aside-before-participle",
    ),
    # ------------------------------------------------ places of distances
    Case(
        "Families walked to Adre, a border town 27 kilometres from El Geneina.",
        [("distance", 27, 27, 27, "exact", "Adre")],
        "distance-appositive-town",
    ),
    Case(
        "The epicentre lay about 40 km south-east of Herat, the survey said.",
        [("distance", 40, None, None, "approximate", "Herat")],
        "distance-measured-from",
    ),
    Case(
        "A blast hit the Bulengo camp for displaced people, some 12 kilometres west of Goma.",
        [("distance", 12, None, None, "approximate", "Bulengo")],
        "distance-camp-with-its-kind-in-apposition",
    ),
    Case(
        "Rebels took Kyaukpyu, 400km north-west of Yangon, in May.",
        [("distance", 400, 400, 400, "exact", "Kyaukpyu")],
        "distance-bare-name-in-apposition",
    ),
    Case(
        "Wolaita zone lies about 300km south of Addis Ababa.",
        [("distance", 300, None, None, "approximate", "Wolaita")],
        "distance-place-that-lies-at-it",
    ),
    # ------------------------------------------------ villages the gazetteer lacks
    Case(
        "Gunmen killed nine farmers in Kwall on Sunday night.",
        [("killed", 9, 9, 9, "exact", "Kwall")],
        "place-unknown-village-after-in",
    ),
    Case(
        "Five worshippers were killed at St Francis Catholic Church, police said.",
        [("killed", 5, 5, 5, "exact", None)],
        "place-not-an-institution",
    ),
    Case(
        "Two teachers and a driver were killed when the bus hit a mine near Kidal.",
        [("killed", 3, 3, 3, "exact", "Kidal")],
        "group-plural-and-one-more",
    ),
    Case(
        "The raiders shot dead four farmers, three men and a boy, in Yelwata.",
        [("killed", 4, 4, 4, "exact", "Yelwata")],
        "aside-breakdown-with-single-persons",
    ),
    # ------------------------------------------------ figures for a whole country
    Case(
        "Shelling hit a school in Kramatorsk. The ministry counted 412 civilians wounded "
        "across the country that month.",
        [("injured", 412, 412, 412, "exact", "Ukraine")],
        "country-wide-figure",
    ),
    Case(
        "HERAT, Afghanistan - A mine killed two boys in Herat on Monday.\n\n"
        "A UN report said 1,100 civilians were killed in 2023.",
        [
            ("killed", 2, 2, 2, "exact", "Herat"),
            ("killed", 1100, 1100, 1100, "exact", "Afghanistan"),
        ],
        "period-figure-takes-the-country",
    ),
    Case(
        "Drones struck a market in Magway region, killing 14 people. The civil war has killed "
        "more than 6,000 civilians.",
        [
            ("killed", 14, 14, 14, "exact", "Magway"),
            ("killed", 6000, 6000, None, "at_least", "Myanmar"),
        ],
        "war-figure-takes-the-country-of-a-region",
    ),
    # ------------------------------------------------ a region named by its kind alone
    Case(
        "Strikes killed four people in Zaporizhzhia oblast and the nearby town of Petrivka. "
        "Another 9 across the region were wounded.",
        [
            ("killed", 4, 4, 4, "exact", "Zaporizhzhia"),
            ("injured", 9, 9, 9, "exact", "Zaporizhzhia"),
        ],
        "region-named-before-a-town-of-another-region",
    ),
    Case(
        "Bandits raided Gidan Bawa village in Maru LGA, Zamfara State, killing six farmers. "
        "Last month gunmen killed 45 people in attacks across the state.",
        [
            ("killed", 6, 6, 6, "exact", "Gidan Bawa"),
            ("killed", 45, 45, 45, "exact", "Zamfara"),
        ],
        "region-named-by-its-kind-alone",
    ),
    # ------------------------------------------------ incident summaries
    Case(
        "Night of 3 May, Zaporizhzhia: missile strike; seven people injured; two houses burned.",
        [("injured", 7, 7, 7, "exact", "Zaporizhzhia")],
        "incident-heading-when-and-where",
    ),
    Case(
        "Sunday 4 August, about 21:30, Kalunguta village, Beni territory, North Kivu: ADF "
        "attack; local sources report 11 killed and two wounded.",
        [
            ("killed", 11, 11, 11, "exact", "Kalunguta"),
            ("injured", 2, 2, 2, "exact", "Kalunguta"),
        ],
        "incident-heading-village-with-its-parents",
    ),
    Case(
        "LAGOS (AP) — Friday, Dogon Noma village, Kajuru LGA, Kaduna State: gunmen killed 9 "
        "worshippers.",
        [("killed", 9, 9, 9, "exact", "Dogon Noma")],
        "incident-heading-after-a-dateline",
    ),
    Case(
        "Herat (Xinhua): a mine exploded in Shindand district, killing three shepherds.",
        [("killed", 3, 3, 3, "exact", "Shindand")],
        "incident-heading-a-dateline-with-its-agency-is-no-heading",
    ),
    Case(
        "Weekly update: 14 people were killed in Kidal.",
        [("killed", 14, 14, 14, "exact", "Kidal")],
        "incident-heading-that-names-no-place",
    ),
    Case(
        "Militants stormed Kukawa town, Borno state, killing at least 12 villagers.",
        [("killed", 12, 12, None, "at_least", "Kukawa")],
        "incident-place-after-attack-verb",
    ),
    Case(
        "On 4 May 2021, gunmen shot and killed a civilian in Kabala village (Kidal, Kidal).",
        [("killed", 1, 1, 1, "exact", "Kabala")],
        "incident-village-in-its-region",
    ),
    Case(
        "A district judge, Ahmad Khan, was shot dead by gunmen in Peshawar.",
        [("killed", 1, 1, 1, "exact", "Peshawar")],
        "incident-counted-person-with-name",
    ),
    # ------------------------------------------------ places that own or open the sentence
    Case(
        "After a review, Guatemala's disaster agency now says 212 people died in the eruption.",
        [("killed", 212, 212, 212, "exact", "Guatemala")],
        "place-owner-possessive",
    ),
    Case(
        "The Bahamas on Friday raised the storm's death toll to 50.",
        [("killed", 50, 50, 50, "exact", "Bahamas")],
        "place-opening-with-article",
    ),
    Case(
        "MOGADISHU—A car bomb killed nine people near a checkpoint, police said.",
        [("killed", 9, 9, 9, "exact", "Mogadishu")],
        "dateline-dash-without-space",
    ),
    Case(
        "Shelling killed 14 people at a market in al-Mawasi, medics said.",
        [("killed", 14, 14, 14, "exact", "al-Mawasi")],
        "place-lowercase-article",
    ),
    Case(
        "The Somali health ministry said eight people were wounded.",
        [("injured", 8, 8, 8, "exact", None)],
        "place-not-a-peoples-adjective",
    ),
    Case(
        "Six people were killed after gunmen fired on a bus in Balochistan's Kech district.",
        [("killed", 6, 6, 6, "exact", "Kech")],
        "place-part-of-a-possessor",
    ),
    Case(
        "Nineteen people died when fire swept through a market on Lagos's Broad Street.",
        [("killed", 19, 19, 19, "exact", "Lagos")],
        "place-possessor-of-a-street",
    ),
    Case(
        "Gunmen attacked Dogon Kawo village in Zamfara State at dawn, killing at least 9 people.",
        [("killed", 9, 9, None, "at_least", "Dogon Kawo")],
        "place-village-not-its-state",
    ),
    Case(
        "Rebels raided Mamove village, about 30 kilometres north of Beni, killing 7 civilians.",
        [
            ("distance", 30, None, None, "approximate", "Mamove"),
            ("killed", 7, 7, 7, "exact", "Mamove"),
        ],
        "place-not-the-point-measured-from",
    ),
    Case(
        "Armed men struck the Tinabaw area near the Niger border, killing 11 herders.",
        [("killed", 11, 11, 11, "exact", "Tinabaw")],
        "place-not-a-border",
    ),
    Case(
        "Idalia kills 3 in Florida as storm moves north.",
        [("killed", 3, 3, 3, "exact", "Florida")],
        "place-storm-name-is-no-town",
    ),
    Case(
        "Borno: Insurgents killed four farmers in an attack on Kawuri village.",
        [("killed", 4, 4, 4, "exact", "Kawuri")],
        "place-heading-yields-to-village",
    ),
    Case(
        "The Philippines' disaster agency said 41 people had died.",
        [("killed", 41, 41, 41, "exact", "Philippines")],
        "place-plural-possessive",
    ),
    Case(
        "Storms in the U.S. killed at least 6 people over the weekend.",
        [("killed", 6, 6, None, "at_least", "United States")],
        "place-abbreviation-with-dots",
    ),
    Case(
        "Few towns suffered like Chiradzulu, where officials now count 126 dead.",
        [("killed", 126, 126, 126, "exact", "Chiradzulu")],
        "place-where-clause",
    ),
    Case(
        "Rukum is a remote district of 100,000 people. At least 40 people died there in the quake.",
        [
            ("population", 100000, 100000, 100000, "exact", "Rukum"),
            ("killed", 40, 40, None, "at_least", "Rukum"),
        ],
        "place-is-a-district",
    ),
    Case(
        "Officials fear disease as the Manipur death toll passes 60.",
        [("killed", 60, 60, None, "at_least", "Manipur")],
        "place-modifies-death-toll",
    ),
    Case(
        "The storm caused six deaths in Pinellas County and two in Hardee County.",
        [
            ("killed", 6, 6, 6, "exact", "Pinellas County"),
            ("killed", 2, 2, 2, "exact", "Hardee County"),
        ],
        "place-us-county-keeps-its-kind",
    ),
    Case(
        "The quake killed 93 people in Luding County and injured 400.",
        [
            ("killed", 93, 93, 93, "exact", "Luding"),
            ("injured", 400, 400, 400, "exact", "Luding"),
        ],
        "place-county-as-a-level",
    ),
    Case(
        "Gunmen attacked four villages in Tsafe Local Government Area of Zamfara State on "
        "Friday, killing eleven people.",
        [("killed", 11, 11, 11, "exact", "Tsafe")],
        "place-lga-of-a-state",
    ),
    Case(
        "Nine people died when gunmen attacked Kwall and Rafiki villages in Bassa Local "
        "Government Area of Plateau State.",
        [("killed", 9, 9, 9, "exact", "Kwall")],
        "place-attacked-village-after-the-figure",
    ),
    Case(
        "Fighters burned Hillet Ali, a village in Sudan's Sennar province, and killed 30 people.",
        [("killed", 30, 30, 30, "exact", "Hillet Ali")],
        "place-village-before-its-province",
    ),
    Case(
        "Kaduna police said gunmen attacked Kauru village on Sunday and killed 6 residents.",
        [("killed", 6, 6, 6, "exact", "Kauru")],
        "place-institution-is-not-the-place",
    ),
    Case(
        "Junta jets bombed Nyaung Kone village, killing 9 civilians.",
        [("killed", 9, 9, 9, "exact", "Nyaung Kone")],
        "place-two-word-village-not-a-far-namesake",
    ),
    Case(
        "Two soldiers died in a gunbattle in Barangay Penditen, Datu Salibo town.",
        [("killed", 2, 2, 2, "exact", "Penditen")],
        "place-barangay-prefix",
    ),
    Case(
        "Suspected ADF attacks have killed thirteen people in Congo's Beni region.",
        [("killed", 13, 13, 13, "exact", "Beni")],
        "place-region-of-a-possessor-in-a-list-item",
    ),
    Case(
        "Rebels killed 16 people in eastern Congo's North Kivu province.",
        [("killed", 16, 16, 16, "exact", "North Kivu")],
        "place-region-with-a-direction-after-a-possessor",
    ),
    Case(
        "Many residents fled after 4 people were killed in Wajid.",
        [("killed", 4, 4, 4, "exact", "Wajid")],
        "place-not-a-determiner",
    ),
    Case(
        "In Dembecha about 18 died near Michael's Church, residents said.",
        [("killed", 18, None, None, "approximate", "Dembecha")],
        "place-not-a-church",
    ),
    Case(
        "The toll rose to 51, according to the Philippines' National Disaster Council.",
        [("killed", 51, 51, 51, "exact", "Philippines")],
        "place-owner-of-an-institution",
    ),
    Case("One of two strikes in Quarit hit a forest.", [], "not-one-of-two"),
    # ------------------------------------------------ lists that name the place first
    Case(
        "Kunduz is worst hit with 31 deaths, followed by Baghlan with 12, Takhar 9 and "
        "Badakhshan 4.",
        [
            ("killed", 31, 31, 31, "exact", "Kunduz"),
            ("killed", 12, 12, 12, "exact", "Baghlan"),
            ("killed", 9, 9, 9, "exact", "Takhar"),
            ("killed", 4, 4, 4, "exact", "Badakhshan"),
        ],
        "list-place-first",
    ),
    Case(
        "Floods have left 40 of those people homeless. By district: Sylhet (22), Sunamganj (11) "
        "and Habiganj (7).",
        [
            ("homeless", 22, 22, 22, "exact", "Sylhet"),
            ("homeless", 11, 11, 11, "exact", "Sunamganj"),
            ("homeless", 7, 7, 7, "exact", "Habiganj"),
        ],
        "list-under-a-heading",
    ),
    Case(
        "In Dahuk alone 21 people died, up from the 15 reported on Monday.",
        [("killed", 21, 21, 21, "exact", "Dahuk"), ("killed", 15, 15, 15, "exact", "Dahuk")],
        "compared-up-from-the",
    ),
    Case(
        "Monsoon floods hit India again this week. Of the 310 flood deaths across the country, "
        "Assam has reported 140, Bihar 96 and Odisha 74.",
        [
            ("killed", 310, 310, 310, "exact", "India"),
            ("killed", 140, 140, 140, "exact", "Assam"),
            ("killed", 96, 96, 96, "exact", "Bihar"),
            ("killed", 74, 74, 74, "exact", "Odisha"),
        ],
        "list-has-reported",
    ),
    Case(
        "The typhoon made landfall in the Philippines on Thursday.\n\nAt least 19 people died "
        "in the storm: 11 from Leyte, 5 from Samar (EV) and 3 from Cebu.",
        [
            ("killed", 19, 19, None, "at_least", "Philippines"),
            ("killed", 11, 11, 11, "exact", "Leyte"),
            ("killed", 5, 5, 5, "exact", "Samar"),
            ("killed", 3, 3, 3, "exact", "Cebu"),
        ],
        "list-from-places",
    ),
    Case(
        "The quake struck central Nepal at noon. Some 60 people were killed across the "
        "province, including 41 in Dhading and 19 in Gorkha.",
        [
            ("killed", 60, None, None, "approximate", "Nepal"),
            ("killed", 41, 41, 41, "exact", "Dhading"),
            ("killed", 19, 19, 19, "exact", "Gorkha"),
        ],
        "list-including-places",
    ),
    Case(
        "The quake struck Ishikawa on Monday.\n\nOf the 14 deaths, 8 were in Suzu, four in "
        "Wajima and one each in Anamizu and Nanao.",
        [
            ("killed", 14, 14, 14, "exact", "Ishikawa"),
            ("killed", 8, 8, 8, "exact", "Suzu"),
            ("killed", 4, 4, 4, "exact", "Wajima"),
            ("killed", 1, 1, 1, "exact", "Anamizu"),
            ("killed", 1, 1, 1, "exact", "Nanao"),
        ],
        "list-one-each-in-two-places",
    ),
    Case(
        "A quake killed 9 people in Noto. Officials in Ishikawa later confirmed the 9 deaths.",
        [("killed", 9, 9, 9, "exact", "Noto")],
        "repeat-in-the-larger-place-is-one-figure",
    ),
    Case(
        "At least 9 people were killed in raids in Guma and Logo LGAs: six at Tse Akaa and "
        "two at Tse Gusa, and one at Ayilamo.",
        [
            ("killed", 9, 9, None, "at_least", "Guma"),
            ("killed", 6, 6, 6, "exact", "Tse Akaa"),
            ("killed", 2, 2, 2, "exact", "Tse Gusa"),
            ("killed", 1, 1, 1, "exact", "Ayilamo"),
        ],
        "list-after-a-long-clause-and-colon",
    ),
    Case(
        "Deaths in Niigata had reached 41 by 9:30 a.m. on the 5th: 30 in Joetsu, 8 in Kashiwazaki "
        "and 3 in Itoigawa.",
        [
            ("killed", 41, 41, 41, "exact", "Niigata"),
            ("killed", 30, 30, 30, "exact", "Joetsu"),
            ("killed", 8, 8, 8, "exact", "Kashiwazaki"),
            ("killed", 3, 3, 3, "exact", "Itoigawa"),
        ],
        "list-after-a-clock-time-and-colon",
    ),
    Case(
        "Floods killed 7 people in Sylhet as the river burst its banks — four in Sunamganj and "
        "three in Habiganj.",
        [
            ("killed", 7, 7, 7, "exact", "Sylhet"),
            ("killed", 4, 4, 4, "exact", "Sunamganj"),
            ("killed", 3, 3, 3, "exact", "Habiganj"),
        ],
        "list-after-a-dash",
    ),
    Case(
        "The floods have killed seven people in Romagna: three in Faenza, two near Lugo and two "
        "around Cervia.",
        [
            ("killed", 7, 7, 7, "exact", "Romagna"),
            ("killed", 3, 3, 3, "exact", "Faenza"),
            ("killed", 2, 2, 2, "exact", "Lugo"),
            ("killed", 2, 2, 2, "exact", "Cervia"),
        ],
        "list-items-near-or-around-a-place",
    ),
    Case(
        "In Bahir Dar about 12 died near Mary's Church.",
        [("killed", 12, None, None, "approximate", "Bahir Dar")],
        "list-item-near-a-building-is-no-place",
    ),
    Case(
        "Of the 640 deaths, Bihar has reported 300, Uttar Pradesh (UP) 200 and the state "
        "capital Patna 40.",
        [
            ("killed", 640, 640, 640, "exact", None),
            ("killed", 300, 300, 300, "exact", "Bihar"),
            ("killed", 200, 200, 200, "exact", "Uttar Pradesh"),
            ("killed", 40, 40, 40, "exact", "Patna"),
        ],
        "list-place-first-with-abbreviation-and-title",
    ),
    Case(
        "Kandy has the most flood deaths with 19, followed by Matale (7).",
        [
            ("killed", 19, 19, 19, "exact", "Kandy"),
            ("killed", 7, 7, 7, "exact", "Matale"),
        ],
        "list-most-deaths-with",
    ),
    Case(
        "Seven people were shot dead when gunmen rode into Kadisau, a village in Katsina state.",
        [("killed", 7, 7, 7, "exact", "Kadisau")],
        "place-village-in-apposition",
    ),
    Case(
        "Police dismissed reports that more than 100 people were killed in Maru.",
        [],
        "not-a-dismissed-report",
    ),
    Case(
        "The storm caused six deaths in Lee and one each in Polk, Hendry and Hardee counties.",
        [
            ("killed", 6, 6, 6, "exact", "Lee"),
            ("killed", 1, 1, 1, "exact", "Polk"),
            ("killed", 1, 1, 1, "exact", "Hendry"),
            ("killed", 1, 1, 1, "exact", "Hardee"),
        ],
        "list-one-each-in-several-places",
    ),
    Case("In Sindh, 1,200km of roads and 40 bridges were damaged.", [], "not-a-length-of-road"),
    # ------------------------------------------------ people in camps
    Case(
        "Two months on, 3,412 people are still living in 41 relief camps in Sindh.",
        [("displaced", 3412, 3412, 3412, "exact", "Sindh")],
        "camps-living-in-relief-camps",
    ),
    Case(
        "Nearly a quarter of a million people have been packed into displacement camps in Ituri.",
        [("displaced", 250000, None, 250000, "at_most", "Ituri")],
        "camps-quarter-of-a-million",
    ),
    Case(
        "At least 8,000 people have had to leave their homes in Cite Soleil.",
        [("displaced", 8000, 8000, None, "at_least", "Cite Soleil")],
        "idiom-had-to-leave-their-homes",
    ),
    Case(
        "Some 9,000 residents had been ordered to leave their homes in Lytton.",
        [],
        "not-an-order-to-leave",
    ),
    Case(
        "Three engineers were abducted and later found dead near Gao.",
        [("killed", 3, 3, 3, "exact", "Gao")],
        "verbs-joined-abducted-and-found-dead",
    ),
    Case(
        "Five herders were kidnapped and released in Zamfara.",
        [],
        "verbs-joined-no-harm",
    ),
    # ------------------------------------------------ groups counted without a number
    Case(
        "Gunmen abducted two teachers in Kajuru on Monday. Both victims were later executed.",
        [("killed", 2, 2, 2, "exact", "Kajuru")],
        "counted-both-victims",
    ),
    Case(
        "Militants abducted three employees of a mining firm in Sofala. The hostages were "
        "killed on Friday.",
        [("killed", 3, 3, 3, "exact", "Sofala")],
        "counted-the-hostages-as-many-as-taken",
    ),
    Case("The hostages were killed on Friday, the army said.", [], "counted-hostages-unknown"),
    Case(
        "In Nikopol a man of 74 and his 70-year-old wife were hurt.",
        [("injured", 2, 2, 2, "exact", "Nikopol")],
        "counted-a-person-and-kin-with-an-age",
    ),
    Case(
        "An airstrike killed a mother and her three children in Deir al-Balah.",
        [("killed", 4, 4, 4, "exact", "Deir al-Balah")],
        "counted-a-person-and-counted-kin",
    ),
    Case(
        "In Tudun Wada village gunmen killed Sani Garba, and in Kwari village Musa Danjuma was "
        "killed.",
        [("killed", 1, 1, 1, "exact", "Tudun Wada"), ("killed", 1, 1, 1, "exact", "Kwari")],
        "counted-victims-named-by-name",
    ),
    Case(
        "A drone strike killed the militia commander Abu Bakr Haddad on Sunday.",
        [("killed", 1, 1, 1, "exact", None)],
        "counted-victim-named-after-a-title",
    ),
    Case(
        "Troops killed Boko Haram fighters near Bama; gunmen killed three in Kano.",
        [("killed", 3, 3, 3, "exact", "Kano")],
        "counted-a-group-by-name-is-no-victim",
    ),
    Case(
        "Fighting killed civilians in Cité Soleil, and rebels stormed Port Sudan.",
        [],
        "counted-a-place-after-a-killing-verb-is-no-victim",
    ),
    Case(
        "A farmer and a herder were shot dead near Kafanchan.",
        [("killed", 2, 2, 2, "exact", "Kafanchan")],
        "counted-two-people-without-a-number",
    ),
    Case(
        "The shelling killed a boy of nine and an elderly woman in Avdiivka.",
        [("killed", 2, 2, 2, "exact", "Avdiivka")],
        "counted-two-people-one-with-an-age",
    ),
    Case(
        "A resident and a police officer said 5 people died in Jos.",
        [("killed", 5, 5, 5, "exact", "Jos")],
        "counted-two-people-who-speak-are-no-victims",
    ),
    Case(
        "Both sides said 40 fighters were killed.",
        [("killed", 40, 40, 40, "exact", None)],
        "counted-both-sides-is-no-count",
    ),
    Case(
        "The trauma hospital in Kandahar took in 31 patients after the explosion.",
        [("casualties", 31, 31, 31, "exact", "Kandahar")],
        "hospital-took-in-patients",
    ),
    Case(
        "Medics treated 58 patients for gunshot and shrapnel wounds in Omdurman.",
        [("injured", 58, 58, 58, "exact", "Omdurman")],
        "hospital-treated-for-wounds",
    ),
    Case(
        "Nearly 4,000 people are believed to have died in the floods in Libya.",
        [],
        "not-believed-to-have",
    ),
    Case(
        "Kottayam district has 2,140 people in 61 camps, and Idukki 980.",
        [
            ("displaced", 2140, 2140, 2140, "exact", "Kottayam"),
            ("displaced", 980, 980, 980, "exact", "Idukki"),
        ],
        "camps-people-in-camps-list",
    ),
    # ------------------------------------------------ who hosts whom
    Case(
        "Abu Shouk camp now hosts about 90,000 people, the agency said.",
        [("displaced", 90000, None, None, "approximate", "Abu Shouk")],
        "host-camp-hosts-displaced",
    ),
    Case(
        "Uganda is sheltering 1.6 million people, the UN says.",
        [("refugees", 1600000, 1600000, 1600000, "exact", "Uganda")],
        "host-country-hosts-refugees",
    ),
    Case(
        "Some 12,000 people have fled the fighting in Sudan's Blue Nile state and sought refuge "
        "in Ethiopia.",
        [("refugees", 12000, None, None, "approximate", "Blue Nile")],
        "flight-from-a-country-s-region",
    ),
    Case(
        "Bandits shot dead Musa Danladi, a retired teacher, in Tsafe on Friday.",
        [("killed", 1, 1, 1, "exact", "Tsafe")],
        "counted-victim-named-first",
    ),
    Case(
        "A roadside bomb in Jowhar killed the NISA commander of the district.",
        [("killed", 1, 1, 1, "exact", "Jowhar")],
        "counted-person-with-capitalised-modifier",
    ),
    Case(
        "The quake has killed 212 people in Nepal, injured 540 and left 18 missing.",
        [
            ("killed", 212, 212, 212, "exact", "Nepal"),
            ("injured", 540, 540, 540, "exact", "Nepal"),
            ("missing", 18, 18, 18, "exact", "Nepal"),
        ],
        "verbs-in-a-row-after-commas",
    ),
    Case(
        "Shelling kills or wounds 11 civilians in Mawbanah, Taiz.",
        [("casualties", 11, 11, 11, "exact", "Mawbanah")],
        "idiom-kills-or-wounds",
    ),
    Case(
        "The survey counted 48.310 internally displaced people in Mopti region.",
        [("displaced", 48310, 48310, 48310, "exact", "Mopti")],
        "number-dotted-thousands",
    ),
    Case(
        "Almost 4,100 people have left their homes since gangs attacked Liancourt.",
        [("displaced", 4100, None, 4100, "at_most", "Liancourt")],
        "idiom-left-their-homes",
    ),
    Case(
        "The floods have touched the lives of more than 700,000 people in Borno.",
        [("affected", 700000, 700000, None, "at_least", "Borno")],
        "idiom-touched-the-lives-of",
    ),
    Case(
        "About 3,000 people live in the affected area near Kaokalam.",
        [("population", 3000, None, None, "approximate", "Kaokalam")],
        "not-affected-area",
    ),
    Case(
        "A 500-bed hospital in Mandalay was damaged; the 30-hour siege ended on Sunday.",
        [],
        "not-hyphenated-size",
    ),
    Case("The appeal aims to reach 90,000 people hit by the cyclone.", [], "not-an-aid-target"),
    Case(
        "A villager gave the toll as 9 in Kware, 4 in Tudun Wada and one in Rumbuje.",
        [
            ("killed", 9, 9, 9, "exact", "Kware"),
            ("killed", 4, 4, 4, "exact", "Tudun Wada"),
            ("killed", 1, 1, 1, "exact", "Rumbuje"),
        ],
        "list-toll-as",
    ),
    Case(
        "Gunmen shot six people dead and wounded three at Sabon Birni.",
        [
            ("killed", 6, 6, 6, "exact", "Sabon Birni"),
            ("injured", 3, 3, 3, "exact", "Sabon Birni"),
        ],
        "two-categories-each-with-its-figure",
    ),
    Case(
        "Militiamen killed at least 22 people at a camp for displaced people in Djugu.",
        [("killed", 22, 22, None, "at_least", "Djugu")],
        "displaced-as-a-modifier",
    ),
    Case(
        "A woman of 79 died in Letur when the river burst its banks.",
        [("killed", 1, 1, 1, "exact", "Letur")],
        "counted-person-with-an-age",
    ),
    Case(
        "At least 22 soldiers and four VDP auxiliaries were killed near Djibo.",
        [("killed", 26, 26, None, "at_least", "Djibo")],
        "group-with-a-qualifier-and-modifiers",
    ),
    Case(
        "Clashes in Datu Piang left five BIFF members and a soldier dead.",
        [("killed", 6, 6, 6, "exact", "Datu Piang")],
        "group-with-a-modifier-and-one-more",
    ),
    Case(
        "Seventeen rebels, two of their commanders among them, and three soldiers died in "
        "fighting in Shariff Aguak.",
        [("killed", 20, 20, 20, "exact", "Shariff Aguak")],
        "group-across-an-aside",
    ),
    Case(
        "Twelve soldiers and volunteer fighters were killed in Seno province.",
        [("killed", 12, 12, 12, "exact", "Seno")],
        "groups-joined-before-their-verb",
    ),
    Case(
        "Camps in Gaziantep host 30,000 refugees and 120,000 internally displaced people.",
        [
            ("refugees", 30000, 30000, 30000, "exact", "Gaziantep"),
            ("displaced", 120000, 120000, 120000, "exact", "Gaziantep"),
        ],
        "groups-of-two-categories-stay-apart",
    ),
    Case(
        "Terna Agber, a farmer, was killed by herders near Yelwata.",
        [("killed", 1, 1, 1, "exact", "Yelwata")],
        "counted-person-after-a-name",
    ),
    Case(
        "Some 2.1 million people and 40 districts across Malawi have been affected.",
        [("affected", 2100000, None, None, "approximate", "Malawi")],
        "groups-with-a-count-of-things",
    ),
    Case(
        "About 300,000 people in Sunamganj are stranded by floodwater.",
        [("affected", 300000, None, None, "approximate", "Sunamganj")],
        "idiom-stranded-by-floods",
    ),
    Case(
        "The survey found 3.7 million people displaced, down slightly from 3.9 million in May.",
        [
            ("displaced", 3700000, 3700000, 3700000, "exact", None),
            ("displaced", 3900000, 3900000, 3900000, "exact", None),
        ],
        "compared-down-slightly-from",
    ),
    Case(
        "Officials said 12,000 people had been taken to cyclone shelters in Khulna.",
        [("evacuated", 12000, 12000, 12000, "exact", "Khulna")],
        "idiom-taken-to-shelters",
    ),
    Case(
        "Over 800 flood-affected families in Assam received aid.",
        [],
        "not-flood-affected-families",
    ),
    # ------------------------------------------------ incident summaries, coded style
    Case(
        "On 3 March 2021, militants attacked FAMa positions in Boni (Douentza, Mopti). "
        "3 soldiers were killed.",
        [("killed", 3, 3, 3, "exact", "Boni")],
        "incident-force-positions-are-no-place",
    ),
    Case(
        "On 2 January 2020, a suicide bomber killed himself and 5 civilians at a market in "
        "Gamboru (Ngala, Borno).",
        [("killed", 5, 5, 5, "exact", "Gamboru")],
        "incident-the-bomber-is-not-counted",
    ),
    Case(
        "A gunman killed two worshippers in Kano.",
        [("killed", 2, 2, 2, "exact", "Kano")],
        "incident-the-shooter-is-not-a-victim",
    ),
    Case(
        "Militants stormed the base in Gajiram on Monday and killed nine soldiers, two officers "
        "told reporters.",
        [("killed", 9, 9, 9, "exact", "Gajiram")],
        "group-not-joined-by-its-speakers",
    ),
    Case(
        "Deaths from storms Agaton and Basyang have climbed to 17, the agency said.",
        [("killed", 17, 17, 17, "exact", None)],
        "toll-across-names-joined-by-and",
    ),
    Case(
        "The strike on the market in Kramatorsk had taken the lives of four civilians.",
        [("killed", 4, 4, 4, "exact", "Kramatorsk")],
        "idiom-taken-the-lives-of",
    ),
    Case(
        'The envoy condemned the killing of "at least 60 villagers" in Tillia.',
        [("killed", 60, 60, None, "at_least", "Tillia")],
        "idiom-figure-opening-a-quotation",
    ),
    Case(
        "After the storm 8,200 people in Sorsogon were forced into shelters.",
        [("displaced", 8200, 8200, 8200, "exact", "Sorsogon")],
        "idiom-forced-into-shelters",
    ),
    Case(
        "In Albay, 12,400 people were staying with relatives and 3,100 were forced to relocate.",
        [
            ("displaced", 12400, 12400, 12400, "exact", "Albay"),
            ("displaced", 3100, 3100, 3100, "exact", "Albay"),
        ],
        "idiom-staying-with-relatives-forced-to-relocate",
    ),
    Case(
        "In Hatay 61,000 people are living in 14,500 containers.",
        [("displaced", 61000, 61000, 61000, "exact", "Hatay")],
        "idiom-living-in-containers-across-a-count-of-things",
    ),
    Case(
        "The 38 camps in Cabo Delgado hold about 90,000 people.",
        [("displaced", 90000, None, None, "approximate", "Cabo Delgado")],
        "hosts-camps-hold-people",
    ),
    Case(
        "The fighting has driven thousands of people out of Kidal.",
        [("displaced", 2000, 2000, 9999, "vague", "Kidal")],
        "vague-amount-of-people-after-its-verb",
    ),
    Case(
        "Some 9,000 people in Sirajganj and 4,000 in Bogura are taking refuge in schools.",
        [
            ("displaced", 9000, None, None, "approximate", "Sirajganj"),
            ("displaced", 4000, 4000, 4000, "exact", "Bogura"),
        ],
        "list-item-takes-the-verb-after-the-next-item",
    ),
    Case(
        "Divers in Sylhet are still searching for 14 people.",
        [("missing", 14, 14, 14, "exact", "Sylhet")],
        "idiom-still-searching-for",
    ),
    Case(
        "In Pothukal 31 villagers have still not been traced and 12 cannot be reached.",
        [
            ("missing", 31, 31, 31, "exact", "Pothukal"),
            ("missing", 12, 12, 12, "exact", "Pothukal"),
        ],
        "idiom-not-traced-cannot-be-reached",
    ),
    Case(
        "Police in Kano are looking for 3 suspects.",
        [],
        "not-a-search-for-suspects",
    ),
    Case(
        "The toll in Mwanza has reached 40 and may rise, with 25 people unaccounted for.",
        [
            ("killed", 40, 40, 40, "exact", "Mwanza"),
            ("missing", 25, 25, 25, "exact", "Mwanza"),
        ],
        "hypothesis-ends-at-a-comma",
    ),
    Case(
        "Flash floods in Mopti affected some 1,870 families, or 15,200 people.",
        [("affected", 15200, 15200, 15200, "exact", "Mopti")],
        "households-aside-before-the-people",
    ),
    Case(
        "The cyclone affected more than 2.1 million in Sofala.",
        [("affected", 2100000, 2100000, None, "at_least", "Sofala")],
        "people-unnamed-after-a-verb-that-needs-them",
    ),
    Case(
        "The floods affected 3,400 houses in Sofala.",
        [],
        "not-houses-after-a-verb-that-needs-people",
    ),
    Case(
        "Displaced families moved on to Ajdabiya, which has taken in about 900.",
        [("displaced", 900, None, None, "approximate", "Ajdabiya")],
        "hosts-a-town-that-took-people-in",
    ),
    Case(
        "In Kupiansk two men, aged 58 and 34, were wounded; in Izium two women of 71 and 66 "
        "lost their lives.",
        [("injured", 2, 2, 2, "exact", "Kupiansk"), ("killed", 2, 2, 2, "exact", "Izyum")],
        "ages-of-a-groups-people-are-no-figures",
    ),
    Case(
        "In Kherson a 59-year-old woman was hurt, and drones killed an 80-year-old man in "
        "Bilozerka. In Beryslav the 44-year-old died in hospital.",
        [
            ("injured", 1, 1, 1, "exact", "Kherson"),
            ("killed", 1, 1, 1, "exact", "Bilozerka"),
            ("killed", 1, 1, 1, "exact", "Beryslav"),
        ],
        "counted-people-by-their-age",
    ),
    Case(
        "Floods in six districts have killed 38 people in Assam, five women and nine children "
        "among them, officials said.",
        [("killed", 38, 38, 38, "exact", "Assam")],
        "group-parts-listed-before-among-them",
    ),
    Case(
        "By district, uMgungundlovu has recorded 12 deaths and King Cetshwayo 4.",
        [
            ("killed", 12, 12, 12, "exact", "uMgungundlovu"),
            ("killed", 4, 4, 4, "exact", "King Cetshwayo"),
        ],
        "place-names-with-a-lowercase-prefix-and-two-words",
    ),
    Case(
        "Wudil and Garko lost six people each in the raids, Bebeji three.",
        [
            ("killed", 6, 6, 6, "exact", "Wudil"),
            ("killed", 6, 6, 6, "exact", "Garko"),
            ("killed", 3, 3, 3, "exact", "Bebeji"),
        ],
        "list-places-before-a-figure-for-each",
    ),
    Case(
        "Lee and Polk each recorded 12 deaths.",
        [("killed", 12, 12, 12, "exact", "Lee"), ("killed", 12, 12, 12, "exact", "Polk")],
        "list-each-before-the-verb",
    ),
    Case(
        "Hamisu Garba said 14 people died in the attack on Dansadau.",
        [("killed", 14, 14, 14, "exact", "Dansadau")],
        "place-a-speaker-is-no-place",
    ),
    Case(
        "The blast killed nine people and 31 were still being treated in Kunduz.",
        [
            ("killed", 9, 9, 9, "exact", "Kunduz"),
            ("injured", 31, 31, 31, "exact", "Kunduz"),
        ],
        "idiom-still-being-treated",
    ),
    Case(
        "Armed men stormed Ungwan Rimi overnight, killing seven people.",
        [("killed", 7, 7, 7, "exact", "Ungwan Rimi")],
        "place-a-village-the-attackers-stormed",
    ),
    Case(
        "Gunmen attacked Christians at prayer, killing four.",
        [("killed", 4, 4, 4, "exact", None)],
        "place-a-people-attacked-is-no-place",
    ),
    Case(
        "Some 1,200 new arrivals reached Adre last week.",
        [("displaced", 1200, None, None, "approximate", "Adre")],
        "idiom-new-arrivals",
    ),
    Case(
        "About 3,500 people are living at the Kigonze site.",
        [("displaced", 3500, None, None, "approximate", "Kigonze")],
        "idiom-living-at-a-displacement-site",
    ),
    Case(
        "Rescuers evacuated 300 people; two volunteers were among the injured.",
        [("evacuated", 300, 300, 300, "exact", None)],
        "subset-among-the-injured-is-no-fact",
    ),
    Case(
        "Eleven people were hurt in Bor; among the dead were four police officers.",
        [("injured", 11, 11, 11, "exact", "Bor")],
        "subset-among-the-dead-were",
    ),
    Case(
        "Floods damaged 2,100 kilometres of roads, 900 kilometres in Sindh alone.",
        [],
        "not-distance-a-length-within-a-region",
    ),
    Case(
        "Gunmen shot dead the district chief, Musa Bello, and six others in Tsafe.",
        [("killed", 7, 7, 7, "exact", "Tsafe")],
        "group-one-named-person-and-others-past-an-aside",
    ),
    Case(
        "The mine killed three deminers and a Dutch instructor near Gao.",
        [("killed", 4, 4, 4, "exact", "Gao")],
        "group-a-single-person-with-a-nationality",
    ),
    Case(
        "Nine soldiers were killed and four wounded at around 4 a.m. on Sunday in Djibo.",
        [
            ("killed", 9, 9, 9, "exact", "Djibo"),
            ("injured", 4, 4, 4, "exact", "Djibo"),
        ],
        "not-a-time-of-day",
    ),
    Case(
        "A bomb tore through a bus in Tarin Kot on Monday. Officials say roadside bombs killed "
        "more than 300 civilians in the first six months of 2019.",
        [("killed", 300, 300, None, "at_least", "Afghanistan")],
        "context-a-period-takes-the-country",
    ),
    Case(
        "By district: 9 dead in Gorkha, four each in Lamjung and Tanahun, two in Kaski.",
        [
            ("killed", 9, 9, 9, "exact", "Gorkha"),
            ("killed", 4, 4, 4, "exact", "Lamjung"),
            ("killed", 4, 4, 4, "exact", "Tanahun"),
            ("killed", 2, 2, 2, "exact", "Kaski"),
        ],
        "list-goes-on-after-an-item-for-each",
    ),
    Case(
        "Of those missing, 31 are from Sindhupalchok and six from Dolakha.",
        [
            ("missing", 31, 31, 31, "exact", "Sindhupalchok"),
            ("missing", 6, 6, 6, "exact", "Dolakha"),
        ],
        "list-of-those-missing",
    ),
    Case(
        "Officials said 40 of the dead were in Gorkha and 12 in Dhading.",
        [("killed", 40, 40, 40, "exact", "Gorkha"), ("killed", 12, 12, 12, "exact", "Dhading")],
        "list-of-the-dead-by-place",
    ),
    Case(
        "Two soldiers and a teacher were among the dead in Dori.",
        [],
        "subset-a-group-among-the-dead",
    ),
    Case(
        "The blast killed 12 people, among them two nurses and two police officers.",
        [("killed", 12, 12, 12, "exact", None)],
        "subset-parts-joined-after-among-them",
    ),
    Case(
        "More than 40 are believed dead in Mortema.",
        [],
        "hedge-believed-dead",
    ),
    Case(
        "A bomb went off outside the Al Noor restaurant in Mogadishu's Hodan district, "
        "killing four people.",
        [("killed", 4, 4, 4, "exact", "Hodan")],
        "place-a-restaurant-is-no-place",
    ),
    Case(
        "At least 90 people have been killed in the Dolo-Tara feud since March.",
        [("killed", 90, 90, None, "at_least", None)],
        "place-a-feud-is-no-place",
    ),
    Case(
        "On Saturday the Uvira territory administrator put the dead at 12.",
        [("killed", 12, 12, 12, "exact", "Uvira")],
        "place-a-weekday-is-no-part-of-a-name",
    ),
    Case(
        "A strike on a house in the southern Lebanese town of Qana killed six people.",
        [("killed", 6, 6, 6, "exact", "Qana")],
        "place-a-town-of-a-people",
    ),
    Case(
        "We have recovered 14 bodies, the Red Cross said.",
        [("killed", 14, 14, 14, "exact", None)],
        "place-we-is-no-place",
    ),
    Case(
        "Raiders from Pibor attacked a cattle camp at Manyabol; 11 people were killed.",
        [("killed", 11, 11, 11, "exact", "Manyabol")],
        "context-an-earlier-clause-of-the-sentence",
    ),
    Case(
        "Gunmen raided the Maper cattle camp overnight, killing nine herders.",
        [("killed", 9, 9, 9, "exact", "Maper")],
        "place-a-cattle-camp",
    ),
    Case(
        "A mine went off near Kidal, killing one soldier and badly wounding another.",
        [("killed", 1, 1, 1, "exact", "Kidal"), ("injured", 1, 1, 1, "exact", "Kidal")],
        "count-another",
    ),
    Case(
        "Gunmen killed nine people in a bar in Celaya and wounded a tenth.",
        [("killed", 9, 9, 9, "exact", "Celaya"), ("injured", 1, 1, 1, "exact", "Celaya")],
        "count-an-ordinal",
    ),
    Case(
        "The blast killed six security personnel and their driver near Sukma.",
        [("killed", 7, 7, 7, "exact", "Sukma")],
        "group-and-their-driver",
    ),
    Case(
        "About 12,000 are staying for now with relatives in Goma.",
        [("displaced", 12000, None, None, "approximate", "Goma")],
        "idiom-staying-for-now-with-relatives",
    ),
    Case(
        "Murders in Zacatecas fell to 96 in May.",
        [("killed", 96, 96, 96, "exact", "Zacatecas")],
        "toll-murders",
    ),
    Case(
        "Two boats carrying 180 Rohingya landed in Aceh on Sunday.",
        [("refugees", 180, 180, 180, "exact", "Aceh")],
        "category-rohingya-are-refugees",
    ),
    Case(
        "Cyclone Mocha damaged 1,300 shanties in the Rohingya camps of Cox's Bazar.",
        [],
        "not-rohingya-camps",
    ),
    Case(
        "Some 6,000 refugees reached Adre this week; another 2,000 were reported in Tine.",
        [
            ("refugees", 6000, None, None, "approximate", "Adre"),
            ("refugees", 2000, 2000, 2000, "exact", "Tine"),
        ],
        "list-another-of-the-same-kind",
    ),
    Case(
        "Gunmen killed 30 people and another 50 were taken hostage in Kidal.",
        [("killed", 30, 30, 30, "exact", "Kidal")],
        "not-another-of-a-kind-of-its-own",
    ),
    Case(
        "Troops carried out 12 raids that killed 64 people in Gwoza, most of them farmers who "
        "had been displaced from Bama.",
        [("killed", 64, 64, 64, "exact", "Gwoza")],
        "aside-a-relative-clause-in-most-of-them",
    ),
    Case(
        "Shelling of Abu Shouk, north of El Fasher, killed 11 civilians.",
        [("killed", 11, 11, 11, "exact", "Abu Shouk")],
        "place-shelling-of-a-place-found-by-a-direction",
    ),
    Case(
        "A drone strike on Kumbo, a village 12km east of the town of Bamenda, killed four.",
        [("distance", 12, 12, 12, "exact", "Kumbo"), ("killed", 4, 4, 4, "exact", "Kumbo")],
        "place-a-distance-written-without-a-space-measures-from-a-reference",
    ),
    Case(
        "Forty people were injured in Garut Regency.",
        [("injured", 40, 40, 40, "exact", "Garut")],
        "place-a-regency",
    ),
    Case(
        "The bomb killed a teacher and three pupils in Kohat.",
        [("killed", 4, 4, 4, "exact", "Kohat")],
        "group-one-person-and-a-group",
    ),
    Case(
        "A policeman and two civilians were wounded in Bannu.",
        [("injured", 3, 3, 3, "exact", "Bannu")],
        "group-one-person-and-a-group-before-the-verb",
    ),
    Case(
        "The toll has crossed 60 in Uttarakhand; two more were electrocuted in Dehradun.",
        [
            ("killed", 60, 60, None, "at_least", "Uttarakhand"),
            ("killed", 2, 2, 2, "exact", "Dehradun"),
        ],
        "idiom-toll-crossed-and-electrocuted",
    ),
    Case(
        "Some 2,400 households (12,000 individuals) were displaced in Kalehe.",
        [("displaced", 12000, 12000, 12000, "exact", "Kalehe")],
        "households-with-the-people-in-parentheses",
    ),
    Case(
        "The quake struck 40 km south of Herat at a depth of 14 km.",
        [("distance", 40, 40, 40, "exact", "Herat"), ("distance", 14, 14, 14, "exact", "Herat")],
        "distance-a-depth-at-the-epicentre",
    ),
    Case(
        "A strong quake hit Lamjung district on Saturday. Its focus was 15 km deep.",
        [("distance", 15, 15, 15, "exact", "Lamjung")],
        "distance-a-depth-takes-the-quakes-place",
    ),
    Case(
        "The toll in Punjab had climbed to 88 and injuries to 301.",
        [("killed", 88, 88, 88, "exact", "Punjab"), ("injured", 301, 301, 301, "exact", "Punjab")],
        "toll-injuries-to-without-a-verb",
    ),
    Case(
        "In Sukkur, 14 people had serious injuries.",
        [("injured", 14, 14, 14, "exact", "Sukkur")],
        "idiom-had-serious-injuries",
    ),
    Case(
        "PDMA Punjab reported 37 deaths.",
        [("killed", 37, 37, 37, "exact", "Punjab")],
        "place-an-agency-named-with-its-region",
    ),
    Case(
        "Landslides hit Gorkha district on Saturday. Police say 40 people were killed in the "
        "district.",
        [("killed", 40, 40, 40, "exact", "Gorkha")],
        "context-in-the-district",
    ),
    Case(
        "Militants attacked Djibo on Monday. The violence has displaced two million people in "
        "the country.",
        [("displaced", 2000000, 2000000, 2000000, "exact", "Burkina Faso")],
        "context-in-the-country",
    ),
    Case(
        "The storm has left four people dead since it began battering Albania on Monday.",
        [("killed", 4, 4, 4, "exact", "Albania")],
        "place-a-storm-battering-a-country",
    ),
    Case(
        "The quake killed 90 people in the provinces of Herat and Badghis.",
        [("killed", 90, 90, 90, "exact", "Herat")],
        "place-the-provinces-of",
    ),
    Case(
        "A suicide bomber struck Mogadishu on Sunday. The Somali Ministry of Information said "
        "five civilians were killed.",
        [("killed", 5, 5, 5, "exact", "Mogadishu")],
        "place-a-peoples-ministry-is-no-place",
    ),
    Case(
        "The storm killed six people in Toliara, and the number affected has passed 40,000.",
        [
            ("killed", 6, 6, 6, "exact", "Toliara"),
            ("affected", 40000, 40000, None, "at_least", "Toliara"),
        ],
        "toll-the-number-affected",
    ),
    Case(
        "Floods have affected 1.2 million families, or 5.8 million people, in Sindh.",
        [("affected", 5800000, 5800000, 5800000, "exact", "Sindh")],
        "households-in-millions-before-the-people",
    ),
    Case(
        "Three people died in Tyre and four more are in critical condition.",
        [("killed", 3, 3, 3, "exact", "Tyre"), ("injured", 4, 4, 4, "exact", "Tyre")],
        "idiom-in-critical-condition",
    ),
    Case(
        "The worst-hit counties include Garissa (4,100 displaced) and Wajir (2,900).",
        [
            ("displaced", 4100, 4100, 4100, "exact", "Garissa"),
            ("displaced", 2900, 2900, 2900, "exact", "Wajir"),
        ],
        "list-the-first-item-named-before-its-parenthesis",
    ),
    Case(
        "The hardest hit are Ouaddai (120,400 people) and Sila (86,300).",
        [
            ("affected", 120400, 120400, 120400, "exact", "Ouaddai"),
            ("affected", 86300, 86300, 86300, "exact", "Sila"),
        ],
        "list-the-hardest-hit-are-affected",
    ),
    Case(
        "The air strike killed a family of six in Maarat al-Numan.",
        [("killed", 6, 6, 6, "exact", "Maarat al-Numan")],
        "count-a-family-of-six",
    ),
    Case(
        "In Nikopol three people, two boys aged 9 and 12 among them, were hurt.",
        [("injured", 3, 3, 3, "exact", "Nikopol")],
        "group-part-of-the-one-before-is-no-more-people",
    ),
    Case(
        "A 47-year-old man suffered shrapnel wounds in Marhanets.",
        [("injured", 1, 1, 1, "exact", "Marhanets")],
        "idiom-suffered-wounds",
    ),
    Case(
        "Cyclone Enawo, which crossed Madagascar from 7 to 9 March, killed at least 78 people.",
        [("killed", 78, 78, None, "at_least", "Madagascar")],
        "place-a-storm-crossed-and-days-are-no-range-of-people",
    ),
    Case(
        "The civil protection office counts 8'214 people displaced in Atsinanana.",
        [("displaced", 8214, 8214, 8214, "exact", "Atsinanana")],
        "number-form-apostrophe-thousands",
    ),
    Case(
        "In Mozambique 1.3 million people have been affected, including over 600,000 in Sofala "
        "and 240,000 in Manica.",
        [
            ("affected", 1300000, 1300000, 1300000, "exact", "Mozambique"),
            ("affected", 600000, 600000, None, "at_least", "Sofala"),
            ("affected", 240000, 240000, 240000, "exact", "Manica"),
        ],
        "list-by-place-after-the-verb",
    ),
    Case(
        "The number injured in Hualien rose to 700 by noon, reaching 812 in the evening.",
        [
            ("injured", 700, 700, 700, "exact", "Hualien"),
            ("injured", 812, 812, 812, "exact", "Hualien"),
        ],
        "toll-number-injured-and-reaching",
    ),
    Case(
        "Floods have killed 41 people in the state. By district: Kullu (9), Lahaul & Spiti (2), "
        "Mandi (12).",
        [
            ("killed", 41, 41, 41, "exact", None),
            ("killed", 9, 9, 9, "exact", "Kullu"),
            ("killed", 2, 2, 2, "exact", "Lahaul & Spiti"),
            ("killed", 12, 12, 12, "exact", "Mandi"),
        ],
        "list-under-a-heading-a-name-with-ampersand",
    ),
    Case(
        "Some 40,000 people have left the town since the siege of Al-Fashir began.",
        [("displaced", 40000, None, None, "approximate", "Al-Fashir")],
        "idiom-left-the-town",
    ),
    Case(
        "A car bomb in Kismayo killed four guards, wounding governor Ahmed Madobe's driver.",
        [("killed", 4, 4, 4, "exact", "Kismayo")],
        "named-persons-possession-is-no-victim",
    ),
    Case(
        "A grenade killed five soldiers and severely wounded a sixth in Bannang Sata; a seventh "
        "man was slightly hurt.",
        [
            ("killed", 5, 5, 5, "exact", "Bannang Sata"),
            ("injured", 1, 1, 1, "exact", "Bannang Sata"),
        ],
        "counted-one-more-by-an-ordinal",
    ),
    Case(
        "A truck bomb in Beledweyne badly wounded district commissioner Omar Aden Hussein.",
        [("injured", 1, 1, 1, "exact", "Beledweyne")],
        "named-person-wounded",
    ),
    Case(
        "Officials in Katesh put the dead at 48 and the injured at nearly 90; local media put the "
        "toll as high as 60.",
        [
            ("killed", 48, 48, 48, "exact", "Katesh"),
            ("injured", 90, None, 90, "at_most", "Katesh"),
            ("killed", 60, None, 60, "at_most", "Katesh"),
        ],
        "toll-put-the-dead-at",
    ),
    Case(
        "The union listed the killings of the past week in Riyom: four people in Rim on Monday "
        "and two in Jol on Thursday.",
        [("killed", 4, 4, 4, "exact", "Rim"), ("killed", 2, 2, 2, "exact", "Jol")],
        "list-by-place-after-a-noun-and-colon",
    ),
    Case("Weekly update: 14 people in Kidal.", [], "list-after-a-colon-with-no-category"),
    Case(
        "The fighting has pushed more than 90,000 people into Chad.",
        [("refugees", 90000, 90000, None, "at_least", "Chad")],
        "flee-pushed-into-a-country",
    ),
    Case(
        "Clashes forced 12,000 people from their homes in Rutshuru.",
        [("displaced", 12000, 12000, 12000, "exact", "Rutshuru")],
        "flee-forced-from-their-homes",
    ),
    Case(
        "By March some 2.1 million Sudanese had left the country.",
        [("refugees", 2100000, None, None, "approximate", None)],
        "idiom-left-the-country",
    ),
    Case(
        "CASUALTIES: DEAD – 21 (Regions I and II); INJURED – 40; MISSING – 6.",
        [
            ("killed", 21, 21, 21, "exact", None),
            ("injured", 40, 40, 40, "exact", None),
            ("missing", 6, 6, 6, "exact", None),
        ],
        "tally-labels-with-a-dash",
    ),
    Case(
        "Some 2,900 people in Kalpetta, Meppadi and Vythiri have been affected.",
        [("affected", 2900, None, None, "approximate", "Kalpetta")],
        "window-over-a-list-of-places",
    ),
    Case(
        "About 300,000 people in Sunamganj have been inundated by the floods.",
        [("affected", 300000, None, None, "approximate", "Sunamganj")],
        "idiom-inundated-by",
    ),
    Case(
        "More than 9,000 residents of Nueva Ecija and Pampanga provinces have been left homeless.",
        [("homeless", 9000, 9000, None, "at_least", "Nueva Ecija")],
        "window-reads-names-whole",
    ),
    Case(
        "Tens of thousands of people in Guangxi have had to evacuate, and the rains forced the "
        "relocation of about 12,000 in Hunan; 3,000 more were sent to camps in Jiangxi.",
        [
            ("evacuated", 20000, 20000, 99999, "vague", "Guangxi"),
            ("evacuated", 12000, None, None, "approximate", "Hunan"),
            ("evacuated", 3000, 3000, 3000, "exact", "Jiangxi"),
        ],
        "idiom-had-to-evacuate-relocation-sent-to-camps",
    ),
    Case(
        "Sindh and Balochistan reported 121 and 96 deaths respectively.",
        [
            ("killed", 121, 121, 121, "exact", "Sindh"),
            ("killed", 96, 96, 96, "exact", "Balochistan"),
        ],
        "list-respectively",
    ),
    Case(
        "Rain hit Valencia and Cuenca hardest, with 40 and 12 people dead respectively.",
        [("killed", 40, 40, 40, "exact", "Valencia"), ("killed", 12, 12, 12, "exact", "Cuenca")],
        "list-respectively-places-first",
    ),
    Case(
        "Reports put the dead in Chooralmala at 212 (official count 160).",
        [
            ("killed", 212, 212, 212, "exact", "Chooralmala"),
            ("killed", 160, 160, 160, "exact", "Chooralmala"),
        ],
        "toll-another-count-in-parentheses",
    ),
    Case(
        "The storm's death toll in Sindh rose to 88 on Monday. The official count had previously "
        "stood at 61.",
        [("killed", 88, 88, 88, "exact", "Sindh"), ("killed", 61, 61, 61, "exact", "Sindh")],
        "toll-an-earlier-count-told-in-passing",
    ),
    Case(
        "Officials counted 40 dead in Enga, from a count of over 150 buried houses.",
        [("killed", 40, 40, 40, "exact", "Enga")],
        "not-a-count-of-houses",
    ),
    Case(
        "Several local sources put the dead at 14 in Barsalogho.",
        [("killed", 14, 14, 14, "exact", "Barsalogho")],
        "speakers-who-count-are-not-counted",
    ),
    # ------------------------------------------------ false alarms
    Case("Attacks on aid workers saw a five-fold rise in Sudan last year.", [], "not-multiplier"),
    Case(
        "Two-thirds of the displaced in Darfur are children, the agency said.",
        [],
        "not-fraction",
    ),
    Case("Almost seven in ten of the displaced in Ituri are women.", [], "not-proportion"),
    Case(
        "More than 250 mm of rain displaced families in 14 upazilas; 3,000 farms were flooded.",
        [],
        "not-rainfall-districts-or-farms",
    ),
    Case("The state gave 15,000 liras to every affected family in Hatay.", [], "not-money-liras"),
    Case(
        "Kutupalong is one of 33 camps; Jajarkot is one of the worst-affected districts.",
        [],
        "not-one-of-many",
    ),
]
