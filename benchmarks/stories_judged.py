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
