"""Hand judgments of the BBC articles that stories_bcubed.py's mix grouped at 335d5f8 (issue 17).

BBC News Summary's gold makes every article a story of its own. Each group of BBC articles
that the grouping formed on the 1,000-BBC mix was read (title and text) and split into the
events it reports. Two labels per article, "event/happening":

- event: one happening and its direct follow-ups, the granularity of MultiLing's own gold
  (its London-bombing story runs from the attacks to a trial two years on): one takeover
  battle, one trial, one awards ceremony and its run-up, one row. Articles with the same
  event letter in a group are one story by the issue's definition.
- happening: the same day's or the same announcement's news only (a stricter reading).

Different letters are different events of one subject: the dollar on ten different days,
monthly jobless figures, weekends of the box office, different aircraft orders, the
Golden Globes and the Oscars. ``--judged`` in stories_bcubed.py scores the mix against these
labels (each BBC article not listed stays a story of its own, so a grouping that forms new
groups is charged for them until they are read).

``JUDGED_LATER`` holds the same judgments of the groups formed over the 1,092 BBC articles after
the first 1,000 (politics, sport, technology; session 30): ``stories_bcubed.py --set later
--judged``.
"""

from __future__ import annotations

# group number at 335d5f8: {BBC id: "event/happening"}, the title as a comment; the three
# BBC articles grouped with a MultiLing story carry its id when they report its event
JUDGED: dict[str, str] = {
    "entertainment/054": "ml-a/ml-a",  # Mumbai bombs movie postponed (with M001, London)
    "entertainment/182": "M000/ml-b",  # Top stars join US tsunami TV show (M000: tsunami aid)
    "entertainment/195": "M000/ml-c",  # US TV special for tsunami relief (M000)
    "entertainment/057": "0a/0a",  # Dutch watch Van Gogh's last film
    "entertainment/329": "0b/0b",  # Van Gogh festival film withdrawn
    "business/162": "1a/1a",  # Verizon 'seals takeover of MCI'
    "business/188": "1a/1a",  # Qwest may spark MCI bidding war
    "business/202": "1a/1b",  # MCI shareholder sues to stop bid
    "business/251": "1a/1c",  # MCI shares climb on takeover bid
    "business/296": "2a/2a",  # Millions 'to lose textile jobs'
    "business/442": "2b/2b",  # Lesotho textile workers lose jobs
    "entertainment/133": "3a/3a",  # Sir Paul rocks Super Bowl crowds
    "entertainment/175": "3a/3b",  # Alicia Keys to open US Super Bowl
    "entertainment/030": "4a/4a",  # US critics laud comedy Sideways
    "entertainment/040": "4b/4b",  # Wine comedy up for six film gongs
    "entertainment/062": "4b/4b",  # Spirit awards hail Sideways
    "entertainment/091": "4c/4c",  # Wine comedy wins critics' award
    "business/002": "5a/5a",  # Dollar gains on Greenspan speech
    "business/089": "5b/5b",  # Europe blames US over weak dollar
    "business/097": "5c/5c",  # 'Strong dollar' call halts slide
    "business/142": "5d/5d",  # Asian banks halt dollar's slide
    "business/180": "5e/5e",  # Dollar drops on reserves concerns
    "business/273": "5f/5f",  # Markets fall on weak dollar fears
    "business/344": "5g/5g",  # Battered dollar hits another low
    "business/350": "5h/5h",  # Dollar hits new low versus euro
    "business/374": "5i/5i",  # Dollar hovers around record lows
    "business/376": "5j/5j",  # Dollar slides ahead of New Year
    "politics/011": "6a/6a",  # Mrs Howard gets key election role
    "politics/013": "6b/6b",  # Howard rebuts asylum criticisms
    "politics/022": "6c/6c",  # Nat Insurance to rise, say Tories
    "politics/087": "6d/6d",  # Howard unveils Tory asylum plans
    "politics/106": "6e/6e",  # Howard attacks cost of asylum
    "politics/110": "6f/6f",  # UK heading wrong way - Howard
    "business/119": "7a/7a",  # Bank opts to leave rates on hold
    "business/137": "7b/7b",  # Bank set to leave rates on hold
    "business/290": "7c/7c",  # Bank holds interest rate at 4.75%
    "business/010": "8a/8a",  # Court rejects $280bn tobacco case
    "business/104": "8a/8b",  # US seeks new $280bn smoker ruling
    "business/291": "8a/8a",  # Tobacco giants hail court ruling
    "entertainment/009": "9a/9a",  # Da Vinci Code is 'lousy history'
    "entertainment/068": "9b/9b",  # Tautou 'to star in Da Vinci film'
    "entertainment/098": "9c/9c",  # Da Vinci film to star Tom Hanks
    "entertainment/376": "9d/9d",  # France set for new Da Vinci novel
    "business/418": "10a/10a",  # US firm 'bids for Lacroix label'
    "business/510": "10a/10b",  # Lacroix label bought by US firm
    "business/023": "11a/11a",  # Mixed signals from French economy
    "business/175": "11b/11b",  # French consumer spending rising
    "business/182": "11c/11c",  # Weak data buffets French economy
    "business/190": "11a/11a",  # Consumers drive French economy
    "politics/041": "12a/12a",  # Profile: David Blunkett
    "politics/046": "12a/12b",  # Blair and Blunkett Sheffield trip
    "politics/102": "12a/12c",  # Blunkett row should end - Blair
    "politics/112": "12a/12d",  # Blair 'damaged' by Blunkett row
    "business/080": "13a/13a",  # Argentina, Venezuela in oil deal
    "business/231": "13b/13b",  # Venezuela reviews foreign deals
    "business/340": "13c/13c",  # Venezuela and China sign oil deal
    "business/388": "13d/13d",  # Venezuela identifies 'idle' farms
    "business/228": "14a/14a",  # Tsunami 'to hit Sri Lanka banks'
    "business/398": "14a/14b",  # Tsunami to cost Sri Lanka $1.3bn
    "business/471": "14a/14c",  # Tsunami slows Sri Lanka's growth
    "business/235": "15a/15a",  # Pension hitch for long-living men
    "business/238": "15b/15b",  # Firms pump billions into pensions
    "business/255": "15c/15c",  # Call to overhaul UK state pension
    "business/368": "15d/15d",  # Warning over US pensions deficit
    "politics/042": "15e/15e",  # Strike threat over pension plans
    "politics/069": "15e/15f",  # Talks aim to avert pension strike
    "entertainment/079": "16a/16a",  # Russian film wins BBC world prize
    "entertainment/331": "16a/16a",  # Russian film wins BBC world prize
    "business/004": "17a/17a",  # High fuel prices hit BA's profits
    "business/015": "17b/17b",  # Air passengers win new EU rights
    "business/065": "17c/17c",  # EU aiming to fuel development aid
    "business/075": "17c/17c",  # EU ministers to mull jet fuel tax
    "business/432": "17d/17d",  # BA to suspend two Saudi services
    "business/466": "17e/17e",  # High fuel costs hit US airlines
    "business/468": "17f/17f",  # EU to probe Alitalia 'state aid'
    "entertainment/042": "18a/18a",  # Berlin honours S Korean director
    "entertainment/058": "18a/18b",  # Berlin hails European cinema
    "entertainment/090": "18a/18c",  # Berlin cheers for anti-Nazi film
    "entertainment/102": "18a/18d",  # Day-Lewis set for Berlin honour
    "entertainment/341": "18a/18d",  # Day-Lewis set for Berlin honour
    "business/206": "19a/19a",  # Standard Life cuts policy bonuses
    "business/281": "19b/19b",  # Axa Sun Life cuts bonus payments
    "entertainment/034": "20a/20a",  # Vera Drake scoops film award
    "entertainment/038": "20b/20b",  # Stars gear up for Bafta ceremony
    "entertainment/323": "20c/20c",  # Vera Drake leads UK Oscar hopes
    "entertainment/352": "20b/20b",  # Vera Drake's Bafta triumph hope
    "entertainment/354": "20b/20b",  # Stars shine on Bafta red carpet
    "entertainment/355": "20b/20b",  # Bafta to hand out movie honours
    "entertainment/357": "20b/20b",  # Aviator and Vera take Bafta glory
    "entertainment/373": "20c/20d",  # British stars denied major Oscars
    "entertainment/143": "21a/21a",  # Blair buys copies of new Band Aid
    "entertainment/159": "21a/21b",  # Band Aid 20 single storms to No 1
    "entertainment/160": "21a/21c",  # iTunes now selling Band Aid song
    "entertainment/179": "22a/22a",  # Housewives lift Channel 4 ratings
    "entertainment/216": "22a/22a",  # Housewives lift Channel 4 ratings
    "business/136": "23a/23a",  # Ukraine revisits state sell-offs
    "business/197": "23b/23b",  # Ukraine steel sell-off 'illegal'
    "business/217": "23a/23a",  # Ukraine trims privatisation check
    "entertainment/103": "24a/24a",  # Downloads enter US singles chart
    "entertainment/266": "24b/24b",  # Help for indies in download sales
    "entertainment/278": "24c/24c",  # Download chart debut is delayed
    "business/022": "25a/25a",  # Sluggish economy hits German jobs
    "business/061": "25b/25b",  # Further rise in UK jobless total
    "business/073": "25c/25c",  # German growth goes into reverse
    "business/139": "25d/25d",  # German jobless rate at new record
    "business/275": "25e/25e",  # Five million Germans out of work
    "business/387": "25f/25f",  # Germany nears 1990 jobless level
    "business/490": "25g/25g",  # Brazil jobless rate hits new low
    "business/435": "26a/26a",  # Fosters buys stake in winemaker
    "business/451": "26a/26b",  # Winemaker rejects Foster's offer
    "business/125": "27a/27a",  # WMC profits up amid bid criticism
    "business/366": "27a/27b",  # WMC says Xstrata bid is too low
    "business/171": "28a/28a",  # Deutsche Boerse boosts dividend
    "business/203": "28a/28b",  # 'Standoff' on Deutsche's LSE bid
    "business/220": "28a/28c",  # Standard Life concern at LSE bid
    "business/264": "28a/28d",  # French suitor holds LSE meeting
    "business/279": "28a/28e",  # German bidder in talks with LSE
    "business/316": "28a/28f",  # Euronext 'poised to make LSE bid'
    "business/319": "28a/28f",  # Euronext joins bid battle for LSE
    "business/392": "28a/28g",  # Deutsche Boerse set to 'woo' LSE
    "business/421": "28a/28h",  # LSE 'sets date for takeover deal'
    "business/454": "28a/28i",  # LSE doubts boost bidders' shares
    "business/079": "29a/29a",  # ID theft surge hits US consumers
    "entertainment/137": "29b/29b",  # Glastonbury fans to get ID cards
    "politics/049": "29c/29c",  # Clarke to press on with ID cards
    "politics/081": "29c/29d",  # Tory backing for ID cards
    "entertainment/005": "30a/30a",  # Poppins musical gets flying start
    "entertainment/295": "30b/30b",  # Dame Julie pops in to see Poppins
    "business/169": "31a/31a",  # Buyers snap up Jet Airways' shares
    "business/186": "31a/31a",  # Huge rush for Jet Airways shares
    "business/394": "31b/31b",  # US Airways staff agree to pay cut
    "business/047": "32a/32a",  # Ryanair in $4bn Boeing plane deal
    "business/069": "32b/32b",  # Boeing unveils new 777 aircraft
    "business/130": "32c/32c",  # Aviation firms eye booming India
    "business/335": "32d/32d",  # Boeing secures giant Japan order
    "business/339": "32e/32e",  # India's Deccan seals $1.8bn deal
    "business/407": "32f/32f",  # India's Deccan gets more planes
    "business/260": "33a/33a",  # Asia shares defy post-quake gloom
    "business/354": "33a/33a",  # Asia shares defy post-quake gloom
    "business/059": "34a/34a",  # Worldcom ex-boss launches defence
    "business/087": "34a/34b",  # Worldcom boss 'left books alone'
    "business/100": "34a/34c",  # Ebbers denies WorldCom fraud
    "business/114": "34a/34d",  # WorldCom director admits lying
    "business/196": "34a/34e",  # Worldcom director ends evidence
    "business/246": "34a/34d",  # Ebbers 'aware' of WorldCom fraud
    "business/465": "34a/34f",  # WorldCom trial starts in New York
    "business/198": "35a/35a",  # Cairn shares up on new oil find
    "business/307": "35b/35b",  # Cairn shares slump on oil setback
    "business/433": "35c/35c",  # Cairn Energy in Indian gas find
    "business/072": "36a/36a",  # S Korean consumers spending again
    "business/349": "36b/36b",  # S Korean lender faces liquidation
    "business/375": "36b/36c",  # S Korean credit card firm rescued
    "business/409": "36c/36d",  # UK bank seals South Korean deal
    "politics/065": "37a/37a",  # Guantanamo pair's passport ban
    "politics/100": "37b/37b",  # Guantanamo man 'suing government'
    "business/017": "38a/38a",  # Parmalat boasts doubled profits
    "business/048": "38a/38b",  # Parmalat to return to stockmarket
    "business/312": "38a/38c",  # Parmalat sues 45 banks over crash
    "business/458": "38a/38d",  # Parmalat founder offers apology
    "business/492": "38a/38e",  # Parmalat bank barred from suing
    "entertainment/180": "39a/39a",  # McCririck out of Big Brother show
    "entertainment/187": "39a/39b",  # Double eviction from Big Brother
    "entertainment/203": "39a/39c",  # Greer attacks 'bully' Big Brother
    "entertainment/221": "39a/39d",  # Bets off after Big Brother 'leak'
    "entertainment/223": "39b/39e",  # Singer Ferguson 'facing eviction'
    "entertainment/225": "39a/39f",  # Stallone evicted from Big Brother
    "entertainment/049": "40a/40a",  # De Niro film leads US box office
    "entertainment/053": "40b/40b",  # Horror film heads US box office
    "entertainment/312": "40c/40c",  # Smith loses US box office crown
    "entertainment/340": "40d/40d",  # De Niro completes box office coup
    "entertainment/364": "40e/40e",  # Hitch holds on to US box office
    "entertainment/380": "40f/40f",  # Boogeyman takes box office lead
    "business/013": "41a/41a",  # Peugeot deal boosts Mitsubishi
    "business/431": "41a/41b",  # Mitsubishi in Peugeot link talks
    "business/128": "42a/42a",  # Qantas sees profits fly to record
    "business/455": "42b/42b",  # Qantas considers offshore option
    "entertainment/035": "43a/43a",  # Hundreds vie for best film Oscar
    "entertainment/039": "43a/43b",  # Aviator 'creator' in Oscars snub
    "entertainment/051": "43c/43c",  # Foxx and Swank win US awards
    "entertainment/059": "43a/43d",  # Sky takes over Oscar night mantle
    "entertainment/064": "43a/43e",  # Hollywood ready for Oscars night
    "entertainment/078": "43a/43f",  # Baby becomes new Oscar favourite
    "entertainment/084": "43a/43g",  # Oscar nominees gear up for lunch
    "entertainment/086": "43a/43h",  # Bookmakers back Aviator for Oscar
    "entertainment/095": "43i/43i",  # Aviator wins top Globes accolades
    "entertainment/368": "43a/43j",  # Critics back Aviator for Oscars
    "entertainment/372": "43a/43k",  # Eastwood's Baby scoops top Oscars
    "politics/045": "44a/44a",  # Tory leader 'cleared' over work
    "politics/089": "44a/44b",  # Tory leader quits legal position
    "business/003": "45a/45a",  # Yukos unit buyer faces loan claim
    "business/025": "45a/45b",  # Yukos loses US bankruptcy battle
    "business/077": "45a/45c",  # China had role in Yukos split-up
    "business/083": "45a/45d",  # Yukos accused of lying to court
    "business/127": "45a/45e",  # Yukos owner sues Russia for $28bn
    "business/131": "45a/45f",  # Russian oil merger excludes Yukos
    "business/164": "45a/45g",  # Yukos sues four firms for $20bn
    "business/192": "45a/45d",  # Yukos bankruptcy 'not US matter'
    "business/230": "45a/45h",  # Yukos drops banks from court bid
    "business/266": "45a/45i",  # Could Yukos be a blessing in disguise?
    "business/299": "45a/45b",  # US to rule on Yukos refuge call
    "business/314": "45a/45j",  # Yukos unit fetches $9bn at auction
    "business/318": "45a/45j",  # Mystery surrounds new Yukos owner
    "business/324": "45a/45k",  # Yukos seeks court action on sale
    "business/332": "45a/45l",  # Putin backs state grab for Yukos
    "business/358": "45a/45d",  # Deutsche attacks Yukos case
    "business/391": "45a/45d",  # Yukos heading back to US courts
    "business/399": "45a/45m",  # Indian oil firm eyes Yukos assets
    "business/426": "45a/45n",  # Minister hits out at Yukos sale
    "business/444": "45a/45o",  # Khodorkovsky quits Yukos shares
    "entertainment/142": "46a/46a",  # New York rockers top talent poll
    "entertainment/229": "46a/46a",  # New York rockers top talent poll
    "business/179": "47a/47a",  # Irish duo could block Man Utd bid
    "business/209": "47a/47b",  # Mixed reaction to Man Utd offer
    "business/224": "47a/47c",  # Man Utd to open books to Glazer
    "business/229": "47a/47b",  # Shares rise on new Man Utd offer
    "business/242": "47a/47d",  # Q&A: Malcolm Glazer and Man Utd
    "business/293": "47a/47d",  # Glazer makes new Man Utd approach
    "business/254": "48a/48a",  # News Corp eyes video games market
    "business/447": "48a/48a",  # News Corp eyes video games market
    "entertainment/104": "49a/49a",  # Glasgow hosts tsunami benefit gig
    "entertainment/118": "49b/49b",  # REM concerts blighted by illness
    "entertainment/128": "49c/49c",  # Top gig award for Scissor Sisters
    "entertainment/287": "49b/49d",  # REM announce new Glasgow concert
    "business/121": "50a/50a",  # US interest rates increased to 2%
    "business/383": "50b/50b",  # Fed warns of more US rate rises
    "business/402": "50c/50c",  # US interest rate rise expected
    "business/463": "50d/50d",  # US economy still growing says Fed
    "entertainment/076": "51a/51a",  # Fockers fuel festive film chart
    "entertainment/100": "51b/51b",  # Fockers retain film chart crown
    "entertainment/297": "51c/51c",  # Fockers keeps US box office lead
    "entertainment/315": "51d/51d",  # Hoffman hits out over modern film
    "business/298": "52a/52a",  # Fannie Mae 'should restate books'
    "business/326": "52a/52b",  # Senior Fannie Mae bosses resign
    "business/193": "53a/53a",  # Borussia Dortmund near bust
    "business/219": "53a/53b",  # Rescue hope for Borussia Dortmund
    "entertainment/112": "54a/54a",  # Elvis set to top UK singles chart
    "entertainment/129": "54b/54b",  # Brits return Keane to number one
    "entertainment/144": "54c/54c",  # Eminem beats Elvis to number one
    "entertainment/163": "54d/54d",  # Early Elvis recordings go on sale
    "entertainment/233": "54e/54e",  # Elvis fans hold birthday bash
    "entertainment/234": "54a/54a",  # Elvis regains top chart position
    "entertainment/240": "54f/54f",  # Elvis 'set for chart hat-trick'
    "entertainment/242": "54g/54g",  # TOTP turns to Elvis impersonator
    "business/028": "55a/55a",  # Strong demand triggers oil rally
    "business/045": "55b/55b",  # US crude prices surge above $53
    "business/138": "55c/55c",  # Winter freeze keeps oil above $50
    "business/144": "55d/55d",  # Oil prices fall back from highs
    "business/152": "55c/55c",  # Crude oil prices back above $50
    "business/270": "55e/55e",  # Oil prices reach three-month low
    "business/351": "55f/55f",  # Mild winter drives US oil down 6%
    "business/381": "55g/55g",  # Oil rebounds from weather effect
    "entertainment/032": "56a/56a",  # Redford's vision of Sundance
    "entertainment/101": "56a/56b",  # Sundance to honour foreign films
    "entertainment/301": "56a/56c",  # Hollywood hunts hits at Sundance
    "entertainment/336": "56a/56d",  # Films on war triumph at Sundance
    "entertainment/171": "57a/57a",  # US 'to raise TV indecency fines'
    "entertainment/199": "57b/57b",  # &#163;1.8m indecency fine for Viacom
    "business/126": "58a/58a",  # Barclays profits hit record level
    "business/218": "58b/58b",  # Absa and Barclays talks continue
    "business/417": "58c/58c",  # Barclays shares up on merger talk
    "entertainment/197": "59a/59a",  # John Peel replacement show begins
    "entertainment/231": "59a/59a",  # Three DJs replace Peel radio show
    "business/026": "60a/60a",  # Safety alert as GM recalls cars
    "business/051": "60b/60b",  # Fiat mulls Ferrari market listing
    "business/078": "60c/60c",  # Deadline nears for Fiat-GM deal
    "business/099": "60d/60d",  # GM, Ford cut output as sales fall
    "business/148": "60e/60e",  # Alfa Romeos 'to get GM engines'
    "business/160": "60c/60f",  # GM pays $2bn to evade Fiat buyout
    "business/189": "60g/60g",  # Fiat chief takes steering wheel
    "business/359": "60c/60h",  # GM in crunch talks on Fiat future
    "business/462": "60i/60i",  # GM issues 2005 profits warning
    "business/467": "60j/60j",  # European losses hit GM's profits
    "business/034": "61a/61a",  # Rover deal 'may cost 2,000 jobs'
    "business/212": "61a/61b",  # MG Rover China tie-up 'delayed'
    "entertainment/007": "62a/62a",  # Levy tipped for Whitbread prize
    "entertainment/013": "62a/62a",  # Levy takes Whitbread novel prize
}


# The groups that `summarise stories` formed over the 1,092 distinct BBC articles after the
# first 1,000 alone, at session 30 (90 groups of two or more), judged by two helpers who saw
# neither code nor output beyond each group's titles and texts, by the same two readings;
# "L<story>" names the group. Story 16 (tsunami aid: the UK's pledges, aid websites, text
# donations) reports MultiLing's M000 event, aid after the 2004 tsunami, and carries its id.
JUDGED_LATER: dict[str, str] = {
    "sport/050": "L1a/L1a",  # IAAF awaits Greek pair's response
    "sport/051": "L1a/L1b",  # IAAF to rule on Greek sprint pair
    "sport/033": "L1a/L1c",  # Greek sprinters suspended by IAAF
    "sport/047": "L1a/L1d",  # Kenteris denies faking road crash
    "sport/048": "L1a/L1e",  # Greek pair set for hearing
    "sport/023": "L1a/L1f",  # Greek pair attend drugs hearing
    "sport/054": "L1a/L1g",  # Thanou bullish over drugs hearing
    "sport/017": "L1a/L1h",  # Call for Kenteris to be cleared
    "sport/016": "L1a/L1i",  # Verdict delay for Greek sprinters
    "sport/082": "L1a/L1j",  # Greek duo cleared in doping case
    "sport/089": "L1a/L1k",  # Thanou desperate to make return
    "sport/080": "L1a/L1l",  # Greek sprinters 'won't run again'
    "sport/079": "L1a/L1m",  # Wada will appeal against ruling
    "sport/081": "L1a/L1n",  # IAAF will contest Greek decision
    "sport/414": "L3a/L3a",  # England 17-18 France
    "sport/284": "L3a/L3a",  # Hodgson shoulders England blame
    "sport/334": "L3b/L3b",  # Stevens named in England line-up
    "sport/338": "L3b/L3c",  # Moody joins up with England
    "sport/323": "L3b/L3d",  # Preview: Ireland v England
    "sport/405": "L3b/L3e",  # Ireland 19-13 England
    "sport/290": "L3b/L3e",  # O'Gara revels in Ireland victory
    "sport/351": "L3c/L3f",  # Teenager Tait picked for England (v Wales)
    "sport/377": "L3d/L3g",  # Ireland 17-12 South Africa
    "sport/378": "L3e/L3h",  # Ireland v USA preview
    "sport/379": "L3f/L3i",  # Ireland call up uncapped Campbell (squad)
    "sport/418": "L3g/L3j",  # O'Driscoll out of Scotland game
    "sport/417": "L3g/L3k",  # D'Arcy injury adds to Ireland woe
    "sport/355": "L5a/L5a",  # Wales get Williams fitness boost (v England)
    "sport/333": "L5a/L5b",  # Parker misses England clash
    "sport/307": "L5a/L5c",  # Wales critical of clumsy Grewcock
    "sport/304": "L5b/L5d",  # Double injury blow strikes Wales (v Italy)
    "sport/312": "L5b/L5e",  # Wales win in Rome
    "sport/310": "L5c/L5f",  # Wales make two changes for France
    "sport/320": "L5c/L5g",  # France v Wales preview
    "sport/292": "L5c/L5h",  # Wales coach elated with win
    "sport/341": "L5d/L5i",  # Charvis set to lose fitness bid (Scotland game)
    "sport/396": "L5d/L5j",  # Wales silent on Grand Slam talk (focus on Scotland)
    "sport/316": "L5e/L5k",  # Wales stars need a rest - Ruddock
    "sport/413": "L5f/L5l",  # Llewellyn plans Wales retirement
    "tech/025": "L7a/L7a",  # Sony PSP console hits US in March
    "tech/345": "L7a/L7b",  # More movies head to Sony's PSP
    "tech/363": "L7a/L7c",  # Sony PSP handheld console hits US
    "tech/238": "L7b/L7d",  # Gamers snap up new Sony PSP (Japan)
    "tech/084": "L7c/L7e",  # Nintendo handheld given Euro date
    "tech/351": "L7c/L7f",  # Nintendo DS makes its Euro debut
    "tech/153": "L7d/L7g",  # DS aims to touch gamers (review)
    "tech/247": "L7e/L7h",  # Nintendo adds media playing to DS
    "tech/359": "L7f/L7i",  # Gizmondo gadget hits the shelves
    "tech/309": "L7g/L7j",  # What's next for next-gen consoles?
    "tech/396": "L7h/L7k",  # New consoles promise big problems (GDC)
    "politics/213": "L9a/L9a",  # Lib Dems target the student vote
    "politics/235": "L9b/L9b",  # Lib Dems' new election PR chief
    "politics/283": "L9c/L9c",  # Lib Dems' 'bold' election policy
    "politics/338": "L9d/L9d",  # Lib Dems highlight problem debt
    "politics/339": "L9e/L9e",  # Lib Dems target first-time buyers
    "politics/340": "L9f/L9f",  # Lib Dems unveil women's manifesto
    "politics/355": "L9g/L9g",  # Lib Dems stress Budget trust gap
    "politics/398": "L9h/L9h",  # Lib Dems predict 'best ever poll'
    "politics/416": "L9i/L9i",  # Top Tories on Lib Dem 'hit list'
    "politics/417": "L9j/L9j",  # Lib Dems unveil election slogan
    "politics/252": "L11a/L11a",  # Blair 'said he would stand down'
    "politics/218": "L11a/L11a",  # Blair dismisses quit claim report
    "politics/255": "L11a/L11a",  # Brown in appeal for Labour unity
    "politics/256": "L11a/L11b",  # Blair pledges unity to Labour MPs
    "politics/257": "L11a/L11b",  # Blair and Brown criticised by MPs
    "politics/258": "L11a/L11b",  # Labour MPs' fears over squabbling
    "politics/260": "L11a/L11c",  # Labour seeks to quell feud talk
    "politics/225": "L11a/L11d",  # Blair to face MPs amid feud talk
    "politics/262": "L11a/L11e",  # Howard taunts Blair over splits
    "sport/295": "L13a/L13a",  # Murray returns to Scotland fold
    "sport/311": "L13a/L13b",  # Ireland surge past Scots
    "sport/302": "L13b/L13c",  # Italy 17-28 Ireland
    "sport/305": "L13b/L13d",  # Kirwan demands Italy consistency
    "sport/410": "L13c/L13e",  # Taylor poised for Scotland return
    "sport/350": "L13c/L13f",  # Dal Maso in to replace Bergamasco
    "sport/322": "L13c/L13g",  # Scotland v Italy preview
    "sport/407": "L13c/L13h",  # Scotland 18-10 Italy
    "sport/349": "L13d/L13i",  # Italy aim to rattle England
    "tech/053": "L15a/L15a",  # Microsoft launches its own search
    "tech/076": "L15b/L15b",  # Google launches TV search service
    "tech/108": "L15c/L15c",  # Search wars hit desktop PCs
    "tech/237": "L15c/L15d",  # Microsoft takes on desktop search
    "tech/213": "L15d/L15e",  # Search sites get closer to users
    "tech/232": "L15e/L15f",  # BBC web search aids odd queries
    "tech/261": "L15f/L15g",  # Speech takes on search engines
    "tech/267": "L15g/L15h",  # The year search became personal
    "tech/269": "L15h/L15i",  # Yahoo moves into desktop search
    "politics/138": "L17a/L17a",  # EU fraud clampdown urged
    "politics/142": "L17b/L17b",  # EU referendum question unveiled
    "politics/222": "L17b/L17c",  # Voters 'reject EU by two to one'
    "politics/193": "L17c/L17d",  # Tories attack EU asylum moves
    "politics/358": "L17d/L17e",  # 'UK will stand firm on EU rebate'
    "politics/373": "L17d/L17f",  # UK rebate 'unjustified' - Chirac
    "politics/389": "L17e/L17g",  # EU rules 'won't stop UK spending'
    "politics/391": "L17f/L17h",  # 'EU referendum could cost £80m'
    "politics/270": "L19a/L19a",  # Defection timed to hit tax pledge
    "politics/271": "L19a/L19a",  # Tory leader unveils spending plan
    "politics/277": "L19a/L19b",  # Howard and Blair tax pledge clash (PMQs)
    "politics/275": "L19b/L19c",  # Howard dismisses Tory tax fears
    "politics/344": "L19b/L19d",  # Will Tory tax cuts lift spirits?
    "politics/282": "L19c/L19e",  # Blair blasts Tory spending plans
    "politics/374": "L19d/L19f",  # UK needs tax cuts, Tories insist (spring conf)
    "politics/387": "L19e/L19g",  # Pre-poll clash on tax and spend (post-Budget)
    "tech/258": "L21a/L21a",  # EU software patent law delayed (Poland)
    "tech/080": "L21a/L21b",  # New delay hits EU software laws
    "tech/030": "L21a/L21c",  # Reboot ordered for EU patent law (JURI)
    "tech/014": "L21a/L21d",  # EU software patent law faces axe
    "tech/048": "L21a/L21e",  # 'No re-draft' for EU patent law
    "tech/342": "L21a/L21e",  # 'No re-draft' for EU patent law (dup)
    "tech/029": "L21b/L21f",  # Open source leaders slam patents
    "tech/268": "L21c/L21g",  # IBM frees 500 software patents
    "sport/010": "L23a/L23a",  # Collins to compete in Birmingham
    "sport/029": "L23a/L23b",  # Isinbayeva heads for Birmingham
    "sport/032": "L23a/L23c",  # Bekele sets sights on world mark
    "sport/003": "L23a/L23d",  # Greene sets sights on world title (races Birmingham Friday)
    "sport/006": "L23b/L23e",  # Isinbayeva claims new world best (Lievin)
    "sport/067": "L23c/L23f",  # Lewis-Francis eyeing world gold
    "sport/094": "L23d/L23g",  # Lewis-Francis turns to Christie
    "sport/159": "L25a/L25a",  # Mourinho defiant on Chelsea form
    "sport/169": "L25b/L25b",  # FA decides not to punish Mourinho (Carling Cup final)
    "sport/172": "L25c/L25c",  # Mourinho receives Robson warning
    "sport/183": "L25d/L25d",  # Mourinho expects fight to finish (Barca preview)
    "sport/218": "L25e/L25e",  # Mourinho plots impressive course (Fulham win)
    "sport/231": "L25f/L25f",  # Mourinho to escape FA charge (Man Utd semi)
    "sport/280": "L25g/L25g",  # Mourinho takes swipe at Arsenal
    "tech/241": "L27a/L27a",  # Hollywood to sue net film pirates
    "tech/255": "L27a/L27b",  # Hollywood campaign hits websites (Suprnova)
    "tech/038": "L27b/L27c",  # Movie body hits peer-to-peer nets
    "tech/075": "L27c/L27d",  # US peer-to-peer pirates convicted
    "tech/091": "L27d/L27e",  # Movie body targets children's PCs
    "tech/286": "L27e/L27f",  # Peer-to-peer nets 'here to stay'
    "tech/391": "L27e/L27f",  # Peer-to-peer nets 'here to stay' (dup)
    "tech/044": "L29a/L29a",  # Apple attacked over sources row
    "tech/355": "L29a/L29b",  # Apple makes blogs reveal sources
    "tech/078": "L29b/L29c",  # Blog reading explodes in America
    "tech/088": "L29c/L29d",  # Voters flock to blog awards site
    "tech/099": "L29d/L29e",  # Blogs take on the mainstream
    "tech/149": "L29e/L29f",  # Microsoft gets the blogging bug
    "tech/151": "L29f/L29g",  # 'Blog' picked as word of the year
    "tech/018": "L31a/L31a",  # PlayStation 3 chip to be unveiled
    "tech/320": "L31a/L31b",  # PlayStation 3 processor unveiled
    "tech/319": "L31a/L31b",  # Why Cell will get the hard sell
    "tech/190": "L31b/L31c",  # First look at PlayStation 3 chip
    "tech/019": "L31c/L31d",  # Intel unveils laser breakthrough
    "tech/329": "L31c/L31d",  # Intel unveils laser breakthrough (dup)
    "tech/174": "L33a/L33a",  # Gadgets galore on show at fair
    "tech/163": "L33a/L33b",  # Doors open at biggest gadget fair
    "tech/134": "L33a/L33c",  # Gates opens biggest gadget fair
    "tech/193": "L33a/L33d",  # Gadget market 'to grow in 2005'
    "tech/222": "L33a/L33e",  # Media gadgets get moving (Archos at CES)
    "tech/072": "L33a/L33f",  # Gadget growth fuels eco concerns
    "sport/294": "L35a/L35a",  # London Irish 19-33 Wasps
    "sport/376": "L35b/L35b",  # Wasps 31-37 Leicester
    "sport/356": "L35c/L35c",  # Dawson joins England injury list
    "sport/383": "L35d/L35d",  # Dawson wins England squad recall
    "sport/390": "L35e/L35e",  # Dawson set for new Wasps contract
    "politics/179": "L37a/L37a",  # Final hunts held as ban looms
    "politics/137": "L37a/L37b",  # Defiant hunts put ban to the test
    "politics/152": "L37a/L37c",  # Minister defends hunting ban law
    "politics/169": "L37b/L37d",  # 'No-one can define new hunt ban'
    "politics/154": "L39a/L39a",  # Mayor will not retract Nazi jibe
    "politics/186": "L39a/L39b",  # Blair says mayor should apologise
    "politics/232": "L39a/L39c",  # Probe launched on Ken Nazi jibe
    "politics/316": "L39b/L39d",  # Blair moves to woo Jewish voters
    "politics/189": "L41a/L41a",  # Blair congratulates Bush on win
    "politics/280": "L41b/L41b",  # Blair sees greater Bush consensus
    "tech/101": "L41c/L41c",  # Bush website blocked outside US
    "tech/123": "L41c/L41d",  # Attack prompts Bush site block
    "sport/021": "L43a/L43a",  # Chepkemei hit by big ban
    "sport/019": "L43a/L43b",  # London hope over Chepkemei
    "sport/013": "L43a/L43c",  # Kenya lift Chepkemei's suspension
    "sport/024": "L43b/L43d",  # Chepkemei joins Edinburgh line-up
    "sport/205": "L45a/L45a",  # Yeading face Newcastle (3rd round draw)
    "sport/184": "L45b/L45b",  # Cup holders Man Utd visit Everton (5th round draw)
    "sport/122": "L45c/L45c",  # Bees handed potential Man Utd tie (6th round draw)
    "sport/197": "L45d/L45d",  # FA probes crowd trouble
    "sport/285": "L47a/L47a",  # Vickery out of Six Nations
    "sport/411": "L47a/L47b",  # Vickery upbeat about arm injury
    "sport/300": "L47a/L47c",  # Bell set for England debut
    "sport/315": "L47a/L47d",  # Barkley fit for match in Ireland
    "sport/444": "L49a/L49a",  # Hewitt falls to Dent
    "sport/458": "L49a/L49a",  # Hewitt falls to Dent in Adelaide (dup)
    "sport/498": "L49a/L49b",  # Dent continues Adelaide progress
    "sport/453": "L49a/L49c",  # Johansson takes Adelaide victory
    "politics/192": "L51a/L51a",  # Guantanamo four free in weeks
    "politics/205": "L51a/L51b",  # Tutu's Guantanamo release call
    "politics/151": "L51a/L51c",  # Guantanamo four questioned
    "sport/260": "L53a/L53a",  # Bellamy fined after row
    "sport/187": "L53a/L53b",  # Celtic make late bid for Bellamy
    "sport/138": "L53a/L53c",  # Bellamy under new fire
    "sport/202": "L55a/L55a",  # Santini resigns as Spurs manager
    "sport/207": "L55a/L55b",  # Arnesen denies rift with Santini
    "sport/262": "L55b/L55c",  # Spurs to sign Iceland U21 star
    "sport/449": "L57a/L57a",  # What now for British tennis?
    "sport/464": "L57b/L57b",  # Connors boost for British tennis
    "sport/493": "L57b/L57b",  # Connors' rallying cry for British tennis
    "politics/163": "L59a/L59a",  # Kinnock to urge reform in Lords
    "politics/289": "L59a/L59b",  # Baron Kinnock makes Lords debut
    "politics/175": "L61a/L61a",  # Chancellor rallies Labour voters
    "politics/349": "L61a/L61a",  # Chancellor rallies Labour voters (dup)
    "politics/245": "L63a/L63a",  # Army chiefs in regiments decision
    "politics/238": "L63b/L63b",  # Regiments' group in poll move
    "politics/337": "L65a/L65a",  # Campaign 'cold calls' questioned
    "politics/396": "L65a/L65b",  # Labour faces 'cold calls' inquiry
    "sport/181": "L67a/L67a",  # Desailly backs Blues revenge trip
    "sport/182": "L67a/L67a",  # Desailly backs Blues revenge trip (dup)
    "sport/230": "L69a/L69a",  # Hitzlsperger waiting on O'Leary
    "sport/264": "L69b/L69b",  # O'Leary agrees new Villa contract
    "sport/339": "L71a/L71a",  # Captains lining up for Aid match
    "sport/331": "L71a/L71b",  # O'Driscoll/Gregan lead Aid stars
    "sport/374": "L73a/L73a",  # Hong Kong in 2011 World Cup bid
    "sport/456": "L73b/L73b",  # Dementieva prevails in Hong Kong
    "sport/432": "L75a/L75a",  # Davenport hits out at Wimbledon
    "sport/438": "L75a/L75a",  # Davenport hits out at Wimbledon (dup)
    "sport/478": "L77a/L77a",  # Clijsters hope on Aussie Open
    "sport/443": "L77b/L77b",  # Clijsters set for February return
    "sport/496": "L79a/L79a",  # Philippoussis doubt over Open bid
    "sport/457": "L79a/L79b",  # Injury sidelines Philippoussis
    "tech/009": "L81a/L81a",  # Apple laptop is 'greatest gadget'
    "tech/379": "L81a/L81a",  # Apple laptop is 'greatest gadget' (dup)
    "tech/032": "L83a/L83a",  # Mobile networks seek turbo boost
    "tech/335": "L83a/L83a",  # Mobile networks seek turbo boost (dup)
    "tech/049": "L85a/L85a",  # Domain system scam fear
    "tech/340": "L85a/L85a",  # Domain system opens door to scams
    "tech/095": "L87a/L87a",  # Mobile games come of age
    "tech/311": "L87a/L87a",  # Mobile games come of age (dup)
    "tech/110": "L89a/L89a",  # Podcasts mark rise of DIY radio
    "tech/364": "L89b/L89b",  # 'Podcasters' look to net money
    "sport/102": "L2a/L2a",  # Gerrard plays down European hopes
    "sport/141": "L2a/L2b",  # Benitez issues warning to Gerrard
    "sport/112": "L2b/L2c",  # Parry firm over Gerrard
    "sport/118": "L2b/L2c",  # Parry relishes Anfield challenge
    "sport/177": "L2b/L2d",  # Thompson says Gerrard should stay
    "sport/155": "L2c/L2e",  # Benitez joy as Reds take control (Leverkusen 3-1)
    "sport/223": "L2d/L2f",  # Benitez delight after crucial win (Deportivo)
    "sport/228": "L2e/L2g",  # Houllier praises Benitez regime
    "sport/236": "L2f/L2h",  # Liverpool revel in night of glory (Olympiakos)
    "sport/243": "L2g/L2i",  # Liverpool pledge to keep Gerrard
    "sport/274": "L2g/L2j",  # Gerrard happy at Anfield
    "sport/259": "L2h/L2k",  # Benitez deflects blame from Dudek (Portsmouth)
    "sport/266": "L2i/L2l",  # Benitez 'to launch Morientes bid'
    "sport/272": "L2i/L2m",  # Newcastle to join Morientes race
    "tech/050": "L4a/L4a",  # Cheaper chip for mobiles
    "tech/059": "L4b/L4b",  # Mobiles 'not media players yet'
    "tech/064": "L4c/L4c",  # Looks and music to drive mobiles
    "tech/338": "L4c/L4c",  # Looks and music to drive mobiles (dup)
    "tech/212": "L4d/L4d",  # Lifestyle 'governs mobile choice'
    "tech/225": "L4d/L4d",  # Lifestyle 'governs mobile choice' (dup)
    "tech/234": "L4e/L4e",  # Mobile multimedia slow to catch on
    "tech/389": "L4e/L4e",  # Mobile multimedia slow to catch on (dup)
    "tech/265": "L4f/L4f",  # Half of UK's mobiles 'go online'
    "tech/305": "L4g/L4g",  # Mobiles get set for visual radio
    "tech/347": "L4h/L4h",  # Cebit opens to mobile music tune
    "tech/378": "L4i/L4i",  # Mobile TV tipped as one to watch
    "tech/383": "L4j/L4j",  # Mobile music challenges 'iPod age'
    "sport/421": "L6a/L6a",  # Henman overcomes rival Rusedski (Dubai)
    "sport/422": "L6a/L6b",  # Safin slumps to shock Dubai loss
    "sport/428": "L6a/L6c",  # Federer forced to dig deep (Dubai)
    "sport/434": "L6a/L6d",  # Henman hopes ended in Dubai
    "sport/425": "L6a/L6e",  # Federer claims Dubai crown
    "sport/433": "L6a/L6e",  # Dogged Federer claims Dubai crown (dup)
    "sport/437": "L6b/L6f",  # Murray to make Cup history
    "sport/459": "L6c/L6g",  # Federer breezes into semi-finals (Qatar)
    "sport/468": "L6d/L6h",  # Classy Henman makes winning start (Kooyong)
    "sport/492": "L6e/L6i",  # Henman & Murray claim LTA awards
    "sport/500": "L6f/L6j",  # Henman decides to quit Davis Cup
    "politics/224": "L8a/L8a",  # Terror detainees win Lords appeal
    "politics/368": "L8a/L8b",  # Act on detention ruling, UK urged
    "politics/221": "L8a/L8c",  # Clarke defends terror detentions
    "politics/160": "L8a/L8d",  # Lawyer attacks anti-terror laws
    "politics/384": "L8b/L8e",  # Terror suspects face house arrest
    "politics/182": "L8b/L8f",  # Anti-terror plan faces first test
    "politics/290": "L8b/L8g",  # Terror powers expose 'tyranny'
    "politics/378": "L8b/L8h",  # Blair defends terror law changes
    "politics/379": "L8c/L8i",  # Election 'could be terror target'
    "politics/227": "L8d/L8j",  # Clarke faces ID cards rebellion
    "politics/157": "L10a/L10a",  # Kilroy-Silk attacked with slurry
    "politics/267": "L10b/L10b",  # UKIP's secret weapon?
    "politics/281": "L10c/L10c",  # Kilroy-Silk quits 'shameful' UKIP
    "politics/288": "L10c/L10d",  # New UKIP defection to 'Veritas'
    "politics/293": "L10c/L10e",  # Kilroy launches 'Veritas' party
    "politics/333": "L10c/L10f",  # Kilroy names election seat target
    "politics/325": "L10c/L10g",  # UKIP could sue Veritas defectors
    "politics/292": "L10d/L10h",  # UKIP MEP attacked German 'empire'
    "politics/304": "L10e/L10i",  # UKIP outspent Labour on EU poll
    "sport/022": "L12a/L12a",  # Holmes secures comeback victory
    "sport/027": "L12b/L12b",  # Holmes feted with further honour
    "sport/057": "L12c/L12c",  # What now for Kelly Holmes?
    "sport/063": "L12c/L12d",  # Holmes urged to compete at Worlds
    "sport/066": "L12d/L12e",  # Britain boosted by Holmes double
    "sport/068": "L12e/L12f",  # GB select Holmes for double bid
    "sport/055": "L12e/L12g",  # Holmes is hit by hamstring injury
    "sport/052": "L12f/L12h",  # Holmes starts 2005 with GB events
    "sport/069": "L12g/L12i",  # Holmes back on form in Birmingham
    "tech/026": "L14a/L14a",  # Warnings about junk mail deluge
    "tech/055": "L14b/L14b",  # Junk e-mails on relentless rise
    "tech/189": "L14c/L14c",  # Screensaver tackles spam websites
    "tech/147": "L14c/L14d",  # Freeze on anti-spam campaign
    "tech/214": "L14c/L14e",  # Anti-spam screensaver scrapped
    "tech/227": "L14d/L14f",  # Spam e-mails tempt net shoppers
    "tech/273": "L14e/L14g",  # US state acts to stop 'spammers'
    "tech/362": "L14f/L14h",  # Bad e-mail habits sustains spam
    "tech/390": "L14g/L14i",  # Anti-spam laws bite spammer hard
    "politics/191": "M000/L16a",  # Short attacks US over tsunami aid
    "politics/135": "M000/L16b",  # Blair says UK tsunami aid to soar
    "politics/195": "M000/L16c",  # Tsunami 'won't divert Africa aid'
    "politics/208": "M000/L16d",  # Gurkhas to help tsunami victims
    "tech/027": "M000/L16e",  # Warning over tsunami aid website
    "tech/097": "M000/L16f",  # Web helps collect aid donations
    "tech/106": "M000/L16g",  # Web logs aid disaster recovery
    "tech/142": "M000/L16h",  # Text messages aid disaster recovery
    "politics/223": "L18a/L18a",  # Kennedy questions trust of Blair
    "politics/247": "L18b/L18b",  # Kennedy to make temple address
    "politics/272": "L18c/L18c",  # Kennedy looks to election gains
    "politics/284": "L18d/L18d",  # Kennedy's cautious optimism
    "politics/301": "L18e/L18e",  # Taxes must be trusted - Kennedy
    "politics/335": "L18f/L18f",  # Kennedy begins pre-election tour
    "politics/363": "L18g/L18g",  # Kennedy criticises 'unfair' taxes
    "politics/403": "L18h/L18h",  # Voters 'don't trust politicians'
    "sport/429": "L20a/L20a",  # Nadal marches on in Mexico
    "sport/451": "L20b/L20b",  # Moya fights back for Indian title
    "sport/491": "L20c/L20c",  # Nadal puts Spain 2-0 up
    "sport/472": "L20c/L20d",  # Bryan twins keep US hopes alive
    "sport/466": "L20c/L20e",  # Moya clinches Cup for Spain
    "sport/469": "L20c/L20e",  # Moya emotional after Davis Cup win
    "sport/477": "L20d/L20f",  # Moya suffers shock loss
    "sport/499": "L20e/L20g",  # Moya sidesteps Davis Cup in 2005
    "politics/136": "L22a/L22a",  # Straw attacked on China arms
    "politics/386": "L22a/L22b",  # Straw backs ending China embargo
    "sport/132": "L22b/L22c",  # Republic to face China and Italy
    "tech/002": "L22c/L22d",  # China net cafe culture crackdown
    "tech/074": "L22d/L22e",  # China 'to overtake US net use'
    "tech/186": "L22e/L22f",  # China 'blocks Google news site'
    "tech/384": "L22f/L22g",  # China 'ripe' for media explosion
    "sport/095": "L24a/L24a",  # Man Utd stroll to Cup win
    "sport/101": "L24b/L24b",  # Man City 0-2 Man Utd
    "sport/152": "L24c/L24c",  # Ferguson fears Milan cutting edge
    "sport/158": "L24c/L24d",  # Stam spices up Man Utd encounter
    "sport/238": "L24d/L24e",  # Ferguson puts faith in youngsters
    "sport/240": "L24e/L24f",  # Man Utd through after Exeter test
    "sport/282": "L24f/L24g",  # Ferguson hails Man Utd's resolve
    "sport/507": "L26a/L26a",  # Big guns ease through in San Jose
    "sport/427": "L26a/L26b",  # Melzer shocks Agassi
    "sport/424": "L26a/L26c",  # Roddick into San Jose final
    "sport/511": "L26a/L26c",  # Roddick to face Saulnier in final (dup)
    "sport/476": "L26b/L26d",  # Henman to face Saulnier test
    "sport/481": "L26c/L26e",  # Roddick splits from coach Gilbert
    "sport/482": "L26c/L26f",  # Roddick in talks over new coach
    "tech/040": "L28a/L28a",  # Apple iPod family expands market
    "tech/068": "L28b/L28b",  # Creator of first Apple Mac dies
    "tech/260": "L28c/L28c",  # Apple unveils low-cost 'Mac mini'
    "tech/300": "L28c/L28d",  # Apple Mac mini gets warm welcome
    "tech/301": "L28c/L28e",  # Rivals of the £400 Apple...
    "tech/336": "L28c/L28f",  # Mac Mini heralds mini revolution
    "tech/284": "L28d/L28g",  # Hacker threat to Apple's iTunes
    "sport/035": "L30a/L30a",  # Collins banned in landmark case
    "sport/026": "L30a/L30b",  # Collins appeals against drugs ban
    "sport/044": "L30b/L30c",  # White admits to Balco drugs link
    "sport/045": "L30c/L30d",  # Trial date is set for Balco case
    "sport/091": "L30c/L30e",  # Balco case trial date pushed back
    "sport/092": "L30d/L30f",  # Collins calls for Chambers return
    "tech/043": "L32a/L32a",  # DVD copy protection strengthened
    "tech/326": "L32a/L32a",  # DVD copy protection strengthened (dup)
    "tech/155": "L32b/L32b",  # Games win for Blu-ray DVD format
    "tech/294": "L32b/L32b",  # Games win for Blu-ray DVD format (dup)
    "tech/219": "L32c/L32c",  # Disney backs Sony DVD technology
    "tech/224": "L32c/L32c",  # Disney backs Sony DVD technology (dup)
    "sport/145": "L34a/L34a",  # Downing injury mars Uefa victory
    "sport/171": "L34a/L34b",  # Boro suffer Morrison injury blow
    "sport/222": "L34b/L34c",  # McClaren hails Boro's Uefa spirit
    "sport/229": "L34c/L34d",  # McClaren targets Champions League
    "sport/261": "L34d/L34e",  # McClaren eyes Uefa Cup top spot
    "tech/003": "L36a/L36a",  # Microsoft seeking spyware trojan
    "tech/083": "L36b/L36b",  # Microsoft makes anti-piracy move
    "tech/096": "L36c/L36c",  # California sets fines for spyware
    "tech/250": "L36d/L36d",  # Microsoft sets sights on spyware
    "tech/177": "L36d/L36e",  # Microsoft debuts security tools
    "politics/220": "L38a/L38a",  # Clarke plans migrant point scheme
    "politics/153": "L38a/L38b",  # Clarke to unveil immigration plan
    "politics/237": "L38b/L38c",  # Kilroy unveils immigration policy
    "politics/334": "L38c/L38d",  # Immigration to be election issue
    "politics/324": "L40a/L40a",  # Iraq advice claim sparks new row
    "politics/327": "L40a/L40b",  # Goldsmith denies war advice claim
    "politics/184": "L40a/L40c",  # Blair rejects Iraq advice calls
    "politics/328": "L40a/L40d",  # Goldsmith: 'I was not leant on'
    "politics/228": "L42a/L42a",  # Labour pig poster 'anti-Semitic'
    "politics/331": "L42a/L42b",  # Labour attacked on Howard poster
    "politics/332": "L42a/L42c",  # Milburn defends poster campaign
    "politics/346": "L42b/L42d",  # Labour's four little words
    "sport/108": "L44a/L44a",  # Clyde 0-5 Celtic
    "sport/195": "L44b/L44b",  # Juninho demand for O'Neill talks
    "sport/276": "L44b/L44c",  # Mexicans tracking unhappy Juninho
    "sport/277": "L44c/L44d",  # Celtic unhappy over Bulgaria date
    "sport/166": "L46a/L46a",  # Prutton poised for lengthy FA ban
    "sport/233": "L46b/L46b",  # Redknapp poised for Saints
    "sport/192": "L46c/L46c",  # Redknapp's Saints face Pompey tie
    "sport/270": "L46d/L46d",  # Strachan turns down Pompey
    "sport/373": "L48a/L48a",  # Wilkinson to lead England
    "sport/388": "L48b/L48b",  # Wilkinson fit to face Edinburgh
    "sport/415": "L48c/L48c",  # Wilkinson to miss Ireland match
    "sport/345": "L48c/L48d",  # Wilkinson return 'unlikely'
    "tech/020": "L50a/L50a",  # Security scares spark browser fix
    "tech/089": "L50b/L50b",  # Latest Opera browser gets vocal
    "tech/138": "L50c/L50c",  # Firefox browser takes on Microsoft
    "tech/196": "L50c/L50d",  # New browser wins over net surfers
    "sport/114": "L52a/L52a",  # Robben sidelined with broken foot
    "sport/110": "L52a/L52b",  # Kenyon denies Robben Barca return
    "sport/167": "L52a/L52c",  # Robben plays down European return
    "sport/199": "L54a/L54a",  # Chelsea sack Mutu
    "sport/201": "L54a/L54b",  # Wenger offers Mutu hope
    "sport/203": "L54a/L54c",  # Mutu to hold talks with Juventus
    "sport/239": "L56a/L56a",  # Beckham relief as Real go through
    "sport/275": "L56b/L56b",  # Beckham rules out management move
    "tech/385": "L56c/L56c",  # Beckham virus spotted on the net
    "tech/148": "L58a/L58a",  # ITunes user sues Apple over iPod
    "tech/248": "L58b/L58b",  # Apple sues to stop product leaks
    "tech/259": "L58c/L58c",  # Apple sues 'Tiger' file sharers
    "politics/168": "L60a/L60a",  # MPs' murder sentence concern
    "politics/231": "L60a/L60b",  # Woolf murder sentence rethink
    "politics/226": "L62a/L62a",  # Tories unveil quango blitz plans
    "politics/265": "L62a/L62a",  # Tories unveil quango blitz plans (dup)
    "politics/249": "L64a/L64a",  # No election TV debate, says Blair
    "politics/348": "L64a/L64b",  # TV debate urged for party chiefs
    "sport/002": "L66a/L66a",  # O'Sullivan could run in Worlds
    "sport/007": "L66b/L66b",  # O'Sullivan commits to Dublin race
    "sport/226": "L68a/L68a",  # Wolves appoint Hoddle as manager
    "sport/232": "L68a/L68b",  # Wolves appoint Hoddle as manager
    "sport/289": "L70a/L70a",  # Fuming Robinson blasts officials
    "sport/406": "L70a/L70a",  # Fuming Robinson blasts officials (dup)
    "sport/332": "L72a/L72a",  # Harinordoquy suffers France axe
    "sport/344": "L72a/L72a",  # Harinordoquy suffers France axe (dup)
    "sport/381": "L74a/L74a",  # England claim Dubai Sevens glory
    "sport/400": "L74b/L74b",  # England given tough Sevens draw
    "sport/454": "L76a/L76a",  # Hingis hints at playing comeback
    "sport/442": "L76a/L76b",  # Hingis to make unexpected return
    "sport/497": "L78a/L78a",  # Slovakia reach Hopman Cup final
    "sport/455": "L78a/L78b",  # Slovakia seal Hopman Cup success
    "sport/484": "L80a/L80a",  # Sydney return for Henin-Hardenne
    "sport/465": "L80b/L80b",  # Henin-Hardenne beaten on comeback
    "tech/022": "L82a/L82a",  # Sun offers processing by the hour
    "tech/380": "L82a/L82a",  # Sun offers processing by the hour (dup)
    "tech/045": "L84a/L84a",  # Sony PSP tipped as a 'must-have'
    "tech/341": "L84a/L84a",  # Sony PSP tipped as a 'must-have' (dup)
    "tech/065": "L86a/L86a",  # Yahoo celebrates a decade online
    "tech/337": "L86a/L86a",  # Can Yahoo dominate next decade?
    "tech/102": "L88a/L88a",  # Blogger grounded by her airline
    "tech/133": "L88a/L88b",  # US blogger fired by her airline
    "tech/173": "L90a/L90a",  # Supercomputer breaks speed record
    "tech/141": "L90a/L90b",  # US top of supercomputing charts
}
