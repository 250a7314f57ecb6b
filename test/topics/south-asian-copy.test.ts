// Boundaries South Asian wire copy draws that the archive training stories do
// not: each case is a miss the desk found on its held-out sets, in new words.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/topics/classifier.js';
import { compileLexicon, matchLexicon } from '../../src/topics/lexicon.js';
import { loadModel } from '../../src/topics/model.js';
import { loadTaxonomy } from '../../src/topics/taxonomy.js';
import { words } from '../../src/topics/text.js';

const classify = createClassifier(loadTaxonomy(), loadModel());
const topics = (title: string, text = '') => classify({ title, text }).map((t) => t.id);

describe('South Asian wire copy', () => {
  it('reads a rebel army taking a post as conflict, not the armed forces', () => {
    // "Army" is defence evidence; the Arakan Army is an armed group fighting Myanmar's junta.
    const got = topics('Arakan Army captures border guard post in Rakhine after two-day battle');
    expect(got).toContain('conflict');
    expect(got).not.toContain('defence');
  });

  it('gives refugees returned under a deal between states diplomacy', () => {
    expect(topics('Bangladesh and Myanmar agree on timetable for Rohingya repatriation')).toContain('diplomacy');
  });

  it('reads a cloud-seeding trial as science, not a court case', () => {
    const got = topics('Cloud-seeding trial over Delhi fails to bring rain');
    expect(got).toContain('science-tech');
    expect(got).not.toContain('crime-law');
  });

  it('gives women\'s reservation in elected bodies politics', () => {
    // Only with the bill or the councils named: "women's reservation" alone is weak evidence (politics 0.07-0.4).
    expect(topics("Women's reservation bill: Pakistan's local councils to keep 33% quota")).toContain('politics');
  });

  it('gives a court case about a bank loan crime-law, economy allowed', () => {
    expect(topics('Former bank chairman held for wilful default in loan case')).toContain('crime-law');
  });

  it('reads a guided rocket system\'s test as defence, not science', () => {
    const got = topics('Pakistan Army test-fires guided rocket system with 400 km range');
    expect(got).toContain('defence');
    expect(got).not.toContain('science-tech');
  });

  it('reads a graft case as crime-law, not the economy, for all the crore it names', () => {
    for (const title of ['Former port chief charged in Rs 90 crore graft case over dredging contract', 'Anti-corruption bureau books revenue officer in disproportionate assets case']) {
      const got = topics(title);
      expect(got).toContain('crime-law');
      expect(got).not.toContain('economy');
    }
  });

  it('gives fishermen freed across a maritime boundary diplomacy, crime-law allowed', () => {
    expect(topics('Pakistan releases 40 Indian fishermen arrested for crossing the maritime boundary')).toContain('diplomacy');
  });

  it('gives a line of credit between states the economy as well as diplomacy', () => {
    const got = topics(
      'India offers Sri Lanka a new credit line for solar projects in the north',
      'Colombo, June 3 (IANS) India will extend a line of credit of $100 million to Sri Lanka for solar power plants in Jaffna and two islands, the High Commission said on Monday after the External Affairs Minister met the President.',
    );
    expect(got).toContain('economy');
    expect(got).toContain('diplomacy');
  });

  it('gives a survey of child labour or school dropouts after a disaster society', () => {
    // The disaster may stay beside it: "flood-hit" is strong disaster evidence (0.8-0.96 on these headlines).
    expect(topics('Child labour rose in flood-hit Sylhet, survey finds')).toContain('society');
    expect(topics('Dropout rate among girls doubles in drought-hit districts')).toContain('society');
  });

  it('gives two states\' forces training together diplomacy as well as defence', () => {
    for (const [title, text] of [
      [
        'Bhutan, India armies open joint training at Haa',
        'Haa, Oct 6 (PTI) Troops of the Royal Bhutan Army and the Indian Army began a two-week training camp at Haa on Monday, practising mountain patrols and disaster response.',
      ],
      [
        'Navies of 30 countries gather off Karachi for sea drills',
        'Karachi, Feb 9 (APP) Warships from the navies of 30 countries arrived off Karachi on Sunday for a week of sea drills and a fleet review hosted by the Pakistan Navy.',
      ],
    ]) {
      const got = topics(title!, text);
      expect(got).toContain('defence');
      expect(got).toContain('diplomacy');
    }
  });

  it('reads pilgrims killed in a crash or a flood as the disaster alone, not society', () => {
    for (const [title, text] of [
      [
        'Jeep carrying pilgrims skids into river in Himachal, 9 dead',
        'Shimla, July 12 (IANS) Nine pilgrims returning from a shrine were killed when their jeep skidded off the road into the Beas river in Kullu district on Saturday, police said.',
      ],
      [
        'Flash flood traps pilgrims on trek route in Uttarakhand, 4 missing',
        'Dehradun, Aug 3 (PTI) Four pilgrims were missing and about 200 were stranded after a flash flood washed away a footbridge on a trek route in Uttarakhand on Sunday, officials said.',
      ],
    ]) {
      const got = topics(title!, text);
      expect(got).toContain('disaster');
      expect(got).not.toContain('society');
    }
  });

  it('reads a count of a wild animal\'s population as environment, not society', () => {
    const got = topics(
      'Snow leopard population in Ladakh put at 477, survey says',
      'Leh, May 7 (PTI) Ladakh has an estimated 477 snow leopards, the highest in the country, according to a camera-trap survey released by the wildlife department on Tuesday.',
    );
    expect(got).toContain('environment');
    expect(got).not.toContain('society');
  });

  it('gives a defence shipyard\'s results on warship orders defence as well as the economy', () => {
    const got = topics('Cochin Shipyard profit rises on warship orders; shares gain 3 pc');
    expect(got).toContain('defence');
    expect(got).toContain('economy');
  });

  it('gives UN climate negotiations environment as well as diplomacy', () => {
    const got = topics(
      'Climate negotiators in Belem haggle over adaptation finance as summit nears close',
      'Belem, Nov 20 (AFP) Negotiators from nearly 200 countries at the UN climate summit in Brazil worked through the night on Thursday on a draft that would triple money for adaptation, with India and other developing nations insisting that rich countries pay first.',
    );
    expect(got).toContain('environment');
    expect(got).toContain('diplomacy');
  });

  it('reads a defence ministry buying arms as defence, not business news', () => {
    // The sums and "contract" are economy evidence; the buyer is the armed forces (sets 10, 13, 22 got economy).
    // A headline naming crore and a contractor can still pass economy's cut-off (0.56 for one with L&T).
    const got = topics('Pentagon orders 400 more armoured recovery vehicles in $900 million contract');
    expect(got).toContain('defence');
    expect(got).not.toContain('economy');
  });

  it('still gives a defence budget the economy beside defence', () => {
    const got = topics('Defence ministry asks for 12 pc rise in defence budget to buy more fighters');
    expect(got).toContain('defence');
    expect(got).toContain('economy');
  });

  it('reads a protest lodged over cross-border strikes as diplomacy, not the fighting', () => {
    const got = topics('Kabul lodges protest with Islamabad over air strikes in Paktika');
    expect(got).toContain('diplomacy');
    expect(got).not.toContain('conflict');
  });

  it('reads a drug regulator fixing medicine prices as health, not the market', () => {
    for (const title of ['Pricing authority fixes ceiling prices of 40 essential medicines for heart patients', 'NPPA revises ceiling prices of stents and knee implants']) {
      const got = topics(title);
      expect(got).toContain('health');
      expect(got).not.toContain('economy');
    }
  });

  it('reads rescuers in rubble after a missile strike as conflict, not a disaster', () => {
    const got = topics('Missile strike on Zaporizhzhia apartment block kills seven, rescuers search rubble');
    expect(got).toContain('conflict');
    expect(got).not.toContain('disaster');
    expect(topics('Earthquake flattens homes in Herat, rescuers search rubble for survivors')).toContain('disaster');
  });

  it('gives a state pension for the old society, while veterans\' pensions stay defence', () => {
    expect(topics('Odisha cabinet raises old-age pension to Rs 3,500 a month for 20 lakh beneficiaries')).toContain('society');
    expect(topics('Army veterans demand revision of disability pension')).not.toContain('society');
  });
  it('reads a fraud trial as crime-law, not business news or technology', () => {
    // The archive's business copy carries its fraud trials as economy (AG Business, BBC business); desk examples 617–620 carry them as crime-law.
    const title = 'Founder of collapsed investment app goes on trial for defrauding savers';
    const body = 'Singapore, May 5 (Reuters) The founder of an investment app that collapsed two years ago went on trial in Singapore on Monday on charges of cheating 12,000 savers of S$150 million by promising fixed returns. Prosecutors told the court he used new deposits to pay earlier customers. He has denied the charges.';
    for (const got of [topics(title), topics(title, body)]) {
      expect(got).toContain('crime-law');
      expect(got).not.toContain('economy');
      expect(got).not.toContain('science-tech');
    }
  });

  // cls24: the boundaries behind the misses of held-out set 25 and earlier sets (desk examples 621-656, taxonomy terms marked cls24).
  it('gives a hacker sentenced or convicted in court crime-law, whatever the machines involved', () => {
    const cases: [string, string][] = [
      ['Court sentences hacker who broke into power utility billing servers to six years', 'Jaipur, Oct 2 (PTI) A special court on Thursday sentenced a 26-year-old man to six years in prison for hacking the billing servers of the state power distribution company and demanding money to restore them, the prosecution said.'],
      ['Hackers who stole customer data from telecom firm convicted in Seoul', "Seoul, Sept 9 (Yonhap) A Seoul court convicted three hackers on Tuesday of stealing the personal data of millions of mobile subscribers by breaking into a telecom company's servers, and jailed the ringleader for four years."],
    ];
    for (const [title, body] of cases) expect(topics(title, body)).toContain('crime-law');
  });

  it("reads China's coast guard pressing claims at sea as diplomacy, not the armed forces", () => {
    const cases: [string, string][] = [
      ['Philippines says Chinese coast guard blocked its fisheries vessel near Sabina Shoal', 'Manila, Oct 14 (Reuters) The Philippines said on Tuesday that two Chinese coast guard ships blocked and shadowed a Philippine fisheries bureau vessel near Sabina Shoal, and its foreign ministry lodged a diplomatic protest with Beijing.'],
      ['Japan protests Chinese coast guard intrusion near Senkakus', 'Tokyo, Oct 3 (Kyodo) Japan protested to China on Friday after two Chinese coast guard vessels entered Japanese territorial waters near the Senkaku Islands and approached a fishing boat.'],
    ];
    for (const [title, body] of cases) {
      const got = topics(title, body);
      expect(got).toContain('diplomacy');
      expect(got).not.toContain('defence');
    }
    // The Indian Coast Guard as a force stays defence.
    expect(topics('Coast Guard inducts two new interceptor boats at Mangaluru')).toContain('defence');
  });

  it('reads sanctions on GRU officers as diplomacy, not defence', () => {
    const got = topics(
      'Poland sanctions GRU military intelligence officers over sabotage plot',
      "Warsaw, Oct 22 (Reuters) Poland imposed sanctions on Wednesday on six officers of Russia's military intelligence agency, the GRU, whom it accuses of planning sabotage on railways, the foreign ministry said.",
    );
    expect(got).toContain('diplomacy');
    expect(got).not.toContain('defence');
  });

  it('gives talks on exchanging prisoners of war conflict and diplomacy, not crime-law', () => {
    for (const [title, body] of [
      ['Russia, Ukraine open talks in Abu Dhabi on next prisoner exchange', 'Abu Dhabi, Oct 6 (Reuters) Russian and Ukrainian officials began talks in Abu Dhabi on Monday on a new exchange of prisoners of war, with the United Arab Emirates mediating, officials said.'],
      ['Armenia, Azerbaijan talk prisoner exchange in Abu Dhabi', ''],
    ]) {
      const got = topics(title!, body);
      expect(got).toContain('conflict');
      expect(got).toContain('diplomacy');
      expect(got).not.toContain('crime-law');
    }
  });

  it('gives truce talks diplomacy as well as the war', () => {
    const got = topics('Yemen truce talks resume in Muscat');
    expect(got).toContain('conflict');
    expect(got).toContain('diplomacy');
  });

  it('gives a former president jailed crime-law', () => {
    expect(topics('Former president of Taiwan Chen jailed again')).toContain('crime-law');
  });

  it('reads fishermen freed and sent home by a neighbour as diplomacy, not crime-law', () => {
    const got = topics(
      'Sri Lanka repatriates 20 Indian fishermen after their release',
      'Chennai, Oct 12 (IANS) Twenty Indian fishermen who were released by a Sri Lankan court last week were repatriated on Sunday and reached Chennai airport, officials said.',
    );
    expect(got).toContain('diplomacy');
    expect(got).not.toContain('crime-law');
  });
});

describe('South Asian and world wire copy (cls25)', () => {
  // cls25: the misses of held-out set 25 named in the brief and set 26's barrage (desk examples 657-685, taxonomy terms marked cls25).
  it('gives hackers before a court crime-law', () => {
    for (const [title, body] of [
      ['Youth jailed for three years for hacking phone retailer’s servers', 'Leeds, Sep 9 (PA) A 20-year-old who got into a mobile phone retailer’s servers and demanded cryptocurrency to keep its customers’ records off the internet was jailed for three years on Tuesday, a crown court heard.'],
      ['Grand jury indicts nine hired hackers over raids on newsroom email', 'Boston, Jun 12 (AP) Nine men who sold their hacking services to paying clients were indicted for breaking into reporters’ inboxes at three newspapers, federal prosecutors said on Thursday.'],
    ]) {
      expect(topics(title!, body)).toContain('crime-law');
    }
  });

  it('reads a drone and missile barrage on a city as conflict, not the armed forces, even with rescuers in the rubble', () => {
    const got = topics(
      'Drones and missiles pound Kharkiv suburbs; rescuers lift slabs to reach trapped families',
      'Kharkiv, Feb 2 (AFP) Russia fired drones and missiles at suburbs of Kharkiv before dawn on Sunday, killing eight people, and rescuers lifted concrete slabs through the morning to reach families trapped in a wrecked apartment block, the mayor said.',
    );
    expect(got).toContain('conflict');
    expect(got).not.toContain('defence');
  });

  it('reads a foreign minister’s own donations scandal as politics, not diplomacy', () => {
    const got = topics(
      'Foreign minister under fire over undeclared political donations from a builder',
      'Canberra, Aug 14 (AAP) The foreign minister faced opposition calls in parliament on Thursday to explain undeclared political donations from a property developer to her local party branch.',
    );
    expect(got).toContain('politics');
    expect(got).not.toContain('diplomacy');
  });
});

describe('South Asian and world wire copy (cls26)', () => {
  // cls26: misses of held-out set 27 and the ones named in the brief (desk examples 686-688, taxonomy terms marked cls26).
  it('reads fishermen freed after serving their sentences as diplomacy, not crime-law', () => {
    const got = topics(
      'Gujarat fishermen freed by Pakistan after completing sentences return home',
      'Vadodara, Dec 2 (PTI) Eighty fishermen from Gujarat who were released by Pakistan after serving their jail terms in Karachi reached home on Tuesday. They had been held for straying into Pakistani waters.',
    );
    expect(got).toContain('diplomacy');
    expect(got).not.toContain('crime-law');
  });

  it('reads a barrage named by one weapon as conflict, not disaster or the armed forces', () => {
    for (const [title, body] of [
      ['Drone barrage sets Kherson substation ablaze; crews pull two from debris', 'Kherson, Dec 4 (AFP) A drone barrage set an electricity substation and several homes on fire in Kherson overnight, the regional governor said on Thursday. Crews pulled two people from the debris of a house and firefighters worked until dawn; power was cut to 40,000 homes.'],
      ['Missile barrage on Kharkiv leaves 5 dead', ''],
    ]) {
      const got = topics(title!, body);
      expect(got).toContain('conflict');
      expect(got).not.toContain('disaster');
      expect(got).not.toContain('defence');
    }
  });

  it("gives a film's teaser and antiquities returned between states culture-entertainment", () => {
    expect(topics("Salman Khan's 'Sikandar 2' teaser crosses 50 mn views")).toContain('culture-entertainment');
    const got = topics('Australia returns 29 antiquities to India');
    expect(got).toContain('culture-entertainment');
    expect(got).toContain('diplomacy');
  });

  it('reads a GST evasion racket busted as crime-law, not the economy', () => {
    const got = topics('Rs 900 crore GST evasion racket busted in Ludhiana; two held');
    expect(got).toContain('crime-law');
    expect(got).not.toContain('economy');
  });
});

describe('South Asian and world wire copy (cls27)', () => {
  // cls27: misses of held-out sets 27 and 28 (desk examples 695-696, taxonomy terms marked cls27).
  it('reads climate summits and sea ice as the environment, not science', () => {
    const summit = topics(
      'COP31 delegates split over fossil fuel phase-out language',
      'Antalya, Nov 19 (AFP) Delegates at the UN climate summit were split on Wednesday over whether the final text should call for phasing out fossil fuels, with oil producers opposed and small island states insisting.',
    );
    expect(summit).toContain('environment');
    expect(summit).not.toContain('science-tech');
    const ice = topics('Sea ice around Greenland at lowest extent for the month');
    expect(ice).toContain('environment');
    expect(ice).not.toContain('science-tech');
  });

  it('keeps a deadly building fire a disaster when police arrest people over it', () => {
    const got = topics(
      'Warehouse fire kills 11 in Ludhiana; owner held',
      'Ludhiana, Dec 6 (PTI) Eleven workers died when a fire broke out in a hosiery warehouse on Saturday. The building fire spread through three floors before fire tenders arrived. Police arrested the owner for negligence and said there were no fire exits.',
    );
    expect(got).toContain('disaster');
    expect(got).not.toContain('crime-law');
  });

  it("gives a forces' satellite and Navy ships sent out before a storm defence", () => {
    expect(topics('Military satellite for Army to be launched from Sriharikota next month')).toContain('defence');
    const got = topics(
      'Naval ships with relief stores head for Odisha coast as cyclone intensifies',
      'Bhubaneswar, Oct 28 (PTI) Two naval ships with divers, boats and relief stores sailed from Visakhapatnam on Tuesday as the cyclone over the Bay of Bengal intensified, the IMD said landfall was expected on Thursday.',
    );
    expect(got).toContain('defence');
    expect(got).toContain('disaster');
  });
});

describe('South Asian and world wire copy (cls29)', () => {
  // cls29: misses of held-out sets 28-30 and the ones named in the brief (taxonomy terms marked cls29).
  it('gives an ex-president jailed politics as well as crime-law', () => {
    const got = topics('Lima court jails ex-president Vizcarra for 14 years over bribes');
    expect(got).toContain('crime-law');
    expect(got).toContain('politics');
  });

  it("reads NATO's core defence spending pledge as defence and diplomacy, not the economy", () => {
    const got = topics(
      'NATO ministers reaffirm 3.5 pc of GDP core military spending pledge',
      'Brussels, Feb 12 (AFP) NATO defence ministers on Thursday reaffirmed the pledge to spend 3.5% of GDP on core defence by 2035, Secretary General Mark Rutte said, as several allies presented plans.',
    );
    expect(got).toEqual(expect.arrayContaining(['defence', 'diplomacy']));
    expect(got).not.toContain('economy');
  });

  it('reads hacking into defence contractors as a crime and technology, not defence', () => {
    const got = topics(
      "US indicts Iranian nationals for hacking into defence contractors' systems",
      'Washington, Feb 5 (AP) A federal grand jury indicted three Iranian nationals on charges of hacking into the systems of US defence contractors and stealing aircraft designs, the Justice Department said.',
    );
    expect(got).toEqual(expect.arrayContaining(['crime-law', 'science-tech']));
    expect(got).not.toContain('defence');
  });

  it('reads drones shot down overnight as conflict, not a disaster, with rescuers in the debris', () => {
    const got = topics(
      'Ukraine says 40 Russian drones shot down overnight; rescuers search debris in Dnipro',
      "Kyiv, Feb 8 (Reuters) Ukraine's air force said it had shot down 40 of 52 Russian drones launched overnight. In Dnipro, rescuers searched the debris of a five-storey building hit by a drone; three people were killed.",
    );
    expect(got).toContain('conflict');
    expect(got).not.toContain('disaster');
  });

  it('gives a BEL order win defence, but not the voting machines BEL makes', () => {
    expect(topics('BEL shares jump 4 pc after Rs 2,100 crore radar orders', 'Mumbai, Nov 24 (PTI) Shares of BEL rose 4 per cent after the company said it had won orders worth Rs 2,100 crore for radars.')).toContain('defence');
    expect(topics('Election Commission to use new M3 EVMs made by BEL in Bihar polls', 'Patna, Feb 3 (PTI) The Election Commission will deploy 90,000 M3 electronic voting machines manufactured by BEL and ECIL in the Bihar assembly elections, officials said.')).not.toContain('defence');
  });
});

describe('South Asian and world wire copy (cls32)', () => {
  // cls32: misses of held-out set 31 and the ones named in the brief (taxonomy terms marked cls32; desk-146 relabelled).
  it('keeps diplomacy beside the disaster when relief is sent abroad', () => {
    // Disaster and diplomacy were an exclusive pair until desk-146 (relief handed over in Myanmar) carried both.
    const rice = topics(
      'Bangladesh sends rice and medicines to flood-hit Sri Lanka, foreign ministry says',
      'Dhaka, Dec 5 (UNB) Bangladesh on Friday sent 50 tonnes of rice and medicines to Sri Lanka for families hit by floods, the foreign ministry said after the foreign adviser spoke to his Sri Lankan counterpart.',
    );
    expect(rice).toEqual(expect.arrayContaining(['disaster', 'diplomacy']));
    const ships = topics(
      'Navy ships reach Mauritius with relief after cyclone; High Commission hands over aid',
      "Port Louis, Feb 3 (PTI) Two Indian Navy ships arrived at Port Louis on Monday with relief material after the cyclone, and the Indian High Commission handed over tents and medicines to Mauritius's foreign minister.",
    );
    expect(ships).toEqual(expect.arrayContaining(['disaster', 'diplomacy']));
  });

  it('gives travel bans on a foreign regime\'s officials diplomacy', () => {
    expect(topics('EU imposes travel bans on Serbian security officials')).toContain('diplomacy');
  });

  it('gives a land port and border trade opened by two states diplomacy as well as the economy', () => {
    expect(topics('India, Bhutan agree to open new land port at Gelephu and boost border trade')).toEqual(expect.arrayContaining(['diplomacy', 'economy']));
  });

  it("reads the E3's nuclear talks with Iran as diplomacy, not defence", () => {
    const got = topics('E3 ministers urge Iran to return to nuclear talks');
    expect(got).toContain('diplomacy');
    expect(got).not.toContain('defence');
  });

  it("gives a legislature's conscription law politics as well as defence", () => {
    expect(topics("Latvia's Saeima passes law extending conscription to 18 months")).toEqual(expect.arrayContaining(['defence', 'politics']));
  });

  it('gives lightning deaths disaster and allowances for widows society', () => {
    expect(topics("Lightning kills 12 farmers in Bangladesh's Sunamganj")).toContain('disaster');
    expect(topics('Sri Lanka to give allowance to war widows in the north')).toContain('society');
  });
});

describe('South Asian and world wire copy (cls33)', () => {
  // cls33: the leftovers of held-out sets 28-31 after cls32 (taxonomy terms marked cls33).
  it('gives travel bans on officials named by their jobs diplomacy, not a court case', () => {
    const got = topics('EU imposes travel bans on six Iranian prosecutors over executions');
    expect(got).toContain('diplomacy');
    expect(got).not.toContain('crime-law');
  });

  it('counts "Russian missiles and drones" as one barrage against disaster, not as "russian missiles" alone', () => {
    // The longest match "russian missiles" used to take the words "missiles and drones" would have matched (-3, not -4).
    const taxonomy = loadTaxonomy();
    const hits = matchLexicon(compileLexicon(taxonomy), words('Russian missiles and drones hit Dnipro; rescuers dig for survivors in rubble'), []);
    const disaster = taxonomy.ids.indexOf('disaster');
    const conflict = taxonomy.ids.indexOf('conflict');
    expect(hits.terms.get(disaster)?.get('russian missiles and drones')).toBe(-8);
    expect(hits.terms.get(conflict)?.get('russian missiles and drones')).toBe(8);
  });

  it('reads an MoD contract with BEML, told in crore, as defence', () => {
    // Economy may stay beside it (the crore); defence must not be lost to it.
    expect(topics('MoD signs Rs 1,100 crore deal with BEML for bridge-laying vehicles')).toContain('defence');
  });
});

describe('South Asian and world wire copy (cls34)', () => {
  // cls34: misses of held-out set 32 that generalise (taxonomy terms marked cls34).
  it('gives a military-service law politics as well as defence, even with no legislature named', () => {
    expect(topics('Military service law: Sweden to call up 8,000 conscripts a year')).toEqual(expect.arrayContaining(['defence', 'politics']));
  });

  it('reads a Chinese research ship in a South Asian port as diplomacy, not science', () => {
    const got = topics(
      "Chinese research ship docks in Chittagong despite Delhi's objections",
      "Chattogram, Jun 2 (BSS) A Chinese research ship docked at Chattogram port on Monday for what officials called a replenishment stop, days after India conveyed its concerns to Dhaka over the vessel's survey work in the Bay of Bengal.",
    );
    expect(got).toContain('diplomacy');
    expect(got).not.toContain('science-tech');
  });

  it("gives a WHO public health emergency health, not a government's politics", () => {
    const got = topics('WHO declares cholera outbreak in Sahel a public health emergency of international concern');
    expect(got).toContain('health');
    expect(got).not.toContain('politics');
  });

  it('reads militants storming a post as an attack, not a storm', () => {
    const got = topics('Militants storm police station in Lakki Marwat, kill three policemen');
    expect(got).toContain('conflict');
    expect(got).not.toContain('disaster');
  });

  it('reads a barrage named by its ballistic and cruise missiles as conflict, not disaster', () => {
    const got = topics('Ballistic and cruise missiles hit Lviv overnight, killing five; emergency crews search debris');
    expect(got).toContain('conflict');
    expect(got).not.toContain('disaster');
  });
});

describe('South Asian and world wire copy (cls35)', () => {
  // cls35: defence firms' order wins and share moves (taxonomy terms marked cls35). Economy may stay beside
  // defence; defence must not be lost to it.
  it('gives a rally in defence stocks defence as well as economy', () => {
    expect(topics('Defence stocks rally as BEL and BDL shares hit fresh highs')).toEqual(expect.arrayContaining(['defence', 'economy']));
  });

  it("gives Hanwha Aerospace's howitzer-export profit defence as well as economy", () => {
    expect(topics('Hanwha Aerospace posts record profit on howitzer exports')).toEqual(expect.arrayContaining(['defence', 'economy']));
  });

  it('reads an order for artillery guns won by Kalyani Strategic Systems as defence', () => {
    expect(topics('Kalyani Strategic Systems wins Rs 800 crore order for artillery guns')).toContain('defence');
  });

  it("reads an EU asset freeze on a foreign state's judges as diplomacy, not home politics", () => {
    const got = topics('EU imposes asset freeze on Iranian judges over executions of protesters');
    expect(got).toContain('diplomacy');
    expect(got).not.toContain('politics');
  });
});

describe('South Asian and world wire copy (cls36)', () => {
  // cls36: misses of held-out set 33, in new words (taxonomy terms marked cls36).
  it('reads sniper fire across the LoC as fighting, not a fire', () => {
    const got = topics('Soldier hurt in sniper fire from across the LoC in Kupwara');
    expect(got).toContain('conflict');
    expect(got).not.toContain('disaster');
  });

  it('gives a fake-currency seizure crime-law, not economy', () => {
    const got = topics('Two held with fake currency worth Rs 5 lakh near Bangladesh border');
    expect(got).toContain('crime-law');
    expect(got).not.toContain('economy');
  });

  it('gives Chinese ships lingering near the Senkakus diplomacy', () => {
    expect(topics('Chinese ships stay near Senkakus for 30th straight day')).toContain('diplomacy');
  });

  it('reads the Freedom Shield drills as defence', () => {
    expect(topics('Seoul and Washington launch Freedom Shield exercise')).toContain('defence');
  });

  it("gives a bill on the service chiefs' tenure defence beside politics", () => {
    expect(topics("Senate approves bill raising service chiefs' tenure to four years")).toEqual(expect.arrayContaining(['defence', 'politics']));
  });
});

describe('South Asian and world wire copy (cls39)', () => {
  // Set 35's boundaries, in new words.
  it('gives a former minister "remanded" crime-law, as the noun "remand" did', () => {
    expect(topics('Former state minister remanded till Friday over fertiliser import deal')).toContain('crime-law');
    const got = topics('Former deputy minister remanded over tender irregularities');
    expect(got).toContain('crime-law');
    expect(got).not.toContain('economy');
  });

  it('gives grant aid from one government to another diplomacy, beside the disaster it answers', () => {
    expect(topics('Japan pledges emergency grant aid to quake-hit Myanmar')).toEqual(expect.arrayContaining(['disaster', 'diplomacy']));
  });

  it('gives patrol boats paid for with grant aid diplomacy', () => {
    expect(topics('South Korea to give Sri Lanka grant aid for coast guard boats')).toContain('diplomacy');
  });
});

describe('South Asian and world wire copy (cls40)', () => {
  // Set 36's misses, in new words.
  it('reads a rocket system as the armed forces', () => {
    expect(topics('Nepal tests rocket system bought from China')).toContain('defence');
  });

  it('gives the PLA defence', () => {
    expect(topics('PLA opens logistics base on Tibetan plateau')).toContain('defence');
  });

  it('gives a reciprocal access agreement defence', () => {
    expect(topics('Canada and the Philippines ratify reciprocal access agreement')).toContain('defence');
  });

  it('gives mudflows disaster', () => {
    expect(topics("Mudflows cut off villages in Tajikistan's Pamir")).toContain('disaster');
  });

  it('gives a note verbale diplomacy beside the conflict it is about', () => {
    expect(topics('Islamabad sends note verbale to Kabul seeking handover of militants')).toEqual(expect.arrayContaining(['conflict', 'diplomacy']));
  });

  it('gives a former minister held over martial law politics beside crime-law', () => {
    expect(topics('Court extends detention of ex-interior minister over martial law')).toEqual(expect.arrayContaining(['crime-law', 'politics']));
  });
});

describe('South Asian and world wire copy (cls41)', () => {
  // Set 37's misses, in new words: "mutual" and "agreement" spoke for economy, and the states' defence pact lost defence.
  it('gives a mutual defence treaty defence beside diplomacy', () => {
    expect(topics('Manila and Tokyo discuss mutual defence treaty')).toEqual(expect.arrayContaining(['defence', 'diplomacy']));
  });

  it('gives a defence agreement between two states defence', () => {
    expect(topics('Philippines and Vietnam sign defence agreement')).toContain('defence');
  });
});

describe('South Asian and world wire copy (cls42)', () => {
  // Sets 36 and 37's former ministers in court, in new words: "former Karnataka minister" is no phrase a plain term can match,
  // so `former * minister` and `ex * minister` match any one word between.
  it('gives a former minister of a state or province politics beside crime-law', () => {
    expect(topics('Former Haryana minister arrested in mining probe')).toEqual(expect.arrayContaining(['crime-law', 'politics']));
    expect(topics('Court frames charges against former Balochistan minister')).toEqual(expect.arrayContaining(['crime-law', 'politics']));
  });

  // Sets 34 and 36's chiefs' calls: "calls on Indian Army chief", "calls on Turkish defence minister" missed diplomacy.
  it('gives a service chief calling on a foreign army chief diplomacy beside defence', () => {
    expect(topics('Nepal Army chief calls on Bangladesh Army chief in Dhaka')).toEqual(expect.arrayContaining(['defence', 'diplomacy']));
  });

  it('reads ex- as former', () => {
    expect(topics('Ex-Telangana minister gets anticipatory bail in land case')).toEqual(expect.arrayContaining(['crime-law', 'politics']));
  });
});

describe('South Asian and world wire copy (cls43)', () => {
  // Sets 35-38's chiefs' calls worded "meets", on a foreign commander or chief of general staff, or naming a two-word
  // nation ("calls on Sri Lankan Army commander") missed diplomacy: wildcard terms for those wordings.
  it('gives a chief meeting a foreign defence minister or armed forces chief diplomacy beside defence', () => {
    expect(topics('Sri Lanka Army commander meets Japanese defence minister in Tokyo')).toEqual(expect.arrayContaining(['defence', 'diplomacy']));
    expect(topics('Navy chief meets Malaysian armed forces chief in Kuala Lumpur')).toEqual(expect.arrayContaining(['defence', 'diplomacy']));
    expect(topics('Air chief meets Saudi Chief of General Staff in Riyadh')).toEqual(expect.arrayContaining(['defence', 'diplomacy']));
  });

  it('gives a chief calling on a foreign commander of a two-word nation diplomacy beside defence', () => {
    expect(topics('Maldives defence force chief calls on Sri Lankan Army commander in Colombo')).toEqual(expect.arrayContaining(['defence', 'diplomacy']));
    expect(topics('Bangladesh Navy chief calls on Sri Lanka Navy Commander at naval headquarters')).toEqual(expect.arrayContaining(['defence', 'diplomacy']));
  });
});
