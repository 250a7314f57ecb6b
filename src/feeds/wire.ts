/**
 * Wire copy arrives wrapped: a dateline in front ("Rome, Feb 27 (IANS)"), a
 * sign-off and desk initials behind ("--IANS", "akl/as"), and whatever the
 * publisher's page put around it (the headline again, "Also read" boxes,
 * share prompts, a "LATEST NEWS" block of other headlines). This module finds
 * the dateline and cuts the rest away, working on paragraphs. What counts as
 * an agency or as chrome is data (the tables below), not code.
 */

import { ethiopianDayInGregorian } from './dates.js';
import { firstCharIndex } from './first-chars.js';
import { monthNames } from './months.js';
import { countryOf, isInMyanmar, isKnownPlace, isKnownRegion, isScriptPlace, MULTI_WORD_REGIONS, placeKey } from './places.js';

export interface Agency {
  id: string;
  name: string;
  /** How the agency writes itself in a dateline or sign-off. */
  marks: string[];
  /**
   * Marks that are as often other initials, read only in a dateline, never in a sign-off or an aggregator's credit: after a place and
   * a date ("TEHRAN, Nov. 27 (MNA) –", Mehr's), or where a bracket after a place in capitals is read already ("VIENNA (MNA) - …"), as
   * the story's agency; "Ali Khan (MNA) said …", a Pakistani lawmaker, stays copy.
   */
  datedMarks?: string[];
  /**
   * Its name in its other languages, as its own feeds in them are titled: PIB's Hindi feed is "पत्र सूचना कार्यालय", APP's Urdu one
   * "اے پی پی". An English feed so titled credits the agency (normalise.ts), and so must one in the agency's other language.
   */
  names?: string[];
}

export const AGENCIES: Agency[] = [
  // … and in the scripts of India's other languages, as papers in them credit the agencies' copy in translation: Marathi (in Devanagari,
  // its own spelling: "पीटीआय"), Tamil, Telugu, Kannada, Malayalam, Gujarati, Punjabi (Gurmukhi) and Odia.
  { id: 'IANS', name: 'Indo-Asian News Service', marks: ['IANS', 'आईएएनएस', 'आयएएनएस', 'ஐஏஎன்எஸ்', 'ఐఏఎన్ఎస్', 'ಐಎಎನ್ಎಸ್', 'ഐഎഎൻഎസ്', 'આઈએએનએસ', 'ਆਈਏਐਨਐਸ', 'ଆଇଏଏନଏସ'] },
  // PTI's Hindi service is Bhasha (भाषा), UNI's Varta (वार्ता): Hindi copy credits them so, and the agencies in Devanagari.
  // … and its Hindi service's mark as its English copy in translation heads it (the fortieth sweep): "Lucknow, Nov 27 (PTI-Bhasha) …".
  { id: 'PTI', name: 'Press Trust of India', marks: ['PTI', 'PTI-Bhasha', 'PTI Bhasha', 'पीटीआई', 'भाषा', 'पीटीआय', 'பிடிஐ', 'పీటీఐ', 'ಪಿಟಿಐ', 'പിടിഐ', 'પીટીઆઈ', 'ਪੀਟੀਆਈ', 'ପିଟିଆଇ'] },
  { id: 'ANI', name: 'Asian News International', marks: ['ANI', 'एएनआई', 'एएनआय'] },
  { id: 'UNI', name: 'United News of India', marks: ['UNI', 'यूएनआई', 'वार्ता', 'யுஎன்ஐ', 'యూఎన్ఐ', 'ಯುಎನ್ಐ'] },
  { id: 'Reuters', name: 'Reuters', marks: ['Reuters', 'REUTERS', 'Thomson Reuters', 'Reuters Breakingviews', 'Thomson Reuters Foundation'] },
  { id: 'AP', name: 'Associated Press', marks: ['AP', 'Associated Press', 'The Associated Press'] },
  { id: 'AFP', name: 'Agence France-Presse', marks: ['AFP', 'Agence France-Presse'] },
  { id: 'Xinhua', name: 'Xinhua', marks: ['Xinhua', 'XINHUA'] },
  { id: 'Bloomberg', name: 'Bloomberg', marks: ['Bloomberg'] },
  // … and its financial service's: "Frankfurt (dpa-AFX) - …".
  { id: 'dpa', name: 'Deutsche Presse-Agentur', marks: ['dpa', 'DPA', 'dpa-AFX'] },
  // … and as its English copy signs off with its partner's mark: "EFE-EPA".
  { id: 'EFE', name: 'Agencia EFE', marks: ['EFE', 'EFE-EPA'] },
  { id: 'ANSA', name: 'ANSA', marks: ['ANSA'] },
  // Norway's NTB signs its copy in Norwegian papers with its mark and the copyright sign in brackets, "(©NTB)" (the thirty-third sweep):
  // only so, as a bare "NTB" is as often Indonesia's West Nusa Tenggara (Antara's copy) or other initials.
  { id: 'NTB', name: 'Norsk Telegrambyrå', marks: ['©NTB'] },
  // … and its site's stamp over the copy: "KYODO NEWS - Nov 26, 2026 - 16:22 | World, All".
  { id: 'Kyodo', name: 'Kyodo News', marks: ['Kyodo', 'Kyodo News', 'KYODO', 'KYODO NEWS'] },
  { id: 'Yonhap', name: 'Yonhap', marks: ['Yonhap'] },
  { id: 'TASS', name: 'TASS', marks: ['TASS', 'ITAR-TASS'] },
  { id: 'Anadolu', name: 'Anadolu Agency', marks: ['Anadolu', 'AA'], names: ['Anadolu Ajansı'] },
  { id: 'APP', name: 'Associated Press of Pakistan', marks: ['APP', 'اے پی پی'], names: ['اے پی پی', 'ایسوسی ایٹڈ پریس آف پاکستان'] },
  { id: 'BSS', name: 'Bangladesh Sangbad Sangstha', marks: ['BSS', 'বাসস'], names: ['বাসস', 'বাংলাদেশ সংবাদ সংস্থা'] },
  // Its Nepali copy is dated "काठमाडौं, मंसिर ११ (रासस) ।".
  { id: 'RSS', name: 'Rastriya Samachar Samiti', marks: ['RSS', 'रासस'], names: ['राष्ट्रिय समाचार समिति'] },
  { id: 'PIB', name: 'Press Information Bureau', marks: ['PIB'], names: ['पत्र सूचना कार्यालय', 'प्रेस सूचना ब्यूरो'] },
  { id: 'WAM', name: 'Emirates News Agency', marks: ['WAM'] },
  { id: 'IRNA', name: 'Islamic Republic News Agency', marks: ['IRNA'] },
  { id: 'Bernama', name: 'Bernama', marks: ['Bernama', 'BERNAMA'] },
  { id: 'Antara', name: 'Antara', marks: ['Antara', 'ANTARA'] },
  { id: 'AAP', name: 'Australian Associated Press', marks: ['AAP'] },
  { id: 'CP', name: 'The Canadian Press', marks: ['CP', 'The Canadian Press'] },
  { id: 'Lusa', name: 'Lusa', marks: ['Lusa'] },
  { id: 'PAP', name: 'Polish Press Agency', marks: ['PAP'] },
  { id: 'KUNA', name: 'Kuwait News Agency', marks: ['KUNA', 'كونا'] },
  { id: 'SPA', name: 'Saudi Press Agency', marks: ['SPA', 'واس'] },
  // The Gulf agencies' marks in Arabic script, as their English copy may still end ("/قنا/", "(واس)").
  { id: 'QNA', name: 'Qatar News Agency', marks: ['QNA', 'قنا'] },
  { id: 'UNB', name: 'United News of Bangladesh', marks: ['UNB', 'ইউএনবি'] },
  { id: 'PPI', name: 'Pakistan Press International', marks: ['PPI', 'پی پی آئی'] },
  { id: 'Jiji', name: 'Jiji Press', marks: ['Jiji', 'Jiji Press'] },
  // Bhutan's state broadcaster and its national paper, credited as agencies are: "Thimphu, Nov 26 (BBS) –", "--Kuensel".
  { id: 'BBS', name: 'Bhutan Broadcasting Service', marks: ['BBS'] },
  { id: 'Kuensel', name: 'Kuensel', marks: ['Kuensel', 'KUENSEL'] },
  // … and Pakistan's state radio and television, whose copy Pakistani papers and aggregators credit as an agency's (the thirty-fourth
  // sweep): "ISLAMABAD, Nov 27 (Radio Pakistan): …", "… on Friday. (PTV News)". By their names only: "PTV" alone is Peru's and
  // others' as often.
  { id: 'Radio Pakistan', name: 'Radio Pakistan', marks: ['Radio Pakistan'] },
  { id: 'PTV News', name: 'PTV News', marks: ['PTV News'] },
  // Pakistan's military press service signs its releases off "ISPR" or "-ISPR-", as PIB's are credited.
  { id: 'ISPR', name: 'Inter Services Public Relations', marks: ['ISPR'] },
  // More agencies whose copy South Asian and international outlets carry, credited in a dateline ("KABUL, Nov 26 (Pajhwok):",
  // "HANOI (VNA) -", "TEHRAN (Tasnim) -"). Marks that are as often a party's, a body's or a region's initials stay out: MNA (a
  // member of Pakistan's National Assembly: Mehr's only as a dated mark, see Agency.datedMarks), TNA, PNA, NTB (read only as "(©NTB)": see above) (ANP and MENA came in with the eleventh sweep: see below).
  { id: 'Pajhwok', name: 'Pajhwok Afghan News', marks: ['Pajhwok'] },
  { id: 'Bakhtar', name: 'Bakhtar News Agency', marks: ['Bakhtar'] },
  { id: 'NNI', name: 'News Network International', marks: ['NNI'] },
  { id: 'INP', name: 'Independent News Pakistan', marks: ['INP'] },
  { id: 'PID', name: 'Press Information Department', marks: ['PID'] },
  // Its Hindi copy is dated "(हि.स.)" (its Marathi "(हिं.स.)") and signed off "हिन्दुस्थान समाचार/सुशील" (the writer after the slash); its English "(HS)".
  { id: 'Hindusthan Samachar', name: 'Hindusthan Samachar', marks: ['Hindusthan Samachar', 'हि.स.', 'हिं.स.', 'हिन्दुस्थान समाचार', 'हिंदुस्थान समाचार', 'HS'] },
  { id: 'Univarta', name: 'Univarta', marks: ['Univarta'] },
  // … and by its Vietnamese initials (Thông tấn xã Việt Nam), as its Vietnamese copy is dated: "Hà Nội (TTXVN) - …" (the thirty-fourth sweep).
  { id: 'VNA', name: 'Vietnam News Agency', marks: ['VNA', 'TTXVN'] },
  // … and its English daily's sign-off under its own copy: "… led the rise. — VNS".
  { id: 'VNS', name: 'Viet Nam News', marks: ['VNS'] },
  { id: 'KCNA', name: 'Korean Central News Agency', marks: ['KCNA'] },
  { id: 'CNA', name: 'Central News Agency', marks: ['CNA'] },
  { id: 'SANA', name: 'Syrian Arab News Agency', marks: ['SANA'] },
  { id: 'BNA', name: 'Bahrain News Agency', marks: ['BNA'] },
  { id: 'ONA', name: 'Oman News Agency', marks: ['ONA'] },
  { id: 'Tasnim', name: 'Tasnim News Agency', marks: ['Tasnim'] },
  { id: 'ISNA', name: 'Iranian Students News Agency', marks: ['ISNA'] },
  { id: 'Interfax', name: 'Interfax', marks: ['Interfax'] },
  { id: 'RIA Novosti', name: 'RIA Novosti', marks: ['RIA Novosti', 'RIA'] },
  { id: 'Sputnik', name: 'Sputnik', marks: ['Sputnik'] },
  { id: 'Ukrinform', name: 'Ukrinform', marks: ['Ukrinform'] },
  { id: 'Azertac', name: 'Azertac', marks: ['Azertac', 'AZERTAC'] },
  { id: 'Kazinform', name: 'Kazinform', marks: ['Kazinform', 'KAZINFORM'] },
  { id: 'NAN', name: 'News Agency of Nigeria', marks: ['NAN'] },
  // Prensa Latina's short mark: "Caracas, Nov 26 (PL) …".
  { id: 'Prensa Latina', name: 'Prensa Latina', marks: ['Prensa Latina', 'PL'] },
  // … which writes its name in capitals in its datelines: "MADRID, 27 (EUROPA PRESS)" (see EUROPA_PRESS_DATELINE).
  { id: 'Europa Press', name: 'Europa Press', marks: ['Europa Press', 'EUROPA PRESS'] },
  { id: 'Agerpres', name: 'Agerpres', marks: ['Agerpres', 'AGERPRES'] },
  { id: 'Belga', name: 'Belga', marks: ['Belga'] },
  // Agencies of a seventh sweep, in Africa, the Middle East, Europe and Asia: "Amman (Petra) --", "Sanaa (Saba) -", "Addis Ababa
  // (ENA) -", "Accra (GNA) -", "Budapest (MTI) -", "Minsk (BelTA) -", "Colombo (Lanka Puvath) -", "Ulaanbaatar (Montsame) -".
  // Most are short and some a name or a word as well ("Saba", "Petra"): none opens copy as AGENCY_LEAD reads an aggregator's credit.
  { id: 'Petra', name: 'Jordan News Agency', marks: ['Petra'] },
  { id: 'Saba', name: 'Saba News Agency', marks: ['Saba'] },
  { id: 'ENA', name: 'Ethiopian News Agency', marks: ['ENA'] },
  { id: 'GNA', name: 'Ghana News Agency', marks: ['GNA'] },
  { id: 'KNA', name: 'Kenya News Agency', marks: ['KNA'] },
  { id: 'MTI', name: 'Hungarian News Agency', marks: ['MTI'] },
  { id: 'BTA', name: 'Bulgarian News Agency', marks: ['BTA'] },
  { id: 'CTK', name: 'Czech News Agency', marks: ['CTK', 'ČTK'] },
  { id: 'HINA', name: 'Croatian News Agency', marks: ['HINA', 'Hina'] },
  { id: 'Tanjug', name: 'Tanjug', marks: ['Tanjug'] },
  { id: 'BelTA', name: 'Belarusian Telegraph Agency', marks: ['BelTA'] },
  { id: 'UNIAN', name: 'UNIAN', marks: ['UNIAN'] },
  // … whose Danish copy signs off in lower case between slashes, a partner's mark perhaps after it: "/ritzau/", "/ritzau/AFP".
  { id: 'Ritzau', name: 'Ritzau', marks: ['Ritzau', 'ritzau'] },
  { id: 'STT', name: 'Finnish News Agency', marks: ['STT'] },
  // Slovakia's agency, dated as ČTK dates its Czech copy: "Bratislava 27. novembra (TASR) - …" (the twenty-ninth sweep).
  { id: 'TASR', name: 'News Agency of the Slovak Republic', marks: ['TASR'] },
  // Mehr's English copy credits it as "MNA" ("TEHRAN, Nov. 27 (MNA) – …"), the initials of a member of Pakistan's National Assembly too.
  { id: 'Mehr', name: 'Mehr News Agency', marks: ['Mehr'], datedMarks: ['MNA'] },
  { id: 'Kabar', name: 'Kabar', marks: ['Kabar'] },
  // … whose English copy writes its full name between slashes after the date in figures: "DUSHANBE, 27.11.2026 /NIAT Khovar/." (the
  // thirty-sixth sweep).
  { id: 'Khovar', name: 'Khovar', marks: ['Khovar', 'NIAT Khovar'] },
  { id: 'Montsame', name: 'Montsame', marks: ['Montsame', 'MONTSAME'] },
  // … which writes its name run together in capitals as often: "COLOMBO, Nov 26 (LANKAPUVATH) -".
  { id: 'Lanka Puvath', name: 'Lanka Puvath', marks: ['Lanka Puvath', 'LankaPuvath', 'LANKAPUVATH'] },
  { id: 'WAFA', name: 'Palestine News and Information Agency', marks: ['WAFA'] },
  { id: 'KPL', name: 'Lao News Agency', marks: ['KPL'] },
  { id: 'UzA', name: 'National News Agency of Uzbekistan', marks: ['UzA'] },
  { id: 'BNS', name: 'Baltic News Service', marks: ['BNS'] },
  { id: 'NNA', name: 'National News Agency', marks: ['NNA'] },
  // Agencies of an eleventh sweep, in Africa, Latin America, Europe and Central Asia: "RABAT, Nov. 26 (MAP) –", "ALGIERS, Nov 26 (APS) -",
  // "CAIRO, Nov 26 (MENA) -", "AMSTERDAM (ANP) -", "Vienna (APA) -", "Brasília, Nov 26 (Agência Brasil) -", "Buenos Aires, Nov 26 (Télam) -",
  // "Montevideo, November 26th 2026 (MercoPress) –", "BISHKEK (AKIpress) -", and SAnews's sign-off "– SAnews.gov.za". MAP, APS, MENA,
  // ANP and APA are also a region's, a party's or a body's initials ("the MENA region", "Awami National Party (ANP) leader …",
  // "American Psychological Association (APA) guidelines"): a name before its initials in brackets, with neither date nor dash, is no
  // dateline (see isNameAndInitials), and none of them opens copy as AGENCY_LEAD reads an aggregator's credit.
  { id: 'MAP', name: 'Maghreb Arabe Presse', marks: ['MAP'] },
  { id: 'APS', name: 'Algérie Presse Service', marks: ['APS'] },
  { id: 'MENA', name: 'Middle East News Agency', marks: ['MENA'] },
  { id: 'ANP', name: 'Algemeen Nederlands Persbureau', marks: ['ANP'] },
  { id: 'APA', name: 'Austria Presse Agentur', marks: ['APA'] },
  { id: 'Agência Brasil', name: 'Agência Brasil', marks: ['Agência Brasil', 'Agencia Brasil'] },
  { id: 'Télam', name: 'Télam', marks: ['Télam', 'Telam'] },
  { id: 'MercoPress', name: 'MercoPress', marks: ['MercoPress', 'Mercopress'] },
  { id: 'AKIpress', name: 'AKIpress', marks: ['AKIpress'] },
  { id: 'SAnews', name: 'South African Government News Agency', marks: ['SAnews', 'SAnews.gov.za'] },
  { id: 'NAMPA', name: 'Namibia Press Agency', marks: ['NAMPA'] },
  // Tunisia's agency, of an eighteenth sweep: "Tunis, Nov. 27 (TAP) - …". "TAP" is as often Portugal's airline ("TAP Air Portugal"): its
  // mark opens no copy as an aggregator's credit (NOT_LEAD_MARKS), and the airline's name before "(TAP)" is no dateline (isNameAndInitials).
  { id: 'TAP', name: 'Tunis Afrique Presse', marks: ['TAP'] },
  // The Philippine News Agency signs its copy off "(PNA)" after the last sentence; "PNA" is as often the Palestinian National
  // Authority's initials, so it is no mark of a dateline: only that sign-off is read (see SIGN_OFF_ONLY).
  { id: 'PNA', name: 'Philippine News Agency', marks: [] },
  // The UK's PA Media (the Press Association): "PA" alone is as often Pennsylvania or an assistant, so only its name is a mark; its
  // bylines name it before the writer's job ("By Jane Doe, PA Political Editor": see PA_BYLINE).
  { id: 'PA Media', name: 'PA Media', marks: ['PA Media'] },
  // Sri Lanka's Department of Government Information, by its site's name: "Colombo, November 27 (news.lk) –", "(news.lk)" under the copy.
  { id: 'news.lk', name: 'Department of Government Information', marks: ['news.lk'] },
  // The press-release wires, which carry a company's or a government's release as an agency carries its copy: "MUMBAI, Nov. 26, 2026
  // /PRNewswire/ --", "SINGAPORE--(BUSINESS WIRE)--", "TORONTO, Nov. 26, 2026 (GLOBE NEWSWIRE) --".
  { id: 'PR Newswire', name: 'PR Newswire', marks: ['PRNewswire', 'PRNewswire-AsiaNet', 'PRNewswire-Asia', 'PRNewswire-FirstCall'] },
  { id: 'Business Wire', name: 'Business Wire', marks: ['BUSINESS WIRE', 'Business Wire'] },
  { id: 'GlobeNewswire', name: 'GlobeNewswire', marks: ['GLOBE NEWSWIRE', 'GlobeNewswire'] },
  { id: 'PRWeb', name: 'PRWeb', marks: ['PRWeb', 'PRNewswire-PRWeb'] },
  { id: 'CNW', name: 'Canada Newswire', marks: ['CNW'] },
  { id: 'EIN Presswire', name: 'EIN Presswire', marks: ['EINPresswire.com', 'EIN Presswire'] },
  // ACCESSWIRE puts its mark before the date, between slashes: "NEW YORK, NY / ACCESSWIRE / November 26, 2026 / …".
  { id: 'ACCESSWIRE', name: 'ACCESS Newswire', marks: ['ACCESSWIRE', 'ACCESS Newswire'] },
  // United Press International: "WASHINGTON, Nov. 26 (UPI) --". India's payments system is "UPI" too: the mark opens no copy as an
  // aggregator's credit, and alone under a story signs off only UPI's own (NOT_LEAD_MARKS).
  { id: 'UPI', name: 'United Press International', marks: ['UPI'] },
  // Agencies of a twenty-first sweep, in Latin America: Mexico's Notimex ("México, 27 Nov (Notimex).- …", its desks' initials after
  // "NTX/") and Peru's ANDINA ("Lima, Nov. 27 (ANDINA). - …", a full stop after the bracket). "Andina" is as often the Andean
  // Community's word ("Comunidad Andina"): neither opens copy as an aggregator's credit (NOT_LEAD_MARKS).
  { id: 'Notimex', name: 'Notimex', marks: ['Notimex', 'NTX'] },
  { id: 'Andina', name: 'Agencia Peruana de Noticias Andina', marks: ['ANDINA', 'Andina'] },
  // The twenty-seventh sweep's: Inter Press Service ("UNITED NATIONS, Nov 27 2026 (IPS) -", IPS alone as often India's police service, so
  // read only with a date or after a place in capitals), Armenpress ("YEREVAN, NOVEMBER 27, ARMENPRESS."), Report ("Baku. 27 November.
  // REPORT.AZ/"), Fars ("TEHRAN (FNA)-"), the Iraqi News Agency ("Baghdad-INA" over the copy) and the National Iraqi News Agency
  // ("(NINA)"), Kashmir's KNO and GNS, India Blooms ("Kolkata/IBNS: …"), Thailand's NNT, Cambodia's AKP ("--AKP--"), the Sudan News
  // Agency, Kyrgyzstan's 24.kg, the Maldives' PSM and the Rwanda News Agency (RNA is as often the molecule: read as IPS is).
  { id: 'IPS', name: 'Inter Press Service', marks: ['Inter Press Service'], datedMarks: ['IPS'] },
  { id: 'Armenpress', name: 'Armenpress', marks: ['Armenpress', 'ARMENPRESS'] },
  { id: 'Report', name: 'Report News Agency', marks: ['REPORT.AZ', 'Report.az'] },
  { id: 'Fars', name: 'Fars News Agency', marks: ['FNA'] },
  { id: 'INA', name: 'Iraqi News Agency', marks: ['INA'] },
  { id: 'NINA', name: 'National Iraqi News Agency', marks: ['NINA'] },
  { id: 'KNO', name: 'Kashmir News Observer', marks: ['KNO'] },
  { id: 'GNS', name: 'Global News Service', marks: ['GNS'] },
  { id: 'IBNS', name: 'India Blooms News Service', marks: ['IBNS'] },
  { id: 'NNT', name: 'National News Bureau of Thailand', marks: ['NNT'] },
  { id: 'AKP', name: 'Agence Kampuchea Presse', marks: ['AKP'] },
  { id: 'SUNA', name: 'Sudan News Agency', marks: ['SUNA'] },
  { id: '24.kg', name: '24.kg', marks: ['24.kg'] },
  { id: 'PSM', name: 'PSM News', marks: ['PSM'] },
  { id: 'RNA', name: 'Rwanda News Agency', marks: ['Rwanda News Agency'], datedMarks: ['RNA'] },
  // The twenty-eighth sweep's: Pakistan's Online agency ("ISLAMABAD, Nov 27 (Online): …"; "Online" is a word, so read only with a date or
  // after a place in capitals, as IPS is), Interfax-Ukraine ("KYIV. Nov 27 (Interfax-Ukraine) -"), Zimbabwe's New Ziana, Cuba's ACN (as
  // often other initials: dated only), China News Service ("中新社北京11月27日电"), and Korea's Newsis and News1, whose Korean datelines
  // name them as Yonhap's does ("(서울=뉴시스)"; see KOREAN_DATELINE).
  { id: 'Online', name: 'Online News Agency', marks: ['Online News Agency'], datedMarks: ['Online'] },
  { id: 'Interfax-Ukraine', name: 'Interfax-Ukraine', marks: ['Interfax-Ukraine'] },
  { id: 'New Ziana', name: 'New Ziana', marks: ['New Ziana'] },
  { id: 'ACN', name: 'Agencia Cubana de Noticias', marks: ['Agencia Cubana de Noticias'], datedMarks: ['ACN'] },
  { id: 'China News Service', name: 'China News Service', marks: ['China News Service'] },
  { id: 'Newsis', name: 'Newsis', marks: ['Newsis'] },
  { id: 'News1', name: 'News1 Korea', marks: ['News1'] },
  // Myanmar's state agency, whose "(MNA)" is Mehr's mark too: a dateline from a place in Myanmar credits it ("NAY PYI TAW, Nov 27 (MNA) —",
  // see agencyOfMark), and the state paper that carries its copy dates its own "(GNLM)".
  { id: 'Myanmar News Agency', name: 'Myanmar News Agency', marks: ['Myanmar News Agency'] },
  { id: 'GNLM', name: 'The Global New Light of Myanmar', marks: ['GNLM'] },
  // The thirty-first sweep's: the Pan-African News Agency ("Dakar, Sénégal (PANA) -", its site's name Panapress), Angola's ANGOP
  // ("Luanda - …", "(ANGOP)" under the copy), Mozambique's AIM ("Maputo, 27 Nov (AIM) -"; the initials are London's Alternative
  // Investment Market's as often, so read as IPS's are, with a date or after a place in capitals), the Pacific's Pacnews ("SUVA, 27
  // NOVEMBER 2026 (PACNEWS) ---", "….PACNEWS" under the copy), and Turkey's Demirören and İhlas agencies as their Turkish copy dates
  // itself ("İSTANBUL, (DHA) -", "İZMİR (İHA) -"; DHA is a fatty acid's initials too: dated only).
  { id: 'PANA', name: 'Pan-African News Agency', marks: ['PANA', 'Panapress'] },
  { id: 'ANGOP', name: 'Angola Press', marks: ['ANGOP'] },
  { id: 'AIM', name: 'Agência de Informação de Moçambique', marks: ['Agência de Informação de Moçambique'], datedMarks: ['AIM'] },
  { id: 'Pacnews', name: 'Pacific News Service', marks: ['PACNEWS', 'Pacnews'] },
  { id: 'DHA', name: 'Demirören Haber Ajansı', marks: ['Demirören Haber Ajansı'], datedMarks: ['DHA'] },
  { id: 'İHA', name: 'İhlas Haber Ajansı', marks: ['İHA', 'İhlas Haber Ajansı'] },
  // The thirty-sixth sweep's: the Baltic states' LETA and ELTA ("RIGA, Nov 27 (LETA) -", "VILNIUS, Nov 27 (ELTA) -"), Slovenia's STA
  // ("Ljubljana, 27 November (STA) -"), North Macedonia's MIA ("Skopje, 27 November 2026 (MIA) -"), Libya's LANA ("Tripoli, Nov 27
  // (LANA) -") and Guatemala's AGN ("Guatemala City, Nov 27 (AGN)."). Each is as often a name or other initials (Leta, an Israeli
  // firm's ELTA, a travel firm, Miami's airport, Lana, Argentina's or others' AGN): read in a dated dateline only, by their full names
  // in any. LETA, which has no other name, by its mark in capitals (opening no copy as an aggregator's credit: NOT_LEAD_MARKS).
  { id: 'LETA', name: 'LETA', marks: ['LETA'] },
  { id: 'ELTA', name: 'Lithuanian News Agency', marks: ['Lithuanian News Agency'], datedMarks: ['ELTA'] },
  { id: 'STA', name: 'Slovenian Press Agency', marks: ['Slovenian Press Agency'], datedMarks: ['STA'] },
  { id: 'MIA', name: 'Media Information Agency', marks: ['Media Information Agency'], datedMarks: ['MIA'] },
  { id: 'LANA', name: 'Libyan News Agency', marks: ['Libyan News Agency'], datedMarks: ['LANA'] },
  { id: 'AGN', name: 'Agencia Guatemalteca de Noticias', marks: ['Agencia Guatemalteca de Noticias'], datedMarks: ['AGN'] },
  // … and Georgia's Interpressnews, dated with a comma before its mark: "Tbilisi, 27 November, IPN. …" (Poland's remembrance institute is
  // the IPN too: dated only).
  { id: 'IPN', name: 'Interpressnews', marks: ['Interpressnews'], datedMarks: ['IPN'] },
  // The thirty-seventh sweep's. Azerbaijan's Trend, credited by its feed or its byline only (its dateline, "BAKU, Azerbaijan, November 27.",
  // names no one), Georgia's government news site Agenda.ge and Mauritius's Government Information Service, by their site's lead
  // ("agenda.ge, 27 Nov 2026 - …", "GIS - 27 November 2026: …": see SITE_DATE_LEAD), Guyana's Department of Public Information by its line
  // over the copy ("DPI, Guyana, Friday, November 27, 2026"), and the Azerbaijan Press Agency, whose "APA" is Austria's mark too: a
  // dateline from Azerbaijan's places credits it (see agencyOfMark).
  { id: 'Trend', name: 'Trend News Agency', marks: [] },
  { id: 'Agenda.ge', name: 'Agenda.ge', marks: [] },
  { id: 'GIS', name: 'Government Information Service', marks: ['Government Information Service'], datedMarks: ['GIS'] },
  { id: 'DPI', name: 'Department of Public Information', marks: ['Department of Public Information'], datedMarks: ['DPI'] },
  { id: 'Azerbaijan Press Agency', name: 'Azerbaijan Press Agency', marks: [] },
  // The African Press Agency (APA News, Dakar), whose "APA" is Austria's mark too: credited by its own dateline only, the mark before the
  // place and its country (the forty-fourth sweep): "APA-Dakar (Senegal) — …", "APA - Thiès (Senegal) — …" (see APA_NEWS_DATELINE).
  { id: 'African Press Agency', name: 'African Press Agency', marks: [] },
  // … the Caribbean Media Corporation, dated with a comma before its mark ("BRIDGETOWN, Barbados, Nov 27, CMC – …"), Africa's smaller
  // agencies (Malawi's MANA, Zambia's ZANIS, Botswana's BOPA, Lesotho's LENA, Somalia's SONNA, Sierra Leone's SLENA, Liberia's LINA, Côte
  // d'Ivoire's AIP, Burkina Faso's AIB), Bolivia's ABI, Turkmenistan's TDH, the Voice of Vietnam's site ("VOV.VN - …") and India's states'
  // information directorates ("Imphal, November 27 (DIPR): …"). Marks that are as often a name or other initials (Mana, Lena, Lina, the
  // CMC of China's military, an AIP of aviation, ABI, AIB, TDH) are read in a dated dateline only, by their full names in any.
  { id: 'CMC', name: 'Caribbean Media Corporation', marks: ['Caribbean Media Corporation'], datedMarks: ['CMC'] },
  { id: 'MANA', name: 'Malawi News Agency', marks: ['Malawi News Agency'], datedMarks: ['MANA'] },
  { id: 'ZANIS', name: 'Zambia News and Information Services', marks: ['ZANIS'] },
  { id: 'BOPA', name: 'Botswana Press Agency', marks: ['BOPA'] },
  { id: 'LENA', name: 'Lesotho News Agency', marks: ['Lesotho News Agency'], datedMarks: ['LENA'] },
  { id: 'SONNA', name: 'Somali National News Agency', marks: ['SONNA'] },
  { id: 'SLENA', name: 'Sierra Leone News Agency', marks: ['SLENA'] },
  { id: 'LINA', name: 'Liberia News Agency', marks: ['Liberia News Agency'], datedMarks: ['LINA'] },
  { id: 'AIP', name: 'Agence Ivoirienne de Presse', marks: ['Agence Ivoirienne de Presse'], datedMarks: ['AIP'] },
  { id: 'AIB', name: "Agence d'Information du Burkina", marks: ["Agence d'Information du Burkina"], datedMarks: ['AIB'] },
  { id: 'ABI', name: 'Agencia Boliviana de Información', marks: ['Agencia Boliviana de Información'], datedMarks: ['ABI'] },
  { id: 'TDH', name: 'Turkmenistan State News Agency', marks: ['Turkmenistan State News Agency'], datedMarks: ['TDH'] },
  { id: 'VOV', name: 'Voice of Vietnam', marks: ['VOV.VN'] },
  { id: 'DIPR', name: 'Directorate of Information and Public Relations', marks: ['DIPR'] },
  // The forty-first sweep's. The Caribbean governments' information services, dated as DPI and GIS are ("KINGSTON, Nov 27 (JIS): …",
  // "BRIDGETOWN, Nov 27 (BGIS) - …"; JIS is Japan's industrial standards as often): in a dated dateline only, and bare or in brackets
  // under their own copy so dated. Uzbekistan's foreign ministry agency Dunyo by its mark with "IA" ("Tashkent, November 27 (Dunyo IA).
  // …"; "dunyo" is Uzbek for "world"), or dated.
  { id: 'JIS', name: 'Jamaica Information Service', marks: ['Jamaica Information Service'], datedMarks: ['JIS'] },
  { id: 'BGIS', name: 'Barbados Government Information Service', marks: ['Barbados Government Information Service'], datedMarks: ['BGIS'] },
  { id: 'Dunyo', name: 'Dunyo Information Agency', marks: ['Dunyo IA', 'IA Dunyo'], datedMarks: ['Dunyo'] },
  // The thirty-eighth sweep's. Paraguay's Agencia IP, Noticias Argentinas and Venezuela's VTV, dated with a full stop and a dash after
  // the mark ("Asunción, 27 nov (IP).- …", "Buenos Aires, 27 nov (NA).- …", "Caracas, 27 nov (VTV).- …"): two letters that are others' as
  // often (intellectual property, "not applicable") and Vietnam Television's VTV, read in a dated dateline from their own country only
  // (see HOME_COUNTRIES). Mali's AMAP, the Congo's ACP (a police rank's initials too), Togo's ATOP, Djibouti's ADI and Mauritania's
  // AMI ("ami" a word) in a dated dateline only, by their full names in any, as are Guinea's and Gabon's AGP and Burundi's and Benin's ABP
  // (two agencies to each mark, credited by it alike: "Conakry, 27 nov (AGP) - …", "Bujumbura, 27 nov (ABP) - …"); the Seychelles News
  // Agency by its name, as it heads its copy ("(Seychelles News Agency) - …").
  { id: 'Agencia IP', name: 'Agencia de Información Paraguaya', marks: ['Agencia IP'], datedMarks: ['IP'] },
  { id: 'Noticias Argentinas', name: 'Noticias Argentinas', marks: ['Noticias Argentinas'], datedMarks: ['NA'] },
  { id: 'VTV', name: 'Venezolana de Televisión', marks: ['Venezolana de Televisión'], datedMarks: ['VTV'] },
  { id: 'AMAP', name: 'Agence Malienne de Presse et de Publicité', marks: ['Agence Malienne de Presse et de Publicité'], datedMarks: ['AMAP'] },
  { id: 'ACP', name: 'Agence Congolaise de Presse', marks: ['Agence Congolaise de Presse'], datedMarks: ['ACP'] },
  { id: 'ATOP', name: 'Agence Togolaise de Presse', marks: ['Agence Togolaise de Presse'], datedMarks: ['ATOP'] },
  { id: 'ADI', name: "Agence Djiboutienne d'Information", marks: ["Agence Djiboutienne d'Information"], datedMarks: ['ADI'] },
  { id: 'AMI', name: "Agence Mauritanienne d'Information", marks: ["Agence Mauritanienne d'Information"], datedMarks: ['AMI'] },
  { id: 'AGP', name: 'Agence Guinéenne de Presse', marks: ['Agence Guinéenne de Presse', 'Agence Gabonaise de Presse'], datedMarks: ['AGP'] },
  { id: 'ABP', name: 'Agence Burundaise de Presse', marks: ['Agence Burundaise de Presse', 'Agence Bénin Presse'], datedMarks: ['ABP'] },
  { id: 'SNA', name: 'Seychelles News Agency', marks: ['Seychelles News Agency'] },
  // The state agencies among the marks the thirty-ninth sweep read in a Romance-dated dateline crediting no one (the fortieth sweep), in a
  // dated dateline only: Madagascar's ANTA, Chad's ATPE, the Central African Republic's ACAP, Cape Verde's Inforpress, Guinea-Bissau's ANG,
  // São Tomé's STP-Press and Ecuador's Andes ("Quito, 27 nov (Andes).- …"; "the Andes" is a word). Broadcasters (CRTV), presidencies, papers
  // and the private agencies (Colprensa, Orbe, HZK, AHP) are left uncredited as before (Colprensa credited since: below).
  { id: 'ANTA', name: 'Agence Nationale Taratra', marks: ['Agence Nationale Taratra'], datedMarks: ['ANTA'] },
  { id: 'ATPE', name: "Agence Tchadienne de Presse et d'Édition", marks: ["Agence Tchadienne de Presse et d'Édition"], datedMarks: ['ATPE'] },
  { id: 'ACAP', name: 'Agence Centrafricaine de Presse', marks: ['Agence Centrafricaine de Presse'], datedMarks: ['ACAP'] },
  { id: 'Inforpress', name: 'Inforpress', marks: ['Agência Cabo-verdiana de Notícias'], datedMarks: ['Inforpress'] },
  { id: 'ANG', name: 'Agência de Notícias da Guiné', marks: ['Agência de Notícias da Guiné'], datedMarks: ['ANG'] },
  { id: 'STP-Press', name: 'STP-Press', marks: ['Agência Noticiosa de São Tomé e Príncipe'], datedMarks: ['STP-Press'] },
  { id: 'Andes', name: 'Agencia Pública de Noticias del Ecuador y Suramérica', marks: ['Agencia Pública de Noticias del Ecuador y Suramérica'], datedMarks: ['Andes'] },
  // The forty-second sweep's decision: Colombia's Colprensa, a private agency (its regional papers' own), is credited as the private NNI,
  // PPI and UNB are ("Bogotá, 27 nov (Colprensa).- …", "BOGOTÁ (Colprensa) - …"), by its name, which is no word or other initials, so
  // as a mark (its name alone under its copy signs it off); Orbe, HZK and AHP stay uncredited.
  { id: 'Colprensa', name: 'Colprensa', marks: ['Colprensa'] },
];
/**
 * The marks of datelines in Chinese, Japanese and Korean, as the agencies write themselves there: Xinhua's and China News Service's
 * ("新华社", "中新社", its site "中新网"), Kyodo's and Jiji's ("【北京共同】", "【ワシントン時事】"), Yonhap's, Newsis' and News1's
 * ("(서울=연합뉴스)"), Taiwan's CNA's ("（中央社台北27日電）"). Read only in those datelines (CHINESE_DATELINE, JAPANESE_DATELINE, KOREAN_DATELINE,
 * CNA_DATELINE): "共同" is a word ("joint").
 */
const CJK_MARKS: Record<string, string> = { 新华社: 'Xinhua', 中新社: 'China News Service', 中新网: 'China News Service', 共同: 'Kyodo', 時事: 'Jiji', 中央社: 'CNA', 연합뉴스: 'Yonhap', 뉴시스: 'Newsis', 뉴스1: 'News1' };
/**
 * The agencies' marks in Cyrillic, as their Russian, Ukrainian, Bulgarian and Serbian copy dates itself: "МОСКВА, 27 ноября. /ТАСС/.",
 * "МИНСК, 27 ноября (БЕЛТА) -", "МОСКВА, 27 ноя — РИА Новости.", "Москва. 27 ноября. INTERFAX.RU -", "Бишкек, 27 ноября /Кабар/.".
 * Read only in MONTH_WORD_DATELINE, with a date (a word alone, "ТАСС сообщил", is a sentence's subject).
 */
const CYRILLIC_MARKS: Record<string, string> = {
  ТАСС: 'TASS', 'ИТАР-ТАСС': 'TASS', 'РИА Новости': 'RIA Novosti', 'INTERFAX.RU': 'Interfax', Интерфакс: 'Interfax', БЕЛТА: 'BelTA', БелТА: 'BelTA',
  Укрінформ: 'Ukrinform', УНІАН: 'UNIAN', УНИАН: 'UNIAN', КАЗИНФОРМ: 'Kazinform', Казинформ: 'Kazinform', Кабар: 'Kabar', КАБАР: 'Kabar',
  Ховар: 'Khovar', АЗЕРТАДЖ: 'Azertac', Арменпресс: 'Armenpress', БТА: 'BTA', Танјуг: 'Tanjug',
};
/**
 * The Arab and Iranian agencies' marks in their own script, as their Arabic and Persian copy dates itself (the thirtieth sweep): the
 * SPA's "الرياض 27 نوفمبر (واس) -", WAM's "أبوظبي في 27 نوفمبر / وام /", KUNA's "الكويت - 27 - 11 (كونا) --", the BNA's "المنامة في
 * 27 نوفمبر / بنا /", Petra's "عمان 27 تشرين الثاني (بترا) -", SANA's "دمشق-سانا", IRNA's "تهران- ایرنا-". Read only in
 * ARABIC_DATELINE and ARABIC_CAPITAL_MARK ("بنا" is a word, "built", as "بترا" is the ruins' name).
 */
// … and (the thirty-fourth sweep) WAFA's "وفا", read as the others in brackets or between slashes and in its own dateline
// (WAFA_ARABIC_DATELINE), MENA's initials "أ ش أ" ("القاهرة في 27 نوفمبر /أ ش أ/"), and Anadolu's name, "الأناضول", as its Arabic service
// dates copy ("أنقرة/ الأناضول": ARABIC_SLASHED_MARK).
const ARABIC_MARKS: Record<string, string> = { واس: 'SPA', وام: 'WAM', قنا: 'QNA', كونا: 'KUNA', بنا: 'BNA', سانا: 'SANA', بترا: 'Petra', العمانية: 'ONA', ایرنا: 'IRNA', إرنا: 'IRNA', ارنا: 'IRNA', وفا: 'WAFA', 'أ ش أ': 'MENA', الأناضول: 'Anadolu' };
/** A Cyrillic mark alone on its line, between slashes or in brackets: "/ТАСС/", "(БЕЛТА)" (the thirtieth sweep; see cutChrome). */
const CYRILLIC_MARK_ALONE = new RegExp(String.raw`^\s*(?:\/\s*(${Object.keys(CYRILLIC_MARKS).map(escapeRegExp).join('|')})\s*\/|\(\s*(${Object.keys(CYRILLIC_MARKS).map(escapeRegExp).join('|')})\s*\))\.?\s*$`, 'u');
const MAX_CYRILLIC_MARK_LINE = 30;
/**
 * A dated mark alone in brackets on its line, "(AIM)" (see cutChrome; Myanmar's and Mehr's "(MNA)" has its own rule, MYANMAR_SIGN_OFF),
 * or bare, as written in the dateline (the fortieth sweep): "LANA" under Libya's LANA copy, "DPI" under Guyana's ("Lana" is a name).
 */
const DATED_MARK_LIST = AGENCIES.flatMap((a) => a.datedMarks ?? []).filter((m) => m !== 'MNA').map(escapeRegExp).join('|');
const DATED_MARK_ALONE = new RegExp(String.raw`^\s*(?:\((${DATED_MARK_LIST})\)|(${DATED_MARK_LIST}))\s*$`, 'u');
const MAX_DATED_MARK_LINE = 20;
/**
 * An agency's editor's initials alone under its own copy, as WAFA signs its English and French copy ("K.F", "M.N.", "N.S"; the
 * thirty-third sweep): two capitals with a full stop between, which under anyone else's copy are as often a name's or a country's.
 */
// … and under its Arabic copy, in Arabic letters and perhaps between slashes: "ع.ف", "/ع.ف/" (the thirty-fourth sweep).
// … the BNA's desk's initials alone, undotted, under its own copy ("TT"; "SA/TT" with a slash were cut as desk initials already), and
// SANA's writer's name alone under its English copy ("Hala Zain"): the forty-second sweep. Under anyone else's copy two capitals or a
// name alone on the last line stay.
const OWN_EDITOR_INITIALS: Readonly<Record<string, RegExp>> = {
  WAFA: /^\s*(?:\p{Lu}\.\s?\p{Lu}{1,2}\.?|\/?\s*\p{sc=Arab}\.\s?\p{sc=Arab}{1,2}\.?\s*\/?)\s*$/u,
  BNA: /^\s*\p{Lu}{2,3}\s*$/u,
  SANA: /^\s*\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}\s*$/u,
};
/**
 * … and run into the last sentence, a <br> between them gone ("… the ministry said. K.F"); and Prensa Latina's desk initials in lower
 * case under its own copy ("… dijo. ef/mgt"; the thirty-fourth sweep): under anyone else's copy, or none, slash groups in lower case
 * after a sentence are left to the copy (the thirty-third sweep's rule).
 */
const OWN_EDITOR_INITIALS_RUN_IN: Readonly<Record<string, RegExp>> = {
  WAFA: /(?<=[.!?"”’])\s+\p{Lu}\.\s?\p{Lu}{1,2}\.?\s*$/u,
  'Prensa Latina': /(?<=[.!?"”’])\s+[a-z]{1,4}(?:\/[a-z]{1,4}){1,3}\s*$/u,
};
/** Marks read only in a sign-off after the copy, never in a dateline. */
const SIGN_OFF_ONLY = 'PNA';
/**
 * Marks an aggregator's credit before the copy ("Reuters - …") is not read with: as often a word, a name or initials. Alone on the
 * copy's last line, such a mark signs off only the story's own agency's copy (see isStrayMark): "MAP" under a story is a map's link as
 * often, "PL" a table's, "Petra" a letter's signature.
 */
const NOT_LEAD_MARKS: ReadonlySet<string> = new Set(['TASR', 'RSS', 'UNI', 'SPA', 'PAP', 'AA', 'CP', 'Petra', 'Saba', 'ENA', 'GNA', 'KNA', 'MTI', 'BTA', 'CTK', 'HINA', 'Hina', 'STT', 'Mehr', 'Kabar', 'WAFA', 'NNA', 'KPL', 'UzA', 'BNS', 'MAP', 'APS', 'MENA', 'ANP', 'APA', 'PL', 'NAMPA', 'HS', 'UPI', 'TAP', 'VNS', 'NTX', 'Andina', 'ANDINA', 'INA', 'NINA', 'GNS', 'PSM', 'AKP', 'PANA', 'LETA']);

/**
 * Of NOT_LEAD_MARKS, those that open their agency's copy before a dash all the same, as its only dateline: Lebanon's NNA ("NNA -
 * Caretaker Prime Minister …"). Alone under copy they still sign off only their own agency's.
 */
const LEADS_OWN_COPY: ReadonlySet<string> = new Set(['NNA']);

/**
 * The months of Nepal's calendar (Bikram Sambat), as Nepali desks date copy in English ("Kathmandu, Mangsir 11 (RSS):",
 * "Mangsir 11, 2083"), in the spellings they use; not "Push", "Saun" or "Chait", which are words or names as often.
 */
const NEPALI_MONTH = String.raw`Baisakh|Baishakh|Jestha|Jeth|Asar|Asadh|Ashadh|Shrawan|Srawan|Bhadra|Bhadau|Asoj|Ashoj|Ashwin|Kartik|Mangsir|Mangshir|Poush|Paush|Magh|Falgun|Fagun|Phalgun|Chaitra`;
/** A month as patterns that ignore case read it (MONTH_ANY_CASE): the capitals below would only cost them a branch. */
const MONTH_ANY_CASE = String.raw`(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[\p{L}]{0,6}\.?|${NEPALI_MONTH})`;
// … and in capitals, as PTI, RSS and ANSA date copy ("NEW DELHI, NOV 26 (PTI)", "(ANSA) - ROME, NOV 26 -").
const MONTH = String.raw`(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[\p{L}]{0,6}\.?|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)\p{Lu}{0,6}\.?|${NEPALI_MONTH})`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
// The Ethiopian News Agency puts a slash before the year: "Addis Ababa, November 26/2026 (ENA)".
const DATE = String.raw`(?:${MONTH}(?:\s+|(?<=\.))${DAY}(?:,?\s+\d{4}|\/\d{4})?|${DAY}\s+${MONTH}(?:,?\s+\d{4})?)`;
/** DATE, for patterns that ignore case. */
const DATE_ANY_CASE = String.raw`(?:${MONTH_ANY_CASE}(?:\s+|(?<=\.))${DAY}(?:,?\s+\d{4}|\/\d{4})?|${DAY}\s+${MONTH_ANY_CASE}(?:,?\s+\d{4})?)`;
/** A date in figures, as a timestamp writes it: "26-11-2026", "26/11/2026", "2026-11-26". */
// … and CGTN's "26-Nov-2026".
const DATE_IN_FIGURES = String.raw`(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}-\d{4})`;
/**
 * Time zones a timestamp names: South Asia's (bdnews24's "BdST" too: the thirty-fourth sweep), the Gulf's ("GST"), East and Southeast Asia's ("JST", "KST", "SGT", "WIB"), Africa's
 * ("EAT", "WAT", "SAST"), Europe's and America's.
 */
const ZONES = String.raw`IST|GMT|UTC|PKT|NPT|BDT|BdST|MVT|AFT|IRST|GST|AST|TRT|MSK|EET|EEST|WET|CET|CEST|BST|JST|KST|HKT|SGT|MYT|PHT|ICT|WIB|WITA|AEST|AEDT|NZST|NZDT|EAT|WAT|CAT|SAST|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT`;
/** A clock time: "14:05", "05:10 PM", "10:05:00 AM", "6.10 p.m.". */
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[apAP]\.?[mM]\.?)?`;
/** A timestamp's time after its date: ", 05:10 PM IST", " 17:30 IST", " 06:10 pm", " 10:05 [IST]", with seconds (the Economic Times' "10:05:00 AM IST", Firstpost's "10:05:12 (IST)"). */
// … and a zone as its offset, as VnExpress stamps its copy ("04:10 pm GMT+7").
const TIME = String.raw`(?:[,\s|]+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[apAP]\.?[mM]\.?)?)?(?:\s+(?:(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|${ZONES}|\[IST\]|\(IST\)))?`;

/** Who a Reuters credit names, as it writes them: "(Reporting by …; Editing by …)". */
const CREDITS = 'Reporting|Additional reporting|Writing|Editing|Compiled|Reporting and writing|Edited';

/** What a share or sign-up prompt asks the reader to join: "our WhatsApp channel", "the Mint newsletter". */
const PROMPTED = String.raw`(?:the )?(?:\S+ ){0,3}(?:newsletters?|brief(?:ing)?s?|digests?|channels?|podcasts?|alerts?|updates|app|e-?paper|whatsapp|telegram|youtube|instagram|facebook|community)\b`;

const markToAgency = new Map([...AGENCIES.flatMap((a) => [...a.marks, ...(a.datedMarks ?? []), a.name].map((m) => [m.toLowerCase(), a.id] as const)), ['pna', 'PNA'] as const, ['pa', 'PA Media'] as const, ...Object.entries(CJK_MARKS), ...Object.entries(CYRILLIC_MARKS).map(([m, id]) => [m.toLowerCase(), id] as const), ...Object.entries(ARABIC_MARKS), ['ኢዜአ', 'ENA'] as const]);
/**
 * Agency.datedMarks: in no sign-off's or credit's pattern; DATELINE reads them only with a date (see readAgencyShapes), and where a
 * dateline's bracket is read otherwise ("VIENNA (MNA) -") markToAgency credits them.
 */
const DATED_MARKS: ReadonlySet<string> = new Set(AGENCIES.flatMap((a) => a.datedMarks ?? []));
/**
 * The agency a dateline's mark names: "(MNA)" from a place in Myanmar, or in a feed of Myanmar's (`myanmar`, see WireContext) from
 * any place, is the Myanmar News Agency's; anywhere else Mehr's. "APA" from a place in Azerbaijan ("Baku, November 27, APA.") is the
 * Azerbaijan Press Agency's, anywhere else Austria's (the thirty-seventh sweep: Baku's copy was credited to the Austrian agency).
 */
function agencyOfMark(mark: string, place: string | null, myanmar = false): string | undefined {
  if (mark === 'APA' && place !== null && countryOf(place) === 'Azerbaijan') return 'Azerbaijan Press Agency';
  const home = DATED_MARKS.has(mark) ? HOME_COUNTRIES.get(mark) : undefined;
  if (home !== undefined && (place === null || !home.includes(countryOf(place) ?? ''))) return undefined;
  return mark === 'MNA' && (myanmar || (place !== null && isInMyanmar(place))) ? 'Myanmar News Agency' : markToAgency.get(mark.toLowerCase());
}
/**
 * The countries a mark's agency is at home in, as countryOf knows them: one table, read by two rules, each on its own marks (the
 * forty-fourth sweep: they were two tables, HOME_COUNTRY_MARKS and HOME_COUNTRIES, saying this of different marks).
 *
 * A dated mark (DATED_MARKS) names its agency from a place in its own country only (the thirty-eighth sweep; see agencyOfMark): "(IP)"
 * after Asunción is Paraguay's agency's, "(NA)" after Buenos Aires Noticias Argentinas', "(VTV)" after Caracas Venezuela's television's;
 * after any other place the dateline is read and credits no agency.
 *
 * A mark of NOT_LEAD_MARKS alone under copy from its agency's country signs it off (the thirty-seventh sweep; see isStrayMark): a bare
 * "RSS" under copy datelined in Nepal ("KATHMANDU: …", a staff or a client paper's dateline) is Rastriya Samachar Samiti's, the Sangh
 * being no sign-off; "APS" under copy from Algeria or Senegal the Algerian or Senegalese agency's. Both stayed as the last line. Under
 * copy dated elsewhere, or undated, they stay (countryOf knows a few countries only). "(RSS)" and "(APS)" in a dateline are no dated marks,
 * and credit their agency from any place, as before.
 */
const HOME_COUNTRIES: ReadonlyMap<string, readonly string[]> = new Map([
  ['IP', ['Paraguay']],
  ['NA', ['Argentina']],
  ['VTV', ['Venezuela']],
  ['RSS', ['Nepal']],
  ['APS', ['Algeria', 'Senegal']],
]);
const datedMarks = [...DATED_MARKS].map(escapeRegExp).join('|');
const marks = AGENCIES.flatMap((a) => a.marks)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

/** What a prompt or a caption never holds: someone quoted ("…, the department said", "…, he told reporters"). */
const UNQUOTED = String.raw`(?!.*\b(?:said|says|told|tells|urged|urges|advised|added|according to)\b)`;
/**
 * An outlet's promo for its app, as a prompt reads ('i'): "Download the Mint app to get daily market updates", "Download OTV App.", "…
 * the HINA app for the latest news …": a news app, the app alone, or news it brings. Another app a story tells its readers of is copy
 * ("Download the DigiLocker app to get your marksheets from Monday.", "Download the Sachet app to receive cyclone warnings …").
 */
const NEWS_APP_WORDS = String.raw`news|updates?|updated|headlines|stories|e-?paper`;
const NEWS_APP_PROMO = String.raw`download (?:the |our )?(?:\S+ ){0,4}(?:news app\b|app\b(?:[.!]?$|.*\b(?:${NEWS_APP_WORDS})\b))`;
/**
 * A live page's link: "Follow live updates here", "Follow LIVE updates on the Maharashtra election results here", "Click here for live
 * coverage" (read with the `i` flag).
 */
/**
 * A prompt's words named as a sentence's subject, a verb after them: "Click here was the only text on the fake page." is copy, not a
 * prompt (the forty-first sweep's copy loss).
 */
const NAMED_AS_SUBJECT = String.raw`\s+(?:was|is|were|are|has|had|have|became|becomes|remains?|remained|appeared|appears|seemed|seems)\b`;
const LIVE_LINK = String.raw`(?:(?:follow|catch|get|track) (?:all )?(?:the )?(?:latest )?live (?:updates?|coverage|blog)(?: (?:on|of|from|for|about) [^.!?,]{1,100})? here|(?:click|tap) here (?:to follow|for) (?:all )?(?:the )?(?:latest )?live (?:updates?|coverage)(?: (?:on|of|from|for|about) [^.!?,]{1,100})?)`;
/** … run into a paragraph after its last sentence, ending it ("… began at 8 am. Follow live updates here"); one a sentence goes on past stays. */
const LIVE_LINK_RUN_IN = new RegExp(String.raw`(?<=[.!?"”’)])\s+${LIVE_LINK}\s*[.!]?$`, 'i');

/** Platforms an outlet asks to be followed on. */
const PLATFORMS = String.raw`Twitter|X \(formerly Twitter\)|X|Facebook|Instagram|Google News|WhatsApp|Telegram|YouTube|LinkedIn|Threads|Bluesky|Snapchat`;
/** An outlet named in a prompt: "The Daily Star", "the Kathmandu Post", "Al Jazeera" (capitalised: "the rules" is none). */
const OUTLET_NAME = String.raw`(?:the |The )?\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}`;
/**
 * Who a line crediting a source names: agencies, "news agencies", "Al Jazeera" (a word in lower case starts a sentence).
 * No character of a word parts words too ("&" does): "A&A&A…" could be split so many ways the match would never end.
 */
// … and the small words of a body's name: "Source: Ministry of Defence".
const SOURCE_WORD = String.raw`(?:\p{Lu}[\p{L}.'’-]*|and|of|the|for|news|agencies|wires?)`;
/** Xinhua's page stamp and editor after its source, under the copy as over it: "Source: Xinhua| 2026-11-27 15:30:45|Editor: huaxia". */
const SOURCE_STAMP_EDITOR = String.raw`\s*\|\s*\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*\|\s*Editor\s*:\s*[\p{L} .'’-]{1,40}`;
/** Who a story's inputs came from: "PTI", "agencies". */
const INPUT_SOURCE = String.raw`(?:${marks}|(?:news |other )?agencies|wires?)`;
/** A place in capitals, as staff copy writes it: "NEW DELHI", "ST. PETERSBURG", "LONDON/SINGAPORE". */
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}.'’ /-]*?\p{Lu}\.?`;
/** A place as a name: "Mumbai", "Port Louis" (capitalised words only: "BJP vs Congress" is no place). */
// … with the particles of Arabic, Romance and Swahili names in lower case: "Ras al-Khaimah", "Sharm el-Sheikh", "Rio de Janeiro",
// "Dar es Salaam" ("of" is none: "Ministry of Finance, Nov 26:" names no place).
const PLACE_PARTICLE = String.raw`(?:(?:al|el|ad|ar|as|at|az|ash|an|ez|ed)-\p{Lu}[\p{L}.'’-]*|(?:de|da|do|dos|das|del|des|di|du|la|le|les|es|el|al|ez|sur|am|an|upon)(?= \p{Lu}))`;
const NAMED_PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|${PLACE_PARTICLE})){0,3}`;
/** A person's name in a byline: capitalised words and initials ("Rezaul Karim", "A. K. Singh"), not a place in capitals. */
const NAME = String.raw`\p{Lu}(?:\p{Ll}[\p{L}'’-]*|\.)(?:\s+(?:\p{Lu}(?:\p{Ll}[\p{L}'’-]*|\.)|and|&|de|van|bin|al))*`;
const ANTARA_CREDIT_LABEL = String.raw`(?:Reporters?|Writers?|Translators?|Editors?|Photographers?|Pewarta|Penerjemah|Penulis|Fotografer)`;
/** One of Antara's credits under its copy, its label and the names after it: "Reporter: Jane Doe", "Translator: Jane Doe, John Roe". */
const ANTARA_CREDIT = String.raw`${ANTARA_CREDIT_LABEL}\s*:\s*${NAME}(?:\s*(?:,|\/|&)\s*${NAME})*`;
/**
 * What a desk credit ends with: "Express News Service", "HT Correspondent", "Our Staff Reporter", "ET Bureau", and the
 * reports of the Daily Star ("Star Online Report", "Star Business Report"), the Dhaka Tribune ("Tribune Report"), the
 * Kathmandu Post ("Post Report") and Daily Times ("Staff Report"), a desk's staff as a whole (Firstpost's "FP Staff", "Scroll Staff", the
 * EEAS's "EEAS Press Team");
 * "Report" alone is not one ("Annual Report").
 */
const DESK_CREDITS = ['Correspondent', 'Reporter', 'Bureau', 'Desk', 'News Service', 'News Network', 'Staff Writer', 'Web Team', 'Online Report', 'Business Report', 'Star Report', 'Tribune Report', 'Post Report', 'Staff Report', 'Digital Report', 'Sports Report', 'Gazette report', 'Gazette Report', 'Staff writer', 'Staff reporter', 'Staff', 'Press Team'];
/**
 * Credits that are a name of their own: the Times of India's "TNN", the Indian Express's "ENS", Deccan Herald's "DHNS", "Agencies",
 * Dawn's website's "Dawn.com", the Economic Times' "ETOnline", the Financial Express's "FE Online", Mint's "Livemint", Moneycontrol's
 * "Moneycontrol News", Ariana's "Ariana News", "bdnews24.com", the Times of India's "TIMESOFINDIA.COM".
 */
const DESK_NAMES = ['TNN', 'ENS', 'DHNS', 'Agencies', 'News Agencies', String.raw`Dawn\.com`, 'ETOnline', 'ET Online', 'FE Online', 'Livemint', 'Moneycontrol News', 'Ariana News', String.raw`bdnews24\.com`, String.raw`TIMESOFINDIA\.COM`, String.raw`timesofindia\.com`, 'TRT World(?: and [Aa]gencies)?'];
const CREDIT = String.raw`(?:(?:By|(?:Written|Reported) [Bb]y)\s+${NAME}|(?:(?:\p{Lu}[\p{L}']*|[A-Z]{2,4})\s+){0,3}(?:${DESK_CREDITS.join('|')})|${DESK_NAMES.join('|')})`;
/** A credit line: "By Jane Doe", "HT Correspondent", "By Rezaul Karim | Dhaka" (the place), "TNN | Nov 26, 2026, 05:10 IST", "By Jane Doe, Reuters". */
// … with the writer's address ("By Kim So-hyun (sophie@heraldcorp.com)", the Korea Herald), the agencies a desk wrote with ("By Jane
// Doe with AFP, AP", Euronews), or the date without a bar ("By The Irrawaddy 26 November 2026").
// … after a comma too: the Taipei Times' "Staff writer, with CNA".
const WITH_AGENCIES = String.raw`,?\s+(?:with|WITH)\s+(?:${marks}|[Aa]gencies|AGENCIES)(?:\s*(?:,|and|&|AND)\s*(?:${marks}|[Aa]gencies|AGENCIES))*`;
// China Daily's "By Zhang Yi | chinadaily.com.cn | Updated: 2026-11-26 10:05", the Global Times' "By Global Times Published: Nov 26, 2026 10:05 PM".
// The Times of India's "TIMESOFINDIA.COM | Last updated on -Nov 26, 2026, 10:05 IST".
const CREDIT_STAMP = String.raw`(?:\s*\|\s*[\w-]+(?:\.[\w-]+)+)?(?:\s*\|\s*|\s+)(?:(?:Last (?:updated|Updated) on|Updated|Published|UPDATED|PUBLISHED)\s*[:-]?\s*)?(?:${DATE}|${DATE_IN_FIGURES})${TIME}`;
// … with its editor after a bar ("By HT News Desk | Edited by Shobhit Gupta"), and the place then the stamp ("Written by Sourav Roy
// Barman | New Delhi | Updated: November 26, 2026 10:05 IST", the Indian Express).
const CREDIT_EDITOR = String.raw`\s*\|\s*(?:Edited|Curated|Written|Reported) [Bb]y\s*:?\s*${NAME}`;
// The Taipei Times names the writer's role after a slash: "By Lin Chia-nan / Staff reporter".
const CREDIT_ROLE = String.raw`\s*\/\s*(?:[Ss]taff [Ww]riter|[Ss]taff [Rr]eporter|[Cc]orrespondent)`;
/**
 * PA Media's writer's job after the comma of a byline: "By Jane Doe, PA Political Editor", "…, PA Deputy Political Editor", "…, PA Home
 * Affairs Correspondent", "…, PA Scotland" (its mark "PA", read as PA Media only here).
 */
const PA_ROLE = String.raw`(?<paMark>PA)(?:\s+(?:Deputy|Chief|Senior|Political|Home|Affairs|Health|Social|Crime|Courts|Business|Consumer|Economics|Industry|Education|Environment|Science|Technology|Transport|Media|Royal|Entertainment|Sport|Sports|Scotland|Wales|Ireland|Westminster|Parliamentary|News|Staff)){0,3}(?:\s+(?:Editor|Correspondent|Reporter|Staff))?`;
const CREDIT_LINE = new RegExp(String.raw`^${CREDIT}(?:${CREDIT_ROLE})?(?:\s*\([\w.+-]{1,64}@[\w.-]{1,80}\))?(?:${WITH_AGENCIES})?(?:${CREDIT_EDITOR})?(?:\s*\|\s*(?<place>${CAPS_PLACE}|${NAMED_PLACE})(?:\s*\|\s*(?:Updated|Published)\s*:?\s*(?:${DATE}|${DATE_IN_FIGURES})${TIME})?|${CREDIT_STAMP}|,\s*(?:(?<mark>${marks})|${PA_ROLE}|[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|in|bd|pk|np|lk))\s*)?\s*$`, 'u');
/**
 * The agency credited alone above the copy, as a page's byline: "PTI", "By IANS", "Press Trust of India", "IANS | Nov 26, 2026,
 * 05:10 PM IST". It names no place, so it is no dateline: only the agency is read.
 */
// … or as Kyodo's site stamps it, dashes around the date and its sections after a bar: "KYODO NEWS - Nov 26, 2026 - 16:22 | World, All".
const AGENCY_BYLINE = new RegExp(String.raw`^(?:By\s+)?(?<mark>${marks}|${AGENCIES.map((a) => escapeRegExp(a.name)).join('|')})(?:\s*\|\s*(?:(?:Updated|Published)\s*:?\s*)?(?:${DATE}|${DATE_IN_FIGURES})${TIME}|\s+-\s+${DATE}\s+-\s+${CLOCK}(?:\s*\|\s*\p{L}+(?:,\s*\p{L}+){0,4})?)?$`, 'u');
const MAX_AGENCY_BYLINE = 80;
/** PIB's regional office alone on a line over its release: "PIB Delhi", "PIB Thiruvananthapuram" (see readDateline). */
const PIB_OFFICE = /^PIB\s+(?<place>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)$/u;
const MAX_PIB_OFFICE = 40;
/**
 * A government release's stamp over its copy, as the Government of Canada's news releases open, in English and in French: "November 27,
 * 2026 – Ottawa, Ontario – Department of Finance Canada", "Le 27 novembre 2026 – Ottawa (Ontario) – Ministère des Finances Canada": the
 * day, the town and its province (named in full, which makes the line Canada's), and the department that issued it. It is the release's dateline: its
 * place is the story's, and the line no copy. See readDateline.
 */
const STAMP_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,3}`;
/** Canada's provinces and territories, in English and French: they make the stamp Canada's, whatever town it names. */
const PROVINCE = String.raw`(?:Ontario|Qu[eé]bec|British Columbia|Colombie-Britannique|Alberta|Saskatchewan|Manitoba|Nova Scotia|Nouvelle-[EÉ]cosse|New Brunswick|Nouveau-Brunswick|Newfoundland and Labrador|Terre-Neuve-et-Labrador|Prince Edward Island|[IÎ]le-du-Prince-[EÉ]douard|Yukon|Northwest Territories|Territoires du Nord-Ouest|Nunavut)`;
const RELEASE_STAMP = new RegExp(
  String.raw`^(?:Le )?(?<date>(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4})` +
    String.raw`\s+[–—-]\s+(?<place>${STAMP_NAME})(?:,\s*(?<region>${PROVINCE})|\s*\((?<regionFr>${PROVINCE})\))(?:\s+[–—-]\s+[^.!?]{3,100})?$`,
  'u',
);
const MAX_RELEASE_STAMP = 200;
/** The longest credit line: "By A. K. Singh and Rezaul Karim | Thiruvananthapuram" is 52 characters; credit rules skip longer lines. */
const MAX_CREDIT_LINE = 160;
const CAPS_NAME = String.raw`\p{Lu}{2,}(?:[-'’]\p{Lu}+)*(?:\s+\p{Lu}{2,}(?:[-'’]\p{Lu}+)*){1,3}`;
const CHINA_DAILY_BYLINE = new RegExp(String.raw`^By\s+(?:${CAPS_NAME}|${NAME})(?:\s+(?:and|&)\s+(?:${CAPS_NAME}|${NAME}))?\s*\|\s*(?:[\w-]+(?:\.[\w-]+)+|\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,3})\s*\|\s*(?:Updated|Published)\s*:?\s*(?:${DATE}|${DATE_IN_FIGURES})${TIME}$`, 'u');
/** A credit line naming a place after a comma: "By Rezaul Karim, Dhaka" (the place must be a known one: "By Jane Doe, Special to the Paper"). */
const CREDIT_COMMA_PLACE = new RegExp(String.raw`^${CREDIT},\s*(?<place>${NAMED_PLACE})\s*$`, 'u');
/**
 * A byline without "By", the writer then the place, as Kuensel ("Sonam Pem | Punakha") and BBS ("Kinley Wangchuk, Gelephu")
 * set it above the copy: two to four capitalised words, a known place, and a name that is no place ("Thimphu, Paro").
 */
const NAME_PLACE = new RegExp(String.raw`^(?<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3})\s*(?:\||,)\s*(?<place>${NAMED_PLACE})$`, 'u');
/** The place before the credit, as the Indian Express sets it above the copy: "Chandigarh | ENS", "Pune | Express News Service". */
const PLACE_CREDIT = new RegExp(String.raw`^(?<place>${CAPS_PLACE}|${NAMED_PLACE})\s*\|\s*${CREDIT}$`, 'u');
/**
 * The same run into the copy with a colon, as English Jagran opens it: "New Delhi | Jagran News Desk: Schools in Delhi will …". The
 * place is the story's and the desk's credit no copy (it stayed, place and desk, at the head of the copy); a known place only.
 */
const PLACE_CREDIT_RUN_IN = new RegExp(String.raw`^(?<place>${CAPS_PLACE}|${NAMED_PLACE})\s*\|\s*${CREDIT}\s*:\s+(?=["“‘]?[\p{Lu}\d])`, 'u');
/**
 * A place and the page's timestamp on the line above the copy, as India Today ("New Delhi, UPDATED: Nov 26, 2026 12:10 IST")
 * and the Indian Express ("Pune | Updated: November 26, 2026 10:05 IST") set them: read as a byline's place is (a known one).
 */
// … and the Jakarta Post's, a bullet between the place and the day and date: "Jakarta ● Thu, November 26, 2026".
const PLACE_STAMP = new RegExp(String.raw`^(?<place>${NAMED_PLACE})\s*(?:[,|]\s*(?:UPDATED|Updated)\s*:|[●•]\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},?)\s*(?:${DATE}|${DATE_IN_FIGURES})${TIME}$`, 'u');
const MAX_PLACE_STAMP = 90;
/** A place alone on the line above the copy, as Anadolu writes it ("ANKARA"); it must be a known one. */
const PLACE_ALONE = new RegExp(String.raw`^${NAMED_PLACE}$`, 'u');
/** A place and its date alone on that line: "Kathmandu, November 26", "KATHMANDU, Nov 26, 2026". */
// … and the EEAS's, the date in figures and perhaps the time: "Brussels, 27.11.2026", "Brussels, 27/11/2026 – 10:05".
const PLACE_DATE_ALONE = new RegExp(String.raw`^(?<place>${NAMED_PLACE})(?:,\s*|\s+[-–—]\s+)(?<date>${DATE}|${DATE_IN_FIGURES})(?:\s*[–—-]\s*${CLOCK})?(?:\s*[:–—-])?$`, 'u');
/**
 * Andina's English stamp over its copy (the forty-fourth sweep): the time, a bar, the place and the date, a full stop after it, "13:12 |
 * Lima, Nov. 27." (the line stayed over the copy, and no place was read). Alone on its line, and the place a known one (see placeLine).
 */
const CLOCK_PLACE_DATE_ALONE = new RegExp(String.raw`^${CLOCK}\s*\|\s*(?<place>${NAMED_PLACE}),\s*(?<date>${DATE})\.?$`, 'u');
/** A place and its country alone on that line, as WION and News18 set it: "New Delhi, India" (both must be known ones). */
const PLACE_REGION_ALONE = new RegExp(String.raw`^(?<place>${NAMED_PLACE}),\s*(?<region>${NAMED_PLACE})$`, 'u');

/** The hosts of social posts: a paragraph that is only a link to one is an embed whose markup was stripped. */
const POST_HOSTS = String.raw`(?:pic\.twitter\.com|t\.co|(?:twitter|x|instagram|facebook|tiktok|youtube|threads|reddit)\.com|fb\.watch|youtu\.be|threads\.net|bsky\.app)`;
/** How an embedded post ends once its markup is gone: "— Minister (@minister) November 26, 2026" (Bluesky adds "at 10:00 AM"). */
const POST_SIGNATURE = new RegExp(String.raw`(?:^|\s)[-–—]{1,2}\s*[^()]{0,80}\(@[\w.]{1,40}\)\s+(?:${MONTH_ANY_CASE}\s+\d{1,2},\s+\d{4}|\d{1,2}\s+${MONTH_ANY_CASE}\s+\d{4})(?:\s+at\s+\d{1,2}:\d{2}\s*[AP]M)?$`, 'iu');
/** Post text ends in its picture's or its own short link. */
const POST_LINK_END = new RegExp(String.raw`\s(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co)\/\w+$`);
/** The same links, one or more, ending a paragraph whose post had no signature left to take it away. */
/** How far from a paragraph's end its post links stand: two of them and their spaces. */
const POST_LINKS_WINDOW = 90;
const POST_LINKS_TAIL = /(?:^|\s)(?:(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co)\/\w+\s*)+$/;

/**
 * What is left of embeds, platform buttons and aggregators' footers once a feed stripped their markup, as one
 * pattern (every paragraph of every story meets every rule: one test is cheaper than seven).
 */
const LEFTOVERS = new RegExp(
  String.raw`^(?:` +
    [
      // A link alone to a social host: an embed, or a WordPress embed block left as its URL.
      String.raw`(?:https?:\/\/)?(?:www\.|m\.|mobile\.)?${POST_HOSTS}\/\S*`,
      // Instagram's and Threads' prompts.
      String.raw`view this (?:post|profile|video) on \w+|view on (?:threads|instagram|x|tiktok)|a (?:post|video|photo|reel) shared by .{1,80}\(@[\w.]{1,40}\)`,
      // Facebook's "Posted by … on Thursday, November 26, 2026".
      String.raw`posted by .{1,80} on (?:\p{L}+day,?\s+)?(?:${MONTH_ANY_CASE}\s+\d{1,2},\s+\d{4}|\d{1,2}\s+${MONTH_ANY_CASE}\s+\d{4})`,
      // TikTok's sound credit.
      String.raw`♬\s.*`,
      // A button's label alone on a line: Substack's and Ghost's, and a news page's share bar ("Tweet", "Print", "Comments").
      String.raw`(?:share|subscribe(?: now| for free)?|leave a comment|upgrade to paid|give a gift subscription|sign up(?: now)?|support us|tweet|print|e-?mail|comment|copy link|(?:read|view|show|see|post|add) (?:a |all |the )?comments?(?: \(\d+\))?|listen to (?:this|the) (?:article|story)|see more|show more|show less|load more|close|show full (?:article|story)|purchase licensing rights)[.!]?`,
      // A gallery's counter: "Image 1 of 3".
      String.raw`(?:image|photo|picture|slide) \d{1,2} of \d{1,2}`,
      // A share bar's platforms, a page's tools and its language links, each a button alone on its line once the markup is gone
      // ("WhatsApp", "A+ A-", "Gift this article", "Read in Hindi", "हिंदी"), and an audio player's clock ("0:00 / 3:45").
      String.raw`(?:whatsapp|facebook|twitter|linkedin|reddit|telegram|pinterest|koo|x|instagram|youtube|threads|bluesky|snapchat|google news|bookmark|save|follow|listen|translate|zoom|remove ads?|print this (?:page|article|story)|(?:text|font) size|a[+-]?(?: a[+-]?){1,2}|gift (?:this )?article|read in (?:hindi|english|urdu|bangla|bengali|nepali|tamil|telugu|kannada|malayalam|marathi|gujarati|punjabi|odia|sinhala|pashto|dari))[.!]?`,
      String.raw`(?:हिंदी|हिन्दी|বাংলা|اردو|नेपाली|தமிழ்|తెలుగు|ಕನ್ನಡ|മലയാളം|मराठी|ગુજરાતી|ਪੰਜਾਬੀ|ଓଡ଼ିଆ|অসমীয়া|සිංහල|پښتو|دری|فارسی)`,
      String.raw`\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?`,
      // A page's reading time: "2 min read", "Read Time: 3 mins", "Reading time: 4 minutes".
      String.raw`\d{1,2}\s*(?:min|mins|minutes?)\s+read|read(?:ing)? time\s*[:|-]?\s*\d{1,2}\s*(?:min|mins|minutes?)`,
      // A reporter's address alone on a line, as Yonhap signs off ("kimsy@yna.co.kr").
      String.raw`[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}`,
      // WAM's desk credits by name, "WAM/Esraa Ismail/Hassan Bashir", its translator's too ("WAM/Translation: Mohamed Aamer/Hazem Hussein")
      // (only after "WAM/": "REUTERS/Amit Dave/File Photo" is a caption).
      String.raw`wam(?:\/(?:translat(?:ion|ed by)\s*:\s*)?\p{L}{2,15}(?: \p{L}{2,15}){0,3}){1,4}`,
      // The Express Tribune's comments prompt.
      String.raw`have something to add to (?:the|this) story\? share it in the comments\b.{0,20}`,
      // Anadolu's "*Writing by Ahmet Kaya in Ankara", IANS's "(This article is part of IANS Special Series)".
      String.raw`\*\s*(?:writing|contributed|reporting|edited) by .{1,80}|\(this (?:article|story) is part of (?:the )?[\p{L} ]{1,40} series\)\.?`,
      // Scroll's "We welcome your comments at letters@scroll.in.", the Economic Times' "Subscribe to The Economic Times Prime and read…",
      // Dawn's "Header image: …".
      String.raw`we welcome your comments at \S+@\S+|subscribe to (?:the )?\p{L}.{0,60}\b(?:prime|premium|plus)\b.{0,60}|header image\s*:.*`,
      // Tolo News's name alone under its copy ("TOLOnews").
      String.raw`tolo ?news`,
      // Reddit's "submitted by /u/name [link] [comments]", Lemmy's "submitted by name to community", its "42 points | 7 comments" and
      // the linked article's address after them (one line: <br>s part them), and Google News' link to its story page. Lemmy's line
      // is one word each side of "to" and nothing of a sentence: "Submitted by farmers to the collector, the petition…" is copy.
      String.raw`submitted by\s+\/?u\/[\w-]+(?:\s*\[link\])?(?:\s*\[comments\])?|submitted by [\w.@-]{1,60} to [\w.@-]{1,60}(?:\s+\d{1,6} points?\s*\|\s*\d{1,6} comments?)?(?:\s+https?:\/\/\S+)?|view full coverage on google news`,
      // A mailing's link to its web copy, over a newsletter's archived issue (Mailchimp's "View this email in your browser").
      String.raw`(?:having trouble viewing this e-?mail\?\s*)?view (?:this e-?mail|it|this newsletter) (?:in|on) (?:your|a|the) (?:web )?browser\.?|view (?:in|on) (?:your |a )?(?:web )?browser`,
      // A "read more" link alone in the languages of East Asian blog and news hosts: Japanese ("続きを読む", "続きはこちら", "もっと見る"),
      // Chinese ("阅读全文", "查看原文", Weibo's "原文" as RSSHub prints it) and Korean ("더보기", "원문보기"), with a bracket or arrow.
      // A bare "全文" ("full text") is as often the heading over a document's text: only bracketed here (see cutFoot for one last).
      String.raw`[\[【(（«»>≫]?\s*(?:続きを読む|続きはこちら|もっと見る|もっと読む|阅读全文|閱讀全文|查看原文|查看全文|原文|(?<=[\[【(（«»>≫]\s*)全文|全文(?=\s*[\]】)）»>≫→])|더\s?보기|원문\s?보기)\s*[\]】)）»>≫→]*`,
    ].join('|') +
    ')$',
  'iu',
);

/**
 * Buttons and a live blog's clock, alone on a short line once the markup is gone (a rule of their own, tried on short lines only,
 * spares LEFTOVERS' long ones the alternatives): "Read Later", "Share Via", "View Gallery", "12 Photos", DW's "Skip next section
 * Explore more", the SCMP's "Why you can trust SCMP", Punch's "Kindly share this story:", and "10:30 AM IST", "09:15 (IST)", "8.13pm GMT".
 */
const SHORT_BUTTONS = new RegExp(
  String.raw`^(?:read later|save for later|share via|get the app|open in app|watch (?:the )?(?:full )?video|skip (?:next|previous) section(?: [\p{L} ]{1,30})?|view (?:the )?(?:gallery|photos|all photos|all images)|\d{1,3} (?:photos|pictures|images)|why you can trust \p{L}{2,20}|(?:kindly |please )?share this (?:story|article|post)\s*:?|enter your e-?mail(?: address)?(?: here)?\s*:?|(?:thank you|thanks) for (?:subscribing|signing up|registering)` +
    String.raw`|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:${ZONES})\)?)?)[.!]?$`,
  'iu',
);
const MAX_SHORT_BUTTON = 60;

/**
 * The longest of Dawn's captions ("… the port. — APP"): a longer paragraph ending so is copy signed off by its agency, whose
 * sign-off the foot cuts, not a caption to drop whole.
 */
const DAWN_CAPTION_MAX = 160;
/** Dawn's caption credited to an agency alone: "… the port. — APP", "… on Monday. — Reuters". */
const DAWN_AGENCY_CAPTION = new RegExp(String.raw`[.!?"”’]\s+[—–]\s*(?:${marks})$`, 'u');
/**
 * A caption shows a scene ("Workers unload cargo at the port."); a stitched story's paragraph signed "— Reuters" between its own reports
 * what someone said ("The US approved the sale on Monday, its state department said. — Reuters"), and read as a caption it was lost.
 */
const REPORTED = /\b(?:said|told|according to)\b/;
/**
 * Letters with a nukta that Unicode keeps out of composition ("ड़" U+095C, Bengali "য়" U+09DF, Odia "ଡ଼" U+0B5C …): normalised, each is
 * its letter and the nukta; a page may write it either way.
 */
const PRECOMPOSED_NUKTA = new Map([...'\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f\u09dc\u09dd\u09df\u0a33\u0a36\u0a59\u0a5a\u0a5b\u0a5e\u0b5c\u0b5d'].map((c) => [c.normalize('NFD'), c] as const));
const NUKTA_PAIR = new RegExp([...PRECOMPOSED_NUKTA.keys()].join('|'), 'g');
/**
 * "Also read" as papers in India's languages and Urdu write it over a linked headline: Hindi's "यह भी पढ़ें" (and its "read more", "और
 * पढ़ें", as Tamil's "மேலும் படிக்க"), Marathi's "हेही वाचा",
 * Bengali's "আরও পড়ুন", Tamil's "இதையும் படிக்க", Telugu's "ఇది కూడా చదవండి", Kannada's "ಇದನ್ನೂ ಓದಿ", Malayalam's "ഇതുകൂടി വായിക്കൂ",
 * Gujarati's "આ પણ વાંચો", Punjabi's "ਇਹ ਵੀ ਪੜ੍ਹੋ", Odia's "ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ", Urdu's "یہ بھی پڑھیں" and "مزید پڑھیں", Nepali's "यो पनि पढ्नुहोस्". A letter with a nukta ("ढ़") comes
 * as one code point or as two: both are read.
 */
const ALSO_READ_INDIC = [
  'यह भी पढ़ें', 'ये भी पढ़ें', 'और पढ़ें', 'इसे भी पढ़ें', 'हेही वाचा', 'हे पण वाचा', 'আরও পড়ুন', 'আরো পড়ুন', 'இதையும் படிக்க', 'மேலும் படிக்க',
  'ఇది కూడా చదవండి', 'ఇవి కూడా చదవండి', 'ಇದನ್ನೂ ಓದಿ', 'ഇതുകൂടി വായിക്കൂ', 'ഇതും വായിക്കുക', 'આ પણ વાંચો', 'ਇਹ ਵੀ ਪੜ੍ਹੋ', 'ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ', 'یہ بھی پڑھیں',
  // Urdu's "read more" and Nepali's "also read", as Urdu and Nepali papers set them over a link (the twenty-eighth sweep).
  'مزید پڑھیں', 'यो पनि पढ्नुहोस्', 'यो पनि पढ्नुस्', 'यो पनि पढ्नुहोला',
  // Arabic's, as the Gulf's and the Levant's agencies set it over a link in their Arabic copy (the twenty-ninth sweep): no capitals either.
  'اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ أيضًا', 'إقرأ أيضا', 'اقرأ المزيد',
]
  .flatMap(spellings)
  .join('|');
/**
 * Hindi pages' boxes of other stories' headlines under the copy: "ताज़ा ख़बरें" (latest news, with or without the nukta), "टॉप
 * स्टोरीज़", and related ones, "संबंधित खबरें".
 */
const BOX_HEADINGS_HINDI = ['ताज़ा ख़बरें', 'ताज़ा खबरें', 'ताजा खबरें', 'लेटेस्ट न्यूज़', 'लेटेस्ट न्यूज', 'टॉप स्टोरीज़', 'टॉप स्टोरीज']
  .flatMap(spellings)
  .join('|');
const RELATED_HEADINGS_HINDI = ['संबंधित खबरें', 'संबंधित ख़बरें', 'संबंधित समाचार'].flatMap(spellings).join('|');
/**
 * A picture's kind as captions in India's languages and Urdu name it, alone or closing the caption (chrome8): Hindi's "फाइल फोटो" (file
 * photo) and "प्रतीकात्मक तस्वीर" (representational image), Marathi's "संग्रहित छायाचित्र", Bengali's "ফাইল ছবি", Urdu's "فائل فوٹو", Tamil's
 * "கோப்புப் படம்", Telugu's "ఫైల్ ఫోటో"; with or without the nukta ("फ़ाइल फ़ोटो").
 */
const FILE_PICTURE_INDIC = [
  'फाइल फोटो', 'फ़ाइल फ़ोटो', 'फाइल फ़ोटो', 'फ़ाइल फोटो', 'फाइल तस्वीर', 'फ़ाइल तस्वीर', 'प्रतीकात्मक तस्वीर', 'प्रतीकात्मक फोटो', 'प्रतीकात्मक फ़ोटो',
  'प्रतीकात्मक चित्र', 'सांकेतिक तस्वीर', 'सांकेतिक फोटो', 'संग्रहित छायाचित्र', 'संग्रहित फोटो', 'प्रातिनिधिक छायाचित्र', 'ফাইল ছবি', 'ফাইল ফটো', 'প্রতীকী ছবি',
  'فائل فوٹو', 'فائل تصویر', 'علامتی تصویر', 'கோப்புப் படம்', 'கோப்புப்படம்', 'ఫైల్ ఫోటో', 'ఫైల్ చిత్రం',
]
  .flatMap(spellings)
  .join('|');
/** "Photo" as those captions' credits name it ("फोटो: पीटीआई", "ছবি: বাসস", "فوٹو: اے پی پی"), with a courtesy's word ("फोटो साभार: …"). */
const PHOTO_INDIC = String.raw`(?:${['फोटो', 'फ़ोटो', 'तस्वीर', 'छायाचित्र', 'ছবি', 'ফটো', 'فوٹو', 'تصویر', 'படம்', 'ఫోటో'].flatMap(spellings).join('|')})(?:\s+(?:साभार|सौजन्य|क्रेडिट|সৌজন্যে|بشکریہ))?`;
/** A credit's name after the colon: a few words in any script, no sentence's end (a danda, Urdu's full stop) nor a comma. */
const CREDIT_INDIC = String.raw`[^.।۔!?,،:()]{1,40}`;
/** A picture's credit or kind alone on its line in India's languages and Urdu (see its chrome rule): "पीटीआई फोटो", "(फोटो: पीटीआई)". */
const INDIC_PICTURE_LINE = new RegExp(String.raw`^\(?(?:${PHOTO_INDIC}\s*[:|-]\s*${CREDIT_INDIC}|(?:${marks})\s+(?:${PHOTO_INDIC})|(?:${FILE_PICTURE_INDIC})\)?(?:\s*[.।:|,-]\s*${CREDIT_INDIC}|\s*\(${CREDIT_INDIC}\))?)\)?[.।۔]?$`, 'u');
/** The longest heading over a box of links ("Related Topics", "Topics mentioned in this article"): heading rules skip longer lines. */
const HEADING_MAX = 60;

/**
 * Page chrome, by what to do with it:
 * - `cut`: a block heading after which nothing belongs to the story;
 * - `list`: a heading over a few linked headlines inside the copy (drop it and them);
 * - `drop`: a line that can stand anywhere;
 * - `label`: a page's label whose value stands on the next line ("Published By:", then the name): drop both;
 * - `post`: what is left of an embedded social post (see dropPost).
 * `agency`: the agency a footer names (a `cut` rule's), `needs`: text the line must contain, `max`: its greatest length,
 * `notLast`: the rule does not hold for the copy's last paragraph (nothing but chrome and sign-offs after it),
 * `tail`: how much of the line's end a rule about its end reads (an unanchored pattern costs a scan of the whole line), for the rule to be tried at all: every
 * paragraph of every story meets every rule, and a test of a length or a substring is cheaper than a regex's.
 */
/** A defence PRO's office, under the officer's name at a release's end: "PRO (Defence), Jammu". */
const PRO_OFFICE = /^PRO\s*\((?:Defen[cs]e|Army|Navy|IAF|Air Force)\),?(?:\s*\p{Lu}[\p{L} ]{1,30})?$/u;
/** A press release's end mark, "###". */
const RELEASE_END = /^#{3,}$/;
/** KCNA's site stamp, its address and the day by its Juche calendar: "www.kcna.kp (Juche115.11.27.)". */
const KCNA_STAMP = String.raw`(?:www\.)?kcna\.kp\s*\(Juche\s?\d{1,3}\.\d{1,2}\.\d{1,2}\.?\)`;
/** AP's rule over its footer, "___" (between a round-up's datelined sections it parts them: see opensDatelinedSection). */
const AP_RULE = /^_{3,}$/;
/** A spokesperson's role alone on its line, as a contact under a statement gives it: "Lead Spokesperson for Foreign Affairs and Security Policy". */
const PRESS_CONTACT_ROLE = /^(?:(?:Lead|Chief|Deputy|Principal Deputy|Senior) Spokes(?:person|man|woman)(?: for \p{Lu}[\p{L}, &-]{2,80})?|Spokes(?:person|man|woman) for \p{Lu}[\p{L}, &-]{2,80})$/u;
/**
 * A telephone number alone, in its international form, as a contact's under its role ("+32 (0)460 75 45 53", "Tel: +1 202 555 0142").
 * Alone in the copy it is a helpline's, and stays: only under a spokesperson's role is it chrome (see isContactFoot).
 */
const PHONE_ALONE = /^(?:(?:Tel|Phone|Mobile|T|M)\.?\s*:?\s*)?\+\d{1,3}(?:\s?\(0\))?(?:[\s.-]?\d{1,4}){2,6}$/;
/** A service's name alone over its press office's ("Nepali Army", then "Directorate of Public Relations and Information"). */
const SERVICE_NAME = /^(?:(?:the )?(?:Nepali|Nepal|Bangladesh|Sri Lanka|Pakistan|Indian) (?:Army|Navy|Air Force))$/;
/** An officer by rank and name alone: "Lt Col Suneel Bartwal" (a list of officers in the copy has such lines too: only over PRO_OFFICE is it a signature). */
const RANKED_OFFICER = /^(?:Lt Col|Lt Cdr|Lt Gen|Maj Gen|Col|Maj|Capt|Cdr|Wg Cdr|Gp Capt|Sqn Ldr)\.? \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}$/u;
/**
 * A military or government press office named on a line of its own, over its release or under it (see CHROME), or signing it off
 * as Sri Lanka's President's Media Division does ("-PMD-"; "PMD" is no agency's mark: Pakistan's weather office is one too).
 */
const PRESS_OFFICE = /^(?:(?:the )?(?:president|prime minister)['’]s media division(?: \(PMD\))?|(?:the )?directorate (?:general )?of (?:public relations|defence public relations|army public relations)(?: (?:and|&) information)?(?:,? (?:nepali|nepal|bangladesh|sri lanka) army)?|inter[- ]services public relations(?: \(ISPR\))?(?: directorate)?|(?:nepali|nepal) army headquarters|-\s*PMD\s*-)\.?$/i;

/**
 * A channel plug in the languages outlets print it in under agency copy (English ones are the prompt rules'): a platform, named in
 * Latin letters or in its script ("व्हाट्सऐप", "হোয়াটসঅ্যাপ", "واٹس ایپ", "واتساب"), and a word asking to join, follow or click
 * ("जुड़ें", "যোগ দিন", "فالو کریں", "Únete", "Rejoignez", "Siga", "Ikuti", "تابعونا"). A line with a verb of saying in one of those
 * languages is copy quoting someone ("…, कहा", "dijo", "kata"); so is one naming a platform and no such word ("Telegram channels run by
 * news outlets were not affected").
 */
const CHANNEL_PLATFORMS = [
  'WhatsApp', 'Telegram', 'Google News', 'YouTube', 'व्हाट्सऐप', 'व्हाट्सएप', 'वॉट्सऐप', 'वॉट्सएप', 'व्हॉट्सऐप', 'टेलीग्राम', 'गूगल न्यूज़',
  'गूगल न्यूज', 'यूट्यूब', 'হোয়াটসঅ্যাপ', 'টেলিগ্রাম', 'গুগল নিউজ', 'واٹس ایپ', 'واٹس اپ', 'ٹیلی گرام', 'گوگل نیوز', 'واتساب', 'واتس اب',
  'تيليجرام', 'تلغرام', 'வாட்ஸ்அப்', 'டெலிகிராம்', 'వాట్సాప్', 'టెలిగ్రామ్', 'ವಾಟ್ಸಾಪ್', 'വാട്സ്ആപ്പ്', 'ടെലിഗ്രാം', 'વોટ્સએપ', 'ਵਟਸਐਪ',
  // … and the networks an outlet asks to be followed on: "Síguenos en Facebook", "हमें फेसबुक … पर फॉलो करें", "ফেসবুকে আমাদের ফলো করুন".
  'Facebook', 'Instagram', 'Twitter', 'फेसबुक', 'ट्विटर', 'इंस्टाग्राम', 'ফেসবুক', 'ফেসবুকে', 'টুইটার', 'ইনস্টাগ্রাম', 'فیس بک', 'ٹوئٹر',
  'انسٹاگرام', 'فيسبوك', 'تويتر', 'إنستغرام', 'انستغرام',
];
const CHANNEL_JOIN = [
  'जुड़ें', 'जुड़िए', 'जुड़े रहें', 'ज्वाइन करें', 'जॉइन करें', 'फॉलो करें', 'क्लिक करें', 'যোগ দিন', 'ফলো করুন', 'ক্লিক করুন', 'جوائن کریں',
  'فالو کریں', 'کلک کریں', 'تابعونا', 'تابعوا', 'انضموا', 'انضم', 'اشترك', 'اشتركوا', 'únete', 'unete', 'síguenos', 'suscríbete', 'rejoignez',
  'suivez-nous', 'abonnez-vous', 'siga', 'sigam', 'junte-se', 'ikuti', 'gabung', 'bergabunglah', 'folgen Sie', 'abonnieren Sie', 'segui',
  'iscriviti', 'unisciti', 'இணையுங்கள்', 'பின்தொடருங்கள்', 'చేరండి', 'ಸೇರಿ', 'ചേരൂ', 'જોડાઓ', 'ਜੁੜੋ',
];
/** Verbs of saying in those languages: English, Hindi, Bengali, Urdu, Arabic, Spanish, French, Portuguese, Indonesian, German, Italian. */
const SAID_ANY = ['said', 'says', 'told', 'urged', 'कहा', 'बताया', 'বলেন', 'বলেছেন', 'کہا', 'قال', 'قالت', 'dijo', 'afirmó', 'declaró', 'a déclaré', 'a dit', 'disse', 'afirmou', 'kata', 'mengatakan', 'sagte', 'ha detto'];
/** A word in any script, whole: no letter or mark against it (Indic vowel signs are marks, and `\b` knows only ASCII words). */
const wholeWords = (words: string[]): string => String.raw`(?<![\p{L}\p{M}])(?:${words.flatMap(spellings).map(escapeRegExp).join('|')})(?![\p{L}\p{M}])`;
// The scripts the platforms are named in, or a name in Latin letters, are looked for first: most lines have neither, and the word lists
// are long (each would be tried at every character of every short line).
const CHANNEL_WORDS = String.raw`(?:whatsapp|telegram|google news|youtube|facebook|instagram|twitter|[\u0600-\u06ff\u0900-\u0dff])`;
const CHANNEL_GATE = String.raw`(?=.*?${CHANNEL_WORDS})`;
/**
 * … and copy telling of such a plug in India's languages and Urdu (hunt7): whom the story has it from ("पुलिस के मुताबिक", "के अनुसार",
 * "ने जानकारी दी", "জানিয়েছে", "کے مطابق") or the plug's words as text someone wrote or sent ("…जुड़ें लिखकर संदेश भेजे", "…যোগ দিন লিখে",
 * "…جوائن کریں کے پیغامات"), after the word asking to join: "व्हाट्सऐप ग्रुप से जुड़ें और पैसे कमाएं, ऐसे संदेश भेजकर ठगों ने लोगों को
 * फंसाया, पुलिस के मुताबिक।" is copy; a plug's "ताजा अपडेट के अनुसार खबरें पाने के लिए हमारे टेलीग्राम चैनल से जुड़ें" is not.
 */
const REPORTED_INDIC = ['मुताबिक', 'अनुसार', 'जानकारी दी', 'लिखकर', 'लिखे', 'लिखा', 'संदेश भेजे', 'জানিয়েছে', 'জানান', 'লিখে', 'লেখা', 'مطابق', 'بتایا', 'پیغامات'];
const CHANNEL_PLUG = new RegExp(String.raw`^${CHANNEL_GATE}(?!.*${wholeWords(SAID_ANY)})(?!.*${wholeWords(CHANNEL_JOIN)}.*${wholeWords(REPORTED_INDIC)})(?=.*${wholeWords(CHANNEL_JOIN)}).*${wholeWords(CHANNEL_PLATFORMS)}`, 'iu');
const MAX_CHANNEL_PLUG = 200;

/**
 * A syndicating site's note on the agency copy it carries, in its many wordings: HT's and NDTV's "(This story has not been edited by HT
 * staff and is auto-generated from a syndicated feed.)", ThePrint's "This report is auto-generated from PTI news service. ThePrint holds
 * no responsibility for its content.", Business Standard's "Only the headline and picture of this report may have been reworked by …
 * staff; the rest of the content is auto-generated from a syndicated feed.", Mint's "(This story has been published from a wire agency
 * feed without modifications to the text. …)", the Tribune's "(This content is sourced from a syndicated feed and is published as
 * received. …)", IANS's "(Content is being syndicated through a special arrangement with IANS)", The Week's "(This story has not been
 * edited by THE WEEK and is auto-generated from PTI)", Lokmat's "Disclaimer: This post has been auto-published from an agency feed…",
 * "Lokmat Times is not responsible for the content of this syndicated story."
 * It opens as a note does (on this story, or the outlet disowning it: tried first, it fails on most lines at their first words) and
 * says how the copy came (SYNDICATION_TELL, read from the note's start), quoting no one:
 * "This story of syndicated copy began with a complaint", "The clip has not been edited by our staff, the lawyer argued" and "The
 * council asked sites to mark stories auto-generated from a syndicated feed, its chairman said" are copy.
 */
const SYNDICATION_SUBJECT = String.raw`(?:[Ee]xcept for the headline,?\s+)?(?:[Tt]his|THIS|[Tt]he above)\s+(?:[\p{L}-]+\s+){0,5}?(?:story|report|article|post|content|copy|item|piece)\b|[Tt]he (?:story|report|article|post|content|copy) above\b`;
const SYNDICATION_OPEN = String.raw`(?:${SYNDICATION_SUBJECT}|[Oo]nly the headline\b|(?:[Tt]he )?[Cc]ontent is (?:being )?syndicated\b|${OUTLET_NAME}\s+(?:is not responsible|(?:holds|accepts|assumes|takes) no responsibility|has not edited|(?:publishes|carries) this)\b)`;
const SYNDICATION_TELL = String.raw`auto-?(?:generated|published)|syndicated (?:news )?feeds?|syndicated through|(?:from|through|via) (?:an? |the )?(?:[\p{L}'’-]+ ){0,3}feeds?\b|(?:published|carried|run) as received|not (?:been )?(?:edited|modified|reviewed) by|has not (?:edited|modified|reviewed) (?:this|the|its)\b|(?:no responsibility|not responsible)(?: or liability)? for (?:its|the|this)\b|reworked by|this syndicated (?:story|report|article|copy)|(?:sourced|taken|received) from (?:the )?(?:news )?(?:agency|agencies|wires?)\b`;
const MAX_SYNDICATION_NOTE = 400;
const SYNDICATION_NOTE = String.raw`${UNQUOTED}[(\[*]?\s*(?:(?:[Dd]isclaimer|DISCLAIMER|[Nn]ote|NOTE)\s*[:–—-]\s*)?(?=${SYNDICATION_OPEN})(?=.{0,${MAX_SYNDICATION_NOTE}}?(?:${SYNDICATION_TELL}))${SYNDICATION_OPEN}.{0,${MAX_SYNDICATION_NOTE}}$`;
const SYNDICATION_NOTE_LINE = new RegExp(`^${SYNDICATION_NOTE}`, 'u');
/**
 * The same notes in Hindi, Bangla and Urdu, a bracket's worth around the script's words for a syndicated or agency feed (perhaps a
 * postposition between: "ایجنسی کی فیڈ", "সংবাদ সংস্থার ফিড"): NDTV India's
 * "(इस खबर को एनडीटीवी टीम ने संपादित नहीं किया है. यह सिंडीकेट फीड से सीधे प्रकाशित की गई है.)", "(यह खबर सीधे एजेंसी फीड से प्रकाशित हुई
 * है। …)", "(এই সংবাদটি সিন্ডিকেট ফিড থেকে …)", "(یہ خبر ایجنسی فیڈ سے …)"; a line reporting someone's words is copy.
 */
const INDIC_FEED = String.raw`(?:सिंड[ीि]केट|एजेंसी|সিন্ডিকেট|এজেন্সি|সংস্থার|سنڈیکیٹ|ایجنسی)(?:\s+[^\s()]{1,3})?\s*(?:${[...spellings('फ़ीड'), 'फीड'].join('|')}|ফিড|فیڈ)`;
const INDIC_SYNDICATION_NOTE_LINE = new RegExp(String.raw`^(?!.*${wholeWords(SAID_ANY)})\(?[^()]{0,160}${INDIC_FEED}[^()]{0,160}\)?$`, 'u');
/** Either note run into the paragraph above it, after its sentence's end (the Indic one only in its bracket). */
const SYNDICATION_RUN_IN = new RegExp(String.raw`(?<=[.!?"”’)।۔])\s+(?:${SYNDICATION_NOTE}|(?!.*${wholeWords(SAID_ANY)})\([^()]{0,160}${INDIC_FEED}[^()]{0,160}\)$)`, 'u');
/** Words one of the notes holds: the run-in pattern is tried only on a paragraph with one of them. */
const SYNDICATION_HINT = /uto-|yndicat|feed|edited|responsib|as received|reworked|ीड|ফিড|فیڈ/;

/**
 * Outlets an aggregator names before the copy it carries, as a website credit stands ("The Hindu — …", "Dawn - …"):
 * by name, since a capitalised name before a dash is as often the copy's subject ("Modi — The prime minister said…").
 */
const OUTLETS = [
  'The Hindu', 'The Hindu BusinessLine', 'Hindustan Times', 'The Times of India', 'Times of India', 'The Indian Express', 'Indian Express',
  'The Economic Times', 'Economic Times', 'Business Standard', 'Mint', 'Livemint', 'Deccan Herald', 'Deccan Chronicle', 'The Tribune',
  'The Statesman', 'The Pioneer', 'The Telegraph', 'Free Press Journal', 'The New Indian Express', 'NDTV', 'India Today', 'News18',
  'Firstpost', 'ThePrint', 'The Print', 'Scroll', 'The Quint', 'WION', 'Zee News', 'Moneycontrol', 'Greater Kashmir', 'Kashmir Observer',
  'Dawn', 'The Express Tribune', 'Express Tribune', 'The News', 'The News International', 'Geo News', 'ARY News', 'Dunya News',
  'Business Recorder', 'Pakistan Today', 'Daily Times', 'The Nation', 'The Friday Times',
  'The Daily Star', 'Daily Star', 'Dhaka Tribune', 'The Business Standard', 'New Age', 'Prothom Alo', 'The Financial Express', 'bdnews24',
  'The Kathmandu Post', 'Kathmandu Post', 'The Himalayan Times', 'Himalayan Times', 'Republica', 'My Republica', 'Online Khabar',
  'Daily Mirror', 'Daily News', 'Daily FT', 'The Island', 'Ada Derana', 'EconomyNext', 'Colombo Gazette', 'Kuensel', 'TOLOnews', 'Tolo News',
  'Khaama Press', 'Ariana News', 'The Irrawaddy', 'Myanmar Now', 'Mizzima', 'Maldives Independent', 'Sun Online',
  'Al Jazeera', 'Arab News', 'Gulf News', 'Khaleej Times', 'The National', 'Gulf Times', 'Daily Sabah', 'Hurriyet Daily News',
  'South China Morning Post', 'Global Times', 'The Straits Times', 'Nikkei Asia', 'The Japan Times', 'The Korea Herald', 'Bangkok Post',
  'BBC', 'BBC News', 'The Guardian', 'The Independent', 'Financial Times', 'The Economist', 'CNN', 'The New York Times',
  'The Washington Post', 'The Wall Street Journal', 'Politico', 'Axios', 'CNBC', 'Sky News', 'France 24', 'DW', 'Euronews',
  // The Pacific's and Africa's, whose copy the region's papers carry with the outlet's credit under it ("- RNZ"; the thirty-first sweep).
  'RNZ', 'Radio New Zealand', 'NZ Herald', 'New Zealand Herald', 'Thai PBS', 'Thai PBS World', 'The Fiji Times', 'Fiji Times', 'FBC News', 'Samoa Observer', 'Solomon Star', 'Post-Courier',
  'Daily Maverick', 'News24', 'Premium Times', 'Daily Nation',
  // … and RNZ's Pacific desk, credited so under the copy Pacific papers carry ("- RNZ Pacific"; the thirty-seventh sweep: it stayed).
  'RNZ Pacific',
];
const HINDI_AGENCY_NOTE = new RegExp(String.raw`^(?!.*${wholeWords(SAID_ANY)})\(?(?:यह|इस) (?:खबर|ख़बर|स्टोरी|लेख|समाचार(?!\s+एजेंसी))(?: को)?[^()]{0,40}?(?:न्यूज़ |न्यूज )?एजेंसी से\s+(?:सीधे\s+)?(?:ली गई|ली गयी|लिया गया|प्रकाशित|आई|ऑटो)[^()]{0,160}\)?।?$`, 'u');
// … and without brackets, the story named: "Read this story in Hindi".
const LANGUAGE_LINK = /^(?:\(?(?:read (?:this |it |the )?(?:(?:story|article|report|news) )?in (?:hindi|english|urdu|bangla|bengali|marathi|tamil|telugu|gujarati|punjabi))\)?\.?|\(?(?:हिंदी|हिन्दी|अंग्रेज़ी|अंग्रेजी|उर्दू|मराठी) में पढ़ें\)?।?)$/i;
/** The longest credit line of its own (DESK_CREDIT_LINE). */
const MAX_CREDIT_OF = 60;
/**
 * A desk's credit names a known outlet; an agency's its bureau, one to three capitalised words (a sentence goes on past them). The
 * agency's is the story's agency, and its bureau, where the gazetteer knows it, its place, when no dateline says (see creditOf).
 */
const DESK_CREDIT_LINE = new RegExp(
  String.raw`^(?:(?:${OUTLETS.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}) (?:Staff |Web |News )?(?:Report|Desk|Bureau)|(?:[-–—]\s*)?(?<mark>${marks})\s*[,|]\s*(?<bureau>\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2}))$`,
  'u',
);

/**
 * The end of copy: Xinhua's "Enditem", "- ENDS -", KUNA's "(end) hm.gta", Yonhap's "(END)", Taiwan's CNA's "Enditem/ls" (its desk's initials),
 * North American releases' "-30-" ("- 30 -"), Xinhua's Chinese "（完）" and Yonhap's Korean "(끝)" (the thirty-first sweep), and Yonhap's
 * "(END)" after its reporter's address on one line, a <br> between them in one paragraph ("kimsy@yna.co.kr (END)"; the thirty-third sweep).
 */
const END_OF_COPY = /^(?:[-–—\s]*(?:ends?|end ?item(?:\/[a-z]{1,4}){0,2})[-–—\s]*|[（(]完[）)]|[（(]끝[）)]|(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\s+)?\(end\)(?:\s+[a-z]{1,5}(?:\.[a-z]{1,5}){1,3})?(?:\s+KUNA\s+\d{6}\s+[A-Z]{3}\s*\d{2}(?:\s*NNNN)?)?|[-–—]\s?30\s?[-–—])$/i;

/**
 * A Chinese reporter's byline in brackets on a line of its own, under a "电" dateline or under the copy: "（记者 张三）", "（本报记者 张三 李四）"
 * (read run into the dateline by CHINESE_DATELINE, run into the last sentence by CJK_RUN_IN_CREDIT).
 */
const CHINESE_BYLINE = String.raw`[（(](?:本报|新华社)?记者\s*[^（()）]{1,40}[）)]`;
const CHINESE_BYLINE_LINE = new RegExp(String.raw`^${CHINESE_BYLINE}$`, 'u');
/** Kyodo's and Jiji's credit in brackets under Japanese copy: "（共同）", "（時事）", alone on a line. */
const JAPANESE_SIGN_OFF = /^\s*[（(](共同|時事)[）)]\s*$/u;
/**
 * … and either run into the last sentence: "…提出される。（共同）", "…提交全国人大。（记者 张三）". Only after a sentence's end: "（共同）" is a
 * word ("joint") in brackets too.
 */
const CJK_RUN_IN_CREDIT = new RegExp(String.raw`(?<=[。」』！？])\s*(?:[（(](共同|時事)[）)]|${CHINESE_BYLINE})$`, 'u');

/** A PIB release's stamp alone on its line: "Posted On: 26 NOV 2026 5:30PM by PIB Chennai" (the office's city is `place`). */
const PIB_FOOT_STAMP = /^(?:Posted On|पोस्ट किया गया|प्रविष्टि तिथि):?\s*\d{1,2}\s+\p{L}{3,9}\s+\d{4}(?:\s+\d{1,2}:\d{2}\s*[AP]M)?\s+by\s+PIB\s+(?<place>\p{L}+)$/iu;
export const CHROME: { action: 'cut' | 'list' | 'drop' | 'post' | 'label'; pattern: RegExp; needs?: string; max?: number; tail?: number; agency?: string; notLast?: boolean; box?: boolean; related?: boolean }[] = [
  { action: 'post', pattern: POST_SIGNATURE, needs: '(@' },
  { action: 'drop', pattern: LEFTOVERS, max: 300 },
  { action: 'drop', pattern: CHINESE_BYLINE_LINE, max: 50 },
  { action: 'drop', pattern: SHORT_BUTTONS, max: MAX_SHORT_BUTTON },
  // A box's heading ends the copy only over the box's headlines: over a sentence of copy it is the copy's subhead (a live page's
  // "Latest", Bernama's "Trending" between paragraphs), and the copy goes on (see headsCopy).
  { action: 'cut', pattern: /^(?:latest|more|top|trending|popular|recommended|editor'?s picks?|most (?:read|viewed|popular))(?: news| stories| headlines| videos| articles| topics| from [\p{L} .-]+| now| for you| reads?| like this)?\s*:?$/iu, max: HEADING_MAX, box: true },
  { action: 'cut', pattern: new RegExp(String.raw`^(?:${BOX_HEADINGS_HINDI})\s*:?$`, 'u'), max: HEADING_MAX, box: true },
  // … and WordPress's "Related Posts". Between paragraphs, over its links and the copy going on under them, the box goes and the copy
  // stays (see copyUnderBox; the thirty-fifth sweep).
  { action: 'cut', pattern: /^related (?:news|stories|articles|posts|coverage|links|content|videos|topics?|tags|internet links)\s*:?$/i, max: HEADING_MAX, related: true },
  { action: 'cut', pattern: new RegExp(String.raw`^(?:${RELATED_HEADINGS_HINDI})\s*:?$`, 'u'), max: HEADING_MAX, related: true },
  // Between paragraphs, over its links and the copy going on, a related box like the others (the thirty-fifth sweep's leftover).
  { action: 'cut', pattern: /^more on this (?:story|topic)\s*:?$/i, max: HEADING_MAX, related: true },
  // A round-up's heading over its entries ("Gulf round-up", "World Roundup", "NEWS ROUND-UP:"): the page's label, not copy.
  { action: 'drop', pattern: /^(?:\p{Lu}[\p{L}'’&-]*\s+){0,3}(?:[Rr]ound-?[Uu]ps?|ROUND-?UPS?)\s*:?$/u, max: HEADING_MAX },
  // Jetpack's boxes under a WordPress post, as feeds print them: "Like this:" over "Like Loading...", "Related" over links.
  { action: 'cut', pattern: /^(?:like this|related)\s*:?$/i, max: 12, related: true },
  // … and outlets' boxes: ThePrint's "Support Our Journalism", The Wire's "Make a contribution to Independent Journalism", comment
  // sections ("COMMENTS", the Express Tribune's "Comments are moderated…", the Times of India's "Start a Conversation"), a paper's
  // appeal as a heading ("Support PREMIUM TIMES' journalism of integrity and credibility").
  // … and "You may also be interested in", "In Case You Missed It" (ICYMI). "You may also like" between paragraphs, over its links and
  // the copy going on, is a related box (the thirty-fifth sweep).
  { action: 'cut', pattern: /^you (?:may|might) also (?:like|read|be interested in|enjoy)\s*:?$/i, max: HEADING_MAX, related: true },
  { action: 'cut', pattern: /^(?:you (?:may|might) also (?:like|read|be interested in|enjoy)|in case you missed it|icymi|don'?t miss|read next|what to read next|also in (?:the )?news|stories you may like|read other stories|featured video of the day|support our journalism|make a contribution to independent journalism|comments|start a conversation|comments are moderated\b.*|comments are closed\.?|this (?:article|story|post) is closed for comments\.?|please e-?mail the editor|(?:visual|web|photo) stories|end of (?:the )?article|(?:next|previous) (?:story|article|post)|support (?:independent|[a-z][a-z .'’-]{1,40}['’]s?) journalism(?: of [a-z ,&]{1,60})?[.!]?|all rights reserved\.?(?:\s*©?\s*(?:copyright\s*)?(?:\d{4}\s*)?[a-z][a-z .&-]{1,40})?)\s*:?$/i },
  { action: 'cut', pattern: AP_RULE },
  // A press release's end mark: "###" (inside an agency's copy it may part sections: see isSectionBreak).
  { action: 'cut', pattern: RELEASE_END, max: 10 },
  // A release's contacts under its copy: "For more information, please contact:", "Media contact:".
  // … and Business Wire's "Contacts" alone over them.
  { action: 'cut', pattern: /^(?:for (?:more|further) (?:information|details),? (?:please )?contact(?: us)?|(?:(?:media|press) )?contacts|(?:media|press) (?:contact|enquiries|inquiries))\s*:?$/i, max: HEADING_MAX },
  // … and the contact on the same line, as government CMSs (Sitecore's, Drupal's) end a release: "Media contact: Jo Brown, 0400 000 000",
  // "Media enquiries: media@transport.example.gov". No sentence: "Media contact with the minister was cut off." is copy.
  { action: 'cut', pattern: /^(?:media|press) (?:contacts?|enquiries|inquiries)\s*:\s*[^.!?]{1,100}(?:@[\w.-]+|\d)[^!?]{0,60}$/i, needs: ':', max: 200 },
  // The press-release wires' links to the release on their sites, and PR Newswire's "SOURCE Acme Power Ltd" (the issuer in capitals'
  // wake, no sentence): nothing of the release follows them.
  { action: 'cut', pattern: /^(?:view original content(?: to download multimedia)?\s*:\s*https?:\/\/\S+|view source version on [\w.-]+\s*:\s*https?:\/\/\S+)$/i, max: 300 },
  // A release's legal boilerplate under its heading ("Forward-Looking Statements", "Cautionary Note Regarding Forward-Looking
  // Statements", "Safe Harbor Statement"): the issuer's lawyers', not the story.
  { action: 'cut', pattern: /^(?:forward[- ]looking statements?|cautionary (?:note|statement)(?: (?:regarding|concerning|on) forward[- ]looking (?:statements?|information))?|safe harbou?r statement)\s*:?$/i, max: HEADING_MAX + 20 },
  // PR Newswire's links to a release's pictures, a line each: "Photo: https://mma.prnewswire.com/…", "Logo: https://…".
  { action: 'drop', pattern: /^(?:photo|logo|video|image|multimedia)s?\s*:\s*https?:\/\/\S+$/i, needs: '://', max: 300 },
  { action: 'cut', pattern: /^SOURCE \p{Lu}[\p{L}\d.&'’, -]{1,80}(?<![.!?])$/u, needs: 'SOURCE ', max: 90, agency: 'PR Newswire' },
  // The end of copy (Xinhua's "Enditem", "- ENDS -"), and what an agency puts under it: its copyright line
  // ("© 2026 AFP", "Copyright 2026 The Associated Press. …"), Reuters' "Our Standards: The Thomson Reuters Trust Principles."
  // KUNA's "(end)" with its desk's initials ("(end) hm.gta"), Yonhap's "(END)".
  { action: 'cut', pattern: END_OF_COPY },
  // … in Spanish and Portuguese, as Xinhua's and Lusa's services there end it: "Fin", "Fim" (so written: "FIN" alone is Finland's code in
  // a results table).
  { action: 'cut', pattern: /^(?:Fin|Fim)\.?$/, max: 4 },
  // … and in brackets, with the desk's initials after it, as ANDINA ends its Spanish copy (the thirty-first sweep): "(FIN) NDP/JJN"
  // ("(FIN)" alone is Finland's code in a results list as often, and stays).
  { action: 'cut', pattern: /^\((?:FIN|Fin|FIM|Fim)\)\s+[A-Z]{2,4}(?:\/[A-Z]{2,4}){1,5}$/, needs: ')', max: 40 },
  // The Arab agencies' end word under their Arabic copy (the thirty-fourth sweep): the SPA's "//انتهى//", QNA's "/انتهى/" ("ended"),
  // KUNA's "(النهاية)" ("the end"), between slashes or in brackets, alone on the line (see ARABIC_END for them run into the last sentence).
  { action: 'cut', pattern: /^\s*(?:\/{1,2}\s*انتهى\s*\/{1,2}|\(\s*(?:النهاية|انتهى)\s*\))\s*$/u, max: 20 },
  // A Chinese page's editor's credit under the copy: "【责任编辑：王雪】", "[责任编辑: 王雪]", "责任编辑：王雪" (the thirty-fourth sweep).
  { action: 'cut', pattern: /^[【[（(]?\s*责任编辑\s*[:：]\s*[^【】[\]（）()]{1,20}[】\]）)]?$/u, needs: '责任编辑', max: 30 },
  // KCNA's site stamp under its copy, its address and the day by its Juche calendar: "www.kcna.kp (Juche115.11.27.)" (the thirty-fourth
  // sweep; see KCNA_STAMP for it run into the last sentence).
  { action: 'cut', pattern: new RegExp(String.raw`^${KCNA_STAMP}$`), needs: 'kcna.kp', max: 40, agency: 'KCNA' },
  // Jiji's page stamp under its Japanese copy, the date and time filed in brackets: "（2026/11/27-10:05）" (the thirty-first sweep).
  { action: 'cut', pattern: /^[（(]\d{4}\/\d{1,2}\/\d{1,2}-\d{1,2}:\d{2}[）)]$/, max: 20 },
  // IRNA's English copy ends with its desk's code, two numbers parted by two asterisks: "3276**1424".
  { action: 'cut', pattern: /^\d{3,5}\*\*\d{3,5}$/, needs: '**', max: 11 },
  // Lebanon's NNA ends its English copy with a rule of equals signs and its editor's initials: "================ R.Sh." (a rule alone
  // parts sections).
  { action: 'cut', pattern: /^={4,}\s*\p{Lu}\p{Ll}{0,2}\.(?:\s?\p{Lu}\p{Ll}{0,2}\.?){1,2}$/u, needs: '====', max: 60, agency: 'NNA' },
  // A press office's contact under its statement, the EEAS's way: the name, then its role, then its numbers ("Lead Spokesperson for
  // Foreign Affairs and Security Policy"); only chrome follows it (see cutChrome), and the name above goes too.
  { action: 'cut', pattern: PRESS_CONTACT_ROLE, needs: 'Spokes', max: 100 },
  // Reuters' "Our Standards: The Thomson Reuters Trust Principles."; a lower-case word after the colon goes on a sentence of copy (hunt6).
  { action: 'cut', pattern: /^(?:[Oo]ur [Ss]tandards|OUR STANDARDS)\s*:(?!\s*\p{Ll})/u },
  // Reuters' topic links under its copy ("Suggested Topics:", then "World", "Asia Pacific"), Bloomberg's syndication footer ("More stories
  // like this are available on bloomberg.com"), and a syndicated paper's source and rights in one line, the Straits Times' "Source: The
  // Straits Times © SPH Media Limited. Permission required for reproduction."
  { action: 'cut', pattern: /^suggested topics\s*:?$/i, max: 20 },
  { action: 'cut', pattern: /^more stories like this are available on bloomberg\.com\.?$/i, needs: 'bloomberg.com', max: 60 },
  // A syndicate's line under the column or story it distributes: "Distributed by Tribune Content Agency, LLC." (the thirty-fourth sweep).
  { action: 'cut', pattern: /^(?:distributed|syndicated) by (?:tribune content agency|tribune media services|king features syndicate|andrews mcmeel syndication|the washington post writers group)\b[^.!?]{0,20}\.?$/i, needs: 'by ', max: 80 },
  { action: 'cut', pattern: /^(?:source\s*:\s*)?[^.!?]{0,60}©\s*[^.!?]{1,60}\.\s*permission required for reproduction\.?$/i, needs: '©', max: 160 },
  // Korean agencies' and papers' rights line under the copy: "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>" (the rights holder;
  // no copying or redistribution), "[저작권자ⓒ 뉴스1코리아, 무단전재 및 재배포 금지]".
  { action: 'cut', pattern: /^[<[〈]?\s*저작권자\s*(?:\([cC]\)|ⓒ|©)?[^<>[\]]{1,60}?무단\s*전재[^<>[\]]{0,60}[>\]〉]?$/u, needs: '저작권자', max: 120 },
  // A mailing's footer, as a newsletter's web archive keeps it (Mailchimp's): "You are receiving this email because you opted in…",
  // "Our mailing address is:", "Want to change how you receive these emails?", "You can update your preferences or unsubscribe from this
  // list." Nothing of the issue follows it; a quoted message ('"You are receiving this email because…," the scam read') is copy.
  { action: 'cut', pattern: new RegExp(String.raw`^${UNQUOTED}(?:you (?:are receiving|received|are getting) this (?:e-?mail|newsletter|message) because\b|our mailing address is\s*:|want to change how you receive these e-?mails\?|(?:you can )?update your preferences or unsubscribe from this list\b|unsubscribe from this list\.?$|this e-?mail was sent to \S+@\S+)`, 'i'), max: 600 },
  // A military or government press office signing its release off on its own lines: Sri Lanka's "President's Media Division (PMD)",
  // the Nepali Army's "Directorate of Public Relations and Information", then "Nepali Army Headquarters"; ISPR's name in full.
  { action: 'cut', pattern: PRESS_OFFICE, max: 100 },
  // Bernama's footer: "BERNAMA provides up-to-date authentic and comprehensive news and information which are disseminated via …".
  { action: 'cut', pattern: /^BERNAMA provides up-to-date authentic and comprehensive news\b/, agency: 'Bernama', needs: 'BERNAMA provides', max: 500 },
  // A PIB release's stamp set under its copy, not over it ("Posted On: 26 NOV 2026 5:30PM by PIB Chennai"): the release's foot.
  // The stamp names the office's city ("by PIB Delhi"), which is the release's place (`place`, as the dateline's stamp gives it).
  { action: 'cut', pattern: PIB_FOOT_STAMP, agency: 'PIB', needs: 'PIB', max: 80 },
  // Anadolu's footer: "Anadolu Agency website contains only a portion of the news stories offered to subscribers…", and in Turkish
  // (the thirty-first sweep): "Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, …".
  { action: 'cut', pattern: /^Anadolu Ajansı web sitesinde\b.{0,40}\babone/u, agency: 'Anadolu', needs: 'Anadolu Ajans', max: 300 },
  { action: 'cut', pattern: /^anadolu agency website contains only a portion of the news/i, agency: 'Anadolu', needs: 'Anadolu Agency website', max: 250 },
  // A PIB release ends "***", the desk's initials, "(Release ID: 2201234) Visitor Counter : 312", "Read this release in: Hindi".
  // … in Hindi "(रिलीज़ आईडी: 2204568) आगंतुक पटल : 311"; and the counter alone ("Visitor Counter : 87", "आगंतुक पटल : 87").
  // … and its Hindi pages' links to the release in other languages: "इस विज्ञप्ति को इन भाषाओं में पढ़ें: English , Urdu" (the thirty-fourth sweep).
  { action: 'cut', pattern: new RegExp(String.raw`^(?:\(?(?:release id|${spellings('रिलीज़ आईडी').join('|')})\s*:\s*\d+(?![\d\s]*\p{Ll})|read this release in\s*:|(?:${spellings('इस विज्ञप्ति को इन भाषाओं में पढ़ें').join('|')})\s*:|(?:visitor counter|आगंतुक पटल)\s*:\s*\d+$)`, 'iu') },
  // A line opening with "©" is a rights line when a year, a name alone or "All rights reserved" follows it ("© 2026 AFP", "© The
  // Kathmandu Post"); "©Ministry officials said…" is copy whose symbol a page left in front.
  // … and an outlet's: "Copyright© 2026, THG PUBLISHING PVT LTD." (The Hindu), "Copyright: Any unauthorized use…" (Daily Star: after a
  // colon, only a line about rights is one; "Copyright: The ministry will table an amendment…" is copy).
  // After the year comes a name ("Copyright 2026 The Associated Press"), not a word of a sentence ("Copyright 2026 figures show…").
  // "(C)" stands for "©" after "Copyright" as before a year: Yonhap's "Copyright(C) Yonhap News Agency. All Rights Reserved."

  {
    action: 'cut',
    pattern:
      /^(?:©\s*(?:(?:[Cc]opyright|COPYRIGHT)\b|\d{4}\b(?!\s+\p{Ll})|[^©]{0,80}\b(?:[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)\b|(?:[Tt]he )?\p{Lu}[\p{L}\d.&'’-]*(?:,? \p{Lu}[\p{L}\d.&'’-]*){0,5}(?:,? \d{4})?\.?$)|\([cC]\)\s*(?:[Cc]opyright\b|COPYRIGHT\b|\d{4}\b|[^()]{2,60}\b(?:[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED)\b)|(?:[Cc]opyright|COPYRIGHT)\s*(?:(?:(?:©|\([Cc]\))\s*)?\d{4}\b(?!\s+\p{Ll})|©|\([Cc]\)|:(?=.{0,200}\b(?:reserved|unauthori[sz]ed|reproduc|permission|prohibited|RESERVED|UNAUTHORI[SZ]ED))))/u,
  },
  // Punch's "Copyright PUNCH. All rights reserved. This material … may not be reproduced…": the outlet's name, then the rights.
  { action: 'cut', pattern: /^Copyright (?:©\s*)?(?:\d{4}\s+)?\p{Lu}[\p{L}.&'’ -]{1,40}\.\s+All [Rr]ights [Rr]eserved\b/u, needs: 'Copyright ', max: 400 },
  // Jiji's rights line in square brackets under its copy: "[Copyright The Jiji Press, Ltd.]".
  { action: 'cut', pattern: /^\[\s*(?:[Cc]opyright|COPYRIGHT|©)\s*(?:(?:©|\([Cc]\))\s*)?(?:\d{4}\s+)?(?:[Tt]he )?\p{Lu}[\p{L}.&'’-]*(?:,? (?:\p{Lu}[\p{L}.&'’-]*|\d{4}))*\.?\s*\]$/u, max: 100 },
  // IPS's bureau credit under its copy: "IPS UN Bureau Report", "IPS UN Bureau".
  { action: 'drop', pattern: /^IPS(?: \p{Lu}[\p{L}]*){0,3} Bureau(?: Report)?$/u, max: 60 },
  // A prompt to follow a handle alone on its line: "Follow @IPSNewsUNBureau", "Follow the author on X: @janedoe".
  { action: 'drop', pattern: /^(?:Follow|FOLLOW)(?: [^@.!?]{1,40})? @[\w.]{2,30}\.?$/u, max: 80 },
  // Business Recorder's "Copyright Business Recorder, 2026": the outlet's name, then the year.
  // … not a law's title set as a subhead over copy ("Copyright Amendment Bill 2026", "Copyright Act 1957"; hunt6).
  { action: 'cut', pattern: /^Copyright (?!(?:\p{Lu}[\p{L}.&'’-]*,? ){0,4}(?:Act|Acts|Bill|Amendment|Ordinance|Rules|Laws?|Regulations?|Treaty|Directive)\b)(?:\p{Lu}[\p{L}.&'’-]*,? ){1,5}\d{4}\.?$/u, max: 80 },
  // … and the State Department's "Tags" over its bureau and country links.
  // … and a gallery's heading alone over its captions' links ("Photo Gallery", "Video Gallery").
  { action: 'list', pattern: new RegExp(String.raw`^(?:also read|read also|also see|see also|also watch|related|read more|must read|must watch|lire aussi|le[ea] también|leia também|veja também|baca juga|leggi anche|lesen sie auch|czytaj (?:także|też)|читайте (?:также|також)|te puede interesar|ayr[ıi]ca okuyun|[iİ]lgili haber(?:ler)?|İLGİLİ HABER(?:LER)?|tags|topics?(?: mentioned in this (?:article|story))?|(?:photo|picture|video|image) galler(?:y|ies)|${ALSO_READ_INDIC})\s*[:|–—-]?$`, 'iu'), max: HEADING_MAX },
  // HuffPost's "Also on HuffPost:", "Previously on HuffPost:" ("Also on Tuesday:" leads copy).
  { action: 'list', pattern: /^(?:[Aa]lso|[Pp]reviously) on (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)\p{Lu}[\p{L} .'’-]{1,40}:$/u, max: HEADING_MAX },
  // "Also read: Exports Fall For A Third Month" links a story; "Also read: the report says exports fell…" goes on as a sentence
  // (a word in lower case, and a sentence's end) and is copy. The same in French, Spanish and Portuguese, as APS, Prensa Latina and
  // Brazilian outlets write it: "Lire aussi: …", "Lea también: …", "Leia também: …", and in Indonesian, as Antara does: "Baca juga: …"; in Italian,
  // German, Polish, Russian and Ukrainian as ANSA, dpa, PAP, BelTA and Ukrinform do (the twenty-ninth sweep): "Leggi anche: …", "Lesen Sie auch: …",
  // "Czytaj także: …", "Читайте также: …", "Читайте також: …". No `i` flag: with it, `\p{Ll}` would take capitals too. And as Spanish,
  // Turkish, Japanese and Korean outlets set it (the thirty-first sweep): "Te puede interesar: …", "Ayrıca okuyun: …", "İlgili Haber: …",
  // "関連記事：…", "관련기사: …".
  { action: 'drop', pattern: /^(?:[Aa]lso [Rr]ead|[Rr]ead [Aa]lso|[Aa]lso [Ss]ee|[Ss]ee [Aa]lso|[Aa]lso [Ww]atch|[Rr]elated(?: (?:[Nn]ews|[Ss]tor(?:y|ies)|[Aa]rticles?|[Vv]ideo))?|[Rr]ead [Mm]ore|[Mm]ust [Rr]ead|ALSO (?:READ|SEE|WATCH)|READ (?:ALSO|MORE)|SEE ALSO|RELATED|MUST READ|[Ll]ire [Aa]ussi|[Vv]oir [Aa]ussi|[Ll]e[ea] [Tt]ambién|[Ll]eia [Tt]ambém|[Vv]eja [Tt]ambém|[Bb]aca [Jj]uga|LIRE AUSSI|LEA TAMBIÉN|LEIA TAMBÉM|BACA JUGA|[Ll]eggi [Aa]nche|LEGGI ANCHE|[Ll]esen [Ss]ie [Aa]uch|[Cc]zytaj (?:[Tt]akże|[Tt]eż)|[Чч]итайте (?:также|також)|ЧИТАЙТЕ (?:ТАКЖЕ|ТАКОЖ)|[Tt]e [Pp]uede [Ii]nteresar|TE PUEDE INTERESAR|[Aa]yrıca [Oo]kuyun|AYRICA OKUYUN|[İi]lgili [Hh]aber(?:ler)?|İLGİLİ HABER(?:LER)?|関連記事|관련\s?기사)\s*[:：|–—-](?!\s*\p{Ll}.*[.!?]["”’)]?$)\s*\S/u },
  // … and in India's languages and Urdu (their scripts have no capitals to tell a headline from a sentence: after the label it is a link).
  // … not a sentence after the label, ended as these scripts end one (a danda, Urdu's full stop, a full stop): a linked headline has no
  // end mark ("और पढ़ें: अदालत ने कहा कि कानून … अनुमति नहीं देता।" is copy; hunt7).
  { action: 'drop', pattern: new RegExp(String.raw`^(?:${ALSO_READ_INDIC})\s*[:|–—-](?!.*[।۔.]["”’)]?$)\s*\S`, 'u'), max: 300 },
  { action: 'drop', pattern: /^watch live tv\b.{0,40}$/i },
  // A prompt for readers' tips: "Did we miss something? Let us know in the comments." ('"Did we miss something?" the coach asked' is copy).
  { action: 'drop', pattern: /^did we (?:miss|get) (?:something|anything)(?: wrong)?\?/i, needs: 'id we ', max: 200 },
  // A poll widget left as text, its question and its buttons on one line ("Poll: Should the government ban firecrackers? Yes No Can't say"),
  // or its heading alone over the question and the buttons, each a line (skipped as a list's headlines are). "Poll: 62 per cent of
  // voters said yes, a survey found." is copy: no question, no buttons.
  { action: 'drop', pattern: /^(?:(?:quick |reader |opinion )?poll|vote)\s*[:|–—-]?\s*[^.!?]{5,200}\?\s*(?:yes|no)\s+(?:yes|no)(?:\s+(?:can['’]?t say|cannot say|don['’]?t know|not sure|maybe))?$/i, needs: '?', max: 260 },
  { action: 'list', pattern: /^(?:(?:quick |reader )?poll|POLL|(?:QUICK|READER) POLL)$/i, max: 12 },
  // A live page's link: "Follow live updates here", "Follow LIVE updates on the Maharashtra election results here" ("Follow live
  // updates here, the commission urged voters" goes on as a sentence, and stays).
  { action: 'drop', pattern: new RegExp(String.raw`^${LIVE_LINK}\s*[.!:]?$`, 'i'), max: 160 },
  // A video's link alone as a line: "Watch the video here:", "Watch video:", "WATCH VIDEO" ("Watch video: it shows the crowd …, police
  // said." goes on as a sentence, and stays).
  { action: 'drop', pattern: /^(?:watch (?:the )?(?:full )?video(?: here)?|watch (?:it )?here)\s*[:.!]?$/i, max: 40 },
  // "WATCH: Minister explains the scheme" links a video; "WATCH: The minister explained it on X." is a sentence of the copy.
  // … as a gallery's link does: "In Pics: Kashmir turns white after the first snowfall", "PHOTOS | Diwali across India".
  { action: 'drop', pattern: /^(?:watch|listen|in (?:pics|pictures|photos)|photos|pics|(?:photo|picture) gallery|see (?:pics|photos)|web stor(?:y|ies))\s*[:|–—-](?!.*[.!?]["”’]?$)\s*\S/i },
  { action: 'drop', pattern: CREDIT_LINE, max: MAX_CREDIT_LINE },
  // China Daily's byline, the name in capitals as often, the paper or its site and the stamp after bars: "By ZHANG WEI | China Daily |
  // Updated: 2026-11-27 07:19", "By Li Hong | chinadaily.com.cn | Updated: …". The stamp makes it one.
  { action: 'drop', pattern: CHINA_DAILY_BYLINE, needs: '|', max: MAX_CREDIT_LINE },
  // … not a sentence in lower case after it ("Read: the court's order runs to 94 pages."; hunt6).
  { action: 'drop', pattern: /^(?:[Rr]ead|READ)\s*[:|](?!\s*\p{Ll}.*[.!?]["”’)]?$)\s*\S/u },
  // "Join", "follow our", "sign up" and "subscribe" are prompts only when what they ask for is a channel, a newsletter or the like:
  // "Join our fight against pollution", "Follow our lead, the minister said" and "Sign up for the scheme by December 31" are copy.
  // A prompt quotes no one: "Download the Sanchar Saathi app to block a stolen phone, the department said" and "Stay tuned, the minister
  // told reporters" are copy (UNQUOTED).
  // … after "Also", "Please" or what it is for ("For real-time updates, follow us on Telegram."), and a tap as a click ("Tap here to join…").
  // An app to download is an outlet's promo only as NEWS_APP_PROMO reads it.
  // The outlet may name itself in up to three words before the network: "Follow ERR News on Facebook and Twitter…" (the thirty-sixth sweep).
  { action: 'drop', pattern: new RegExp(String.raw`^${UNQUOTED}(?:also |please |for (?:\S+ ){0,3}(?:news|updates|alerts|coverage|stories)\s*,\s*)?(?:share (?:this|on|via)\b|follow us on\b|follow (?:\S+ ){0,3}on (?:twitter|x|facebook|instagram|google news|whatsapp)\b|(?:click|tap) here\b(?!,|${NAMED_AS_SUBJECT})|subscribe (?:now\b|to (?:our\b|us\b|${PROMPTED}))|sign up (?:for|to) (?:our\b|${PROMPTED})|${NEWS_APP_PROMO}|join (?:us on|our|\S+['’]s?) ${PROMPTED}|follow (?:us on|our) ${PROMPTED}|get (?:the latest|breaking)\b|for (?:more|the latest) (?:news|updates)\b|for all (?:the )?latest (?:\S+ ){0,3}(?:news|updates)\b|stay (?:updated|tuned)\b|stay up to date with (?:the |all the )?latest (?:news|updates|stories)\b)`, 'i') },
  // An outlet's channel plug in another language: a platform and a word asking to join or follow it (see CHANNEL_PLUG).
  { action: 'drop', pattern: CHANNEL_PLUG, max: MAX_CHANNEL_PLUG },
  // A link, not a sentence: "Read more »", "Read the full story here", "Read the full story on The Desk." (up to six words
  // after "on", then the line's end; "in our app.", "in The Daily Post app!"); "Read more books, the minister told students" and "Read the full report on the budget, the minister
  // said" are copy.
  { action: 'drop', pattern: new RegExp(String.raw`^${UNQUOTED}(?:continue reading\b|(?:read (?:the )?(?:full|whole|complete) (?:story|article|report|coverage)|read more)(?:\s*(?:[:|»›>…]|-\s|$)| here\b| at\b)|read (?:the )?(?:full|whole|complete|original) (?:story|article|post) (?:on [\w.'’&-]+(?: [\w.'’&-]+){0,5}|in (?:[\w.'’&-]+ ){0,5}(?:app|e-?paper|website|site))[.!]?$)`, 'i') },
  // WordPress's "The post … appeared first on Example News." names a site ("…appeared first on the list of vacancies." is copy).
  { action: 'drop', pattern: /^[Tt]he post .{1,300} appeared first on (?:[A-Z\d]|[Tt]he [A-Z]|[\w-]+\.[a-z]{2,}).{0,120}$/ },
  // "Follow The Daily Star on Google News", "Find us on Telegram", "Subscribe to The Hindu now": the whole line is the prompt.
  // One rule for the prompts that name the outlet, its desk or its service (each rule is tried on every short paragraph):
  // - BBC's "Follow BBC Yorkshire on Facebook, X (formerly Twitter) and Instagram. Send your story ideas to …";
  // - BBC's links to its services, "Read more on BBC News", "Hear more on BBC Sounds", "Watch more on BBC iPlayer"
  //   (a capitalised name, then a few words, no sentence: "Watch more closely, the coach said." is copy);
  // - the Express Tribune's "Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed…";
  // - Republic's "Follow Republic World on WhatsApp for latest news updates", "Follow The Express Tribune on Twitter … to stay updated"
  //   (what for, in a few words after the platform);
  // - Odisha TV's "OTV is now on WhatsApp. Join our channel for latest news updates." (the outlet on a platform, perhaps a prompt after it).
  {
    action: 'drop',
    pattern: new RegExp(
      String.raw`^(?:(?:[Ff]ollow|[Ff]ind|[Ll]ike|[Ss]ubscribe to) (?:us|${OUTLET_NAME})(?: channel)?(?: on (?:${PLATFORMS})(?:(?:,| and| &) (?:${PLATFORMS}))*)?(?: now| today)?(?: (?:for (?:the |all the )?(?:latest|more|breaking|live)\b|to (?:stay|keep) (?:updated|informed|up to date)\b|to get (?:the )?latest\b)[^.!?]{0,60})?(?:[.!]|[.!]? Send your story ideas to .{1,160})?` +
        String.raw`|${OUTLET_NAME} is (?:now )?(?:also )?(?:on|available on) (?:${PLATFORMS})[.!]?(?: (?:Join|Follow|Subscribe to|Click|Tap)\b[^.!?]{1,100}[.!]?)?` +
        String.raw`|(?:Read|Hear|Watch|Listen to|See|Find out) more (?:on|from|at) (?:the )?\p{Lu}[\p{L}.&'’-]*(?: \p{L}[\p{L}.&'’-]*){0,4}[.!]?` +
        String.raw`|(?:Like|Follow) [^,]{1,60} on (?:${PLATFORMS}),? (?:and )?follow @\w{1,30} on (?:${PLATFORMS}) to (?:stay|receive|get|join)\b.{0,120})$`,
      'u',
    ),
  },
  { action: 'drop', pattern: /^follow (?:the )?ap['’]s (?:full )?coverage\b/i },
  // A site's note against copying under its copy: IDRW's "NOTE: Article cannot be reproduced without written permission of idrw.org…",
  // "This article may not be republished without permission." (a sentence quoting someone, "…, the court said", is copy).
  { action: 'drop', pattern: new RegExp(String.raw`^${UNQUOTED}(?:(?:note|disclaimer|copyright)\s*:\s*)?(?:this |the )?(?:article|story|content|report|news)s? (?:cannot|can ?not|may not|must not|should not) be (?:reproduced|republished|copied|reused)\b.{0,120}\bwithout\b.{0,160}$`, 'i'), needs: 'without', max: 300 },
  // An outlet's note on copy a machine wrote from a video: The Federal's "The content above has been transcribed from video using a
  // fine-tuned AI model. To ensure accuracy…" (the machine named: "The text above was translated by the court's staff" is copy).
  { action: 'drop', pattern: new RegExp(String.raw`^${UNQUOTED}the (?:content|text|article|story|transcript|summary) above (?:has been|was|is) (?:transcribed|generated|translated|summari[sz]ed|produced)\b.{0,200}\b(?:AI|artificial intelligence|language model|automated tools?|machine translation)\b.{0,300}$`, 'i'), needs: ' above ', max: 500 },
  // A live page's headings over its entries: "Key Events", "Live Updates", "Key Highlights" (alone on the line).
  { action: 'drop', pattern: /^(?:key (?:events|updates|highlights|moments)|live updates|live blog|top updates)\s*:?$/i, max: HEADING_MAX },
  // The Economic Times' "Read More News on India, China, Defence", Outlook's "Read more on Latest India News and Updates on Outlook India.",
  // "(You can now subscribe to our Economic Times WhatsApp channel)",
  // Google's "Add as a preferred source on Google" buttons, "Like this story? Share it with a friend!".
  { action: 'drop', pattern: /^(?:read more (?:news|stories|updates) (?:on|about|from)\b[^.!?]{0,100}|read more on (?:the )?latest\b[^.!?]{0,80}\b(?:news|updates)\b[^.!?]{0,60}\.?|\(?you can now (?:subscribe to|join|follow)\b[^.!?]{0,80}\)?|(?:add|make|set) (?:\S+ ){0,3}as (?:a |your )?(?:preferred|trusted) source\b[^.!?]{0,40}|(?:like|liked|enjoy|enjoyed) this (?:story|article)\?.{0,80})$/i, max: 200 },
  // Reuters' notes on a story filed again: "(This story has been refiled to add a dropped word in paragraph 3)", "(Refiles to fix typo
  // in headline)", "(Updates with details, quotes)". A correction says what was wrong ("(Corrects spelling of …)"): a reader's, it stays.
  { action: 'drop', pattern: /^\((?:[Tt]his (?:story|article|version) (?:has been|was) refiled\b|Refiles?\b|Repeats?\b|Updates with\b)[^()]{0,200}\)$/, max: 240 },
  // … and a trade site's note on a story updated, in square brackets: Breaking Defense's "[This article has been updated to include …]"
  // (a correction's note stays, as above).
  { action: 'drop', pattern: /^\[(?:[Tt]his|[Tt]he) (?:story|article|report|post) (?:has been|was) updated\b[^[\]]{0,200}\]\.?$/, max: 240 },
  // AP's note on who funds a desk: "…coverage receives financial support from … AP is solely responsible for all content."
  { action: 'drop', pattern: /\bAP is solely responsible for all content\b/, needs: 'solely responsible' },
  // A partner's credit alone under the copy: "With Reuters", "With AFP and AP", "— Agencies", "(Agencies)".
  // … and an outlet's credit with the agencies it wrote with: "DAILY SABAH WITH AA", "Euronews with AFP, AP", France 24's bracketed
  // "(FRANCE 24 with AFP)" (a figure in the name).
  { action: 'drop', pattern: new RegExp(String.raw`^(?:[-–—]+\s*)?(?:(?:[Ww]ith|WITH) (?:${marks})(?:\s*(?:,|and|&)\s*(?:${marks}|agencies))*|[-–—]+\s*(?:[Aa]gencies|AGENCIES)|\((?:[Aa]gencies|AGENCIES)\)|\p{Lu}[\p{L}\d'’.-]*(?:\s+[\p{Lu}\d][\p{L}\d'’.-]*){0,3}${WITH_AGENCIES}|\(\p{Lu}[\p{L}\d'’.-]*(?:\s+[\p{Lu}\d][\p{L}\d'’.-]*){0,3}${WITH_AGENCIES}\))\.?$`, 'u'), max: 80 },
  // DW's sign-off, its writers' and editors' initials over the agencies it drew on: "kb/rt (AFP, Reuters)", "ss/sms (dpa, Reuters)".
  { action: 'drop', pattern: new RegExp(String.raw`^\p{Ll}{1,4}(?:\/\p{Ll}{1,4}){1,3}\s*\((?:${marks})(?:\s*(?:,|and|&)\s*(?:${marks}))*\)$`, 'u'), needs: '/', max: 80 },
  // One Reuters credit without brackets when it names people: "Additional reporting by Jane Doe in Islamabad" ("Additional
  // reporting by the BBC found…" is copy).
  // … and one credit of the others, each naming people only: "Reporting by Ruma Paul in Dhaka", "Writing by Jane Doe".
  { action: 'drop', pattern: new RegExp(String.raw`^(?:Additional reporting|Reporting|Writing|Reporting and writing|Editing) by ${NAME}(?: (?:in|from) ${NAMED_PLACE})?(?:(?:,|;| and) ${NAME}(?: (?:in|from) ${NAMED_PLACE})?)*\.?$`, 'u'), max: 160 },
  { action: 'drop', pattern: /^(?:sign up here|unlock a world of benefits\b.*)[.!]?$/i },
  // A sign-up box's small print: "By signing up, you agree to our Terms of Use and Privacy Policy." (its terms or privacy named).
  { action: 'drop', pattern: new RegExp(String.raw`^${UNQUOTED}by (?:signing up|subscribing|registering|clicking (?:\S+ ){0,3}(?:subscribe|sign up|submit|register))\b[^.!?]{0,40}\byou (?:agree|consent|accept)\b.{0,160}\b(?:terms|privacy)\b.{0,120}$`, 'i'), max: 300 },
  // Reuters' newsletter plugs: "Get a look at the days ahead with The Day Ahead newsletter. Sign up here." (a newsletter, then the button).
  { action: 'drop', pattern: /\bnewsletters?\b[^.!?]{0,80}[.!]\s+sign up here[.!]?$/i, needs: 'ign up here', max: 160 },
  // Print-edition notes: "Published in Dawn, November 26th, 2026", "A version of this article appears in the print on…".
  { action: 'drop', pattern: new RegExp(String.raw`^published in (?:the )?[\p{L} .'’-]{2,40}, ${DATE_ANY_CASE}\.?$`, 'iu') },
  // … and the Himalayan Times': "A version of this article appears in e-paper on November 26, 2026, of The Himalayan Times."
  { action: 'drop', pattern: /^(?:a version of this (?:article|story|report) (?:appears|appeared) in (?:the )?(?:print\b|e-?paper on\b)|this (?:article|story|report) (?:first |originally )?appeared in the print edition(?: of [\p{L} .'’-]{2,40})?\.?$)/iu },
  // "SOURCE: AL JAZEERA AND NEWS AGENCIES", "Source: Reuters, AFP"; "Source: a senior official said…" is copy.
  // … and CGTN's "Source(s): Xinhua".
  // … in a bracket, "(Source: IANS)", with the page's stamp after it as Zee's pages set it ("Source: PTI | Updated: Nov 27, 2026"), or the
  // agency named as a field of the page: "Agency: PTI".
  { action: 'drop', pattern: new RegExp(String.raw`^\(?(?:SOURCE|Source|AGENCY|Agency)(?:\(s\))?\s*:\s*${SOURCE_WORD}(?:[\s,/&]+${SOURCE_WORD})*\.?\)?(?:\s*\|\s*(?:Last )?(?:Updated|Published)(?: [Oo]n)?\s*:?\s*(?:${DATE_ANY_CASE}|${DATE_IN_FIGURES})${TIME}|${SOURCE_STAMP_EDITOR})?$`, 'u') },
  // … and in Turkish, Spanish, Portuguese, German and Italian, as outlets carrying an agency's copy credit it under the copy (the
  // thirty-first sweep): "Kaynak: AA", "Fuente: EFE", "Fonte: Agência Brasil", "Quelle: dpa", "Fonte: ANSA", and Latin American papers'
  // "Con información de EFE y AFP." and Brazilian ones' "Com informações da Agência Brasil" (only marks after it: "Kaynak: bakanlık, …" is copy).
  { action: 'drop', pattern: new RegExp(String.raw`^\(?(?:(?:Kaynak|KAYNAK|Fuente|FUENTE|Fonte|FONTE|Quelle|QUELLE)\s*:|(?:[Cc]on información de|[Cc]om informações d[aeo]s?))\s*(?:la |a |o )?(?:${marks}|${datedMarks})(?:\s*(?:,|\/|&|\by\b|\be\b|\bund\b)\s*(?:la |a |o )?(?:${marks}|${datedMarks}))*\.?\)?$`, 'u'), max: 80 },
  // EFE's sign-off with its desk's initials and what the story carries: "EFE jmr/dm (foto)(vídeo)" (the thirty-first sweep).
  { action: 'cut', pattern: /^EFE\s+[a-z]{1,4}(?:\/[a-z]{1,4}){1,4}(?:\s*\((?:foto|fotos|vídeo|video|audio|infografía)\))+$/u, agency: 'EFE', needs: 'EFE', max: 60 },
  // AP's "Associated Press writer Jane Doe contributed to this report." ("…contributed to this report's outlook" is copy).
  // … and without "to this report": "Associated Press writers Grant Peck in Bangkok and Jane Doe contributed." (only an AP staff credit).
  // … and where they filed from: "… contributed to this report from Washington."
  { action: 'drop', pattern: /\bcontributed (?:reporting )?to this (?:report|story|article)(?: from [^.]{1,60})?\.?$|^(?:The )?(?:Associated Press|AP) (?:staff |\w+ (?:\w+ )?(?=writers? ))?(?:writers?|reporters?|correspondents?|journalists?|videojournalists?|photographers?|researchers?) .{1,240} contributed(?: reporting)?(?: from [^.]{1,60})?\.?$/i, needs: 'ontributed' },
  // A closing promo of a line or two before its button, Mint's "Never miss a story! Stay connected and informed with Mint. Download our App
  // Now!!" and "Stay informed with the latest news. Subscribe now." ("Stay connected with family. Download the app to book tickets." is copy).
  { action: 'drop', pattern: new RegExp(String.raw`^${UNQUOTED}(?:(?:never miss (?:a|any) (?:story|update|thing|beat)|stay (?:connected|informed|updated|ahead)\b[^.!?]{0,80})[.!]+\s+){1,2}(?:download (?:the |our )?(?:\S+ ){0,3}app(?: now| today)?|subscribe(?: now| today)?)[.!]*$`, 'i'), max: 240 },
  // AP's links to its hubs under the copy: "Find more AP coverage of the election at https://apnews.com/hub/election-2026."
  { action: 'drop', pattern: new RegExp(String.raw`^${UNQUOTED}[^.!?]{0,160}\bhttps?:\/\/(?:www\.)?apnews\.com\/\S*$`, 'i'), needs: 'apnews.com', max: 300 },
  // Syndication notes as each outlet words them (see SYNDICATION_NOTE), a line of their own.
  { action: 'drop', pattern: SYNDICATION_NOTE_LINE, max: MAX_SYNDICATION_NOTE },
  // … and in Hindi, Bangla and Urdu (see INDIC_SYNDICATION_NOTE_LINE), each tried only on a line holding its script's word for "feed".
  ...['ीड', 'ফিড', 'فیڈ'].map((needs) => ({ action: 'drop' as const, pattern: INDIC_SYNDICATION_NOTE_LINE, needs, max: 330 })),
  // … and a Hindi note naming the agency and no feed: "(यह खबर एजेंसी से ली गई है, इसे एडिट नहीं किया गया है)", "यह खबर न्यूज़ एजेंसी से सीधे
  // प्रकाशित की गई है।" ("इस समाचार एजेंसी से…" is "this news agency", and a line reporting someone's words is copy).
  { action: 'drop', pattern: HINDI_AGENCY_NOTE, needs: 'एजेंसी से', max: 300 },
  // A page's link to the story in another language, bracketed or in Hindi: "(Read in Hindi)", "(हिंदी में पढ़ें)".
  { action: 'drop', pattern: LANGUAGE_LINK, max: 40 },
  // A desk's credit, or an agency's with its bureau, on a line of its own: "Gulf News Report", "— Reuters, London", "AFP | Bangkok".
  { action: 'drop', pattern: DESK_CREDIT_LINE, max: MAX_CREDIT_OF },
  // A Hindi inputs credit: "(एजेंसी इनपुट के साथ)", "(इनपुट: भाषा)", "(भाषा इनपुट के साथ)", the agency often in Latin capitals
  // ("(इनपुट: IANS)", "(IANS इनपुट के साथ)", "(इनपुट: आईएएनएस/PTI)").
  { action: 'drop', pattern: /^\(?(?:[\p{sc=Deva}\p{Lu}]+ )?इनपुट(?: के साथ|\s*[:–—-]\s*[\p{sc=Deva}\p{Lu} ,/&]{2,40})\)?।?$/u, needs: 'इनपुट', max: 60 },
  // … and its shorthand in English on the same sites' pages: "Input: IANS", "(Inputs: agencies)", "Input - PTI, ANI" (only an agency
  // after it: "Input: the committee took views…" is copy).
  { action: 'drop', pattern: new RegExp(String.raw`^\(?inputs?\s*[:–—-]\s*${INPUT_SOURCE}(?:\s*(?:,|&|and|\/)\s*${INPUT_SOURCE})*\)?\.?$`, 'i'), max: 80 },
  // IANS's "(Sanjeev Sharma can be contacted at sanjeev.s@ians.in)".
  { action: 'drop', pattern: /^\(?[^()@]{1,60} can be (?:contacted|reached) at [\w.+-]+@[\w.-]+\)?\.?$/, needs: ' can be ', max: 160 },
  // An inputs credit, "(With inputs from PTI)", "(With PTI inputs)", or the inputs alone in a bracket: "(Agency inputs)".
  { action: 'drop', pattern: /^[-–—(\s]*(?:with (?:\S+ ){0,3}inputs?|(?:with )?(?:additional )?inputs? from [^(),.]{1,60})\.?\)?\.?$|^\((?:news )?(?:agency|agencies|wire) inputs?\)\.?$/i },
  // … after the desk that wrote with them, as Gulf papers credit WAM's copy: "Khaleej Times with inputs from WAM", "Staff Report with
  // inputs from agencies", Dawn's "— Dawn.com with additional input from Reuters" (capitalised words alone before "with": "Officials
  // with inputs from WAM met…" goes on and is copy).
  { action: 'drop', pattern: new RegExp(String.raw`^(?:[-–—]+\s*)?${OUTLET_NAME} with (?:additional )?inputs? from ${INPUT_SOURCE}(?:\s*(?:,|&|and)\s*${INPUT_SOURCE})*\.?$`, 'u'), needs: ' input', max: 80 },
  // Inputs from several agencies: "With inputs from PTI, ANI", "(With inputs from IANS & agencies)"; either with its full stop inside
  // the bracket ("(With inputs from agencies.)").
  { action: 'drop', pattern: new RegExp(String.raw`^[-–—(\s]*(?:with )?(?:additional )?inputs? from ${INPUT_SOURCE}(?:\s*(?:,|&|and)\s*${INPUT_SOURCE})*\.?\)?\.?$`, 'i') },
  // "Disclaimer: The views…"; after the colon a word in lower case goes on a sentence ("Disclaimer: the court said…" is copy).
  // … in Hindi, Bangla and Urdu too ("डिस्क्लेमर: यह खबर सीधे न्यूज़ एजेंसी से ली गई है…"): no capitals there to tell a sentence from a note.
  { action: 'drop', pattern: /^\(?(?:[Dd]isclaimer|DISCLAIMER|डिस्क्लेमर|ডিসক্লেইমার|ڈস کلیمر)\s*[:–—-](?!\s*\p{Ll})/u },
  // … and ANI's under a partner's release without the label: "This story is provided by NewsVoir. ANI will not be responsible in any way
  // for the content of this article. (ANI/NewsVoir)" (the thirty-fourth sweep).
  { action: 'drop', pattern: /^(?:this (?:story|article|press release)|the above (?:story|article|press release)) (?:is|has been|was) provided by [^.]{1,60}\.\s+ANI will not be responsible in any way for the content\b.{0,80}$/i, needs: 'not be responsible', max: 240 },
  // A disclaimer's box, its heading on a line of its own ("Disclaimer", then its text): nothing of the story follows it.
  { action: 'cut', pattern: /^disclaimer\s*:?$/i, max: HEADING_MAX },
  // A newsletter's box: its heading alone ("Newsletter", "The Morning Brief Newsletter", "Newsletter Signup") over its pitch and its
  // button, lines that end no sentence ("Get the day's top stories every morning", "Sign Up"): they go with it, as a list's links do.
  { action: 'list', pattern: /^(?:\p{L}+ ){0,3}newsletters?(?: sign[- ]?up| subscription)?\s*:?$/iu, max: HEADING_MAX },
  { action: 'drop', pattern: /^\(?to (?:receive|read|get) our (?:\S+ ){0,2}(?:e-?paper|newsletters?|stories|news|updates)\b/i },
  // A SharePoint list's feed prints each field as "<b>Field:</b> value": "Body:" alone over the copy is the label, not copy.
  { action: 'drop', pattern: /^body\s*:$/i, max: 8 },
  // Arab News' "Short Url" over the story's short link.
  { action: 'label', pattern: /^short ?url\s*:?$/i, max: 20 },
  { action: 'label', pattern: /^(?:(?:edited|written|compiled|curated|published|produced|reported|posted) by|(?:first |last )?(?:published|updated|modified|posted|uploaded)(?: on| at)?|location)\s*:$/i, max: HEADING_MAX },
  // A timestamp line, "First Published: 25 Nov 2026, 05:10 PM IST", "Updated - November 25, 2026 06:10 pm IST";
  // "Updated figures show…" and "Posted on Nov 25, the video went viral" are copy.
  // Indian Express's "First uploaded on: 26-11-2026 at 17:30 IST", Devdiscourse's "Created: 07-12-2026 05:18 IST", and an empty
  // "Published On:" whose date was a picture.
  // The Dhaka Tribune's "Publish : 26 Nov 2026, 05:10 PM", ISPR's "Dated: November 26, 2026"; a SharePoint list's "Expires: 11/30/2026".
  // The SCMP's time first ("Published: 5:10pm, 26 Nov 2026"), a time alone ("Updated at 10:05 AM IST"), Euronews' "Published on
  // 26/11/2026 - 10:05 GMT+1 • Updated 11:30"; Dawn's "Published November 27, 2026 Updated about 2 hours ago".
  { action: 'drop', pattern: new RegExp(String.raw`^\(?(?:first |last )?(?:published|publish|dated|updated|update|posted|modified|uploaded|created|issued|expires)(?: on| at| date| time)?\s*[:|–—-]?\s*(?:(?:\p{L}{3,9},?\s+)?(?:${DATE_ANY_CASE}|${DATE_IN_FIGURES})(?:\s*[–—-])?${TIME}|${CLOCK},?\s+(?:\p{L}{3,9},?\s+)?(?:${DATE_ANY_CASE}|${DATE_IN_FIGURES})|${CLOCK}(?:\s+(?:${ZONES}))?)?(?:\s*(?:GMT|UTC)[+-]\d{1,2})?(?:\s*[•|]\s*(?:last )?updated?(?: on| at)?\s*:?\s*[\p{L}\d ,.:]{1,40}|\s+updated (?:about )?(?:\d{1,2}|an?) \p{L}{3,7} ago)?\s*\)?$`, 'iu'), max: 160 },
  // Anadolu's byline with its dates: "Ahmet Kaya |26.11.2026 - Update : 26.11.2026".
  { action: 'drop', pattern: /^[\p{L} .'’-]{2,60}\|\s*\d{2}\.\d{2}\.\d{4}(?:\s*-\s*Update\s*:\s*\d{2}\.\d{2}\.\d{4})?$/u, needs: '|', max: 120 },
  // A timestamp alone, a date and its time: "Nov 26, 2026 14:05 pm IST", "26-11-2026 05:10 PM" (a date alone may be a release's foot),
  // "26/11/2026 10:05:00 AM" (WAM), "26 Nov 2026 - 10:05", Reuters' old "NOVEMBER 26, 2026 / 10:05 AM / UPDATED 2 HOURS AGO", or the
  // time first: "10:05 AM, Nov 26, 2026".
  {
    action: 'drop',
    pattern: new RegExp(
      String.raw`^\(?(?:(?:\p{L}{3,9},?\s+)?(?:${DATE_ANY_CASE}|${DATE_IN_FIGURES})[,\s|/–—-]+(?:at\s+)?${CLOCK}|${CLOCK},?\s+(?:\p{L}{3,9},?\s+)?(?:${DATE_ANY_CASE}|${DATE_IN_FIGURES}))(?:\s+(?:${ZONES}|\((?:${ZONES})\)))?(?:\s*[|/•]\s*[Uu]pdated\b.{0,40}|\s+(?:[Ll]ast )?[Uu]pdated?(?: on| at)?\s*:\s*.{0,50})?\)?$`,
      'iu',
    ),
    needs: ':',
    max: 120,
  },
  // A page's relative time: "2 hours ago", "Updated 5 min ago", Dawn's "Updated about 2 hours ago", "Updated an hour ago".
  { action: 'drop', pattern: /^(?:updated |published |posted )?(?:about )?(?:\d{1,2}|an?) (?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?) ago$/i, max: 30 },
  // India Today's and the Indian Express's put the place first: "New Delhi, UPDATED: Nov 26, 2026 12:10 IST", "Pune | Updated: …".
  { action: 'drop', pattern: PLACE_STAMP, max: MAX_PLACE_STAMP },
  // An outlet's own plug: "(Catch all the Business News … on The Economic Times.)", "Get Latest India News along with…" (HT),
  // "Track Latest News Live on NDTV.com…".
  { action: 'drop', pattern: /^\(?catch all the .{1,300}\b(?:news|updates)\b/i },
  { action: 'drop', pattern: /^\(?(?:catch|get|track) (?:all )?(?:the )?(?:latest|current|breaking) (?:\S+ )?(?:news|updates|headlines)\b/i },
  // Outlets' plugs under the copy: Mint's "Milestone Alert!Livemint tops charts as the fastest growing news website…", Moneycontrol's
  // "Discover the latest Business News, Sensex, and Nifty updates. Obtain Personal Finance insights…", Business Standard's "Don't
  // miss the most important news and views of the day. Get them on our Telegram channel", the Tribune's "Join Whatsapp Channel of The
  // Tribune for latest updates."
  { action: 'drop', pattern: /^(?:milestone alert!\s*livemint\b|discover the latest business news, sensex\b|don['’]t miss the most important news and views of the day\. get them on our\b|join whatsapp channel of (?:the )?\p{Lu}[\p{L} ]{1,30} for (?:the )?latest updates\.?$)/iu, max: 300 },
  // HT's cricket plug ("Catch every big hit,every wicket with Crick-it, a one stop destination for Live Scores…"), WION's "You can now
  // write for wionews.com and be a part of the community…", the Indian Express's "For all the latest India News, download Indian
  // Express App.", Prothom Alo's "*This report, originally published in the online edition of Prothom Alo, has been rewritten in English
  // by Ayesha Kabir".
  { action: 'drop', pattern: new RegExp(String.raw`^(?:catch every big hit,\s*every wicket with crick-it\b|you can now write for wionews\.com\b|for all the latest [\p{L} ]{1,40} news,? download (?:the )?indian express app\b|\*\s*this (?:report|article|interview|column|op-ed)\b[^.]{0,120}\brewritten in english by\s+${NAME}\.?$)`, 'iu'), max: 300 },
  // ABP Live's byline with its stamp: "By : ABP News Bureau | Updated at : 26 Nov 2026 10:05 AM (IST)".
  { action: 'drop', pattern: new RegExp(String.raw`^By\s*:\s*[\p{L} .'’-]{2,60}?\s*\|\s*(?:Updated|Published) at\s*:\s*(?:${DATE_ANY_CASE}|${DATE_IN_FIGURES})${TIME}(?:\s*\(IST\))?$`, 'u'), needs: ' at :', max: 120 },
  // Mint's breadcrumb under the copy: "Business News/ Economy/ India’s fiscal deficit at 46.5%" (two slashes at least).
  { action: 'drop', pattern: /^(?:Business News|Home)(?:\s*\/\s*[^/]{1,120}){2,4}$/, needs: '/', max: 300 },
  // Firstpost's plug for its gadgets site: "Find latest and upcoming tech gadgets online on Tech2 Gadgets. Get latest technology news…".
  { action: 'drop', pattern: /^find latest and upcoming tech gadgets online on tech2\b/i, max: 200 },
  // "…delivered to your inbox", "Get the top stories in your inbox every morning." (news of some kind, got or received: "Get ready
  // for more spam in your inbox, the regulator warned" is copy).
  { action: 'drop', pattern: /(?:delivered|straight) (?:to|in(?:to)?) your inbox\b|^(?:get|receive) (?:\S+ ){0,4}(?:news|stories|headlines|updates|newsletters?|briefings?|alerts|analysis)\b[^.!?,]{0,40}\b(?:in|to|into) your inbox\b/i, needs: 'nbox' },
  // Yahoo's break inside the copy it carries, "Story continues" alone ("The story continues to grip the town…" is copy).
  { action: 'drop', pattern: /^(?:advertisement\s*[-–—:|·•]?\s*)?(?:(?:story|article) continues (?:below|after)\b.{0,40}|(?:continue reading below|scroll to continue)\b.{0,40}|(?:story|article) continues)$/i },
  // An agency's rights line alone under its copy, as EFE's and Agência Brasil's pages set it (the twenty-ninth sweep): "(c) Agencia EFE",
  // "© Agência Brasil", "© EFE 2026. Todos los derechos reservados." (the agency's name alone, a year and a rights notice perhaps).
  { action: 'drop', pattern: new RegExp(String.raw`^(?:\([cC]\)|©)\s*(?:\d{4}\s+)?(?:Agencia |Agência |Agenzia )?(?:${marks})(?:,?\s+\d{4})?(?:\.?\s+(?:Todos los derechos reservados|Todos os direitos reservados|Tutti i diritti riservati|All rights reserved|Alle Rechte vorbehalten))?\.?$`, 'u'), max: 90 },
  // Agência Brasil's note on a trainee's copy, and its kin in Spanish and English (the thirtieth sweep): "*Estagiária sob supervisão de
  // Carolina Pimentel", "*Estagiário sob supervisão da editora Jane Doe", "*Pasante bajo la supervisión de …", "*Intern under the
  // supervision of …" (a note: a star before it, or the line no longer than a name's).
  { action: 'drop', pattern: /^\*?\s*(?:[Ee]stagi[áa]ri[oa]s?|[Pp]asantes?|[Bb]ecari[oa]s?|[Pp]racticantes?|[Ii]nterns?|[Tt]rainees?)\s+(?:sob (?:a )?supervis[ãa]o|bajo (?:la )?supervisi[óo]n|under (?:the )?supervision)\s+(?:de|do|da|of)\s+(?:(?:a |o |la |el |the )?(?:editora?|jornalista|rep[óo]rter|periodista|editor)\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|do|dos|das|del|y|e)\s+)?\p{Lu}[\p{L}'’.-]+){0,4}\.?$/u, needs: 'upervis', max: 140 },
  // MSN's credit for a partner's picture inside the copy it carries: "© Provided by Mint" (the partner's name alone).
  { action: 'drop', pattern: new RegExp(String.raw`^©\s*Provided by ${OUTLET_NAME}$`, 'u'), needs: 'Provided by', max: 60 },
  { action: 'drop', pattern: /^loading\s*(?:\.{2,}|…)?$/i },
  // Captions: "Representative image", "(File photo)", "Representational image. (Photo: Reuters)", "Modi at a rally (File Photo/ANI)".
  // "Image Source : PTI" (India TV), "Photo courtesy: PIB"; "Star file photo" (the Daily Star), "File photo of Prime Minister Narendra Modi" (no sentence).
  // … and an outlet's or an agency's: "Post Photo: Keshav Thapa" (the Kathmandu Post), "Star Photo: Collected", "AFP Photo: …".
  // An embedded video's credit, as Indian sites set one under a clip: "Video: ANI", "(Video: IANS)", "Video Credit: ANI".
  // In other languages as EFE, Agência Brasil, ANSA, PAP, MTI and BelTA set theirs (the twenty-ninth sweep): "Foto: EFE/Juan Pérez",
  // "Foto: Marcelo Camargo/Agência Brasil", "Fotó: MTI", "Фото: БЕЛТА".
  { action: 'drop', pattern: new RegExp(String.raw`^\(?(?:(?:post|star|tribune|dawn|express|ht|${marks}) )?(?:photo|image|picture|pic|file photo|representational image|video|foto|fotó|фото)(?: credit| source| courtesy)?\s*[:|-]\s*[^.]{1,80}\)?$`, 'i') },
  // A bare credit naming only the agency or its account: "Credit: ANI", "(Credits: PTI)", "Credit: X/@ANI" ("Credit: the bank said …" is copy).
  { action: 'drop', pattern: new RegExp(String.raw`^\(?(?:[Cc]redits?|CREDITS?)\s*:\s*(?:(?:X|Twitter|Instagram)\s*\/\s*@?)?(?:${marks})(?:\s*\/\s*(?:${marks}))*\)?$`, 'u'), needs: 'redit', max: 60 },
  // … its credit in a bracket after it too: "Representative image (PTI)".
  { action: 'drop', pattern: /^\(?(?:representative|representational|symbolic|illustrative|(?:star |afp |reuters |ap |pti |ians |ani |bss |dawn |ht |express |tribune |post )?file)\s+(?:image|photo|picture|pic)\)?(?:\s*[.:|,-]\s*.{0,60}|\s+of\s+[^.!?]{1,80}|\s*\([^()]{1,40}\))?$/iu },
  { action: 'drop', pattern: /\((?:file )?(?:photo|pic|image|picture)(?: credit)?\s*[:/|]\s*[\p{L} .&/-]{1,40}\)$/iu, needs: ')' },
  // No `\b` before an unanchored rule's first word: with `iu` it is tried at every character, ten times the cost of the rule.
  { action: 'drop', pattern: /(?:photo|image) credit:\s*[\p{L} .&/-]{1,40}$/iu, needs: ':' },
  // A picture's credit naming the agency or library and the photographer: the Brussels Times' "Credit: Belga / Benoit Doppagne",
  // "Credit: Getty Images / Jane Doe" ("Credit: the bank said …" is copy: no slash, no name after it).
  { action: 'drop', pattern: new RegExp(String.raw`^(?:[Cc]redit|CREDIT)\s*:\s*(?:${marks}|\p{Lu}[\p{L}.&]*(?: \p{Lu}[\p{L}.&]*){0,2})\s*\/\s*${NAME}$`, 'u'), needs: 'redit', max: 80 },
  // Premium Times' advertising slot left as text between paragraphs: "PT Mag Campaign AD".
  { action: 'drop', pattern: /^(?:\p{Lu}[\p{L}]*\s+){1,3}Campaign AD$/u, needs: 'Campaign AD', max: 40 },
  // Trend's plug under its copy: "Stay up-to-date with more news on Trend News Agency's WhatsApp channel".
  { action: 'drop', pattern: new RegExp(String.raw`^[Ss]tay (?:up[- ]to[- ]date|updated|informed) with (?:more|the latest|all the latest) news on ${OUTLET_NAME}['’]s? (?:${PLATFORMS})(?: channel| page| account)?[.!]?$`, 'u'), max: 120 },
  // HT Syndication's note under the agencies' copy it carries (the VNA's, Xinhua's, governments' releases): "To read the full article or
  // to get the complete feed from this publication, please", then its "Contact Us." link: nothing of the story follows.
  { action: 'cut', pattern: /^to read the full article or to get the complete feed from this publication,? please(?:\s+contact us\.?)?$/i, needs: 'complete feed', max: 110 },
  // A speech's note over its text, as the EEAS and governments print it: "Check against delivery!" (alone: it is no sentence of the speech).
  { action: 'drop', pattern: /^[*(]?\s*check against delivery\s*[.!]?\s*[*)]?$/i, needs: 'elivery', max: 30 },
  // IOL's plug under its copy: "Get your news on the go, click here." ("Get your news on the go from radio, …" is copy).
  { action: 'drop', pattern: /^get (?:your|the latest|more) news on the go,? (?:click|tap) here[.!]?$/i, max: 60 },
  // Vanguard's name alone under its copy: "Vanguard News Nigeria".
  { action: 'drop', pattern: /^Vanguard News(?: Nigeria)?$/, max: 30 },
  // The outlets a story drew on, under it: Mexico News Daily's "With reports from El Universal and Milenio" (outlets' names alone:
  // "With reports from the front line scarce, …" is copy).
  // … and the PNA's, its reporters' names and its mark after a slash, on a line of their own: "(With reports from Jane Doe/PNA)" (run
  // into the last sentence it was cut already: TRAILING_NOTES; the forty-second sweep).
  { action: 'drop', pattern: new RegExp(String.raw`^\(?[Ww]ith (?:additional )?reports? from ${OUTLET_NAME}(?:\/${OUTLET_NAME})?(?:(?:,| and| &) ${OUTLET_NAME}(?:\/${OUTLET_NAME})?)*\.?\)?$`, 'u'), needs: 'ith ', max: 120 },
  // Ahram Online's short address under its copy: "Short link: https://english.ahram.org.eg/News/560123.aspx" ("Short link: the two
  // grids share one cable" is copy).
  { action: 'drop', pattern: /^short ?link\s*:\s*https?:\/\/\S+$/i, needs: 'link', max: 200 },
  // … and its stamp over the copy: "Ahram Online , Thursday 26 Nov 2026".
  { action: 'drop', pattern: new RegExp(String.raw`^Ahram Online\s*,\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?${DATE}$`, 'u'), needs: 'Ahram', max: 60 },
  // MercoPress's clock under its name at the head of every page, its home's time and not a story's dateline: "Montevideo, November 27th
  // 2026 - 09:44 UTC" (the forty-fourth sweep: the line stayed over the copy). Each story's own stamp, "Friday, November 27th 2026 - 10:05
  // UTC", went already as a timestamp.
  { action: 'drop', pattern: new RegExp(String.raw`^Montevideo,\s*${DATE}\s+-\s+${CLOCK}\s+UTC$`, 'u'), needs: 'UTC', max: 60 },
  // Japanese papers' notes on who wrote the story they translated: the Mainichi's "(Japanese original by Taro Yamada, Business News
  // Department)", the Asahi's "(This article was written by Hana Sato, a senior staff writer.)" (a writer's name and role alone).
  { action: 'drop', pattern: new RegExp(String.raw`^\((?:Japanese original by ${NAME}(?:,[^()]{1,80})?|This (?:article|story) was written by ${NAME}(?:,? (?:an?|the) [\p{L} -]{1,60})?\.?)\)$`, 'u'), needs: ' by ', max: 200 },
  // AllAfrica's line under the copy it carries: "Read the original article on Premium Times." (the outlet's name, no sentence after it).
  { action: 'drop', pattern: new RegExp(String.raw`^Read the original article on ${OUTLET_NAME}\.?$`, 'u'), max: 80 },
  // Ukrinform's note on quoting it: "When quoting and using any materials on the Internet, … hyperlinks … are mandatory."
  { action: 'drop', pattern: /^when (?:quoting|citing) and using any materials\b.{0,200}\bhyperlinks?\b.{0,120}\bmandatory\.?$/i, needs: 'mandatory', max: 400 },
  // A translation's credit under the copy: Egypt Independent's "Edited translation from Al-Masry Al-Youm" (the outlet alone).
  { action: 'drop', pattern: new RegExp(String.raw`^(?:[Ee]dited )?[Tt]ranslation from ${OUTLET_NAME}\.?$`, 'u'), needs: 'ranslation', max: 80 },
  // An outlet's credit with the agency it took the copy from, a dash before them: the Buenos Aires Times' "– TIMES/NA", "– TIMES/PERFIL"
  // (an agency it knows signs off with its mark: "– TIMES/AFP", see SIGN_OFF).
  { action: 'drop', pattern: /^[-–—]\s*\p{Lu}{2,12}\/\p{Lu}{2,12}$/u, max: 30 },
  // AGERPRES's authors and editors under its English copy: "AGERPRES (RO - author: …, editor: …; EN - author: …, editor: …)".
  { action: 'cut', pattern: /^AGERPRES\s*\((?:[A-Z]{2}\s*[-–]\s*)?(?:author|editor)s?:[^()]{1,200}\)$/, needs: 'AGERPRES', agency: 'Agerpres', max: 260 },
  // An agency's photo credit alone: "IANS Photo", "PTI File Photo".
  { action: 'drop', pattern: new RegExp(String.raw`^(?:${marks}) (?:[Ff]ile )?(?:[Pp]hotos?|[Pp]ic|[Ii]mage|[Gg]raphics?|[Vv]ideo)$`, 'u'), max: 40 },
  // A caption marked as a file photo at its end: "Prime Minister Narendra Modi. (File photo)".
  { action: 'drop', pattern: /\((?:file (?:photo|pic|image)|representational (?:image|photo)|representative (?:image|photo))\)$/i, needs: ')', max: 200, tail: 40 },
  // Captions credited as the agency's photo desk signs them: "… on Wednesday. (PTI Photo)", "(IANS Photo)", AP's "(AP Photo/Evan Vucci, File)",
  // AFP's "(Photo by Ludovic MARIN / AFP)"; a long paragraph so ending is copy and stays.
  { action: 'drop', pattern: new RegExp(String.raw`\((?:(?:${marks}) (?:[Ff]ile )?(?:[Pp]hoto|PHOTO|[Pp]ic)(?:\/[^()]{1,60})?|(?:[Pp]hoto|PHOTO)s? by [^()]{1,60})\)$`, 'u'), needs: ')', max: 300, tail: 90 },
  // Reuters' captions end with the photographer and the picture's kind: "… November 25, 2026. REUTERS/Anushree Fadnavis/File Photo".
  { action: 'drop', pattern: /[.!?"”’]\s+REUTERS\/\p{Lu}[\p{L}.'’ -]{1,40}(?:\/(?:File Photo|File|Pool|Illustration|Handout))*(?:\s+Purchase Licensing Rights(?:,? opens new tab)?)?$/u, needs: 'REUTERS/', max: 400, tail: 140 },
  // EFE's: "… in Madrid on Wednesday. EFE/Mariscal", "EFE/EPA/FILIP SINGER" (a photographer's name after the mark).
  { action: 'drop', pattern: /[.!?"”’]\s+EFE\/(?:EPA\/)?\p{Lu}[\p{L}.'’ -]{1,40}$/u, needs: 'EFE/', max: 300, tail: 70 },
  // Defence trade sites' captions: Army Recognition's "… during trials in Ladakh (Picture source: Indian Army)", "(Image credit: …)";
  // Naval News' and the US services' "… launch ceremony. Royal Thai Navy photo.", "U.S. Navy photo by Mass Communication Specialist …"
  // (capitalised words alone between the sentence and "photo": "He showed a Navy photo." is copy).
  { action: 'drop', pattern: /\((?:[Pp]icture|[Pp]hoto|[Ii]mage|[Vv]ideo|[Ff]ile) (?:[Ss]ource|[Cc]redits?|[Cc]ourtesy)\s*:[^()]{1,80}\)\.?$/, needs: ':', max: 300, tail: 100 },
  { action: 'drop', pattern: /(?:^|[.!?"”’]\s+)(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?:[Pp]hoto|[Pp]hotograph)(?: by (?:[\p{Lu}\d][\p{L}\d.'’-]*\s?){1,8})?\.?$/u, needs: 'hoto', max: 300 },
  // Kyodo's and Xinhua's captions that say when the picture was taken and what it shows, credited or not: "Photo taken on Nov. 25, 2026
  // shows …", "Photo taken from a Kyodo News helicopter shows …" (the participle right after the word, no article: "Photo evidence shows the
  // accused…" and "File photo of the accused released by police shows him…" are copy).
  { action: 'drop', pattern: new RegExp(String.raw`^${UNQUOTED}(?:photo|picture|image) (?:taken|provided|released|dated|shot)\b.{0,250}?\bshows\b.{0,300}$`, 'i'), max: 500 },
  // A picture's credit in brackets alone, as Korean and Japanese outlets set it under the picture: "[Photo courtesy of the Joint Chiefs
  // of Staff]", "(Photo courtesy of the Maritime Self-Defense Force)", "[Photo provided by Hyundai Rotem]", "[YONHAP]" alone.
  // No `i` flag: with it, `\p{Lu}` would take a word in lower case ("[sic]") for a credit.
  { action: 'drop', pattern: /^(?:[[(](?:[Pp]hotos?|[Pp]ictures?|[Ii]mages?|PHOTOS?)(?: (?:courtesy of|provided by|by|from|COURTESY OF)\b|\s*(?:[Cc]ourtesy|[Cc]redit)?\s*:)[^\])]{1,100}[\])]|\[\p{Lu}[\p{Lu}\d .,&'’/-]{1,60}\])$/u, max: 120 },
  // … and at the end of the caption it credits: "… in Goyang, Gyeonggi, on Oct. 20. [YONHAP]", "[MINISTRY OF NATIONAL DEFENSE]",
  // "[JOINT PRESS CORPS]" (a credit in capitals, a bracket that copy does not close a sentence with).
  { action: 'drop', pattern: /[.!?"”’]\s+\[\p{Lu}[\p{Lu}\d .,&'’/-]{1,60}\]$/u, needs: ']', max: 400, tail: 70 },
  // … and China Daily's, a picture's source or photographer in square brackets after the caption: "… on Thursday. [Photo/Xinhua]", "[Photo by
  // Wang Jing/China Daily]", "[Photo/IC]" (a credit in brackets inside a paragraph of copy goes alone: see CREDIT_IN_COPY).
  { action: 'drop', pattern: /[.!?"”’]\s+\[(?:[Pp]hotos?|[Ii]mages?|[Vv]ideo)(?:\s*\/\s*|\s+by\s+)[^\[\]]{1,60}\]$/u, needs: ']', max: 400, tail: 90 },
  // Yonhap and Kyodo credit pictures "(Yonhap)", "(Kyodo)" and sign their own copy off otherwise ("(END)", "==Kyodo"): a paragraph so ending
  // inside the copy is a caption. Last, it is an outlet's sign-off for the copy it carries (the Korea Herald's "(Yonhap)"), and stays.
  { action: 'drop', pattern: /[.!?"”’]\s+\((?:Kyodo|Yonhap)\)$/, needs: ')', max: 400, tail: 20, notLast: true },
  // The President's Media Division's credit alone under a picture of a Sri Lankan release: "(PMD)".
  { action: 'drop', pattern: /^\(PMD\)$/, max: 5 },
  // Yonhap's and Kyodo's captions: "This photo, provided by the defense ministry, shows … (PHOTO NOT FOR SALE) (Yonhap)", "Photo taken … (Kyodo)".
  { action: 'drop', pattern: new RegExp(String.raw`^(?:this (?:file )?(?:photo|image|picture|undated photo)|photo taken|file photo)\b.{0,300}\((?:${marks})\)$`, 'iu'), needs: ')', max: 400 },
  // Captions credited to an agency's photographer, "… Nov. 25, 2026. (Xinhua/Li Ming)" (a name of two words at least: "(ANI/WAM)" is a sign-off).
  { action: 'drop', pattern: new RegExp(String.raw`\((?:${marks})\/\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3}\)$`, 'u'), needs: '/', max: 300, tail: 80 },
  // Dawn's captions: a sentence, then its credit after a dash: "… the port. — APP", "— Reuters/File", "— White Star", "— Photo via X/@…".
  // An agency's mark alone after the dash is also how a short last paragraph is signed off ("…on Friday. — AFP"): there, it is copy,
  // and the foot cuts the sign-off.
  { action: 'drop', pattern: DAWN_AGENCY_CAPTION, needs: ' — ', max: DAWN_CAPTION_MAX, tail: 40, notLast: true },
  { action: 'drop', pattern: /^[—–]\s*(?:[Ff]ile [Pp]hoto|[Ff]ile|[Ss]creengrab|White Star)$/, max: 20 },
  { action: 'drop', pattern: new RegExp(String.raw`[.!?"”’]\s+[—–]\s*(?:(?:${marks})\/(?:File|file photo|screengrab)|(?:White Star|Dawn|DawnNewsTV)(?:\/(?:File|file photo|screengrab))?|Photo (?:via|courtesy|by)\b.{1,60}|(?:file )?screengrab)$`, 'u'), needs: ' — ', max: DAWN_CAPTION_MAX, tail: 90 },
  // A sentence in brackets that opens so stays copy: "(Reporting by the council was delayed.)".
  { action: 'drop', pattern: new RegExp(String.raw`^\((?:${CREDITS}) by (?![^)]*${NAMED_AS_SUBJECT})[^)]*\)$`, 'i') },
  // … or one that names only an agency, as NL Times credits ANP: "Reporting by ANP" ("Reporting by ANP showed …" goes on and is copy).
  { action: 'drop', pattern: new RegExp(String.raw`^(?:[Rr]eporting|[Rr]eported) by (?:${marks})\.?$`, 'u'), max: 60 },
  // Contributors' credit after a dash: Bloomberg's "--With assistance from Jane Doe and John Roe.", the Philippine papers' "— With reports
  // from Jane Doe". The dash and names alone make it one: "With assistance from China, the port was built." is copy.
  { action: 'drop', pattern: new RegExp(String.raw`^(?:--|[—–])\s*[Ww]ith (?:assistance|reports|additional reporting|reporting) (?:from|by) ${NAME}(?:(?:,| and| &) ${NAME})*\.?$`, 'u'), max: 160 },
  // Without brackets it takes two credits to be one: "Reporting by the state broadcaster suggested…" is copy.
  { action: 'drop', pattern: new RegExp(String.raw`^(?:${CREDITS}) by [^;()]{1,100}(?:;\s*(?:and )?(?:${CREDITS}) by [^;()]{1,100})+\.?$`, 'i') },
  // Desk and page credits: "Edited By: Priya Kumari", the Standard's (Kenya) "Related Topics: …", Agência Brasil's "Edição: Carolina Pimentel", Xinhua's "[Editor: huaxia]", News18's "Location : New Delhi, India", "Tags: …",
  // Breaking Defense's "Filed in: Air, Indo-Pacific", WordPress's "Posted in: Sri Lanka".
  // … a sentence in lower case after the colon goes on the copy ("Tags: the police found spray-painted tags…", "Location: the blast
  // took place near…"; hunt6): each label in the cases pages print it in, the lower case read as such.
  { action: 'drop', pattern: /^[[(]?(?:[Ee]ditor|EDITOR|[Ee]dição|EDIÇÃO|(?:[Ee]dited|[Ww]ritten|[Cc]ompiled|[Cc]urated|[Pp]ublished|[Pp]roduced|[Pp]osted|[Rr]eported) [Bb]y|(?:EDITED|WRITTEN|COMPILED|CURATED|PUBLISHED|PRODUCED|POSTED|REPORTED) BY|[Ll]ocation|LOCATION|[Tt]ags?|TAGS?|(?:[Rr]elated )?[Tt]opics?|(?:RELATED )?TOPICS?|(?:[Ff]iled|[Pp]osted) (?:[Ii]n|[Uu]nder)|(?:FILED|POSTED) (?:IN|UNDER))\s*:(?!\s*\p{Ll}.*[.!?]["”’)]?$)/u },
  // The Botswana Daily News' block under BOPA's copy, each label set off by a spaced colon: "Source : BOPA", "Author : Jane Doe", "Location :
  // GABORONE", "Event : Council meeting", "Date : 27 Nov 2026" (source and location went already; the forty-second sweep). The spaced
  // colon and a short line only: "Event: the council's vote …" in copy stays.
  { action: 'drop', pattern: new RegExp(String.raw`^(?:Author :\s+${NAME}|Event :\s+[^.!?:]{1,60}|Date :\s+(?:${DATE}|${DATE_IN_FIGURES}))$`, 'u'), needs: ' :', max: 80 },
  // Antara's credits under its copy, "Reporter: Arnidhya Nur Zhafira", "Translator: …", in its Indonesian copy "Pewarta: …", a name alone after each ("REPORTER: Is it
  // true?" in a transcript is copy).
  // … and Agência Brasil's under its English copy, "Translation: Jane Doe", perhaps starred, perhaps with its editor after a dash on the
  // same line: "Translation: Jane Doe - Edition: John Smith" (the forty-second sweep).
  { action: 'drop', pattern: new RegExp(String.raw`^\*?(?:Reporters?|Writers?|Translators?|Translation|Photographers?|Video [Ee]ditor|Uploader|Pewarta|Penerjemah|Penulis|Fotografer)\s*:\s*${NAME}(?:\s*(?:,|\/|&)\s*${NAME})*(?:\s+[-–—]\s+Edition\s*:\s*${NAME})?$`, 'u'), needs: ':', max: 100 },
  // … and run together on one line, as a feed gives them with the <br>s between them gone, its rights line perhaps after them
  // ("Reporter: Jane Doe Editor: John Smith Copyright © ANTARA 2026"; the thirty-third sweep): two credits, or one and the rights line.
  { action: 'drop', pattern: new RegExp(String.raw`^(?:(?:${ANTARA_CREDIT}\s*){1,4}Copyright\s*©\s*ANTARA(?:\s+\d{4})?|(?:${ANTARA_CREDIT}\s*){2,4})$`, 'u'), needs: ':', max: 200 },
  // A translation note: "(Translated from Hindi by Rajesh Kumar)", "This story was translated from Nepali by Aditi Sharma.", "Translated
  // by: …" (a note alone: "Translated from Hindi, the order says…" goes on as a sentence and is copy); from an agency's language
  // service too: "(This story has been translated from PTI Bhasha)", "Translated from IANS Hindi"; by one: "Translated from Urdu by UNI Urdu
  // Service" (the forty-second sweep).
  { action: 'drop', pattern: new RegExp(String.raw`^\(?(?:(?:[Tt]his|[Tt]he) (?:article|story|report|piece|interview|column|op-ed) (?:was|has been|is) (?:(?:originally )?(?:written|published) in \p{Lu}\p{Ll}+ and )?)?(?:[Tt]ranslated|TRANSLATED)(?: from (?:the )?(?:original )?(?:\p{Lu}\p{Ll}+|(?:${marks})(?: \p{Lu}\p{Ll}+)?))?(?: (?:in)?to English)?(?: by:?\s*${NAME}(?:\s*(?:,|and|&)\s*${NAME})*| by (?:our|the) [\p{L} ]{2,30}(?:desk|team)| by (?:${marks})(?: \p{Lu}\p{Ll}+){0,2})?\.?\)?\.?$`, 'u'), needs: 'ranslated', max: 120 },
  // … and without the colon when the line is only the name: "Edited by Priya Kumari" ("Edited by Penguin, the memoir…" is copy).
  // … after a dash too, as Indian sites set it under the copy: "— Edited by Priya Kumari".
  // NAN's editors, the editor and the sub-editor, parted by a slash: "Edited by Jane Doe/John Doe" (the twenty-ninth sweep).
  { action: 'drop', pattern: new RegExp(String.raw`^(?:[-–—]\s*)?(?:[Ee]dited|[Ww]ritten|[Cc]ompiled|[Cc]urated|[Pp]roduced|[Rr]eported) by\s+${NAME}(?:\s*\/\s*${NAME})*$`, 'u'), max: 80 },
  // Taiwan's CNA names its writers in brackets under the copy, over "Enditem": "(By Joseph Yeh)", "(By Lee Hsin-Yin and Joseph Yeh)"
  // (a name and nothing else: "(By then the ferry had sunk.)" is copy).
  { action: 'drop', pattern: new RegExp(String.raw`^\(By ${NAME}\)$`, 'u'), needs: '(By ', max: 80 },
  // LatestLY's notes on the copy it carries: "(The above story first appeared on LatestLY on Nov 26, 2026 10:05 AM IST. For more news …
  // log on to our website latestly.com).", "(This is an unedited and auto-generated story from Syndicated News feed, LatestLY Staff may not
  // have modified or edited the content body)".
  { action: 'drop', pattern: /^\(?(?:The above story first appeared on LatestLY\b|This is an unedited and auto-generated story from Syndicated News feed\b)[^()]{0,300}\)?\.?$/, needs: 'LatestLY', max: 360 },
  // A statement's signatory over it: "Jane Doe, Department Spokesperson", "Marco Rubio, Secretary of State" (the State Department's press statements),
  // or under it, as the UN Secretary-General's spokesman signs a statement: "Stéphane Dujarric, Spokesman for the Secretary-General".
  { action: 'drop', pattern: new RegExp(String.raw`^${NAME}, (?:(?:(?:Department|Official|Deputy|Principal Deputy|Ministry|Foreign Office) )?Spokesperson|(?:Deputy )?Secretary of State|(?:Deputy )?Spokes(?:person|man|woman) for (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})$`, 'u'), needs: ', ', max: 100 },
  // ISPR's release number over its copy: "No PR-202/2026-ISPR", and a foreign office's: "No. 345/2026", "PR No. 345/2026"; NATO's
  // "Press Release (2026) 152"; Kerala's PRD's, set close, as the last line of its release: "PR.No.1234/2026" (the forty-second sweep).
  // Tamil Nadu's DIPR's foot under its releases: "Issued by: Director, Information and Public Relations, Chennai-9" (the office named:
  // "Issued by: the court, the order …" is copy).
  { action: 'drop', pattern: /^Issued by\s*:\s*(?:The )?Director,?\s+(?:of\s+)?Information (?:and|&) Public Relations\b[^.!?]{0,80}\.?$/i, needs: 'ssued', max: 140 },
  { action: 'drop', pattern: /^(?:No\.?\s*PR[-\s]?\d{1,4}\/\d{4}-ISPR|(?:PR\.?\s?|Press Release )?No\.?\s*\d{1,4}\/\d{4}|(?:Press Release|Press Statement|Media Advisory|Speech) \(\d{4}\) \d{1,4})$/i, max: 40 },
  // A UN press release's document symbol: "SG/SM/23456", "SC/16012", "GA/12650", "SG/SM/23456-AFR/1234" (letters, then a number).
  { action: 'drop', pattern: /^(?:SG|DSG|SC|GA|ECOSOC|HR|OBV|PI|ENV|SAG|IHA|ORG)(?:\/[A-Z]{1,6}){0,3}\/\d{3,6}(?:-[A-Z]{1,6}(?:\/[A-Z]{1,6}){0,2}\/\d{2,6})*$/, needs: '/', max: 40 },
  // … and its foot, under which nothing is the story's: "For information media. Not an official record."
  { action: 'cut', pattern: /^for information media\b.{0,40}not an official record\.?$/i, max: 80 },
  // GOV.UK's page around a release: who it is from ("From: Foreign, Commonwealth & Development Office and The Rt Hon … MP", a list of
  // offices and ministers, no sentence), and its feedback prompt, after which nothing is the story's.
  { action: 'drop', pattern: /^From:\s+[^.!?]{0,160}\b(?:Office|Ministry|Department|Agency|Rt Hon|MP|Service|Council|Commission|Secretary)\b[^.!?]{0,120}$/, needs: 'From:', max: 300 },
  // … and its page history under the copy, "Updates to this page" over the dates the release was published and changed.
  { action: 'cut', pattern: /^updates to this page$/i, max: 20 },
  // An EU delegation's credit, over its statement or under it: "Press and information team of the Delegation to Sudan".
  { action: 'drop', pattern: /^Press and information team of the (?:EU |European Union )?Delegation (?:to|in) (?:the )?\p{Lu}[\p{L} ,.'’()-]{1,80}$/u, needs: 'information team', max: 120 },
  // The EU Council's press office under its release, over its address: "Press office - General Secretariat of the Council".
  { action: 'cut', pattern: /^Press [Oo]ffice\s+[-–—]\s+\p{Lu}[\p{L} ,&'’-]{3,80}$/u, needs: 'ress ', max: 100 },
  // … and the Bangkok Post's: "Do you like the content of this article?".
  { action: 'cut', pattern: /^(?:is this page useful|do you like the content of this article|was this (?:article|story|page) (?:helpful|useful))\?/i, max: 60 },
  // The Hindu's plug for its subscription inside the copy: "This is a Premium article available exclusively to our subscribers. To read…".
  { action: 'drop', pattern: /^this is a premium (?:article|story) available (?:exclusively|only) to (?:our )?subscribers\b/i, max: 200 },
  // The Canadian Press's note under its copy: "This report by The Canadian Press was first published Nov. 26, 2026."
  { action: 'cut', pattern: /^this (?:report|story|article) by the canadian press was first published\b/i, agency: 'CP', max: 120 },
  // A defence PRO's office under a release ends the copy ("PRO (Defence), Jammu", "PRO (Defence) Jammu"); the officer above it goes too
  // (see cutChrome).
  { action: 'cut', pattern: PRO_OFFICE, needs: 'PRO', max: 60 },
  // The Korea JoongAng Daily's byline under its copy, in capitals with the writer's address: "BY LEE SOO-JUNG [lee.soojung@joongang.co.kr]".
  { action: 'drop', pattern: /^BY \p{Lu}[\p{Lu} .'’-]{1,40}(?:,? (?:AND )?\p{Lu}[\p{Lu} .'’-]{1,40})*\s*[[(][\w.+-]{1,64}@[\w.-]{1,80}[\])]$/u, needs: '@', max: 160 },
  // The Daily Mirror's (Sri Lanka) credit for the video or pictures above it: "Video by Buddhi", "Pics by Kushan Pathiraja".
  { action: 'drop', pattern: new RegExp(String.raw`^(?:[Vv]ideos?|[Pp]ics|[Pp]ictures|[Pp]hotos?) by\s+${NAME}$`, 'u'), max: 60 },
  { action: 'drop', pattern: /^(?:[[(]?\d{1,2}\/\d{1,2}[\])]?|advertisement|sponsored|\[?…\]?|\[?\.{3}\]?)$/i },
  // The same in India's languages and Urdu (chrome8): a picture's credit or kind alone on its line, "(फोटो: पीटीआई)", "ছবি: বাসস",
  // "فوٹو: اے پی پی", "पीटीआई फोटो", "फाइल फोटो", "(प्रतीकात्मक तस्वीर)", "ফাইল ছবি: বাসস"; a sentence so opening is copy and stays
  // ("फाइल फोटो दिखाकर ठग ने …", "फोटो: पुलिस ने बताया कि …।").
  { action: 'drop', pattern: INDIC_PICTURE_LINE, max: 80 },
  // … closing a caption line, as "(File photo)" and "(Photo: PTI)" close one: "मुंबई में रैली को संबोधित करते प्रधानमंत्री। (फाइल फोटो)".
  { action: 'drop', pattern: new RegExp(String.raw`\((?:${FILE_PICTURE_INDIC})\)$`, 'u'), needs: ')', max: 200, tail: 40 },
  { action: 'drop', pattern: new RegExp(String.raw`\((?:${PHOTO_INDIC}\s*[:/|]\s*${CREDIT_INDIC}|(?:${marks})\s+(?:${PHOTO_INDIC}))\)$`, 'u'), needs: ')', max: 300, tail: 90 },
  // A lone advertisement's label, as "Advertisement" above: Hindi's "विज्ञापन", Bengali's "বিজ্ঞাপন", Urdu's "اشتہار", Marathi's "जाहिरात",
  // Tamil's "விளம்பரம்" (a sentence opening with the word is copy).
  { action: 'drop', pattern: /^[-–—]?\s*(?:विज्ञापन|বিজ্ঞাপন|اشتہار|जाहिरात|விளம்பரம்)\s*[-–—]?$/u, max: 20 },
];

/** The rules in one shape (a rule without `needs` needs "", which every line includes): reading a property of objects of many shapes is slow. */
type ChromeRule = {
  action: (typeof CHROME)[number]['action'];
  pattern: RegExp;
  /** A test every line the pattern takes passes, cheaper than the pattern (or the pattern itself). */
  sieve: RegExp;
  needs: string;
  max: number;
  tail: number;
  agency: string | null;
  notLast: boolean;
  box: boolean;
  related: boolean;
};
const CHROME_RULES: ChromeRule[] = CHROME.map((c) => ({
  action: c.action,
  pattern: c.pattern,
  sieve: sieveOf(c.pattern),
  needs: c.needs ?? '',
  max: c.max ?? Infinity,
  tail: c.tail ?? 0,
  agency: c.agency ?? null,
  notLast: c.notLast ?? false,
  box: c.box ?? false,
  related: c.related ?? false,
}));

/**
 * The rules a line's first character lets through (a rule read on the line's tail is always tried): most rules are
 * anchored and open with a word of their own, and every paragraph of every story meets them all.
 */
export const chromeRulesFor = firstCharIndex(CHROME_RULES, (c) => (c.tail ? null : c.pattern));

/**
 * A test every line the rule's pattern takes passes, cheaper than the pattern (or the pattern itself).
 * A prompt's rule without its UNQUOTED look-ahead: the look-ahead scans the whole line for a verb of saying at every test,
 * while what follows it fails on the first words of nearly every line. Any line the rule takes passes the sieve, so the rule
 * is tested only on the few the sieve lets through.
 */
function sieveOf(pattern: RegExp): RegExp {
  const head = `^${UNQUOTED}`;
  if (pattern.source.startsWith(head)) return new RegExp(`^${pattern.source.slice(head.length)}`, pattern.flags);
  // A channel plug's gate: its platforms searched for alone, with the pattern's flags. The gate's lazy look-ahead, read at the line's
  // start, walks the line trying each platform at every character as a plain search does, at about half as much again per line.
  return pattern.source.startsWith(`^${CHANNEL_GATE}`) ? new RegExp(CHANNEL_WORDS, pattern.flags) : pattern;
}

// "Rome, Feb 27 (IANS)", "NEW DELHI (Reuters) -", "Kabul, 3 March (AFP):", "New Delhi [India], Feb 27 (ANI):", "(IANS)",
// and a state or country after the place, as AP writes it: "NEWARK, N.J. (AP) —", "KARACHI, Pakistan (AP) —",
// or in brackets, as ANI and AFP do: "Srinagar (Jammu and Kashmir) [India], November 25 (ANI):", "Belem (Brazil) (AFP) –", or both:
// "Washington, DC [US], November 26 (ANI):".
// BTA names its correspondent in the bracket: "Varna, November 26 (BTA correspondent Dimitar Todorov) - …".
// A story an agency carries from a partner credits both, its own first: "(ANI/WAM)", "(IANS/ANI)", "(ANI/Global Economic)".
// EFE puts a full stop before its dash: "Madrid, Nov 26 (EFE).- …", ANDINA one before its dash or its copy: "Lima, Nov. 27 (ANDINA). - …",
// "Lima, Nov. 27 (ANDINA). Peru's …" (a full stop with no dash is no separator: "Comunidad Andina (ANDINA). The bloc …" is no dateline). Reuters dates copy it files from no one place: "Nov 26 (Reuters) - …".
// The state in brackets may be its initials, with an ampersand or full stops: "Srinagar (J&K), Nov 26 (PTI)", "Bareilly (U.P.), Nov 26 (PTI)".
// ANI may leave out the comma after the region in brackets: "New Delhi [India] November 26 (ANI):" (only there: "Farmers marched on
// November 26 (IANS)…" is no dateline).
const REGION = String.raw`,\s*[\p{Lu}][\p{L}.'’ -]{0,30}?`;
/**
 * A date as Spanish, Portuguese, French and Italian copy writes it, the month in lower case and perhaps cut short: "Bogotá, 25 nov (EFE).-",
 * "Lisboa, 25 set (Lusa) -", "Roma, 25 novembre (ANSA) -". Read in an agency's dateline only, where its mark in brackets follows.
 * months.ts's names and abbreviations, not the ones only a feed's pubDate has been seen with ("fév", "aoû", "mag").
 */
const MONTH_ROMANCE = String.raw`(?:${(['es', 'es-PE', 'pt', 'fr', 'it'] as const)
  .flatMap((language) => monthNames(language, ['name', 'short']).map(([name]) => name))
  .filter((m, i, all) => all.indexOf(m) === i)
  .join('|')})\.?`;
const DATE_ROMANCE = String.raw`\d{1,2}\s+(?:de\s+)?${MONTH_ROMANCE}(?:\s+(?:de\s+)?\d{4})?`;
const DATELINE = new RegExp(
  String.raw`^\s*(?:(?<place>[\p{Lu}][\p{L}.'’ /-]{1,40}?)(?:\s*\(\p{L}[\p{L} .&]{1,29}\))?(?:\s*\[[\p{L} ]{2,30}\])?(?:${REGION}(?=\s*(?:\[[\p{L} ]{2,30}\]\s*)?(?:,\s*${DATE}\s*)?[,:]?\s*\())?(?:\s*\[[\p{L} ]{2,30}\])?(?:(?:[,.]|(?<=\]))\s*(?<date>${DATE}|${DATE_IN_FIGURES}|${DATE_ROMANCE}))?\s*(?:(?<pre>[,:])\s*)?|(?<dateAlone>${DATE})\s+)?\((?<mark>${marks}|${datedMarks})(?:\/\s?\p{L}[\p{L}\d.]{1,14}(?: [\p{L}\d.]{1,14}){0,2})*(?:\s+[Cc]orrespondent(?:\s+\p{Lu}[\p{L}'’-]*){1,3})?\)\s*(?<sep>(?:\.\s?(?=[-–—]))?[-–—‒―:|]*)(?:(?<=\))\.(?=\s+["“‘]?\p{Lu}))?\s*`,
  'u',
);
// A PIB release: "Posted On: 25 NOV 2026 5:30PM by PIB Delhi" (the regional office's city), in Hindi "पोस्ट किया गया: 25 NOV 2026 …"
// or, as PIB's Hindi pages label it, "प्रविष्टि तिथि: 27 NOV 2026 10:05AM by PIB Delhi" (the thirty-third sweep).
const PIB_POSTED_ON = new RegExp(
  String.raw`^\s*(?:Posted On|पोस्ट किया गया|प्रविष्टि तिथि):?\s*(?<date>\d{1,2}\s+${MONTH_ANY_CASE}\s+\d{4})(?:\s+\d{1,2}:\d{2}\s*[AP]M)?\s+by\s+(?<mark>PIB)\s+(?<place>Port Blair|\p{L}+)\s*`,
  'iu',
);
/**
 * An agency credited before the copy as an aggregator does, with neither place nor brackets: "Reuters - India will…", "PTI — The…".
 * Not a mark that is as often a word or a name's initials ("RSS", "UNI", "CP"); "AP" is taken: Andhra Pradesh opens no copy so.
 * A date and a dash after the mark are a site's stamp, not copy ("KYODO NEWS - Nov 26, 2026 - 16:22 | World, All": see AGENCY_BYLINE).
 */
const AGENCY_LEAD = new RegExp(
  String.raw`^(?<mark>${AGENCIES.flatMap((a) => a.marks).filter((m) => !NOT_LEAD_MARKS.has(m) || LEADS_OWN_COPY.has(m)).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\s+(?<sep>--|[—–‒―-])\s+(?=["“‘]?[\p{Lu}\d])(?!${DATE}\s+-\s)`,
  'u',
);
/**
 * A dateline in Hindi, Bengali or Urdu: "नयी दिल्ली, 26 नवंबर (भाषा)", "नई दिल्ली, 26 नवंबर (आईएएनएस)।", "पटना, २६ नवंबर (वार्ता)",
 * "ঢাকা, ২৬ নভেম্বর (বাসস) :", "اسلام آباد، 26 نومبر (اے پی پی)": these scripts have no capitals, which DATELINE's place begins with,
 * and the copy sets a danda after the mark. So too in India's other scripts: "சென்னை, நவ. 26 (பிடிஐ)", "ಬೆಂಗಳೂರು, ನವೆಂಬರ್ 26 (ಪಿಟಿಐ)",
 * "અમદાવાદ, ૨૬ નવેમ્બર (પીટીઆઈ)", "ଭୁବନେଶ୍ୱର, ୨୬ ନଭେମ୍ବର (ପିଟିଆଇ)" (a month cut short ends in a full stop; joiners shape Malayalam's letters).
 * APP's Urdu service parts the place from the date with Urdu's full stop and runs the day into the month: "اسلام آباد۔27نومبر (اے پی پی):".
 */
const INDIC_LETTERS = String.raw`\p{sc=Deva}\p{sc=Beng}\p{sc=Arab}\p{sc=Guru}\p{sc=Gujr}\p{sc=Orya}\p{sc=Taml}\p{sc=Telu}\p{sc=Knda}\p{sc=Mlym}\u200c\u200d`;
const INDIC_WORD = String.raw`(?:(?!\p{Nd})[${INDIC_LETTERS}])+`;
const INDIC_NUMBER = String.raw`\p{Nd}`;
// Hindusthan Samachar's "हि.स." holds full stops.
const INDIC_MARKS = AGENCIES.flatMap((a) => a.marks)
  .filter((m) => new RegExp(String.raw`^[${INDIC_LETTERS}][${INDIC_LETTERS} .]*$`, 'u').test(m))
  .map(escapeRegExp);
const INDIC_DATELINE = new RegExp(
  String.raw`^\s*(?<place>${INDIC_WORD}(?:\s+${INDIC_WORD}){0,3}?)\s*[,،۔]\s*(?<date>${INDIC_NUMBER}{1,2}\s*${INDIC_WORD}\.?|${INDIC_WORD}\.?\s+${INDIC_NUMBER}{1,2})(?:,?\s+${INDIC_NUMBER}{4})?\s*\((?<mark>${INDIC_MARKS.join('|')})\)\s*(?<sep>[।:|–—-]*)\s*`,
  'u',
);
/**
 * APP's Urdu dateline without a date: "لاہور (اے پی پی) …". Not the agency named as a sentence's subject or object, where a
 * postposition follows the bracket ("… ایجنسی (اے پی پی) نے بتایا").
 */
const URDU_MARKS = INDIC_MARKS.filter((m) => /\p{sc=Arab}/u.test(m));
const URDU_POSTPOSITION = String.raw`(?:نے|کی|کے|کا|کو|سے|میں|پر)(?!\p{L})`;
const URDU_UNDATED_DATELINE = new RegExp(
  String.raw`^\s*(?<place>${INDIC_WORD}(?:\s+${INDIC_WORD}){0,2})\s*\((?<mark>${URDU_MARKS.join('|')})\)\s*(?!${URDU_POSTPOSITION})(?<sep>[:۔–—-]*)\s*`,
  'u',
);
/**
 * Hindi and Bengali copy's sign-off: the mark and the desk's initials in its script, "भाषा अबक रंज", "--आईएएनएस", or the writer after a
 * slash ("हिन्दुस्थान समाचार/सुशील"); BSS's Bangla desks' initials and the time filed between slashes, as its English copy's
 * ("বাসস/এএসজি/আরজে/১৫৩০").
 */
const INDIC_SIGN_OFF = new RegExp(String.raw`^\s*(?:[-–—=]{1,3}\s*)?\(?(${INDIC_MARKS.join('|')})\)?(?:\s*\/\s*(?:${INDIC_WORD}\.?|\p{Nd}{3,4})(?:\s+${INDIC_WORD}){0,2}){0,5}(?:\s+${INDIC_WORD}){0,4}\s*$`, 'u');
/**
 * Xinhua's Chinese dateline, the agency, the place and the date run together before "电" (dispatch), a reporter's credit in brackets perhaps
 * after it: "新华社北京11月27日电 …", "新华社上海11月27日电（记者王平）…". Its copy ends in "（完）" (see END_OF_COPY).
 */
// A paper's own, as People's Daily dates its staff copy ("本报北京11月27日电（记者 张三）…": "this paper"), names no agency.
const CHINESE_DATELINE = /^\s*(?:(?<mark>新华社|中新社|中新网)|本报)(?<place>\p{sc=Han}{2,6}?)(?<date>\d{1,2}月\d{1,2}日)电(?:\s*[（(]记者\s*[^）)]{1,40}[）)])?(?<sep>)\s*/u;
/**
 * Kyodo's and Jiji's Japanese dateline, the place and the agency run together in lenticular brackets before the copy: "【北京共同】中国政府は…",
 * "【ワシントン時事】米政府は…". The place is in kanji or katakana.
 */
// Countries' one-kanji names run together are no place: "【日米共同】" (Japan and the US, jointly) heads a joint statement.
const JAPANESE_DATELINE = /^\s*【(?![日米中韓露英仏独朝台印欧豪]{2,}(?:共同|時事)】)(?<place>[\p{sc=Han}\p{sc=Katakana}ー・]{1,12}?)(?<mark>共同|時事)】(?<sep>)\s*(?=\S)/u;
/**
 * Taiwan's CNA's Chinese dateline, run in brackets before the copy: the agency, its reporters perhaps, the place and the day, then "電"
 * (dispatch, "專電" a special one) or "綜合外電報導" (compiled from foreign wires): "（中央社記者張三台北27日電）…", "（中央社台北27日綜合外電報導）…".
 * The reporters' names run into the place: the place is the first of Taiwan's cities (CNA_HOME) or of the cities abroad CNA's
 * correspondents file from (CNA_ABROAD) that ends the run before the day, whatever the names' length ("記者張三華盛頓27日專電", two
 * characters, is Washington's); a place neither list holds is read after names of three characters, as most are, and after names of
 * another length it is not read at all ("記者李四達卡27日專電": the bracket goes and CNA is credited, with no place; the whole run after
 * "社" was taken for the place before).
 */
const CNA_HOME = '台北|臺北|新北|桃園|台中|臺中|台南|臺南|高雄|基隆|新竹|嘉義|花蓮|台東|臺東|宜蘭|屏東|彰化|雲林|南投|苗栗|澎湖|金門|馬祖|連江';
/** Cities abroad in the names CNA writes them (Taiwan's transliterations: 休士頓, 雪梨, 坎培拉), longest first. */
const CNA_ABROAD = [
  '華盛頓', '紐約', '洛杉磯', '舊金山', '芝加哥', '休士頓', '西雅圖', '波士頓', '亞特蘭大', '邁阿密', '檀香山', '聯合國', '東京', '大阪', '福岡',
  '名古屋', '札幌', '那霸', '首爾', '釜山', '北京', '上海', '香港', '澳門', '廣州', '深圳', '廈門', '倫敦', '巴黎', '柏林', '布魯塞爾',
  '日內瓦', '維也納', '羅馬', '梵蒂岡', '馬德里', '阿姆斯特丹', '海牙', '法蘭克福', '慕尼黑', '布拉格', '華沙', '維爾紐斯', '基輔', '莫斯科',
  '斯德哥爾摩', '哥本哈根', '赫爾辛基', '雅典', '伊斯坦堡', '耶路撒冷', '特拉維夫', '杜拜', '利雅德', '德黑蘭', '開羅', '約翰尼斯堡',
  '新德里', '孟買', '新加坡', '吉隆坡', '曼谷', '雅加達', '馬尼拉', '河內', '胡志明市', '金邊', '仰光', '雪梨', '墨爾本', '坎培拉',
  '奧克蘭', '威靈頓', '多倫多', '溫哥華', '渥太華', '墨西哥城', '聖保羅', '布宜諾斯艾利斯', '亞松森', '瓜地馬拉市', '太子港',
].sort((a, b) => b.length - a.length).join('|');
const CNA_DATELINE = new RegExp(
  String.raw`^\s*[（(](?<mark>中央社)(?:記者[\p{sc=Han}、]{2,30}?)?(?<place>(?<=社)(?!記者)\p{sc=Han}{2,6}?|${CNA_HOME}|${CNA_ABROAD}|(?<=記者(?:\p{sc=Han}{3}、)*\p{sc=Han}{3})\p{sc=Han}{2,6}?|)(?<date>\d{1,2}日)(?:專?電|綜合外電報導|綜合報導)[）)](?<sep>)\s*(?=\S)`,
  'u',
);
/**
 * Yonhap's Korean dateline, the place and the agency in brackets, then the reporters and "기자" (reporter) or "특파원" (correspondent) before
 * an equals sign: "(서울=연합뉴스) 김철수 기자 = 정부는 …", as Newsis and News1 write theirs ("(서울=뉴시스)김철수 기자 =", "(서울=뉴스1) 김철수 기자 =").
 */
const KOREAN_DATELINE = /^\s*[(（](?<place>[\p{sc=Hangul}A-Za-z]{1,12})\s?=\s?(?<mark>연합뉴스|뉴시스|뉴스1)[)）]\s*(?:(?:\p{sc=Hangul}{2,4}[·,]?\s*){1,4}(?:기자|특파원)\s*)?=\s*(?<sep>)(?=\S)/u;
/**
 * Kyodo's dateline without brackets: "TOKYO, Nov. 26 Kyodo - …" (the place, its date, the mark, a spaced dash); AAP's so written
 * (the thirty-first sweep): "SYDNEY, Nov 27 AAP - …"; Cambodia's AKP's, its year after the date (the forty-first sweep): "Phnom Penh,
 * November 27, 2026 AKP -- …".
 */
const BARE_MARK_DATELINE = new RegExp(String.raw`^\s*(?<place>${CAPS_PLACE}|${NAMED_PLACE}),\s*(?<date>${DATE})\s+(?<mark>Kyodo|AAP|AKP)\s+(?<sep>--|[—–‒―-])\s+(?=["“‘]?[\p{Lu}\d])`, 'u');
/**
 * The Saudi Press Agency's dateline, the mark after the date and a comma: "Riyadh, November 26, 2026, SPA -- …", in older copy
 * with the Hijri date first ("Riyadh, Jumada II 05, 1448, November 26, 2026, SPA --"); IRNA's without a date ("Tehran, IRNA -- …"),
 * where the place must be a known one (see readAgencyShapes); the BNS's ("VILNIUS, Nov 26, BNS – …"), and AZERTAC's alone on its
 * line over the copy ("Baku, November 26, AZERTAC").
 */
// … and the Deccan Herald's, its news service's or an agency's mark after the place and a colon (the thirty-fifth sweep): "Bengaluru,
// DHNS: …", "New Delhi, PTI: …" (the place a known one: see knownUndated). A country may stand between the place and the date, and a
// dated mark is read after a date (the thirty-seventh sweep): the CMC's "BRIDGETOWN, Barbados, Nov 27, CMC – …". The CMC's hyphen may touch
// the copy as its clients print it (the forty-fourth sweep): "BRIDGETOWN, Barbados, May 20, CMC -The facts …" (the line stayed whole); the
// CMC's only, a capital then a small letter after it.
const COMMA_MARK_DATELINE = new RegExp(
  String.raw`^\s*(?<place>${CAPS_PLACE}|${NAMED_PLACE}),\s*(?:(?:${NAMED_PLACE},\s*(?=${DATE}))?(?:\p{Lu}[\p{L}'’ -]{2,30} \d{1,2},\s*\d{4}(?:\s*(?:AH|H))?,\s*)?(?<date>${DATE}),\s*)?(?<mark>${marks}|${datedMarks}|DHNS)(?:\s*(?<sep>--|[—–‒―-]|:|(?<=, CMC )-(?=\p{Lu}\p{Ll}))(?:\s+|(?<=, CMC -))(?=["“‘]?[\p{Lu}\d])|\s*$)`,
  'u',
);
/**
 * The mark after the place and the date with a full stop or a slash after it, and no bracket: Armenpress's "YEREVAN, NOVEMBER 27,
 * ARMENPRESS. …" and Report's "Baku. 27 November. REPORT.AZ/ …". A date is needed: a place and a mark alone open a sentence as often.
 * With it, a dated mark is read too (see Agency.datedMarks): Interpressnews's "Tbilisi, 27 November, IPN. …" (the thirty-sixth sweep).
 */
const DATED_MARK_STOP_DATELINE = new RegExp(
  String.raw`^\s*(?<place>${CAPS_PLACE}|${NAMED_PLACE})[.,]\s*(?<date>${DATE})[.,]\s*(?<mark>${marks}|${datedMarks})(?<sep>[./])\s+(?=["“‘]?[\p{Lu}\d])`,
  'u',
);
/**
 * A place and the mark after a hyphen or a slash, alone on its line over the copy or before a colon or a spaced dash: the Iraqi News Agency's "Baghdad-INA",
 * India Blooms' "Kolkata/IBNS: …"; or the mark first, as Gulf papers credit an agency's copy over it: "QNA/Doha", "AFP/Paris". The
 * gazetteer must know the place (see readAgencyShapes).
 */
const PLACE_MARK_END = String.raw`(?:(?<sep>\s*:|\s+(?:--|[—–-]))\s+(?=["“‘]?[\p{Lu}\d])|\s*$)`;
const PLACE_MARK_LINE = new RegExp(String.raw`^\s*(?<place>${NAMED_PLACE}|${CAPS_PLACE})\s*(?:[-–—]|\/)\s*(?<mark>${marks})${PLACE_MARK_END}`, 'u');
// The Iraqi News Agency's run straight into the copy, with no colon or dash (the thirty-ninth sweep): "Baghdad-INA The cabinet …". A
// hyphen touching both words, and a sentence after it (a capital, then a word in lower case); the place a known one, as above.
// AZERTAC's dated line run straight into the copy, as a feed that drops its line break gives it (the forty-third sweep): "Baku, November
// 27, AZERTAC The cabinet …". Its mark in capitals only, a date before it, and a sentence after it (a capital, then a word in lower case).
const COMMA_MARK_RUN_IN = new RegExp(String.raw`^\s*(?<place>${CAPS_PLACE}|${NAMED_PLACE}),\s*(?<date>${DATE}),\s*(?<mark>AZERTAC)(?<sep>\s)(?=["“‘]?\p{Lu}\p{Ll}*\s+\p{Ll})`, 'u');
// … and INA's after a spaced dash (the forty-third sweep): "Baghdad - INA The cabinet …" (before, a staff dateline's place, "INA The …"
// left); only INA's, as "Hyderabad - AP The …" may be Andhra Pradesh's initials.
const PLACE_MARK_RUN_IN = new RegExp(String.raw`^\s*(?<place>${NAMED_PLACE}|${CAPS_PLACE})(?:-| [-–] (?=INA\s))(?<mark>${marks})(?<sep>\s)(?=["“‘]?\p{Lu}\p{Ll}*\s+\p{Ll})`, 'u');
/**
 * The African Press Agency's dateline, its mark first, a hyphen, the place and its country in brackets, then a dash (the forty-fourth
 * sweep): "APA-Dakar (Senegal) — The …", "APA - Abidjan (Côte d'Ivoire) — …". The line stayed whole (no place); "Vienna (APA) - …" is
 * still Austria's. The mark is named as the agency's (see asDateline).
 */
const APA_NEWS_DATELINE = new RegExp(String.raw`^\s*(?<apaNews>APA)\s?-\s?(?<place>${NAMED_PLACE})\s*\(\p{Lu}[\p{L}'’ -]{2,30}\)\s*(?<sep>--|[—–-])\s*(?=["“‘]?\p{Lu})`, 'u');
/**
 * The Ethiopian News Agency's dateline with no comma after the place (the forty-third sweep): "Addis Ababa November 27/2026 (ENA):- …".
 * Its own date, the year after a slash, and a place the gazetteer knows ("Farmers marched on November 27/2026 (ENA) …" is no dateline).
 */
const ENA_NO_COMMA_DATELINE = new RegExp(String.raw`^\s*(?<place>${NAMED_PLACE})\s+(?<date>${MONTH}\s+${DAY}\/\d{4})\s*\((?<mark>ENA)\)(?<sep>:-|:|\s[-–—])?\s*(?=["“‘]?[\p{Lu}\d])`, 'u');
const MARK_PLACE_LINE = new RegExp(String.raw`^\s*(?<mark>${marks})\s*\/\s*(?<place>${NAMED_PLACE}|${CAPS_PLACE})${PLACE_MARK_END}`, 'u');
/** Kazinform's older dateline, the place in capitals, a full stop and the mark: "ASTANA. KAZINFORM – …". */
// … and its newer one, the date after the place, then the full stop (the thirty-sixth sweep): "ASTANA, November 27. KAZINFORM - …".
const STOP_MARK_DATELINE = new RegExp(String.raw`^\s*(?<place>${CAPS_PLACE})(?:,\s*(?<date>${DATE}))?\.\s*(?<mark>${marks})\s*(?<sep>--|[—–‒―-])\s+(?=["“‘]?[\p{Lu}\d])`, 'u');
/**
 * TASS's dateline, its mark between slashes after the date's full stop: "MOSCOW, November 26. /TASS/. …", Agerpres's: "Bucharest, Nov 26
 * /Agerpres/ - …", and PR Newswire's, with the year and a double hyphen: "MUMBAI, Nov. 26, 2026 /PRNewswire/ -- …", perhaps with the state
 * after the place ("SANTA CLARA, Calif., Nov. 26 /PRNewswire-FirstCall/ -- …").
 */
// Montsame dates its English copy by place alone, as often: "Ulaanbaatar /MONTSAME/. …" (a place the gazetteer knows, then: see knownUndated).
// Kabar spaces its mark between the slashes, a full stop after them (the forty-first sweep): "Bishkek, November 27 / Kabar /. …"; so
// spaced with no full stop, the slashes part a release wire's line ("VANCOUVER, BC / ACCESSWIRE / November 26, 2026 / …").
// EIN Presswire names the state and the country after the city: "WASHINGTON, DC, UNITED STATES, November 26, 2026 /EINPresswire.com/ --".
const SLASHED_MARK_DATELINE = new RegExp(String.raw`^\s*(?<place>${CAPS_PLACE}|${NAMED_PLACE})(?:${REGION}){0,3}(?:,\s*(?<date>${DATE}|\d{1,2}\.\d{1,2}\.\d{4}))?\.?\s*\/(?<pad>\s?)(?<mark>${marks})\k<pad>\/(?:(?<=\s\/)\.|(?<!\s\/)\.?)(?<sep>\s+|\s*(?:--|[—–‒―-])\s+)(?=["“‘]?[\p{Lu}\d])`, 'u');
/**
 * The press-release wires that carry a company's release under its dateline, between slashes ("MUMBAI, India, Nov. 26,
 * 2026 /PRNewswire/ -- …", "/EINPresswire.com/", "/CNW/") or, Business Wire's way, between double hyphens
 * ("SAN FRANCISCO--(BUSINESS WIRE)--…"). GlobeNewswire's "(GLOBE NEWSWIRE)" is read as an outlet in brackets is.
 */
const RELEASE_WIRES = String.raw`PRNewswire(?:-PRWeb)?|PRWeb|CNW|EINPresswire\.com|EIN Presswire|Newswire`;
/**
 * An outlet named after the date, as staff copy credits its own paper: "(Dawn)", "(The Daily Star)", "(bdnews24.com)", "(News 1st)";
 * or the release wire that carried it (RELEASE_WIRES).
 */
// AP's copy as AG News keeps it names the outlet that carried it, after a comma too: "NEW YORK (CNN/Money) -", "KABUL (Masnet amp; News
// Agencies) -", "LOUISVILLE, Ky., (Sports Network) -".
const OUTLET = String.raw`(?:,?\s*\((?<mark>\p{Lu}[\p{L}\d.&'’ -]{1,40}(?:(?:\/|;\s)[\p{L}\d.&'’ -]{1,30})?|[\w-]+\.(?:com|net|org))\)|\s*\/(?:${RELEASE_WIRES})\/|--\(BUSINESS WIRE\)(?=--))?`;
/** What parts a staff dateline from the copy: a colon, or a dash with spaces around it (em and en dashes may touch). */
// A hyphen may touch the outlet's bracket: "Colombo, Nov 26 (Daily Mirror)- …".
// AG News' AP copy may set the hyphen against the copy after a year: "SAN FRANCISCO, CA - November 30, 2004 -Oracle …".
const STAFF_SEP = String.raw`(?<sep>\s*:\s+|\s+(?:--|[—–‒―-])\s+|\s*[—–‒―]\s*|(?<=\))-\s+|(?<=\));\s+|(?<=\(BUSINESS WIRE\))--\s*|(?<=\d{4})\s+-(?=\p{Lu}\p{Ll})|(?<=\))--(?=\p{Lu}))`;
// Staff copy names no agency: "NEW DELHI: …", "KARACHI, Pakistan — …", "KATHMANDU, Nov. 26 — …", "ISLAMABAD, Nov 26 (Dawn) – …"
// (capitals), "Mumbai, Nov 26: …" (a name, dated, perhaps after its country: "Kabul, Afghanistan, Nov 26 —"), "Washington — …" (a name before a dash and a sentence), with its country as
// Tolo News writes it ("Kabul, Afghanistan — …").
// A name before a colon with no date is not one: "Warning: this report…", "Mumbai: a city that never sleeps".
/** ANI's country after the place, in square brackets: "[India]", "[US]". */
const COUNTRY_IN_SQUARE = String.raw`\[\p{Lu}[\p{L} ]{1,29}\]`;
// The date may stand after the region behind a colon or a dash of its own, a second one parting it from the copy: "ISLAMABAD, Pakistan :
// Sep 04 (PID) - …", "SAN FRANCISCO, CA - November 30, 2004 -…" (with one only, "WASHINGTON - Nov 30 marks …", the date is the copy's).
// AG News' AP copy sets it after the region with a space alone ("GAZA CITY, Gaza Strip Sept. 7, 2004 - …"), or a full stop after it
// ("NEW DELHI, Aug. 25. - …").
const DATE_AFTER_PLACE = String.raw`(?:,\s*|\s*:\s*|\s+[-–—]\s+|(?<=\p{Ll})\s+)(?<date>${DATE})\.?`;
const STAFF_IN_CAPITALS = new RegExp(String.raw`^\s*(?<place>${CAPS_PLACE})(?:${REGION})?(?:${DATE_AFTER_PLACE})?${OUTLET}${STAFF_SEP}(?=["“‘]?[\p{Lu}\d])`, 'u');
// ISPR's releases part the place from the date with a dash: "Rawalpindi - November 26, 2026:". The IFRC's name the offices that
// issue a release together, as capitals' "LONDON/SINGAPORE" do: "Geneva/Maputo, 27 November 2026 – …". ANI's press releases set its agency
// dateline's state and country in brackets without the mark: "Mumbai (Maharashtra) [India], November 27: …", "Washington, DC [US], …".
const STAFF_DATED = new RegExp(String.raw`^\s*(?<place>${NAMED_PLACE}(?:\/${NAMED_PLACE}){0,2})(?:\s*\(\p{Lu}[\p{L} .&]{1,29}\))?(?:\s*${COUNTRY_IN_SQUARE})?(?:,\s*|\s+[-–—]\s+)(?:(?<region>${NAMED_PLACE})(?:\s*${COUNTRY_IN_SQUARE})?,\s*)?(?<date>${DATE})${OUTLET}${STAFF_SEP}(?=["“‘]?[\p{Lu}\d])`, 'u');
/**
 * A dated dateline as Spanish, Portuguese and French copy writes it, the month in lower case, with a mark in brackets no agency table
 * holds (the thirty-ninth sweep): "Conakry, 27 nov (XYZ) - …", "Lima, 27 nov (XYZ).- …", Uruguay's presidency's "Montevideo, 27 nov
 * (Presidencia).- …". The place is read and the dateline cut, crediting no one, as STAFF_DATED reads "Kigali, Nov 27 (RBA) - …"; a
 * known mark's is DATELINE's, read first. The bracket is needed: a place and "27 nov" alone are read nowhere.
 */
const STAFF_DATED_ROMANCE = new RegExp(String.raw`^\s*(?<place>${CAPS_PLACE}|${NAMED_PLACE}),\s*(?<date>${DATE_ROMANCE})\s*\((?<mark>\p{Lu}[\p{L}\d.&'’ -]{1,40})\)(?:\.(?=[-–—]))?(?<sep>\s*(?:--|[—–‒―-])\s*|\s*:\s+)(?=["“‘«¿¡]?[\p{Lu}\d])`, 'u');
/**
 * A place whose name holds a lower-case "of", which NAMED_PLACE does not read (the thirty-ninth sweep): Trinidad's "Port of Spain, Nov 27 -
 * …" stayed whole at the head of the copy (its capitals, "PORT OF SPAIN", were read). The gazetteer must know it: "Bank of England, Nov
 * 27 - …" and "Ministry of Finance: …" are no places.
 */
const STAFF_OF_PLACE = new RegExp(String.raw`^\s*(?<place>\p{Lu}\p{Ll}+ of \p{Lu}\p{Ll}+)(?:,\s*(?<region>${NAMED_PLACE}))?(?:,\s*(?<date>${DATE}))?${OUTLET}${STAFF_SEP}(?=["“‘]?[\p{Lu}\d])`, 'u');
/** ACCESSWIRE's dateline, the wire between the place (a US state as its postal code) and the date: "NEW YORK, NY / ACCESSWIRE / November 26, 2026 / …". */
// … and its province and country after the city: "VANCOUVER, BC, CANADA / ACCESSWIRE / …".
const RELEASE_WIRE_BEFORE_DATE = new RegExp(String.raw`^\s*(?<place>${CAPS_PLACE})(?:,\s*(?:\p{Lu}{2}|${NAMED_PLACE})){0,2}\s+\/\s+(?<mark>ACCESSWIRE|ACCESS Newswire)\s+\/\s+(?<date>${DATE})(?<sep>\s+\/\s+)(?=["“‘]?[\p{Lu}\d])`, 'u');
/**
 * GlobeNewswire's and Business Wire's dateline when the place runs to the state and the country after the city: "TORONTO, Ontario,
 * Canada, Nov. 26, 2026 (GLOBE NEWSWIRE) --", "SAN FRANCISCO, Calif., United States--(BUSINESS WIRE)--" (a place of one or two parts
 * is read as an outlet in brackets is: see OUTLET). The place is the city.
 */
const RELEASE_WIRE_LONG_PLACE = new RegExp(String.raw`^\s*(?<place>${CAPS_PLACE}|${NAMED_PLACE})(?:${REGION}){2,3}(?:,\s*(?<date>${DATE}))?\s*(?:\(|--\()(?<mark>GLOBE NEWSWIRE|BUSINESS WIRE)\)(?<sep>\s*(?:--|[—–‒―-])\s*)(?=["“‘]?[\p{Lu}\d])`, 'u');
/** Trend's dateline, the place in capitals, its country and the date, then a full stop: "BAKU, Azerbaijan, November 26. …". */
const STAFF_DATED_STOP = new RegExp(String.raw`^\s*(?<place>${CAPS_PLACE})(?:,\s*(?<region>${NAMED_PLACE}))?,\s*(?<date>${DATE})(?<sep>\.)\s+(?=["“‘]?[\p{Lu}\d])`, 'u');
/**
 * The Himalayan Times' dateline, the place and the date in capitals and no mark after them: "KATHMANDU, NOV 26 The Department…". The
 * month in capitals and a known place make it one (see isStaffDateline); "Kathmandu, Nov 26 the …" or a place the gazetteer does not
 * know is not.
 */
const STAFF_DATED_BARE = new RegExp(String.raw`^\s*(?<place>${CAPS_PLACE}),\s*(?<date>(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)\p{Lu}{0,6}\.?\s+\d{1,2})(?<sep>\s+)(?=["“‘]?\p{Lu}\p{Ll})`, 'u');
/**
 * Jammu and Kashmir's information department's dateline as its releases are reprinted, the place and the month in capitals with no comma
 * between, then a colon (the forty-fourth sweep): "SRINAGAR, NOVEMBER 27: …" read already; "SRINAGAR NOVEMBER 27: …" stayed whole, with
 * no place. A known place (see STAFF_DATELINES), a month in capitals, a day and a colon only.
 */
const STAFF_CAPS_NO_COMMA = new RegExp(String.raw`^\s*(?<place>${CAPS_PLACE})\s+(?<date>(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)\p{Lu}{0,6}\.?\s+\d{1,2})(?<sep>\s*:\s+)(?=["“‘]?[\p{Lu}\d])`, 'u');
/**
 * The Hindu's and the Tribune's dateline run into the first sentence with no mark: the place in capitals ("NEW DELHI The Supreme
 * Court …"), or a name and a date with the month written out ("Chandigarh, November 27 The Punjab government …"), then a capitalised word and a small letter. The
 * gazetteer must know the place (see STAFF_DATELINES); a name with no date is a sentence's subject or a title ("New Delhi The Musical
 * opens …"), and stays.
 */
// AP's copy as AG News keeps it sets the date after such a place, then a dash: "NEW YORK Sept. 11, 2004 - Pounding …".
const STAFF_CAPS_RUN_IN = new RegExp(String.raw`^\s*(?<place>${CAPS_PLACE})(?<sep>\s+(?<date>${DATE})\s+(?:--|[—–‒―-])\s+|\s+)(?=["“‘]?\p{Lu}\p{Ll})`, 'u');
/**
 * AP's dateline as AG News keeps it, the place in capitals and its state or country run into the copy with no dash: "TBILISI, Georgia
 * The separatist conflicts …", "ST. LOUIS, Missouri All of the wounds …". The gazetteer must know both (see STAFF_DATELINES). A state
 * or country of two words or more is tried whole first: "SANTA FE, New Mexico The …", "PROVIDENCE, Rhode Island Lawmakers …".
 */
const STAFF_REGION_RUN_IN = new RegExp(String.raw`^\s*(?<place>${CAPS_PLACE}),\s*(?<region>${MULTI_WORD_REGIONS}(?=\s)|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}?)(?<sep>\s+)(?=["“‘]?\p{Lu}\p{Ll})`, 'u');
// The month written out, as the Tribune writes it: "Kathmandu, Nov 26 The valley recorded …" and "Tokyo, Nov. 26 Kyodo reported …" are
// kept as sentences (the thirteenth sweep's guards).
const FULL_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const STAFF_DATED_RUN_IN = new RegExp(String.raw`^\s*(?<place>${NAMED_PLACE}),\s*(?<date>(?:${FULL_MONTH})\s+\d{1,2})(?<sep>\s+)(?=["“‘]?\p{Lu}\p{Ll})`, 'u');
/** Tanzanian papers' dateline, a known place and a full stop: "Dar es Salaam. The …", "Dodoma. …" (see STOP_DATELINE_PLACES). */
const STAFF_NAMED_STOP = new RegExp(String.raw`^\s*(?<place>${NAMED_PLACE})(?<sep>\.)\s+(?=["“‘]?\p{Lu})`, 'u');
/**
 * The places a full stop after them alone makes a dateline: the cities and towns East African papers (Tanzania's, Uganda's, the
 * Nation group's) date copy from so. Elsewhere a place and a full stop open a sentence of their own ("Kano. That was the city where …").
 */
const STOP_DATELINE_PLACES: ReadonlySet<string> = new Set(
  [
  'Dar es Salaam', 'Dodoma', 'Arusha', 'Mwanza', 'Zanzibar', 'Mbeya', 'Morogoro', 'Moshi', 'Iringa', 'Kigoma', 'Mtwara', 'Tabora',
  'Shinyanga', 'Musoma', 'Bukoba', 'Songea', 'Singida', 'Geita', 'Kampala', 'Entebbe', 'Gulu', 'Mbarara', 'Jinja', 'Mbale', 'Arua',
  'Masaka', 'Soroti', 'Hoima', 'Fort Portal', 'Nairobi', 'Mombasa', 'Kisumu', 'Nakuru', 'Eldoret', 'Kigali', 'Bujumbura', 'Gitega', 'Juba',
  ].map(placeKey),
);
/** A sentence that points back at the place before it ("Arusha. That is where …"): the place opened the copy as a sentence of its own. */
const POINTS_BACK = /^\s*["“‘]?(?:That|This|It|Its|It['’]s|There|Here|Such|These|Those)\b/u;
const STAFF_NAMED = new RegExp(String.raw`^\s*(?<place>${NAMED_PLACE})(?:,\s*(?<region>${NAMED_PLACE}))?${OUTLET}(?<sep>\s+(?:--|[—–‒―-])\s+)(?=\p{Lu})`, 'u');
/**
 * "New Delhi: The government…", as Indian and Pakistani outlets write it: the place must be a known one ("Warning: …" is none),
 * and so must its state after a comma ("Bengaluru, Karnataka: …").
 */
const STAFF_NAMED_COLON = new RegExp(String.raw`^\s*(?<place>${NAMED_PLACE}(?:\/${NAMED_PLACE}){0,2})(?:,\s*(?<region>${NAMED_PLACE}))?${OUTLET}(?<sep>\s*:\s+)(?=["“‘]?[\p{Lu}\d])`, 'u');
/**
 * Labels that open copy the way a place does ("NOTE:", "EXCLUSIVE:", "FACTBOX -"), and days that do ("Sunday, Nov 26 —"):
 * none is a place.
 */
const NOT_PLACES = new Set([
  'NOTE', "EDITOR'S NOTE", 'EDITOR’S NOTE', 'UPDATE', 'UPDATED', 'BREAKING', 'BREAKING NEWS', 'EXCLUSIVE', 'WATCH', 'LISTEN',
  'VIDEO', 'PHOTOS', 'LIVE', 'LIVE UPDATES', 'JUST IN', 'ALERT', 'FLASH', 'DEVELOPING', 'CORRECTION', 'CLARIFICATION',
  'WARNING', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'COMMENT', 'EXPLAINED', 'EXPLAINER', 'FACT CHECK', 'FACTBOX', 'REVIEW',
  'INTERVIEW', 'PREVIEW', 'RECAP', 'HIGHLIGHTS', 'TIMELINE', 'TRENDING', 'VIRAL', 'SPONSORED', 'ADVERTISEMENT', 'SUMMARY',
  'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY',
]);
/**
 * Copy in Arabic, not Urdu or Persian: the first sentence holds Arabic's own yeh, kaf or teh marbuta, its alef maksura or hamza under
 * alef ("على", "إطلاق"), or two words with its article ("الحدود", "الشرطة"; the thirty-third sweep: a headline's "اعتقال 20 شخصا على
 * الحدود." has no yeh), and none of the letters Urdu and Persian write instead or besides ("ی", "ک", "گ", "پ", "چ", "ژ", "ہ", "ے", "ٹ",
 * "ڈ", "ڑ", "ں").
 */
function isArabicCopy(rest: string): boolean {
  const sentence = rest.slice(0, 200);
  return (/[يكةىإ]/u.test(sentence) || (sentence.match(ARABIC_ARTICLE_WORD) ?? []).length >= 2) && !/[یکگپچژہےۓٹڈڑں]/u.test(sentence);
}
const ARABIC_ARTICLE_WORD = /(?<![\p{L}\p{M}])ال\p{L}{2,}/gu;
/** A paragraph that is one quotation, opened and closed: what a label before it says ("تهران: «…»"). */
const WHOLE_QUOTATION = /^\s*(?:"[^"“”«»]+"|“[^"“”«»]+”|«[^"“”«»]+»)\s*[.۔]?\s*$/u;
/**
 * Words that name a speaker, not a place: a transcript or a speech sets its speakers in capitals before a colon ("PRIME
 * MINISTER MODI: …", "OFFICIAL SPOKESPERSON SHRI RANDHIR JAISWAL: …", "QUESTION: …") as staff copy sets its place, and a name
 * of several words in capitals is otherwise taken for a place the gazetteer does not know ("SRI NAGAR: …", "DERA MURAD JAMALI: …").
 */
const SPEAKER_WORDS = new Set([
  'MINISTER', 'MINISTERS', 'PRESIDENT', 'VICE', 'SECRETARY', 'SPOKESPERSON', 'SPOKESMAN', 'SPOKESWOMAN', 'SPEAKER', 'CHAIRMAN',
  'CHAIRPERSON', 'CHAIRWOMAN', 'GOVERNOR', 'SENATOR', 'AMBASSADOR', 'COMMISSIONER', 'DIRECTOR', 'MAYOR', 'CHIEF', 'JUSTICE',
  'JUDGE', 'COUNSEL', 'OFFICIAL', 'MODERATOR', 'ANCHOR', 'HOST', 'REPORTER', 'JOURNALIST', 'INTERVIEWER', 'QUESTION',
  'ANSWER', 'PARTICIPANT', 'AUDIENCE', 'MR', 'MRS', 'MS', 'DR', 'SHRI', 'SMT', 'PM', 'CM', 'EAM', 'HON', 'HONOURABLE',
  'HONORABLE', 'EXCELLENCY',
  // … and titles cut short, as US transcripts write them: "SEC. RUMSFELD:", "SEN. KERRY:", "GOV. SMITH:", "REP. JONES:".
  'SEC', 'SECY', 'SEN', 'REP', 'GOV', 'AMB', 'PRES', 'ADM', 'GEN',
]);
/** Whether a place read before a colon or a dash holds a word that names a speaker (see SPEAKER_WORDS). */
function namesSpeaker(place: string): boolean {
  return place.toUpperCase().split(/[\s.,/-]+/).some((w) => SPEAKER_WORDS.has(w));
}
/** A label in capitals before a colon opening a paragraph, as a transcript names its speaker ("NARENDRA MODI: …"). */
const CAPS_LABEL = new RegExp(String.raw`^(${CAPS_PLACE})\s*:\s`, 'u');
const NO_SPEAKERS: ReadonlySet<string> = new Set();
/**
 * The speakers of a transcript or a briefing: labels in capitals the gazetteer does not know, opening two paragraphs or more
 * ("NARENDRA MODI: …", "GIORGIA MELONI: …"), none of which is a dateline. One such label opening the first paragraph only is
 * a place ("SRI NAGAR: …"), and a known place keeps its dateline over labelled questions ("NEW DELHI: …", then "QUESTION: …");
 * a page's labels ("UPDATE:", "NOTE:") name no speaker.
 */
/** The labels before a colon that name no dateline's place: a transcript's speakers and a round-up's countries. */
function labelsOf(paragraphs: string[]): ReadonlySet<string> {
  const speakers = speakerLabels(paragraphs);
  const countries = roundUpLabels(paragraphs);
  return countries.size === 0 ? speakers : new Set([...speakers, ...countries]);
}
function speakerLabels(paragraphs: string[]): ReadonlySet<string> {
  let labels: Set<string> | null = null;
  let first: string | null = null;
  let count = 0;
  for (const [i, p] of paragraphs.entries()) {
    // Gate: two capitals, then a colon near the start (read backwards from there: a scan forwards would read every paragraph whole).
    if (!isCapital(p.charCodeAt(1)) || !isCapital(p.charCodeAt(0)) || p.lastIndexOf(':', 45) < 2) continue;
    const label = CAPS_LABEL.exec(p)?.[1];
    if (!label || isKnownPlace(label) || NOT_PLACES.has(label)) continue;
    (labels ??= new Set()).add(label);
    if (count === 0 && i < DATELINE_SEARCH) first = label;
    count++;
  }
  if (!labels || count < 2) return NO_SPEAKERS;
  // A label opening the copy once, where a dateline stands, with one other label below it and copy that no label opens, is a
  // place the gazetteer does not know ("SRI NAGAR: …", then one speaker quoted, "MEHBOOBA MUFTI: …"): a transcript's first
  // speaker speaks again, or a third one does.
  if (count === 2 && labels.size === 2 && first !== null && count < paragraphs.length) return NO_SPEAKERS;
  return labels;
}
/** A place the gazetteer may know before a colon opening a paragraph: "Kuwait: …", "QATAR: …". */
const PLACE_LABEL = new RegExp(String.raw`^(${NAMED_PLACE})\s*:\s`, 'u');
/** How many other paragraphs a round-up's labels open besides the first, written in any case (see roundUpLabels). */
const MIN_ROUND_UP_LABELS = 2;
/**
 * A round-up's labels: places or countries the gazetteer knows, each a different one, before a colon opening three paragraphs or
 * more ("Kuwait: …", "Qatar: …", "Oman: …"), or two written alike, both in capitals or neither ("Kuwait: …", then "Doha: …"): the
 * copy is set out in sections by place, and the first is its country's news, not a dateline. A dateline set apart from the one other
 * capital its copy quotes ("NEW DELHI: …", then "Islamabad: Pakistan rejected …") stays one.
 */
function roundUpLabels(paragraphs: string[]): ReadonlySet<string> {
  let labels: Set<string> | null = null;
  const cases = new Set<boolean>();
  for (const p of paragraphs) {
    const label = p.lastIndexOf(':', 45) > 1 ? PLACE_LABEL.exec(p)?.[1] : undefined;
    if (!label || !isKnownRegion(label)) continue;
    (labels ??= new Set()).add(label);
    cases.add(label === label.toUpperCase());
  }
  if (labels && (labels.size > MIN_ROUND_UP_LABELS || (labels.size === MIN_ROUND_UP_LABELS && cases.size === 1))) return labels;
  return scriptRoundUpLabels(paragraphs) ?? NO_SPEAKERS;
}
/** A city in an Indian script or in Urdu's or Persian's letters before a colon opening a paragraph: "لاہور: …", "تهران: …". */
const SCRIPT_PLACE_LABEL = new RegExp(String.raw`^(${INDIC_WORD}(?:\s+${INDIC_WORD}){0,2})\s*:\s`, 'u');
/**
 * … and in these scripts, which have no capitals to tell them apart: three cities the gazetteer knows or more, each a different one
 * ("تهران: …", "مشهد: …", "تبریز: …"), a weather or a results round-up, none a dateline (the thirty-second sweep).
 */
function scriptRoundUpLabels(paragraphs: string[]): ReadonlySet<string> | null {
  let labels: Set<string> | null = null;
  for (const p of paragraphs) {
    const c = p.charCodeAt(0);
    if (c < 0x600 || c > 0xd7f || !within(p, ':', 45)) continue;
    const label = SCRIPT_PLACE_LABEL.exec(p)?.[1];
    if (label && isScriptPlace(label)) (labels ??= new Set()).add(label);
  }
  return labels && labels.size > MIN_ROUND_UP_LABELS ? labels : null;
}
/** Whether a character code is a capital letter (of the Latin alphabets: enough for a gate in front of the pattern). */
function isCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
/** One word in capitals, as a body's initials are written ("NDRF", "UNICEF"); a place of several words is no acronym. */
const ONE_WORD_IN_CAPITALS = /^\p{Lu}+$/u;
/** Labels a page puts before the copy's first sentence, not part of it: "EXCLUSIVE: …", "BREAKING: …", "Update - …". */
const KICKERS = ['Breaking', 'Breaking News', 'Exclusive', 'Update', 'Updated', 'Watch', 'Listen', 'Just In', 'Live', 'Live Updates', 'Alert', 'Flash', 'Developing'];
// Each as a label is written, in capitals or capitalised: the copy after it must start with a capital, so no `i` flag.
// … and Yonhap's label of a story's version or kind in brackets before its dateline: "(LEAD) SEOUL, Nov. 26 (Yonhap) -- …", "(2nd LD)",
// "(URGENT)", "(News Focus)".
const YONHAP_LABEL = String.raw`\((?:LEAD|\d{1,2}(?:st|nd|rd|th) LD|URGENT|News Focus|News Analysis|Yonhap Interview|Yonhap Feature)(?:,\s*(?:CORRECTED|UPDATED|ADDS [^()]{1,40}))?\)\s*`;
const KICKER = new RegExp(String.raw`^(?:(?:${KICKERS.flatMap((k) => [k, k.toUpperCase()]).join('|')})\s*[:|–—-]\s+|${YONHAP_LABEL})(?=["“‘]?[\p{Lu}\d])`, 'u');
/** A website credited before the copy as a dateline would stand: "Forbes.com - …", "SPACE.com -- …" (no place). */
const SITE_CREDIT = /^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|co\.in|in)\s+(?:--|[—–-])\s+(?=["“‘]?[A-Z\d])/;
/** The names as looked up: in any case, as a credit in capitals writes them too ("ECONOMYNEXT – …"). */
const OUTLET_NAMES: ReadonlySet<string> = new Set(OUTLETS.map((o) => o.toLowerCase()));
/** What follows an outlet credited before the copy: "The Hindu — …", "Dawn - …", "Dawn.com -- …" (the copy starts with a capital). */
const OUTLET_DASH = /^\s+(?:--|[—–-])\s+(?=["“‘]?[\p{Lu}\d])/u;
/** The longest outlet name before its dash, with ".com". */
const MAX_OUTLET_CREDIT = 45;
/** A credit before a dateline in its paragraph: "By Staff Reporter NEW DELHI: …". */
const CREDIT_LEAD_IN = new RegExp(String.raw`^${CREDIT}\s*[|,]?\s+`, 'u');
/** A paragraph that ends as a sentence does (a kicker is cut from one; before a headline it is the headline's). */
const SENTENCE_END_LOOSE = /[.!?]["”’]?$/;
/** Datelines that name the agency, and the staff ones, which are looked for only where no agency one stands. */
/**
 * Months in the genitive, as a date names them in Russian (and cut short: "27 ноя"), Ukrainian, Bulgarian and Serbian Cyrillic, and in
 * Czech, Slovak, Polish, Croatian and Serbian or Slovene Latin letters (the twenty-ninth sweep): months.ts's date forms only (an agency
 * dates its copy so; the nominatives and other abbreviations dates.ts reads in pubDate, "ноябрь", "нояб", "лист", are no dateline's);
 * and Turkish's names, capitalised as its dates write them ("27 Kasım 2026"), as the Turkish agencies date their copy (the thirty-first).
 */
const MONTH_WORD = [
  ...([['ru', ['date', 'short']], ['uk', ['date']], ['bg', ['date']], ['sr-Cyrl', ['date']], ['cs', ['date']], ['sk', ['date']], ['pl', ['date']], ['hr', ['date']], ['sr-Latn', ['date']]] as const).flatMap(([language, forms]) =>
    monthNames(language, forms).map(([name]) => name),
  ),
  // No Turkish month opens on "i", whose capital is "İ" there: the first letter's own capital is Turkish's.
  ...monthNames('tr', ['name']).map(([name]) => name[0]!.toUpperCase() + name.slice(1)),
]
  .filter((m, i, all) => all.indexOf(m) === i)
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * An agency's dateline with its month in one of those languages, the mark in brackets, between slashes, after a dash or a full stop:
 * ČTK's "Praha 27. listopadu (ČTK) -", TASR's "Bratislava 27. novembra (TASR) -", Hina's "ZAGREB, 27. studenoga (Hina) -", TASS's
 * "МОСКВА, 27 ноября. /ТАСС/.", BelTA's "МИНСК, 27 ноября (БЕЛТА) -", RIA's "МОСКВА, 27 ноя — РИА Новости.", Interfax's "Москва. 27
 * ноября. INTERFAX.RU -". A date and a mark are both needed, and the copy must open in capitals. The year may follow the month, as
 * Anadolu's, DHA's and İHA's Turkish copy sets it: "Ankara, 27 Kasım 2026 (AA) -", and a dated mark is read here, with its date
 * ("Bursa, 27 Kasım 2026 (DHA) -"; the thirty-first sweep).
 */
const MONTH_WORD_DATELINE = new RegExp(
  String.raw`^\s*(?<place>\p{Lu}[\p{L}.'’ -]{1,30}?)(?:[,.]\s*|\s+)(?<date>\d{1,2}\.?\s+(?:${MONTH_WORD})(?:\s+\d{4})?)\.?(?:[,.]?\s*)(?:[(/]|[—–-]\s*)?(?<mark>${[...Object.keys(CYRILLIC_MARKS), ...marks.split('|'), ...datedMarks.split('|')].join('|')})(?:[)/]\.?|\.(?=\s))?\s*(?<sep>[-–—]*)\s*(?=["“«„‘]?[\p{Lu}\d])`,
  'u',
);
/**
 * The months as Arabic copy names them, the Egyptian and Gulf names and the Levant's (the thirtieth sweep), each spelling as it is written
 * (dates.ts folds hamza seats; this pattern reads the text as it stands). Not Egypt's "يونيه" or the Maghreb's names: no agency here uses them.
 */
const ARABIC_MONTH = [...monthNames('ar'), ...monthNames('ar-LB')].map(([name]) => name).join('|');
const ARABIC_WORD = String.raw`(?:(?!\p{Nd})\p{sc=Arab})+`;
const ARABIC_MARK = Object.keys(ARABIC_MARKS).join('|');
/**
 * An Arab agency's dated dateline in Arabic: the place ("في", "in", perhaps after it), the day and the month's name or its number
 * (KUNA's "27 - 11"), the mark in brackets or between slashes, a dash perhaps (the thirtieth sweep). A date and a mark are both needed.
 */
const ARABIC_DATELINE = new RegExp(
  String.raw`^\s*(?<place>${ARABIC_WORD}(?:\s+${ARABIC_WORD}){0,2}?)(?:\s+في)?\s*(?:[-–]\s*)?(?<date>\p{Nd}{1,2}\s+(?:${ARABIC_MONTH})(?:\s+\p{Nd}{4})?|\p{Nd}{1,2}\s*-\s*\p{Nd}{1,2}(?:\s*-\s*\p{Nd}{4})?)\s*[(/]\s*(?<mark>${ARABIC_MARK})\s*[)/]\s*(?<sep>[-–—]*)\s*(?=\p{sc=Arab})`,
  'u',
);
/**
 * Words that open a body's or a person's name, not a place's, in Arabic: an organisation, a ministry, a council, a party, a company, an
 * army, a court, a title ("الشركة (العمانية) - …", "مجلس الشورى (بنا) - …", "الملكة رانيا (بترا) - …"). An undated mark after them is
 * a sentence's words ("the Omani company", "with us"), not a dateline (the thirty-second sweep).
 */
const ARABIC_NOT_PLACE_HEADS = [
  'شركة', 'الشركة', 'وزارة', 'الوزارة', 'منظمة', 'المنظمة', 'مجلس', 'المجلس', 'حركة', 'الحركة', 'حزب', 'الحزب', 'جامعة', 'الجامعة',
  'هيئة', 'الهيئة', 'لجنة', 'اللجنة', 'بنك', 'البنك', 'مصرف', 'المصرف', 'صندوق', 'الصندوق', 'مؤسسة', 'المؤسسة', 'وكالة', 'الوكالة',
  'جيش', 'الجيش', 'قوات', 'القوات', 'الشرطة', 'حكومة', 'الحكومة', 'سفارة', 'السفارة', 'محكمة', 'المحكمة', 'النيابة', 'مكتب', 'المكتب',
  'دائرة', 'الدائرة', 'الاتحاد', 'اتحاد', 'رابطة', 'الرابطة', 'جمعية', 'الجمعية', 'غرفة', 'الغرفة', 'الملك', 'الملكة', 'الأمير',
  'الأميرة', 'الرئيس', 'رئيس', 'الوزير', 'وزير', 'الشيخ', 'الشيخة', 'السيد', 'السيدة', 'الدكتور', 'سمو', 'معالي', 'صاحب',
].join('|');
const ARABIC_PLACE_START = String.raw`(?!(?:${ARABIC_NOT_PLACE_HEADS})(?!\p{L}))`;
/**
 * SANA's and IRNA's undated mark run against a place with a dash: "دمشق-سانا …", "تهران- ایرنا- …" (the thirtieth sweep, only these
 * capitals), and as their bureaus and correspondents date copy from any other: "حلب-سانا …", "اصفهان- ایرنا- …" (the thirty-first):
 * a place of one or two words, the dash before the mark and the mark's own name (a sentence names the agency after a word, "وكالة سانا").
 */
const ARABIC_CAPITAL_MARK = new RegExp(String.raw`^\s*${ARABIC_PLACE_START}(?<place>${ARABIC_WORD}(?:\s+${ARABIC_WORD})?)\s*-\s*(?<mark>سانا|ایرنا|إرنا)(?<sep>\s*-?)\s+(?=\p{sc=Arab})`, 'u');
/**
 * An Arab agency's undated dateline in Arabic, the mark in brackets or between slashes and a dash after it, as WAM, the BNA, Petra and
 * ONA date copy with no day (the thirty-first sweep): "أبوظبي (وام) -", "المنامة / بنا / -", "عمان (بترا) -", "مسقط (العمانية) -". The
 * place of one or two words opens the copy, and the dash is needed ("بنا" and "بترا" are a word and a name as often); nor a body's
 * name or a title (ARABIC_NOT_PLACE_HEADS; the thirty-second sweep).
 */
const ARABIC_UNDATED_DATELINE = new RegExp(String.raw`^\s*${ARABIC_PLACE_START}(?<place>${ARABIC_WORD}(?:\s+${ARABIC_WORD})?)(?:\s+في)?\s*[(/]\s*(?<mark>${ARABIC_MARK})\s*[)/]\s*(?<sep>[-–—]+)\s*(?=\p{sc=Arab})`, 'u');
/**
 * WAFA's Arabic dateline, the place, the date in figures and the mark against a dash with no brackets: "رام الله 27-11-2026 وفا- …"
 * (the thirty-fourth sweep). The date and the dash both needed: "وفا" alone is a name as often.
 */
const WAFA_ARABIC_DATELINE = new RegExp(String.raw`^\s*${ARABIC_PLACE_START}(?<place>${ARABIC_WORD}(?:\s+${ARABIC_WORD})?)\s+(?<date>\p{Nd}{1,2}\s*-\s*\p{Nd}{1,2}\s*-\s*\p{Nd}{4})\s+(?<mark>وفا)\s*(?<sep>[-–—]+)\s*(?=\p{sc=Arab})`, 'u');
/**
 * Anadolu's Arabic dateline, the place and its name after a slash, on a line of its own over the copy or run into it: "أنقرة/ الأناضول"
 * (the thirty-fourth sweep). At the paragraph's start only: a sentence names the agency after a word ("للأناضول"), not a slash.
 */
const ARABIC_SLASHED_MARK = new RegExp(String.raw`^\s*${ARABIC_PLACE_START}(?<place>${ARABIC_WORD}(?:\s+${ARABIC_WORD})?)\s*\/\s*(?<mark>الأناضول)(?<sep>\s*[-–—:]?)\s*(?=\p{sc=Arab}|$)`, 'u');
/**
 * Europa Press's dateline, the place in capitals, the day alone and its name in capitals in brackets, on a line of its own over the copy
 * or run into it: "MADRID, 27 (EUROPA PRESS)", "BARCELONA, 27 (EUROPA PRESS) - …" (the thirty-fourth sweep).
 */
const EUROPA_PRESS_DATELINE = new RegExp(String.raw`^\s*(?<place>${CAPS_PLACE}),\s*(?<date>\d{1,2})\s*\((?<mark>EUROPA PRESS)\)\s*(?<sep>[-–—]*)\s*(?=["“‘«¿¡]?\p{Lu}|$)`, 'u');
/** The Ethiopian News Agency's Amharic dateline, the Ethiopian calendar's date and its mark "ኢዜአ": "አዲስ አበባ፣ ኅዳር 18/2019 (ኢዜአ)፦" (the thirtieth sweep). */
/** … and without its date, from a city the gazetteer knows in Ethiopic (the thirty-first sweep): "አዲስ አበባ (ኢዜአ)፦", "ባሕር ዳር (ኢዜአ) -". */
const AMHARIC_UNDATED_DATELINE = /^\s*(?<place>\p{sc=Ethi}+(?:\s+\p{sc=Ethi}+){0,2}?)\s*\((?<mark>ኢዜአ)\)\s*(?<sep>[፦:–—-]+)\s*/u;
const AMHARIC_DATELINE = /^\s*(?<place>\p{sc=Ethi}+(?:\s+\p{sc=Ethi}+){0,2}?)\s*[፣,]\s*(?<date>\p{sc=Ethi}+\s+\d{1,2}\s*\/\s*\d{4})\s*\((?<mark>ኢዜአ)\)\s*(?<sep>[፦:–—-]*)\s*/u;
/** MTI's Hungarian dateline, the year first and the weekday after the day: "Budapest, 2026. november 27., péntek (MTI) –" (the thirtieth sweep). */
const HUNGARIAN_DATELINE = new RegExp(
  String.raw`^\s*(?<place>\p{Lu}[\p{L}-]{1,30}),\s+(?<date>\d{4}\.\s+(?:${monthNames('hu', ['name']).map(([name]) => name).join('|')})\s+\d{1,2}\.)(?:,\s+(?:hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap))?\s+\((?<mark>MTI)\)\s*(?<sep>[-–—]+)\s*(?=["„]?\p{Lu})`,
  'u',
);
/** IRNA's credit opening its Persian copy, "به گزارش ایرنا، …" ("as IRNA reports,"): the comma right after the mark (the thirtieth sweep). */
const PERSIAN_CREDIT_LEAD = /^\s*به گزارش (?<mark>ایرنا|إرنا)\s*[،,]\s*(?<sep>)(?=\p{sc=Arab})/u;
/**
 * … and with its bureau's place, "به گزارش ایرنا از تهران، …" ("as IRNA reports from Tehran,"), where the gazetteer knows the place in
 * Persian (the thirty-first sweep): "به گزارش ایرنا از وزارت خارجه، …" (from the foreign ministry) stays copy.
 */
const PERSIAN_CREDIT_PLACE = new RegExp(String.raw`^\s*به گزارش (?<mark>ایرنا|إرنا) از (?<place>${ARABIC_WORD}(?:\s+${ARABIC_WORD}){0,2}?)\s*[،,]\s*(?<sep>)(?=\p{sc=Arab})`, 'u');
/**
 * A government news site's lead, its name and the date before the copy and no place (the thirty-seventh sweep): Agenda.ge's "agenda.ge,
 * 27 Nov 2026 - …" (it stayed at the head of the copy) and Mauritius's Government Information Service's "GIS - 27 November 2026: …" (read
 * as a place in capitals, "GIS"), and Guyana's Department of Public Information's line over its copy, the country and the weekday between
 * ("DPI, Guyana, Friday, November 27, 2026"; it stayed). These names only: a word, a date and a dash open a sentence as often.
 */
const SITE_DATE_LEAD = new RegExp(
  String.raw`^\s*(?<mark>[Aa]genda\.ge|GIS|DPI)(?:,\s*Guyana)?(?:,\s*|\s+[-–—]\s+)(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*)?(?<date>${DATE})(?:(?<sep>\s*:|\s+(?:--|[—–-]))\s+(?=["“‘]?[\p{Lu}\d])|\s*$)`,
  'u',
);
const AGENCY_DATELINES: { pattern: RegExp; gate: (p: string) => boolean; knownUndated?: boolean; knownPlace?: boolean }[] = [
  // The mark stands in brackets after the place, its region and its date: a line whose first bracket comes late (or
  // never) names no agency in front, unless runs of spaces nobody collapsed stand before it.
  { pattern: DATELINE, gate: (p) => { const at = p.indexOf('('); return at >= 0 && (at <= 160 || /\s\s/.test(p.slice(0, at))); } },
  { pattern: PIB_POSTED_ON, gate: (p) => p[0] === 'P' || p[0] === 'p' || p[0] === 'प' },
  { pattern: SITE_DATE_LEAD, gate: (p) => (p[0] === 'a' || p[0] === 'A' || p[0] === 'G' || p[0] === 'D') && p[1] !== ' ' },
  // Devanagari to Malayalam are one block of code points (0x900-0xd7f), Arabic's another.
  { pattern: INDIC_DATELINE, gate: (p) => ((p.charCodeAt(0) >= 0x900 && p.charCodeAt(0) <= 0xd7f) || (p.charCodeAt(0) >= 0x600 && p.charCodeAt(0) <= 0x6ff)) && within(p, '(', 80) },
  { pattern: URDU_UNDATED_DATELINE, gate: (p) => p.charCodeAt(0) >= 0x600 && p.charCodeAt(0) <= 0x6ff && within(p, '(', 40) },
  { pattern: AGENCY_LEAD, gate: (p) => p.lastIndexOf(' -', 30) >= 0 || p.lastIndexOf(' —', 30) >= 0 || p.lastIndexOf(' –', 30) >= 0 },
  { pattern: BARE_MARK_DATELINE, gate: (p) => p.lastIndexOf(' Kyodo ', 60) >= 0 || p.lastIndexOf(' AAP ', 60) >= 0 || p.lastIndexOf(' AKP ', 60) >= 0 },
  { pattern: CHINESE_DATELINE, gate: (p) => p[0] === '新' || p[0] === '中' || p[0] === '本' },
  { pattern: JAPANESE_DATELINE, gate: (p) => p[0] === '【' },
  { pattern: CNA_DATELINE, gate: (p) => (p[0] === '（' || p[0] === '(') && p[1] === '中' },
  { pattern: KOREAN_DATELINE, gate: (p) => (p[0] === '(' || p[0] === '（') && within(p, '=', 20) },
  // SANA sets the dash against its mark: "Damascus, SANA- …".
  { pattern: COMMA_MARK_DATELINE, gate: (p) => within(p, ',', 45) && (p.length <= 60 || hasSpacedDash(p, 90) || p.lastIndexOf('- ', 90) >= 0 || within(p, ':', 60)), knownUndated: true },
  { pattern: SLASHED_MARK_DATELINE, gate: (p) => (within(p, ',', 45) || within(p, ' /', 45)) && within(p, '/', 100), knownUndated: true },
  { pattern: STOP_MARK_DATELINE, gate: (p) => within(p, '. ', 40) },
  { pattern: DATED_MARK_STOP_DATELINE, gate: (p) => within(p, '. ', 80) || within(p, '/ ', 80) },
  { pattern: PLACE_MARK_LINE, gate: (p) => (p.length <= 40 || within(p, ':', 40) || hasSpacedDash(p, 40)) && (within(p, '/', 30) || within(p, '-', 30) || within(p, '–', 30) || within(p, '—', 30)), knownUndated: true },
  { pattern: PLACE_MARK_RUN_IN, gate: (p) => within(p, '-', 30) || within(p, '–', 30), knownUndated: true },
  { pattern: ENA_NO_COMMA_DATELINE, gate: (p) => within(p, '/', 50), knownPlace: true },
  { pattern: APA_NEWS_DATELINE, gate: (p) => p.startsWith('APA') },
  { pattern: COMMA_MARK_RUN_IN, gate: (p) => within(p, ',', 45) },
  { pattern: MARK_PLACE_LINE, gate: (p) => (p.length <= 40 || within(p, ':', 40)) && within(p, '/', 30), knownUndated: true },
  { pattern: RELEASE_WIRE_BEFORE_DATE, gate: (p) => within(p, '/', 40) },
  { pattern: RELEASE_WIRE_LONG_PLACE, gate: (p) => within(p, 'WIRE)', 120) },
  { pattern: MONTH_WORD_DATELINE, gate: (p) => /^[^\d]{2,32}\d/u.test(p.slice(0, 34)) },
  { pattern: ARABIC_DATELINE, gate: (p) => p.charCodeAt(0) >= 0x600 && p.charCodeAt(0) <= 0x6ff && (within(p, '(', 60) || within(p, '/', 60)) },
  { pattern: AMHARIC_DATELINE, gate: (p) => p.charCodeAt(0) >= 0x1200 && p.charCodeAt(0) <= 0x137f },
  { pattern: AMHARIC_UNDATED_DATELINE, gate: (p) => p.charCodeAt(0) >= 0x1200 && p.charCodeAt(0) <= 0x137f && within(p, '(', 30), knownUndated: true },
  { pattern: HUNGARIAN_DATELINE, gate: (p) => within(p, '(MTI)', 60) },
  { pattern: PERSIAN_CREDIT_LEAD, gate: (p) => p[0] === 'ب' },
  { pattern: PERSIAN_CREDIT_PLACE, gate: (p) => p[0] === 'ب' && within(p, '،', 50), knownUndated: true },
  { pattern: ARABIC_CAPITAL_MARK, gate: (p) => p.charCodeAt(0) >= 0x600 && p.charCodeAt(0) <= 0x6ff && within(p, '-', 30) },
  { pattern: WAFA_ARABIC_DATELINE, gate: (p) => p.charCodeAt(0) >= 0x600 && p.charCodeAt(0) <= 0x6ff && within(p, 'وفا', 40) },
  { pattern: ARABIC_SLASHED_MARK, gate: (p) => p.charCodeAt(0) >= 0x600 && p.charCodeAt(0) <= 0x6ff && within(p, 'الأناضول', 40) },
  { pattern: EUROPA_PRESS_DATELINE, gate: (p) => within(p, '(EUROPA PRESS)', 60) },
  { pattern: ARABIC_UNDATED_DATELINE, gate: (p) => p.charCodeAt(0) >= 0x600 && p.charCodeAt(0) <= 0x6ff && (within(p, '(', 30) || within(p, '/', 30)) },
];
/**
 * A staff dateline in an Indian script, the place before a colon (a date between them perhaps), as Tamil, Telugu, Kannada, Malayalam,
 * Bengali, Hindi and Marathi papers date their own copy: "சென்னை: …", "హైదరాబాద్:", "ಬೆಂಗಳೂರು:", "തിരുവനന്തപുരം:", "কলকাতা:",
 * "मुंबई:", "नई दिल्ली, 27 नवंबर: …", as Urdu papers theirs ("لاہور: …", "اسلام آباد: …"). These scripts have no capitals to tell a place from a word: the place must be a big city whose
 * name in that script the gazetteer holds (places.ts, SCRIPT_CITIES); "அமைச்சர் கூறியது: …" ("the minister said:") stays copy.
 */
const INDIC_STAFF_DATELINE = new RegExp(
  String.raw`^\s*(?<place>${INDIC_WORD}(?:\s+${INDIC_WORD}){0,2})(?:\s*,\s*(?<date>${INDIC_NUMBER}{1,2}\s*${INDIC_WORD}\.?|${INDIC_WORD}\.?\s+${INDIC_NUMBER}{1,2}))?(?<sep>\s*:\s+)(?=["“‘]?[${INDIC_LETTERS}\p{Nd}])`,
  'u',
);
/**
 * Dainik Jagran's Hindi dateline, the place, a comma and the desk's credit before a danda, no date (the forty-fifth sweep): "नई दिल्ली,
 * एजेंसी। …" (an agency it does not name), "नई दिल्ली, जागरण ब्यूरो। …" (its bureau). These credits only, and a big city the gazetteer
 * holds in Devanagari (SCRIPT_CITIES): "उन्होंने कहा, एजेंसी। …" stays copy.
 */
const HINDI_DESK_DATELINE = new RegExp(
  String.raw`^\s*(?<place>${INDIC_WORD}(?:\s+${INDIC_WORD}){0,2}?)\s*,\s*(?:एजेंसी|जागरण ब्यूरो)(?<sep>\s*।\s*)(?=["“‘]?\p{sc=Deva}|$)`,
  'u',
);
/**
 * A place written as a name with neither date nor agency must be one the gazetteer knows: "Modi — The prime minister said…"
 * and "Maharashtra: The state cabinet…" name none.
 */
const STAFF_DATELINES: { pattern: RegExp; known: boolean; gate: (p: string) => boolean }[] = [
  // `gate`: what the line must show for the pattern to be tried (the first paragraphs of every story meet them all):
  // a second letter in capitals, a comma, a spaced dash or a colon near the start.
  { pattern: STAFF_IN_CAPITALS, known: false, gate: (p) => p.length > 1 && p[1] === p[1]!.toUpperCase() },
  { pattern: STAFF_DATED, known: false, gate: (p) => within(p, ',', 45) },
  { pattern: STAFF_DATED_ROMANCE, known: false, gate: (p) => within(p, ',', 45) && within(p, '(', 70) },
  { pattern: STAFF_OF_PLACE, known: true, gate: (p) => within(p, ' of ', 10) },
  { pattern: STAFF_DATED_STOP, known: false, gate: (p) => within(p, ',', 45) && p.length > 1 && p[1] === p[1]!.toUpperCase() },
  { pattern: STAFF_DATED_BARE, known: true, gate: (p) => within(p, ',', 45) && p.length > 1 && p[1] === p[1]!.toUpperCase() },
  { pattern: STAFF_NAMED, known: true, gate: (p) => hasSpacedDash(p, 100) },
  { pattern: STAFF_NAMED_COLON, known: true, gate: (p) => within(p, ':', 45) },
  { pattern: STAFF_CAPS_NO_COMMA, known: true, gate: (p) => within(p, ':', 45) && isCapital(p.charCodeAt(0)) && isCapital(p.charCodeAt(1)) },
  { pattern: STAFF_NAMED_STOP, known: true, gate: (p) => within(p, '. ', 40) },
  // Devanagari to Malayalam are one block of code points (0x900-0xd7f), Arabic's (Urdu's) another.
  { pattern: INDIC_STAFF_DATELINE, known: true, gate: (p) => ((p.charCodeAt(0) >= 0x900 && p.charCodeAt(0) <= 0xd7f) || (p.charCodeAt(0) >= 0x600 && p.charCodeAt(0) <= 0x6ff)) && within(p, ':', 45) },
  { pattern: HINDI_DESK_DATELINE, known: true, gate: (p) => p.charCodeAt(0) >= 0x900 && p.charCodeAt(0) <= 0x97f && within(p, '।', 40) },
  // Tried last: a dateline with a mark or a colon after the place is read as such first.
  { pattern: STAFF_CAPS_RUN_IN, known: true, gate: (p) => isCapital(p.charCodeAt(0)) && isCapital(p.charCodeAt(1)) },
  { pattern: STAFF_DATED_RUN_IN, known: true, gate: (p) => within(p, ',', 45) },
  { pattern: STAFF_REGION_RUN_IN, known: true, gate: (p) => within(p, ',', 45) && isCapital(p.charCodeAt(0)) && isCapital(p.charCodeAt(1)) },
];

/** Whether a spaced dash of any kind ("-", "—", "–", the figure dash "‒", the bar "―") starts in `p` before `limit`. */
function hasSpacedDash(p: string, limit: number): boolean {
  // One walk over the spaces (five searches for each dash read the start of every paragraph five times).
  for (let at = p.indexOf(' '); at >= 0 && at <= limit; at = p.indexOf(' ', at + 1)) {
    const c = p.charCodeAt(at + 1);
    if (c === 45 || c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 0x2012) return true;
  }
  return false;
}

/** Whether `c` stands in `p` before `limit` (and not first). */
function within(p: string, c: string, limit: number): boolean {
  const at = p.indexOf(c);
  return at > 0 && at <= limit;
}
/**
 * A place's last word: three letters at least (the Maldives' "Male'" with its mark), or an abbreviation ("NEET PG", "UN" and "US" are none);
 * a place of several words the gazetteer knows may end on two ("SANTA FE").
 */
const PLACE_END = /(?:\p{L}{3}['’]?|\.)$/u;
/**
 * How a paragraph of copy ends (a staff dateline opens one; "ISRO: Chandrayaan-4 to launch in 2028" is a headline), a lead-in
 * to a list among them ("NEW DELHI: The ministry said these states are affected:").
 */
// Hindi's, Marathi's and Bengali's danda ends a sentence too, as Urdu's full stop ("۔") and question mark ("؟") do.
const COPY_END = /(?:[.!?…\]।۔؟]["”’)]?|:)$/;
// A government release signs off with its place and date: MEA's "New Delhi November 25, 2026".
const PLACE_AND_DATE = new RegExp(
  String.raw`^(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?<place>[\p{Lu}][\p{L}.'’ -]{1,40}?),?\s+(?<date>${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4})\.?$`,
  'u',
);
/**
 * A date alone on its line, with its year and perhaps its day of the week: "November 26, 2026", "Nov 26, 2026", "Thursday, 26
 * November 2026". Over the copy it is a page's (see withoutBreadcrumbs), under it a release's, below its place (see cutFoot).
 */
const DATE_ALONE = new RegExp(
  String.raw`^(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+)?(?<date>${MONTH_ANY_CASE}\s+${DAY},?\s+\d{4}|${DAY}\s+${MONTH_ANY_CASE},?\s+\d{4})\.?$`,
  'iu',
);
/**
 * IANS's desk initials after its sign-off: "akl/as", or the writer's alone with the slash, "ksk/"; its Hindi service's in Devanagari
 * ("--आईएएनएस एसएचके/एबीएम", "एसकेपी/").
 */
const IANS_INITIALS = String.raw`\s+[a-z]{1,4}(?:\/[a-z]{1,4}){1,3}|\s+[a-z]{2,4}\/|\s+\p{sc=Deva}{2,8}(?:\/\p{sc=Deva}{2,8}){1,3}|\s+\p{sc=Deva}{2,8}\/`;
/**
 * Notes run into the last paragraph that are no agency's sign-off: Xinhua's "Enditem", an inputs credit "(With inputs from PTI)",
 * "(With PTI inputs)", "(Agencies)".
 */
// … and the PNA's reporters' credit, "(With reports from Jane Doe/PNA)", and Bloomberg's "--With assistance from Jane Doe." (the
// thirty-fourth sweep).
const TRAILING_NOTES = String.raw`Enditem|ENDITEM|\((?:[Aa]gencies|AGENCIES)\)|\((?:[Ww]ith )?(?:[Aa]dditional )?(?:[Ii]nputs? from [^()]{1,60}|(?:\S+ ){1,3}inputs?)\)|\([Ww]ith (?:a )?reports? from [^()]{1,80}\)|[-–—]{1,2}\s?[Ww]ith assistance from ${NAME}(?:(?:,|,? and) ${NAME})*\.?`;
// "--IANS", "PTI ABC DEF XYZ" (staff codes, often doubled: "PTI TGB TGB SA SA KH"), "UNI DB SSP 1745" (with the time filed),
// "(ANI/WAM)", Kyodo's "==Kyodo", Petra's "//Petra// AF", KUNA's and the SPA's stamps (FILING_STAMP), and the agency's name in full ("--Indo-Asian News Service", Hindusthan Samachar's with its writer after a spaced slash: "--Hindusthan Samachar / Sushil"); APP's and QNA's between slashes ("/APP/", "APP/ahd-mkz"),
// Hindusthan Samachar's writers' full names after its name, spaced or not ("Hindusthan Samachar/Jane Doe/John Smith"; the forty-second
// sweep: only after its name, "REUTERS/Amit Dave/File Photo" and "AFP/Getty Images" being photo credits kept as copy);
// the name and the mark ("Emirates News Agency - WAM"), an outlet's word in capitals before the mark (the Buenos Aires Times' "– TIMES/AFP"), BSS's "/BSS/AT/1755", and PTI's filing stamp (month, day and time: "PTI KR RT 11261705") with the teleprinter's "NNNN" after it.
/**
 * The longest sign-off line ("PTI TGB TGB SA SA KH 11261705 NNNN", "Emirates News Agency - WAM" are under 40 characters): SIGN_OFF,
 * whose alternatives are every agency's marks and names, is tried on no longer line.
 */
const MAX_SIGN_OFF_LINE = 100;
/**
 * A Gulf agency's transmission stamp after its mark: KUNA's day, hour and minute then month and year ("KUNA 271005 NOV 26", the
 * teleprinter's "NNNN" perhaps run on: "26NNNN"), the SPA's local and GMT times ("--SPA 13:05 LOCAL TIME 10:05 GMT"), the BNA's hour and
 * year ("BNA 1005 GMT 2026").
 */
const FILING_STAMP = String.raw`\s+(?:\d{6}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s*\d{2}|\d{1,2}:\d{2}\s+(?:LOCAL TIME|Local Time|local time)\s+\d{1,2}:\d{2}\s+GMT|\d{4}\s+GMT\s+\d{4})`;
/** KUNA's desk's initials, dotted, in lower case: "aa.gta", "hm.gta", "ta.ms". */
const KUNA_INITIALS = String.raw`[a-z]{1,5}(?:\.[a-z]{1,5}){1,3}`;
/** … on a line of their own under the last sentence, "(end)" lost or never set over them, over KUNA's stamp or under its copy. */
const KUNA_INITIALS_LINE = new RegExp(String.raw`^${KUNA_INITIALS}$`);
const KUNA_STAMP_LINE = new RegExp(String.raw`^(?:${KUNA_INITIALS}\s+)?KUNA${FILING_STAMP}(?:\s*NNNN)?$`);
/** NAN's website after its mark: "(NAN)(www.nannews.ng)". */
const SITE_AFTER_MARK = String.raw`\s*\((?:www\.)?[\w-]+(?:\.[\w-]+){1,3}\)`;
/**
 * AFP's tags, the bureau and writer then the editors ("bur-ho/dl", "burs-sjw/jj", "sjw-bur/rmb"), a <br> after the last sentence
 * (only with the bureau's "bur": "…average. long-run/short" is copy).
 */
// … or with a stringer's "str" ("str-mr/pjm", "str/sst/dhc").
const AFP_TAGS = String.raw`(?:(?:burs?|str)-[a-z]{1,4}|[a-z]{1,4}-burs?|str)(?:\/[a-z]{1,4}){1,4}`;
// The BNA's desk initials may share its stamp's line: "SH/MS BNA 1005 GMT 2026".
// Pacnews sets an ellipsis and a full stop against its mark: "….PACNEWS" (the thirty-first sweep), and the Kenya News Agency credits
// itself with "By" under its copy: "By KNA" (the thirty-second sweep).
// ANSA ends its copy with its mark in brackets and a full stop ("(ANSA).", on its line or run into the last sentence), and dpa's German
// service with its desk's line, the mark then the editors' and the item's codes in lower case ("dpa ax yyzz n1 rom"; the thirty-third
// sweep).
const SIGN_OFF = new RegExp(
  String.raw`^\s*(?:(?:[-–—=/]{1,3}|[….]{2,5}|By)\s*)?(?:[A-Z]{1,5}(?:\/[A-Z]{1,5}){1,5}\s+(?=\p{Lu}))?\(?(?:\p{Lu}{2,12}\/)?(${marks}|${SIGN_OFF_ONLY}|${AGENCIES.map((a) => escapeRegExp(a.name)).join('|')})(?:\s+[-–—]\s+(?:${marks}))?(?:\s?\/\s?[\p{L}]{2,12}(?:-[\p{L}]{2,12})?(?:(?<=^[-–—=/\s]*Hindusthan Samachar\b.*\p{Ll})\s\p{Lu}\p{Ll}{1,12}){0,2})*(?:\/\d{3,4}(?:\s*hrs?)?)?\)?(?:(?<=\))\.)?(?:(?<=dpa)(?:\s+[a-z][a-z\d]{1,4}){1,5}(?=\s*$))?(?:\/\/)?(?:${SITE_AFTER_MARK})?(?:(?<=\))\s+[a-z]{2,4}(?=\s*$))?(?:\s+[A-Z]{2,4}){0,6}(?:\s+(?:\d{8}(?:\d{4,6})?|\d{3,4}(?:\s*hrs?)?)|${FILING_STAMP})?(?:\s*NNNN)?\s*(?:${IANS_INITIALS})?\s*(?:[-–—=/]{1,3}\s*)?$`,
  'u',
);
// A sign-off run into the last paragraph (a <br> away from it): "Last words. --IANS akl/as", "Last words. (ANI)",
// "Last words. PTI ABC DEF", "Last words. (Reporting by …; Editing by …)", "Last words. -ISPR-", "Last words. (ANI/WAM)", the mark alone
// ("Last words. AFP") or with desk initials ("Last words. BSS/AT/1755"), Petra's between double slashes with its editor's initials
// ("Last words. //Petra// AF") and the BNA's mark with its stamp ("Last words. BNA 1005 GMT 2026").
// From the start of a run of spaces only: tried inside a long run, `\s+` would backtrack through it at every place.
// The shapes after a sentence share its test (tried once a place, not once a shape: the scan runs over every last paragraph).
// A CMS that ran the sign-off's line into the sentence leaves no space before a bracket ("…on Friday.(ANI)", "…growth.(Reporting by …)"),
// or a dash ("…in December.--IANS"): a bare mark still needs its space ("…of the U.S.AP" is no sign-off).
// ANI's pages end the last sentence with its mark after a slash ("…they said./ANI"), APP's between two ("…in March. /APP/"), the SPA's
// after an ellipsis ("…led the gain.../SPA"), and BSS's
// Bangla copy with its desks' initials in its script ("…থাকবেন। বাসস/এএসজি/১৫৩০", perhaps the shift's letter after the time: "/১৫৩০/ঘ.");
// only after a sentence: "…through Reuters/ANI" is copy.
/** A sentence's end, Hindi's danda with the rest: "…खर्च होंगे।--आईएएनएस", "…खर्च होंगे। (एएनआई)". */
const SIGN_OFF_AFTER = '[.!?"”’।]';
/** ANI's story stamp after its mark, the date and time filed in figures: "…next week. (ANI) ANI 20261127153005". */
const STORY_STAMP = String.raw`\s+\p{Lu}{2,5}\s?\d{12,14}`;
const AFTER_SENTENCE = String.raw`(?<=${SIGN_OFF_AFTER})(?:\s+|(?=\())`;
/** Petra's date and time after its editor's initials, run in with them: "…the capital. //Petra// AF 27/11/2026 10:05:17". */
const PETRA_STAMP = String.raw`\s+\d{1,2}\/\d{1,2}\/\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?`;
/**
 * A mark with a Gulf agency's filing stamp, which no sentence ends with, run into the last sentence with no space or behind the desk's
 * initials: "…next month.BNA 1005 GMT 2026", "…next month. SH/MS BNA 1005 GMT 2026" (a bare mark still needs its space).
 */
// … and KUNA's desk's initials in lower case, dotted, before its stamp, no "(end)" over them: "…next month. aa.gta KUNA 271005 NOV 26"
// (the thirty-fifth sweep).
const STAMPED_RUN_IN = String.raw`(?<=${SIGN_OFF_AFTER})\s*(?:[A-Z]{1,5}(?:\/[A-Z]{1,5}){1,5}\s+|${KUNA_INITIALS}\s+(?=KUNA\s))?(${marks})${FILING_STAMP}`;
/**
 * EFE's mark and its desk's initials run into the last sentence, a <br> lost ("…en enero. EFE jmr/dm", "(foto)" perhaps after them; the
 * thirty-second sweep): only with the initials, as the mark alone after a sentence is read already.
 */
const EFE_RUN_IN = String.raw`(EFE)\s+[a-z]{1,4}(?:\/[a-z]{1,4}){1,4}(?:\s*\((?:foto|fotos|vídeo|video|audio|infografía)\))*`;
/**
 * What a feed runs into the last sentence once the <br>s between the lines are gone (the thirty-third sweep): desk initials in capitals
 * after a sign-off ("… buyer. -- BERNAMA NMA/ZIM"), Reuters' credits without their brackets, two at least ("… on Friday. Reporting by
 * Jane Doe; Editing by John Smith"), Lusa's two desks ("… em janeiro. ACL // VM") and PIB's foot, "***" then its desk's initials and
 * perhaps the release's id ("… on Friday. *** MJPS/SR (Release ID: 2195432)").
 */
/**
 * WAM's writer and editor after its mark, their names in full between slashes ("… on Friday. WAM/Esraa Ismail/Hazem Hussein"; the
 * thirty-fourth sweep: on a line of its own it went already).
 */
const SLASHED_STAFF = String.raw`(?:\/\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}){1,3}`;
const DESK_RUN_IN = String.raw`\s+[A-Z]{1,5}(?:\/[A-Z]{1,5}){1,5}`;
const UNBRACKETED_CREDITS = String.raw`(?:${CREDITS}) by [^;()]{1,100}(?:;\s*(?:and )?(?:${CREDITS}) by [^;()]{1,100})+\.?`;
const LUSA_DESKS = String.raw`[A-Z]{2,4}\s?\/\/\s?[A-Z]{2,4}`;
const PIB_FOOT_RUN_IN = String.raw`\*{3,5}\s+[A-Z]{1,5}(?:\/[A-Z]{1,5}){1,5}(?:\s*\(Release ID:\s*\d+\))?`;
const TRAILING_SIGN_OFF = new RegExp(
  String.raw`(?:(?:(?:(?<!\s)\s+|(?<=${SIGN_OFF_AFTER}))[-–—=]{1,3}|(?<=${SIGN_OFF_AFTER})\s*(?:\.{2,3}|…)?\s*\/{1,2})\s*(${marks})(?:[-–—=]{0,3}|\/{1,2})(?:${IANS_INITIALS}|${FILING_STAMP}|(?<=\/\/)\s+[A-Z]{1,4}(?:${PETRA_STAMP})?|${DESK_RUN_IN}|(?<=ritzau\/)(?:${marks}))?|${STAMPED_RUN_IN}|${AFTER_SENTENCE}(?:\((${marks}|${SIGN_OFF_ONLY})(?:\/[\p{L}]{2,12})*\)(?:${SITE_AFTER_MARK}|${STORY_STAMP}|\.)?|${AFP_TAGS}|(${marks})(?:${FILING_STAMP}|(?<=dpa)(?:\s+[a-z][a-z\d]{1,4}){1,5}|(?:\s+[A-Z]{2,4}){1,6}(?:\s+(?:\d{8}|\d{3,4}))?(?:\s+NNNN)?|(?:\/[\p{L}\p{M}\p{Nd}]{2,12}){1,5}(?:\s*hrs?|\/\p{L}\p{M}*\.)?|${SLASHED_STAFF})?|\((?:${CREDITS}) by [^()]*\)|${UNBRACKETED_CREDITS}|${TRAILING_NOTES}|${EFE_RUN_IN}|${LUSA_DESKS}|${PIB_FOOT_RUN_IN}))\s*$`,
  'u',
);
/**
 * PTI Bhasha's sign-off run into the last sentence with no danda between: "…खर्च होंगे भाषा एबीसी डीईएफ" (the mark, then one to three
 * desk initials or names of two to four letters). Hindi sets its verb last, so only after one ending a clause (an auxiliary, a future
 * or a perfective form): "…हिंदी हमारी भाषा" and "यह भाषा सरल है" are copy.
 */
const BHASHA_RUN_IN = /(?<=(?:है|हैं|था|थी|थे|गा|गी|गे|गया|गई|गए|दिया|किया|कहा))\s+भाषा(?:\s+(?:(?=\p{L})\p{sc=Deva}\p{M}*){2,4}){1,3}\s*$/u;
/**
 * … and after a danda, the <br> between the last sentence and the sign-off gone: "…लागू होगी। भाषा अविनाश अजय" (the thirty-fourth sweep).
 * No sentence ends there (no danda after it), and none whose last word is an auxiliary: "…होगी। भाषा सरल है" stays.
 */
const BHASHA_AFTER_DANDA = /(?<=।)\s*भाषा(?:\s+(?:(?=\p{L})\p{sc=Deva}\p{M}*){2,4}){1,3}\s*$/u;
const ENDS_ON_AUXILIARY = /(?:^|\s)(?:है|हैं|था|थी|थे|हूं|हूँ|हो)\s*$/u;
/** How much of the last paragraph's end the sign-off patterns read: the longest Reuters credit and its spaces fit. */
const SIGN_OFF_TAIL = 400;
/** … and the truncation patterns: "[…] Continue reading" and 80 characters of the link after it. */
const TRUNCATION_TAIL = 160;
/**
 * KUNA's "(end)" and its desk's initials a <br> after the last sentence: "Last words. (end) hm.gta" (tried only on a line with "(end)"),
 * and Yonhap's "(END)" after its reporter's address ("Last words. kimsy@yna.co.kr (END)"), KUNA's with its stamp after it ("Last words.
 * (end) aa.gta KUNA 271005 NOV 26"; the thirty-third sweep).
 */
const TRAILING_END = /(?<=[.!?"”’])\s+(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\s+)?\(end\)(?:\s+[a-z]{1,5}(?:\.[a-z]{1,5}){1,3})?(?:\s+KUNA\s+\d{6}\s+[A-Z]{3}\s*\d{2}(?:\s*NNNN)?)?\s*$/i;
/**
 * "[…]" or "[...]" ending a description, perhaps with its link ("[…] Continue reading →"), or the link after an ellipsis.
 * From the start of a run of spaces only, as AFTER_SENTENCE.
 */
const TRUNCATED_TAIL = /(?<!\s)\s*\[(?:…|\.{3})\](?:\s*(?:continue reading|read more)\b.{0,80})?$|(?<=…|\.{3})\s*(?:continue reading|read more)\b.{0,80}$/i;
/**
 * Desk initials such as "akl/as", "SD/PGH/DPB" or PIB's "MJPS/SR/DS/NH/AK" and "VK/SR/Savvy": short letter groups
 * joined by slashes (BTA's editor's between two: "/NZ/"; PAP's each closed by one, perhaps after a space: "mml/ kw/"); AFP's start with a bureau ("burs-sjw/jj"), BSS's end with the time filed ("BSS/GMR/1730 hrs", "BSS/SMJ/RY/1735").
 */
// … Lusa's, two desks' parted by a double slash ("ACL // VM"), dpa-AFX's between slashes ("/mk/ajx"), and Mehr's desk and item number
// ("FA/6123456").
// … and AIM's, the desk's initials and a number in brackets (the thirty-first sweep): "jh/pf/ (405)".
// … and PIB's "***" over its desk's initials on one line, the <br> between them gone ("*** MJPS/SR"; the thirty-third sweep).
const DESK_INITIALS = /^\s*\(?(?:\*{3,5}\s*[A-Z]{1,5}(?:\/[A-Z]{1,5}){1,5}(?:\s*\(Release ID:\s*\d+\))?|[a-z]{1,4}(?:\/[a-z]{1,4}){0,3}\/\s?\(\d{3,4}\)|\/[A-Z]{2,4}\/|[A-Z]{2,4}(?:\/[A-Z]{2,4})?\s?\/\/\s?[A-Z]{2,4}|\/[a-z]{1,4}(?:\/[a-z]{1,4}){1,3}|[a-z]{1,5}(?:-[a-z]{1,4})?(?:\/[a-z]{1,4}){1,5}|[a-z]{2,5}\/(?:\s?[a-z]{1,4}\/){1,4}|[A-Z]{1,5}(?:\/[A-Z]{1,5}){1,5}(?:\/\d{3,4}(?:\s*hrs?)?)?|[A-Z]{1,5}(?:\/[A-Z]{1,5}){0,5}\/[A-Z][a-z]{1,8}|[A-Z]{2}\/\d{7})\)?\s*$/;
/** How far into the page the dateline may sit behind a timestamp, the headline and its repeat. */
const DATELINE_SEARCH = 6;
const MAX_LEADING_CHROME = 200;
/** How copy ends a paragraph (a headline, even one that asks, a timestamp, a caption credit or a "Loading..." does not). */
const SENTENCE_END = /[\p{L}\d)]\.["”’]?$/u;
const MAX_CHROME_LINE = 400;
const END_MARK = /^(?:\*\s*){2,}$/;
const GOOGLE_NEWS_TAIL = 'View Full Coverage on Google News';
/**
 * A sign-off that is also an abbreviation of copy: a lone mark ("PTI", but also "AP" for Andhra Pradesh, "RSS" for
 * the Sangh) or two capital groups ("SK/RN", but also "SC/ST"). In a list they are items: they sign off only after copy.
 */
const BARE_SIGN_OFF = /^(?:\p{L}{2,12}|[A-Z]{1,5}\/[A-Z]{1,5})$/u;
/**
 * Acronyms of copy, not a desk's initials, when they stand alone as the last line joined by a slash: the sectors and groups a story
 * lists ("IT/ITES", "BPO/KPO", "AI/ML", "MSME/FMCG"), each part a word a reader knows (the thirty-sixth sweep: "IT/ITES" was dropped as
 * desk initials). Every part must be one, so "akl/as", "SD/PGH" and "VM/JS" still sign off.
 */
const COPY_ACRONYMS = new Set(['IT', 'ITES', 'BPO', 'KPO', 'BFSI', 'FMCG', 'MSME', 'MSMES', 'AI', 'ML', 'EV', 'EVS', 'GST', 'VAT', 'LPG', 'CNG', 'PNG', 'NRI', 'OCI', 'PIO', 'FDI', 'FPI', 'IPO', 'ESG', 'SME', 'SMES', 'OTT', 'AR', 'VR', 'IOT', 'ICT', 'STEM']);
function isCopyAcronyms(p: string): boolean {
  const parts = p.trim().split('/');
  return parts.length > 1 && parts.length <= 4 && parts.every((w) => COPY_ACRONYMS.has(w.toUpperCase()) && w === w.toUpperCase());
}
/** Emoji before a prompt; not ©, which begins a copyright line. */
const LEADING_SYMBOLS = /^(?:(?![©®])[\p{Extended_Pictographic}\uFE0F\u200D\s])+/u;

/** Whether a line may open with LEADING_SYMBOLS: of ASCII, only white space can (most lines open with a letter, and skip the Unicode test). */
function mayLeadWithSymbols(p: string): boolean {
  const first = p.charCodeAt(0);
  return first >= 0x80 || first === 0x20 || (first >= 0x09 && first <= 0x0d);
}

export interface WireCopy {
  paragraphs: string[];
  place: string | null;
  date: string | null;
  agency: string | null;
  dateline: string | null;
}

/** What the foot of the copy says: the agency's sign-off, or a release's place and date. */
interface SignOff {
  agency: string | null;
  place: string | null;
  date: string | null;
}

/**
 * A page's breadcrumbs above the copy, as the MEA's releases (mea.gov.in) carry them: "Home » Media Center » Press Releases",
 * or its sections a line each ("Media Center", "Press Releases"). A trail starts at "Home" or at one of those sections.
 */
const MEA_SECTIONS = String.raw`Media Cent(?:er|re)|Press Releases?|Press Briefings?|Media Briefings?|Speeches (?:&|and) Statements|Statements|Bilateral\/Multilateral Documents`;
const BREADCRUMB = new RegExp(String.raw`^(?:(?:Home|${MEA_SECTIONS})(?:\s*[»›>|/]\s*[\p{L}\d&'’(),. -]{1,60}?){1,6}|${MEA_SECTIONS})$`, 'iu');
const MAX_BREADCRUMBS = 4;
/**
 * The office a government release comes from, on a line of its own over it: PIB's "Ministry of Defence", "Prime Minister's
 * Office", "President's Secretariat", a foreign ministry's "Ministry of Foreign Affairs", the government's name over it ("Government of
 * Nepal", "Royal Government of Bhutan"), a mission's ("Embassy of India", "High Commission of India"; under a release, above its place and
 * date, it signs it: see cutFoot) (capitalised words only: a headline
 * says what the office did).
 */
/**
 * What a release is, as a line over it or as the whole of an item's title: "Press Release", "Media Advisory", "Joint Statement", "Press
 * Note" (PIB's), "Readout", GOV.UK's "News story" and "Speech", the Pentagon's "Release". Over the copy it goes (see withoutBreadcrumbs); as a title it says nothing of the story (see normalise.ts).
 */
export const RELEASE_KIND = /^(?:press (?:release|note|statement|communiqu[eé])|news release|release|news story|speech|(?:oral|written) statement to parliament|media (?:advisory|note)|joint (?:statement|press (?:release|statement))|statement|readout|for immediate release)s?\.?$/i;
/** What a release says it is, on a line of its own over it: "FOR IMMEDIATE RELEASE", the State Department's "Media Note". */
// … and the Pentagon's "IMMEDIATE RELEASE".
const RELEASE_KINDS = String.raw`(?:FOR )?IMMEDIATE RELEASE|For Immediate Release|Press Statement|Media Note|Media Advisory|Readout`;
const OFFICE_WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*|and|&|of|the)`;
const ISSUING_OFFICE = new RegExp(
  String.raw`^(?:(?:Ministry|Department) of ${OFFICE_WORD}(?:,? ${OFFICE_WORD}){0,6}|(?:Embassy|High Commission|Consulate General|Permanent Mission) of ${OFFICE_WORD}(?: ${OFFICE_WORD}){0,4}|(?:Prime Minister|President|Vice[- ]President|Chief Minister)['’]s (?:Office|Secretariat)|(?:Royal )?Government of ${OFFICE_WORD}(?: ${OFFICE_WORD}){0,5}|Office of the Spokesperson|${RELEASE_KINDS})$`,
  'u',
);

/**
 * The EU's title of a statement over its copy, who speaks for whom, on what: "Statement by the High Representative on behalf of the EU
 * on the elections in Georgia", "Declaration by the High Representative on behalf of the EU on …", "Statement by the Spokesperson on …"
 * (the thirty-sixth sweep: it stayed as the first paragraph). It is the release's title, as the item's own title says; over the first
 * sentence only, so "Statement by the High Representative was issued on Friday." is copy.
 */
const STATEMENT_HEADING = /^(?:(?:Joint )?Statement|Declaration|Remarks) by the (?:High Representative|Spokesperson)\b(?: on behalf of the (?:EU|European Union))?(?: (?:on|following|after|regarding|concerning) [^.!?]{1,160})?$/;
/**
 * Breadcrumbs, the issuing office, and a date alone, over the copy: the MEA's "November 26, 2026" under its headline, BBS's "Nov 26, 2026"
 * over the byline. Above the first line that ends a sentence only (a headline may stand above them); below it, a date
 * alone is a release's foot (see the sign-off rules).
 */
function withoutBreadcrumbs(paragraphs: string[]): string[] {
  const dropped = new Set<number>();
  for (let i = 0; i < MAX_BREADCRUMBS && i < paragraphs.length - 1; i++) {
    const p = paragraphs[i]!;
    if (p.length > 200 || SENTENCE_END.test(p)) break;
    if (BREADCRUMB.test(p) || ISSUING_OFFICE.test(p) || STATEMENT_HEADING.test(p) || UN_COVERAGE_HEAD.test(p) || UN_NEWS_TOPIC.test(p) || TRANSLATION_NOTE.test(p) || EMBARGO_LINE.test(p) || DATE_IN_FIGURES_ALONE.test(p) || SPOKESPERSON_OFFICE.test(p) || (p.length <= 40 && RELEASE_KIND.test(p)) || (/\d{4}$/.test(p) && DATE_ALONE.test(p)) || isIssuerOverKind(paragraphs, i)) dropped.add(i);
  }
  return dropped.size ? paragraphs.filter((_, i) => !dropped.has(i)) : paragraphs;
}

/**
 * The head of the UN's meetings coverage over the copy: the organ on a line of its own ("Security Council", "General Assembly", and
 * "Secretary-General" over "Statements and Messages") and the meeting ("9876th Meeting (AM)", "Eightieth Session, 45th & 46th Meetings (AM & PM)"), under the document symbol and the date.
 */
const UN_COVERAGE_HEAD = /^(?:Security Council|General Assembly|Economic and Social Council|Human Rights Council|Trusteeship Council|(?:Deputy )?Secretary-General|Statements and Messages|Meetings Coverage(?: and Press Releases)?|(?:\p{Lu}[\p{L}-]* Session, )?\d{1,5}(?:st|nd|rd|th)(?: (?:&|and) \d{1,5}(?:st|nd|rd|th))? (?:Plenary )?Meetings? \((?:AM|PM|AM (?:&|and) PM|Night)\))$/u;
/**
 * UN News's date and topic over its story, on one line or two: "27 November 2026 Peace and Security", "Climate and Environment" (the
 * thirty-fourth sweep). Its topics only, and over the copy only (see withoutBreadcrumbs).
 */
const UN_NEWS_TOPIC = new RegExp(String.raw`^(?:${DATE_ANY_CASE}\s+)?(?:Peace and Security|Humanitarian Aid|Climate and Environment|Climate Change|Human Rights|Health|Migrants and Refugees|Law and Crime Prevention|Economic Development|SDGs|Culture and Education|Women|UN Affairs)$`, 'u');
/** A translation's note over a government's release, as Japan's ministries and the Kantei set it: "(Provisional translation)", "[Tentative translation]". */
const TRANSLATION_NOTE = /^[[(]?(?:provisional|tentative|unofficial) (?:english )?translation[\])]?$/i;
/**
 * An embargo line over a release or an agency's advance copy, a time or a date in it: "EMBARGOED UNTIL 0001 GMT NOVEMBER 28", "Embargoed
 * until 00:01 GMT, Friday 28 November 2026", "EMBARGO: 00:01 hrs IST, November 28, 2026" (the thirty-fourth sweep). Over the copy only,
 * no sentence's end in it: "Embargoed until 2027, the deal …" goes on as copy.
 */
const EMBARGO_LINE = new RegExp(String.raw`^(?:STRICTLY |Strictly )?(?:EMBARGO(?:ED)?|Embargo(?:ed)?|UNDER EMBARGO|Under embargo)(?:\s*:|\s+(?:UNTIL|until|TILL|till|TO|to)\b)(?=[^.!?]{0,80}(?:${CLOCK}|\b\d{4}\s*(?:hrs?|HRS|${ZONES})\b|${DATE_ANY_CASE}))[^!?]{0,90}$`, 'u');
/** A date in figures alone, as the EEAS dates its statements over them: "27.11.2026". */
const DATE_IN_FIGURES_ALONE = new RegExp(String.raw`^${DATE_IN_FIGURES}$`);

/** The State Department's office over a readout, as its page prints it: in capitals, or run into the date ("Office of the Spokesperson November 26, 2026"). */
const SPOKESPERSON_OFFICE = /^Office of the Spokesperson(?:[\s,|–—-]+(?:\p{L}+\.? \d{1,2},? \d{4}|\d{1,2} \p{L}+,? \d{4}))?$/iu;

/**
 * The State Department's attribution over a readout or a statement: "The below is attributable to Spokesperson Jane Doe:", on its own
 * line or run into the copy's first sentence (a feed's one-paragraph description). It says whose words follow, as a byline does: the
 * release's furniture, not its copy. Only above the copy, over copy that starts with a capital: the opening line, or under the
 * lines a page sets over it that are no sentence (a heading restating the title, a date).
 */
// … and the Pentagon's: "The following statement is attributable to Pentagon Press Secretary John F. Kirby:".
const ATTRIBUTION = /^The (?:below|following)(?: statement| readout)? is attributable to (?:the )?(?:(?:Principal )?Deputy |Chief )?(?:Pentagon )?(?:Spokesperson|Spokesman|Press Secretary)(?: \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})?\s*:(?:\s+(?=["“‘]?\p{Lu})|$)/u;

function withoutAttribution(paragraphs: string[]): string[] {
  for (let i = 0; i < MAX_BREADCRUMBS && i < paragraphs.length; i++) {
    const line = paragraphs[i]!;
    const found = line.startsWith('The ') ? ATTRIBUTION.exec(line) : null;
    if (found) {
      const rest = line.slice(found[0].length);
      if (!rest && i === paragraphs.length - 1) return paragraphs;
      return [...paragraphs.slice(0, i), ...(rest ? [rest] : []), ...paragraphs.slice(i + 1)];
    }
    if (line.length > 200 || SENTENCE_END.test(line)) break;
  }
  return paragraphs;
}

/**
 * A body's name over the line saying what the release is: a party's, a company's, a council's ("Progressive Party of Maldives", then
 * "Press Release"). ISSUING_OFFICE knows the government's offices by their shape; any other issuer is known by the line under it.
 */
const ISSUER_NAME = /^(?:The )?\p{Lu}[\p{L}'’.&-]*(?: (?:of|for|and|&|the|\p{Lu}[\p{L}'’.&()-]*)){1,8}$/u;

function isIssuerOverKind(paragraphs: string[], i: number): boolean {
  const kind = paragraphs[i + 1];
  return !!kind && kind.length <= 40 && paragraphs[i]!.length <= 80 && RELEASE_KIND.test(kind) && ISSUER_NAME.test(paragraphs[i]!);
}

/**
 * A gallery's slide counter: "1/12", "[1 / 12]", "Photo 3 of 10", "Image 2 of 8", "Slide 4", alone on its line or run into the slide's
 * caption ("1/12 Soldiers rehearse…", "Photo 3 of 10: Soldiers…"; the caption opens with a capital: "1/3 of the budget…" and "Image 2 of
 * 8 was withdrawn…" are copy).
 */
const SLIDE_COUNTER = /^(?:[[(]?(?<n>\d{1,2})\s?\/\s?(?<m>\d{1,2})[\])]?|(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Ss]lide|PHOTO|IMAGE|SLIDE)\s(?<sn>\d{1,2})(?:\s(?:of|\/)\s(?<sm>\d{1,2}))?)(?:$|(?<sep>\s*[:|–—-]\s+|\s+)(?=["“‘]?\p{Lu}))/u;
/** The longest caption a counter takes with it: a longer paragraph under it is copy whose picture had no caption. */
const MAX_CAPTION = 300;
/** A caption's credit at its end: "(Photo: PTI)", "Photo credit: IANS", "REUTERS/Amit Dave". */
const CAPTION_CREDIT = /(?:\(?(?:[Pp]hoto|[Pp]ic|[Ii]mage|[Pp]icture)s?(?: [Cc]redit| [Cc]ourtesy)?\s*[:/|]\s*[^.()]{1,40}\)?|\b[A-Z]{2,8}\/\p{Lu}[\p{L} .'’-]{1,40})$/u;

interface Slide {
  n: number;
  total: number | null;
  /** Whether the counter stands alone on its line (its caption is the next paragraph). */
  alone: boolean;
}

/** A paragraph's slide counter, if it opens with one; a counter past its total ("24/7", "9/11" is 9 of 11 and passes) is none. */
function slideOf(p: string): Slide | null {
  const c = p.charCodeAt(0);
  // Digits, brackets, and the counters' words: most paragraphs open otherwise and skip the pattern.
  if (!((c >= 48 && c <= 57) || c === 91 || c === 40 || 'PpIiSs'.includes(p[0]!)) || p.length > MAX_CAPTION + 20) return null;
  const found = SLIDE_COUNTER.exec(p);
  if (!found) return null;
  const { n, m, sn, sm } = found.groups!;
  const count = Number(n ?? sn);
  const total = m ?? sm ? Number(m ?? sm) : null;
  if (count < 1 || (total !== null && count > total)) return null;
  return { n: count, total, alone: found[0].length === p.length };
}

/**
 * The copy without a gallery's counters and the captions under them. A counter alone on its line goes; the paragraph under it is its
 * caption when it is short and ends in a credit, or, in a gallery (two counters or more), when another counter or the copy's end
 * follows it or it is the last of the gallery's captions. A counter run into
 * its caption takes the paragraph when two such counters or more, one total between them, make a gallery, or it is spelled out with
 * its total ("Photo 3 of 10: …"): a lone "9/11 Families marched…" is copy.
 */
function withoutGalleries(paragraphs: string[]): string[] {
  const slides = paragraphs.map(slideOf);
  if (!slides.some(Boolean)) return paragraphs;
  const counters = slides.filter((s): s is Slide => s !== null);
  const gallery = counters.length >= 2;
  const drop = new Set<number>();
  for (const [i, slide] of slides.entries()) {
    if (!slide) continue;
    const p = paragraphs[i]!;
    if (slide.alone) {
      drop.add(i);
      if (isCaptionUnder(paragraphs, slides, i, gallery)) drop.add(i + 1);
    } else if ((gallery && counters.some((s) => s !== slide && !s.alone && s.total === slide.total)) || (slide.total !== null && /^[^\d(]/.test(p))) drop.add(i);
  }
  return paragraphs.filter((_, i) => !drop.has(i));
}

/** Whether the paragraph under the lone counter at `i` is its slide's caption (see withoutGalleries). */
function isCaptionUnder(paragraphs: string[], slides: (Slide | null)[], i: number, gallery: boolean): boolean {
  const caption = paragraphs[i + 1];
  if (caption === undefined || slides[i + 1] || caption.length > MAX_CAPTION || caption.endsWith(':')) return false;
  const slide = slides[i]!;
  // The last counter of a gallery whose slides each had a caption has one too, whether it is the gallery's last slide or a cut short gallery's.
  const captioned = gallery && ((slide.total !== null && slide.n === slide.total) || (i >= 2 && !!slides[i - 2]?.alone && !slides[i - 1]));
  // A lone counter's picture (NDTV's "Image 1 of 3" over the copy) may have had no caption: only a credit makes the line under it one.
  return CAPTION_CREDIT.test(caption) || (gallery && (i + 2 >= paragraphs.length || slides[i + 2] !== null || captioned));
}

/** What the feed knows of a story before its copy is read: the agency its byline or its outlet names. */
export interface WireContext {
  agency?: string | null;
  /** The outlet the feed is (its title as outletName reads it): its own "- Daily Mirror" credit line under the copy goes. */
  outlet?: string | null;
  /**
   * The feed is Myanmar's (its site on .mm, or the Myanmar News Agency's or the Global New Light of Myanmar's own feed): "MNA" there is
   * the Myanmar News Agency's, its sign-off under copy with no dateline or one from abroad too (Mehr's English copy is not carried there).
   */
  myanmar?: boolean;
}

export function cleanWireCopy(paragraphsIn: string[], context: WireContext = {}): WireCopy {
  // Clearing a Map allocates its table anew, empty or not: skipped when the story before asked nothing.
  if (chromeRuleMemo.size) chromeRuleMemo.clear();
  // A rights line run into a story of one paragraph goes before the dateline is read: ANSA's place after its mark is read only in copy
  // that ends as a sentence does ("(ANSA) - ROME, NOV 27 - … on Friday. ALL RIGHTS RESERVED © Copyright ANSA").
  const input = withoutRunInEnd(withRunInRulesParted(withoutRunInNotes(withoutGluedPrompts(withoutCreditsInCopy(withoutGluedBoxHeadings(withoutAttribution(withoutBreadcrumbs(withoutGalleries(withoutCarrierCredit(withoutLeadingCaption(withOwnOutletDateline(paragraphsIn.map((p) => p.trim()).filter(Boolean), context.outlet))))))))))));
  const read = datelineReader(labelsOf(input), teaserOf(input));
  const at = datelineIndex(input, read);
  const body = input.slice(at);
  // The dateline is read before the chrome rules see the copy: PIB's "Posted On: 25 NOV 2026…" reads as a timestamp.
  const found = takeDateline(body, read);
  // The paragraph a dateline opens is copy: a picture's note or credit run into its end ("… in October. (Representative image)") goes, not the paragraph.
  if (found && body[0] && PICTURE_NOTE_END.test(body[0]) && body[0].replace(PICTURE_NOTE_END, '')) body[0] = body[0].replace(PICTURE_NOTE_END, '');
  if (body[0] && SENTENCE_END_LOOSE.test(body[0])) body[0] = withoutLeadIn(body[0]);
  // A kicker before a headline ("Live: India vs Australia, 3rd Test, Day 2") is the page's, over the copy it links to.
  else if (!found && body[1] && KICKER.test(body[0]!) && looksLikeHeadline(body[0]!) && SENTENCE_END_LOOSE.test(body[1])) body.shift();
  const myanmar = context.myanmar === true;
  const own = (found?.mark && agencyOfMark(found.mark, found.place, myanmar)) || context.agency || null;
  // An inputs note naming one agency ("(With inputs from PTI)") credits it where nothing else names one (the thirty-fifth sweep).
  const inputs = inputsAgency(paragraphsIn.map((p) => p.trim()).filter(Boolean));
  // The country the dateline's place is in, where the gazetteer knows it (see countryOf): a bare "RSS" under Kathmandu copy signs off.
  const country = found?.place ? countryOf(found.place) : null;
  const cut = cutChrome(body, own, context.outlet?.toLowerCase() ?? null, found !== null, country);
  // A correction over the dateline, where an outlet may set it, is the reader's as it is under the copy (see CORRECTION).
  const paragraphs = at > 0 && input.slice(0, at).some((p) => CORRECTION.test(p)) ? [...input.slice(0, at).filter((p) => CORRECTION.test(p)), ...cut.paragraphs] : cut.paragraphs;
  // An agency's credit line above the dateline ("AFP | Bangkok" over "BANGKOK: …") names the agency as one below it does.
  const signOff = at > 0 ? withCredit(cut.signOff, creditAbove(input.slice(0, at))) : cut.signOff;
  // A picture desk's item is its caption (the fifty-sixth clustering round found such items left with their headline only): where the
  // rules left no copy, each caption's sentences stay and its credit goes (see captionSentences). A caption the rules kept whole as the
  // item's one paragraph, its credit being one they do not read ("EPA/NAME", "Handout via REUTERS"), loses the credit as well.
  if (paragraphs.length === 0) paragraphs.push(...input.flatMap(captionSentences));
  else if (paragraphs.length === 1) paragraphs[0] = captionSentences(paragraphs[0]!)[0] ?? paragraphs[0]!;
  if (!found) {
    const mna = myanmar && withoutMyanmarSignOff(paragraphs, null, true) ? 'Myanmar News Agency' : null;
    return { paragraphs, place: signOff.place, date: signOff.date, agency: signOff.agency ?? mna ?? inputs, dateline: null };
  }
  const { place, date, mark, text } = found;
  const mna = withoutMyanmarSignOff(paragraphs, place, myanmar) ? 'Myanmar News Agency' : null;
  return { paragraphs, place, date, agency: (mark && agencyOfMark(mark, place, myanmar)) ?? signOff.agency ?? mna ?? inputs, dateline: text || null };
}

/**
 * A picture's credit after its caption's last sentence, as the agencies' picture desks set it: Reuters' "REUTERS/Jane Doe/File Photo"
 * (a handout's "…/Handout via REUTERS", "Social Media/via REUTERS"), AP's "(AP Photo/John Smith, File)", AFP's and Getty's "(Photo by
 * Jane Doe / AFP)", EPA's "EPA-EFE/NAME", PTI's "(PTI Photo/Name)" with its picture code, "(ANI Photo)", "(Photo: IANS)", "BSS Photo",
 * "APP photo by Name", Xinhua's "(Xinhua/Li Ming)", Kyodo's and Yonhap's "(Kyodo)", China Daily's "[Photo/Xinhua]", Dawn's "— Reuters/File",
 * "(Representational image)"; Reuters' "ATTENTION EDITORS …" note and its licensing link after it go too.
 */
const CAPTION_CREDIT_TAIL = new RegExp(
  String.raw`(?<=[.!?"”’])\s+(?:[^()]{0,120}(?:\/|\b)(?:(?:Handout|Pool|File) )?via (?:REUTERS|AFP|AP|EPA)|(?:REUTERS|EPA(?:-EFE)?|EFE|AFP|ANP|dpa)\/\p{Lu}[\p{L}.'’ /-]{1,80}|\((?:AP|${marks}) (?:[Ff]ile )?(?:[Pp]hoto|PHOTO)(?:\/[^()]{1,60})?\)(?:\s*\([\w ]{1,40}\))?|\((?:[Pp]hoto|PHOTO)s? by [^()]{1,80}\)|\((?:${marks})\/\p{Lu}[^()]{1,40}\)|\(?(?:[Pp]hoto|[Pp]ic|[Ii]mage)s?(?: [Cc]redit| [Cc]ourtesy)?\s*[:|]\s*[^().]{1,40}\)?|\(?(?:${marks}) (?:[Ff]ile )?(?:[Pp]hoto|PHOTO)\)?(?: by [\p{L} .'’-]{1,40})?|(?:\(PHOTO NOT FOR SALE\)\s*)?\((?:Kyodo|Yonhap)\)|\[(?:[Pp]hoto|PHOTO)(?:\/| by )[^[\]]{1,60}\]|\((?:[Rr]epresentational|[Rr]epresentative|[Ff]ile) (?:image|photo|picture)\)|[—–]\s*(?:(?:${marks})(?:\/(?:File|file photo|screengrab))?|White Star|Photo (?:via|courtesy|by)\b.{1,60}|(?:[Ff]ile )?[Ss]creengrab))(?:\s+ATTENTION EDITORS\b.{0,300})?(?:\s+Purchase Licensing Rights(?:,? opens new tab)?)?$`,
  'u',
);
/** The fewest words a caption's sentences hold: "Dhaka, Nov 27." over a credit is no caption. */
const MIN_CAPTION_WORDS = 5;

/** A caption's sentences without its credit (see CAPTION_CREDIT_TAIL), or none where the paragraph is no credited caption. */
function captionSentences(p: string): string[] {
  const found = CAPTION_CREDIT_TAIL.exec(p);
  const sentences = found ? p.slice(0, found.index).trim() : '';
  return sentences.split(/\s+/).length >= MIN_CAPTION_WORDS ? [sentences] : [];
}

/**
 * An inputs note naming one agency by its mark, on its line or run into a paragraph's end after its sentence: "(With inputs from PTI)",
 * "— With inputs from IANS", "(With PTI inputs)", "Input: ANI", "Khaleej Times with inputs from WAM", Hindi's "(इनपुट: भाषा)". The note
 * goes as chrome; the agency it names is the story's when neither a dateline nor a sign-off names one (the thirty-fifth sweep: the copy
 * is the outlet's on the agency's copy). Inputs from several ("PTI, ANI") or from "agencies" name none.
 */
const INPUTS_MARK = String.raw`(${marks})`;
const INPUTS_NOTE = new RegExp(
  String.raw`(?:^(?:${OUTLET_NAME}\s+(?=with\b))?|(?<=[.!?"”’।])\s+)(?:[-–—(]\s*)*(?:(?:[Ww]ith|WITH)\s+(?:[Aa]dditional\s+)?(?:[Ii]nputs?|INPUTS?)\s+(?:[Ff]rom|FROM)\s+${INPUTS_MARK}|(?:[Ww]ith\s+)?${INPUTS_MARK}\s+[Ii]nputs?|(?:[Ii]nputs?|INPUTS?|इनपुट)\s*[:–—-]\s*${INPUTS_MARK}|${INPUTS_MARK}\s+(?:के\s+)?इनपुट(?:\s+के\s+साथ)?|[Ww]ith (?:a )?reports? from [^()]{1,80}?\/(${marks}|${SIGN_OFF_ONLY}))\.?\s*\)?\.?\s*$`,
  'u',
);
/** How much of a paragraph's end INPUTS_NOTE reads: the longest note fits. */
const INPUTS_TAIL = 100;
/** Under the copy or a line away from its end: a note higher up is the copy's own words. */
const INPUTS_LINES = 4;

function inputsAgency(paragraphs: string[]): string | null {
  for (const p of paragraphs.slice(-INPUTS_LINES)) {
    const tail = p.length > INPUTS_TAIL ? p.slice(-INPUTS_TAIL) : p;
    if (!/input|इनपुट|report/i.test(tail)) continue;
    const found = INPUTS_NOTE.exec(p.length > INPUTS_TAIL ? p.slice(-INPUTS_TAIL - 20) : p);
    const mark = found?.slice(1).find((m) => m !== undefined);
    const agency = mark === undefined ? undefined : markToAgency.get(mark.toLowerCase());
    if (agency) return agency;
  }
  return null;
}

/**
 * The Myanmar News Agency's sign-off under copy datelined in Myanmar, on its own line or run into the last sentence: "— MNA", "(MNA)".
 * Mehr's mark too, and a Pakistani lawmaker's initials: read only under a Myanmar dateline (see isInMyanmar), or in a feed of Myanmar's
 * (`myanmar`) under any dateline or none.
 */
const MYANMAR_SIGN_OFF = /(?:^|(?<=[.!?"”’]))\s*(?:[-–—]{1,2}\s*MNA|\(MNA\))\s*$/u;

/** Cuts MYANMAR_SIGN_OFF from the copy's end under a dateline from `place`, or in a feed of Myanmar's; whether it stood there. */
function withoutMyanmarSignOff(paragraphs: string[], place: string | null, myanmar: boolean): boolean {
  const last = paragraphs.at(-1);
  if (paragraphs.length < 2 || !last?.endsWith('MNA') && !last?.endsWith('MNA)') || !(myanmar || (place !== null && isInMyanmar(place)))) return false;
  const found = MYANMAR_SIGN_OFF.exec(last);
  if (!found) return false;
  if (found.index === 0) paragraphs.pop();
  else paragraphs[paragraphs.length - 1] = last.slice(0, found.index);
  return true;
}

/** A picture's note or credit in brackets at a paragraph's end: "(Representative image)", "(File photo)", "(Photo: PTI)", "(Image: X/@narendramodi)", "(PTI Photo)". */
const PICTURE_NOTE = String.raw`\((?:(?:file|representational|representative|symbolic) (?:photo|pic|image|picture)(?:\s*\/\s*[\p{L} .&]{1,30})?|(?:file )?(?:photo|pic|image|picture)(?: credit| courtesy| source)?\s*[:/|]\s*[\p{L}\d .&@/_-]{1,40}|(?:${marks}) (?:file )?(?:photo|pic))\)`;
const PICTURE_NOTE_END = new RegExp(String.raw`\s*${PICTURE_NOTE}$`, 'iu');
/**
 * A caption and its credit run into the copy's first paragraph, as Indian sites' feeds set the lead picture's: "Prime Minister Narendra
 * Modi. (Photo: PTI) New Delhi, Nov 27 (PTI) …", "Union Finance Minister Nirmala Sitharaman (File photo/PTI) The ministry …". One sentence
 * at most before the credit; what follows is the copy. Taken only where a dateline follows the credit (an agency's, or a staff one
 * naming a known place), or where the caption is a name and title alone, every word capitalised: "The minister spoke at the rally.
 * (Photo: ANI) She said …" is copy, and its credit is left to withoutCreditsInCopy.
 */
const LEADING_CAPTION = new RegExp(String.raw`^(?<caption>[^()]{0,160}?)\s*${PICTURE_NOTE}\s+(?=\p{Lu})`, 'iu');
const TITLED_NAME = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,9}\p{Lu}[\p{L}'’-]*\.?$/u;

function withoutLeadingCaption(paragraphs: string[]): string[] {
  const first = paragraphs[0];
  const found = first && first.includes('(') ? LEADING_CAPTION.exec(first) : null;
  if (!found) return paragraphs;
  const caption = found.groups!.caption!.trim();
  const rest = first!.slice(found[0].length);
  if (/[.!?]\s+\p{Lu}/u.test(caption)) return paragraphs;
  const dated = !!readAgencyShapes(rest)?.mark || isStaffEntry(rest);
  return dated || TITLED_NAME.test(caption) ? [rest, ...paragraphs.slice(1)] : paragraphs;
}

/** Words a bracketed label over the copy says that are not a paper's name: "[Updated]", "[Video]". */
const BRACKET_LABELS = /^(?:updated?|video|videos|photos?|gallery|watch|live|breaking|exclusive|opinion|editorial|analysis|audio|listen|podcast|sponsored|advertisement|read|explainer|watch video|update \d+)$/i;
/** AllAfrica's credit to the paper it carries, in brackets before the copy: "[Premium Times] Abuja — The Senate on Tuesday …". */
const CARRIER_CREDIT = new RegExp(String.raw`^\[(${OUTLET_NAME})\]\s+(?=\p{Lu})`, 'u');

/**
 * The copy without AllAfrica's bracketed credit to the paper it carries, so that the dateline after it is read. A bracketed
 * word in the copy ("[sic]", "[the minister]") is no paper's name, and a label ("[Updated]") is left to the rules that know it.
 */
function withoutCarrierCredit(paragraphs: string[]): string[] {
  const found = paragraphs[0] ? CARRIER_CREDIT.exec(paragraphs[0]) : null;
  if (!found || BRACKET_LABELS.test(found[1]!)) return paragraphs;
  return [paragraphs[0]!.slice(found[0].length), ...paragraphs.slice(1)];
}

/**
 * The copy with a paper's own dateline read as a staff one: its place, a dash and the paper's own name, as Asharq Al-Awsat opens its
 * English copy ("Beirut - Asharq Al-Awsat", a line of its own over the copy, or run into it). The name after the dash is no agency's
 * mark: alone, the line stayed as copy; run in, the place was read and the name left at the head of the sentence ("Asharq Al-Awsat
 * Lebanon reopened …"). Only the story's own outlet (the feed's name) after a place the gazetteer knows: "Beirut - Reuters" is read as
 * it was, and "Gaza - Hamas officials said …" is copy.
 */
const COPY_OPENS = /^["“‘]?[\p{Lu}\d]/u;

function withOwnOutletDateline(paragraphs: string[], outlet: string | null | undefined): string[] {
  const first = paragraphs[0];
  if (!outlet || !first || !first.toLowerCase().includes(outlet.toLowerCase())) return paragraphs;
  const found = new RegExp(String.raw`^(?<place>\p{Lu}[\p{L}'’ .-]{1,40}?)\s*[-–—]\s*(?:the\s+)?${escapeRegExp(outlet)}(?:\s*$|\s+(?<rest>["“‘]?[\p{Lu}\d][\s\S]*))`, 'iu').exec(first);
  const place = found?.groups!.place;
  if (!found || !place || !/^\p{Lu}/u.test(place) || !isKnownPlace(place)) return paragraphs;
  // The copy after it opens a sentence: "Beirut - Asharq Al-Awsat reported on Friday …" is one.
  const rest = found.groups!.rest;
  if (rest) return COPY_OPENS.test(rest) ? [`${place} - ${rest}`, ...paragraphs.slice(1)] : paragraphs;
  const next = paragraphs[1];
  return next && COPY_OPENS.test(next) ? [`${place} - ${next}`, ...paragraphs.slice(2)] : paragraphs;
}

/** A dateline as read: what it says, its own text, and how much of the paragraph it (and a byline before it) took. */
interface Dateline {
  place: string | null;
  date: string | null;
  mark: string | null;
  text: string;
  length: number;
  /** A byline or desk credit that names the place ("By Rezaul Karim | Dhaka"): the dateline proper may follow it. */
  credit: boolean;
}

/** Takes the dateline off the front of the copy, and one below a credit line that names the place. */
/** How many timestamp and chrome lines a dateline may stand below a byline. */
const MAX_SKIPPED_UNDER_CREDIT = 3;

function takeDateline(body: string[], read: ReadDateline): Dateline | null {
  let credit = placeAlone(body);
  let skipped = 0;
  while (body[0]) {
    const found = read(body[0], false) ?? read(body[0], true);
    // Under an agency's byline a page may set its timestamp and reading time before the dateline: NDTV's "Press Trust of India",
    // "Updated: …", "Read Time: 2 mins", then "Kochi: …". The chrome rules would drop those lines anyway.
    if (!found && credit && skipped < MAX_SKIPPED_UNDER_CREDIT && isLineAboveCopy(body[0], false)) {
      body.shift();
      skipped++;
      continue;
    }
    if (!found) return credit;
    // ANSA's "(ANSA) - ROME, NOV 26 - …", and a date before the mark with the place after it ("OCTOBER 14, 2004 (REUTERS) - SAN FRANCISCO -- …").
    const behind = found.mark && !found.place && !found.credit ? placeBehindMark(body[0].slice(found.length), read.speakers) : null;
    if (behind) {
      found.place = behind.place;
      found.date = behind.date ?? found.date;
      found.length += behind.length;
      found.text = body[0].slice(0, found.length).replace(/[\s:–—‒―|-]+$/, '').trim();
    }
    const rest = body[0].slice(found.length);
    if (!found.credit && swallowsSentence(body[0].slice(0, found.length), rest, !found.place && !behind)) return credit;
    if (rest) body[0] = rest;
    else body.shift();
    if (!found.credit) return { ...found, place: found.place ?? credit?.place ?? null, mark: found.mark ?? credit?.mark ?? null };
    credit = { ...found, place: found.place ?? credit?.place ?? null, mark: found.mark ?? credit?.mark ?? null };
  }
  return credit;
}

/**
 * A dateline with no separator after it ("Lima, 27 nov (EFE)", "NEW DELHI, Nov 27 (PTI)") is followed by the copy's first capitalised
 * word, not a lower-case one: "Lima, 27 nov (EFE) said …" and "Smith, Nov 27 (AFP) said …" are a sentence opening with a name, a date
 * and a mark, and stay whole (the fortieth sweep's copy loss). After a separator (".-", "-", "—", ":", "/") lower-case copy still reads.
 */
function swallowsSentence(dateline: string, rest: string, markAlone: boolean): boolean {
  if (!/[\p{L}\p{N})\]]\s*$/u.test(dateline)) return false;
  if (SENTENCE_GOES_ON.test(rest)) return true;
  // A mark alone before a name and a date that go on as a sentence ("(EFE) Lima, 27 nov said …"): the mark opens that sentence, as
  // the name does after the mark's dateline ("Lima, 27 nov (EFE) said …"), and the copy stays whole (the forty-first sweep).
  const named = markAlone ? NAME_AND_DATE.exec(rest) : null;
  return !!named && SENTENCE_GOES_ON.test(rest.slice(named[0].length));
}
/** A name and a date opening a sentence after a mark: "Lima, 27 nov ", "Paris, Nov 27, 2026 ", "Lima, 27 de noviembre ". */
const NAME_AND_DATE = new RegExp(String.raw`^(?:${CAPS_PLACE}|${NAMED_PLACE}),\s*(?:${DATE}|${DATE_ROMANCE})\.?\s+`, 'u');

/**
 * A sentence going on in lower case: two lower-case words ("said the", "reported that", "dijo el", "a indiqué"), or a reporting verb
 * before a capital ("said Friday"). One lower-case fragment before a capital ("com September 29, 2004, …", a clipped address in the
 * labelled copy the generated stories draw on) is not taken for one: the dateline over it still reads.
 */
const SENTENCE_GOES_ON = /^(?:\p{Ll}+[\s,]+[\p{Ll}\d"“«'‘]|(?:said|says|told|reported|announced|added|dijo|informó|anunció|afirmó|declaró|disse|informou)\s)/u;

/**
 * The place and date after the agency's mark, as ANSA sets its dateline: "(ANSA) - ROME, NOV 26 - …". A place and a date, or a
 * place the gazetteer knows: "(IANS) Modi — the prime minister…" names none.
 */
function placeBehindMark(rest: string, speakers: ReadonlySet<string>): Dateline | null {
  const behind = rest.length > 1 && isCapital(rest.charCodeAt(0)) ? readStaffShapes(rest, speakers) ?? datedPlaceBehindMark(rest) : null;
  return behind?.place && (behind.date || isKnownPlace(behind.place)) ? behind : null;
}

/**
 * ANSA's place in capitals and its date, between dashes, before copy in lower case: "(ANSA) - ROME, NOV 27 - the vote …". A staff
 * dateline must stand before a capital ("Mumbai: a city that never sleeps" is a sentence); behind the mark, a place in capitals, a
 * date and a spaced dash are a dateline's whatever the copy after them opens on (the forty-first sweep); a place in capitals alone
 * there, "(ANSA) - ROME - the …", if the gazetteer knows it (placeBehindMark; the forty-first sweep's own).
 */
const DATED_CAPS_BEHIND_MARK = new RegExp(String.raw`^(?<place>${CAPS_PLACE})(?:,\s*(?<date>${DATE})\.?)?\s+(?:--|[—–‒―-])\s+(?=["“‘]?\p{Ll})`, 'u');
function datedPlaceBehindMark(rest: string): Dateline | null {
  const found = DATED_CAPS_BEHIND_MARK.exec(rest);
  if (!found) return null;
  const { place, date } = found.groups!;
  return { place: place!, date: date ?? null, mark: null, text: found[0].replace(/[\s–—‒―-]+$/, '').trim(), length: found[0].length, credit: false };
}

/**
 * A known place alone on the first line, over a paragraph of copy ("ANKARA", then the story), is taken as a byline's
 * place is: the dateline proper may still follow. One only: a list of places opening the copy is the copy's.
 */
function placeAlone(body: string[]): Dateline | null {
  // The Hindu and Anadolu set a byline or a credit above the place and a timestamp under it: "Special Correspondent",
  // "NEW DELHI", "November 26, 2026 10:05 pm | Updated 10:30 pm IST", then the copy (the timestamp is left to the chrome rules).
  // The place is looked for first: the rules run on the lines around it only when there is one.
  let at = 0;
  let found: PlaceLine | null = null;
  for (; at < 3 && body[at] && !found; at++) found = placeLine(body[at]!);
  if (!found) return null;
  at--;
  if (!body.slice(0, at).every((p) => (isLineAboveCopy(p, true) || BARE_NAME.test(p)) && !isKnownPlace(p))) return null;
  let below = at + 1;
  while (below < at + 3 && body[below] && isLineAboveCopy(body[below]!, false)) below++;
  const next = body[below];
  if (!next || !COPY_END.test(next) || PLACE_ALONE.test(withoutDatelineEnd(next))) return null;
  body.splice(0, at + 1);
  // Matangi Tonga sets its place alone over the copy and the colon after it at the head of the copy's paragraph ("Nuku'alofa, Tonga",
  // then ": The water lens …"; the forty-fourth sweep: the colon stayed): the colon goes with the place, before a capital only.
  const copy = below - at - 1;
  if (body[copy]!.startsWith(':')) body[copy] = body[copy]!.replace(/^:\s+(?=["“‘]?\p{Lu})/u, '');
  return { ...found, mark: null, length: found.text.length, credit: true };
}

/**
 * A writer's name alone, as the Kathmandu Post ("Prithvi Man Shrestha") and Anadolu ("Ahmet Kaya") set it over the place: two to
 * four capitalised words, taken for a byline only there.
 */
const BARE_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}$/u;

interface PlaceLine {
  place: string;
  date: string | null;
  text: string;
}

/** A known place alone on its line, or with its date, as the Kathmandu Post and the Himalayan Times set it: "Kathmandu, November 26". */
function placeLine(p: string): PlaceLine | null {
  // ISPR sets "RAWALPINDI, Nov 26:" alone on its line, the copy under it.
  if (p.length > 60) return null;
  const stamp = p.includes('|') ? CLOCK_PLACE_DATE_ALONE.exec(p) : null;
  if (stamp) return isKnownPlace(stamp.groups!.place!) ? { place: stamp.groups!.place!, date: stamp.groups!.date!, text: p } : null;
  if (!/[\p{L}\d](?:\s*[:–—-])?$/u.test(p)) return null;
  const dated = p.includes(',') ? (PLACE_DATE_ALONE.exec(p) ?? withKnownRegion(PLACE_REGION_ALONE.exec(p))) : null;
  const place = dated ? dated.groups!.place! : withoutDatelineEnd(p);
  return (dated || PLACE_ALONE.test(place)) && isKnownPlace(place) ? { place, date: dated?.groups!.date ?? null, text: p } : null;
}

/** A place set alone with the colon or dash a dateline ends with ("NEW DELHI:", "WASHINGTON —"), without them. */
function withoutDatelineEnd(line: string): string {
  return line.replace(/\s*[:–—-]$/u, '');
}

/** A match whose region the gazetteer knows as a country or state and not as a place: "Thimphu, Paro" names two places. */
function withKnownRegion(found: RegExpExecArray | null): RegExpExecArray | null {
  return found && isKnownRegion(found.groups!.region!) && !isKnownPlace(found.groups!.region!) ? found : null;
}

/** A credit line naming no place (`credit`), or a line the chrome rules drop (a timestamp, a byline with its date). */
function isLineAboveCopy(p: string, credit: boolean): boolean {
  if (p.length > MAX_CREDIT_LINE) return false;
  // A press office's name heads its release as a byline does: "INTER SERVICES PUBLIC RELATIONS", then "Rawalpindi, November 26, 2026:".
  return (credit && (CREDIT_LINE.test(p) || PRESS_OFFICE.test(p))) || chromeRule(p)?.action === 'drop';
}

/** readDateline for one copy's paragraphs (its speakers fixed), each paragraph read once either way. */
type ReadDateline = ((p: string, staff: boolean) => Dateline | null) & { speakers: ReadonlySet<string> };

/**
 * datelineIndex reads the paragraphs down to the dateline, and takeDateline reads the one it stops at (or the first) again:
 * the answers are kept for the second read. Each answer is a copy, as takeDateline amends what it takes.
 */
function datelineReader(speakers: ReadonlySet<string>, teaser: string | null = null): ReadDateline {
  // A handful of paragraphs at most (DATELINE_SEARCH each way), and the same strings read again: a list compared by ===, not a Map
  // that would hash whole paragraphs.
  const paragraphs: string[] = [];
  const staffs: boolean[] = [];
  const answers: (Dateline | null)[] = [];
  const read = (p: string, staff: boolean) => {
    for (let i = 0; i < paragraphs.length; i++) {
      const known = answers[i] ?? null;
      if (staffs[i] === staff && paragraphs[i] === p) return known && { ...known };
    }
    const found = readDateline(p, staff, speakers, p === teaser);
    paragraphs.push(p);
    staffs.push(staff);
    answers.push(found);
    return found && { ...found };
  };
  return Object.assign(read, { speakers });
}

/**
 * A dateline at the start of the paragraph, or behind a kicker or a byline there ("By Staff Reporter NEW DELHI: …"):
 * one naming an agency, or (`staff`) a staff one or a credit line naming the place.
 */
function readDateline(p: string, staff: boolean, speakers: ReadonlySet<string>, teaser = false): Dateline | null {
  const found = readShapes(p, staff, speakers, teaser);
  if (found) return found;
  // PIB's regional office over its release ("PIB Delhi", "PIB Mumbai"): the agency, and the place where the gazetteer knows it.
  const office = staff && p.length <= MAX_PIB_OFFICE ? PIB_OFFICE.exec(p) : null;
  if (office && isKnownPlace(office.groups!.place!)) return { place: office.groups!.place!, date: null, mark: 'PIB', text: '', length: p.length, credit: true };
  const stamp = staff && p.length <= MAX_RELEASE_STAMP && /^(?:\p{Lu}\p{Ll}+ \d|(?:Le )?\d)/u.test(p) ? RELEASE_STAMP.exec(p) : null;
  const stamped = stamp?.groups;
  if (stamped) {
    return { place: stamped.place!, date: stamped.date!, mark: null, text: `${stamped.place}, ${stamped.region ?? stamped.regionFr}, ${stamped.date}`, length: p.length, credit: true };
  }
  const byline = staff && p.length <= MAX_AGENCY_BYLINE ? AGENCY_BYLINE.exec(p) : null;
  if (byline) return { place: null, date: null, mark: byline.groups!.mark!, text: '', length: p.length, credit: true };
  // A credit line is short (and a regex spared on every long paragraph is time saved on the ingest path).
  const credit = staff && p.length <= MAX_CREDIT_LINE ? (CREDIT_LINE.exec(p) ?? (p.includes(',') ? knownPlace(CREDIT_COMMA_PLACE.exec(p)) : null) ?? namePlace(p) ?? placeStamp(p) ?? (p.includes('|') ? knownPlace(PLACE_CREDIT.exec(p)) : null)) : null;
  if (credit?.groups!.place) return { place: credit.groups!.place, date: null, mark: null, text: credit.groups!.place, length: p.length, credit: true };
  // "By Dominic Giannini, AAP": the agency the byline names, a dateline proper may follow.
  const mark = credit?.groups!.mark ?? credit?.groups!.paMark;
  if (mark) return { place: null, date: null, mark, text: '', length: p.length, credit: true };
  const runIn = staff && p.includes('|') ? knownPlace(PLACE_CREDIT_RUN_IN.exec(p.slice(0, MAX_CREDIT_LINE))) : null;
  if (runIn) return { place: runIn.groups!.place!, date: null, mark: null, text: runIn.groups!.place!, length: runIn[0].length, credit: false };
  // Behind a credit, only a place is a dateline: "The Press Information Bureau (PIB) on Tuesday…" is a sentence.
  const lead = KICKER.exec(p) ?? CREDIT_LEAD_IN.exec(p) ?? outletCredit(p);
  const behind = lead ? readShapes(p.slice(lead[0].length), staff, speakers) : null;
  return behind?.place ? { ...behind, length: lead![0].length + behind.length } : null;
}

/** The copy's first sentence without the kicker, website or outlet a page or an aggregator put before it. */
function withoutLeadIn(p: string): string {
  const rest = p.replace(KICKER, '').replace(SITE_CREDIT, '');
  const outlet = outletCredit(rest);
  return outlet ? rest.slice(outlet[0].length) : rest;
}

/**
 * An outlet credited before the copy, tried only on a line with a spaced dash near its start (the names are many); a
 * dash that comes again in the sentence sets off an aside, as after a place ("Mint — the herb, not the paper — sold…").
 */
function outletCredit(p: string): RegExpExecArray | null {
  // The names are many: the words before the line's first spaced dash are looked up rather than matched one name at a time.
  const at = spacedDash(p);
  if (at < 0 || !OUTLET_NAMES.has((p.endsWith('.com', at) ? p.slice(0, at - 4) : p.slice(0, at)).toLowerCase())) return null;
  const dash = OUTLET_DASH.exec(p.slice(at));
  if (!dash || firstSentence(p.slice(at + dash[0].length)).includes(dash[0].trim())) return null;
  dash[0] = p.slice(0, at) + dash[0];
  return dash;
}

/** Where a line's first spaced dash stands near its start ("The Hindu — …"), or -1. */
function spacedDash(p: string): number {
  const head = p.slice(0, MAX_OUTLET_CREDIT + 2);
  let at = -1;
  for (const dash of [' -', ' —', ' –']) {
    const i = head.indexOf(dash);
    if (i > 0 && i <= MAX_OUTLET_CREDIT && (at < 0 || i < at)) at = i;
  }
  return at;
}
/** A paragraph's first sentence. */
function firstSentence(p: string): string {
  return p.split(/[.!?](?:\s|$)/, 1)[0]!;
}

/**
 * Whether the gazetteer knows each of a dateline's places: "New Delhi/Mumbai", and the state or country after one ("Bengaluru,
 * Karnataka", "Kabul, Afghanistan").
 */
function knownPlaces(place: string, region?: string): boolean {
  if (region !== undefined && !isKnownRegion(region)) return false;
  return place.includes('/') ? place.split('/').every(isKnownPlace) : isKnownPlace(place);
}

/** PLACE_STAMP, when the gazetteer knows the place. */
function placeStamp(p: string): RegExpExecArray | null {
  return p.length <= MAX_PLACE_STAMP && (p.includes('pdated') || p.includes('PDATED') || p.includes('●') || p.includes('•')) ? knownPlace(PLACE_STAMP.exec(p)) : null;
}

/**
 * The writer a byline over the copy names without "By", the writer then the place (NAME_PLACE: Kuensel's "Tshering Dorji | Gelephu",
 * BBS's "Kinley Wangchuk, Gelephu"), on the copy's first line only; the line leaves the copy as a credit (readDateline), and the name
 * was lost with it where the feed credits the paper alone (Kuensel's dc:creator "Kuensel").
 */
export function copyWriter(paragraphs: string[]): string | null {
  const first = paragraphs[0];
  return first ? (namePlace(first)?.groups!.name ?? null) : null;
}

/** NAME_PLACE, when the gazetteer knows the place and not the name. */
function namePlace(p: string): RegExpExecArray | null {
  const found = p.length <= 60 ? knownPlace(NAME_PLACE.exec(p)) : null;
  return found && !isKnownPlace(found.groups!.name!) ? found : null;
}

/** A match whose place the gazetteer knows, else null. */
function knownPlace(found: RegExpExecArray | null): RegExpExecArray | null {
  return found && isKnownPlace(found.groups!.place!) ? found : null;
}

function readShapes(p: string, staff: boolean, speakers: ReadonlySet<string>, teaser = false): Dateline | null {
  return staff ? readStaffShapes(p, speakers, teaser) : readAgencyShapes(p);
}

function readAgencyShapes(p: string): Dateline | null {
  const gated = p.charCodeAt(0) > 32;
  for (const { pattern, gate, knownUndated, knownPlace } of AGENCY_DATELINES) {
    if (gated && !gate(p)) continue;
    const found = pattern.exec(p);
    if ((knownUndated || knownPlace) && found && (knownPlace || !found.groups!.date) && !isKnownPlace(found.groups!.place!)) continue;
    if (found && !found.groups!.date && DATED_MARKS.has(found.groups!.mark!)) continue;
    if (found?.[0].trim() && !isNameAndInitials(found.groups!) && !opensClause(found, p)) return asDateline(found);
  }
  return null;
}
/**
 * Copy that goes on in lower case after a name and initials in brackets, with no date between, is a clause of the sentence they open,
 * not a dateline's copy, where nothing else makes the bracket a dateline's: no mark of a dash after it ("Sofia (BTA) said on Friday …",
 * "Madrid (EFE) correspondent Jane Doe reported …"), a name the gazetteer does not know before it ("Tan Wei Ming (PAP) — who chairs
 * …", "Awami National Party (ANP) - the province's …"), or the same dash again closing an aside ("The Hague (ANP) — the seat of the
 * government — hosts …"). A mark alone ("(Reuters) - …") and a known place before a dash ("BRUSSELS (BelTA) -- com. …", copy cut
 * mid-sentence) are datelines still, as is copy opening on a brand's capital inside its first word ("eBay Inc …", "iPhone").
 */
const LOWER_CASE_ON = /^\s*["“‘]?\p{Ll}(?!\p{Ll}*\p{Lu})/u;
const MAX_ASIDE = 80;
/**
 * … or further on in the first sentence (the thirty-first sweep): "The Hague (ANP) — the seat of the government and of the courts that
 * have sat in its Peace Palace since 1913 — hosts …" closes its aside past 80 characters.
 */
const MAX_LONG_ASIDE = 300;
function opensClause(found: RegExpExecArray, p: string): boolean {
  const { date, place, sep } = found.groups!;
  const rest = p.slice(found[0].length);
  if (date || !place?.trim() || !LOWER_CASE_ON.test(rest)) return false;
  const dash = sep?.trim();
  return !dash || !isKnownPlace(place.trim()) || (/^[-–—]+$/.test(dash) && (rest.slice(0, MAX_ASIDE).includes(` ${dash} `) || firstSentence(rest.slice(0, MAX_LONG_ASIDE)).includes(` ${dash} `)));
}

/** `teaser`: `p` is the whole of the copy, perhaps cut off mid-sentence (see teaserOf). */
function readStaffShapes(p: string, speakers: ReadonlySet<string>, teaser = false): Dateline | null {
  const cut = !COPY_END.test(p);
  if (cut && !(teaser && CUT_MID_SENTENCE.test(p))) return null;
  // The gates read a collapsed line: one that opens with a space, or holds a run of them near its start, is tried as it is.
  const gated = p.charCodeAt(0) > 32 && !/\s\s/.test(p.slice(0, 200));
  for (const { pattern, known, gate } of STAFF_DATELINES) {
    if (gated && !gate(p)) continue;
    const found = pattern.exec(p);
    // A region after the place is a known one, even where the place need not be ("Kabul, Afghanistan, Nov 26 —").
    const region = found?.groups!.region;
    if (found && isStaffDateline(found, p, speakers) && (known ? knownPlaces(found.groups!.place!, region) : region === undefined || isKnownRegion(region) || isStateCode(region, found.groups!.place!)) && (!cut || isCutSentence(p.slice(found[0].length), Boolean(found.groups!.date), found.groups!.sep!.trim() !== ''))) return asDateline(found);
  }
  return null;
}

/**
 * A teaser: the copy a feed cut off mid-sentence, with no ellipsis ("NEW DELHI The Supreme Court on Thursday asked the Centre to
 * explain why the"). Its last paragraph holds the copy when only short lines that are no sentences (a link, "Read more") follow it.
 */
const CUT_MID_SENTENCE = /[\p{Ll}\d,;]$/u;
const MAX_LINE_UNDER_TEASER = 80;
function teaserOf(paragraphs: string[]): string | null {
  let at = paragraphs.length - 1;
  while (at > 0 && paragraphs[at]!.length <= MAX_LINE_UNDER_TEASER && !SENTENCE_END_LOOSE.test(paragraphs[at]!)) at--;
  const p = paragraphs[at];
  return p && at < DATELINE_SEARCH && CUT_MID_SENTENCE.test(p) ? p : null;
}
/**
 * What follows a staff dateline in a teaser is a sentence cut off, not a headline: many words, most of them in lower case (a
 * headline under a place in capitals, "NEW DELHI Metro To Run Extra Trains", has few, capitalised). Six words after a date, twelve
 * after a place alone, which could as well be a headline's subject.
 */
const CUT_SENTENCE_WORDS = 6;
const CUT_SENTENCE_WORDS_UNDATED = 12;
function isCutSentence(rest: string, dated: boolean, separated: boolean): boolean {
  const words = rest.trim().split(/\s+/).length;
  if (words >= (dated ? CUT_SENTENCE_WORDS : CUT_SENTENCE_WORDS_UNDATED) && isMostlyLowerCase(rest)) return true;
  // A shorter one after a colon or a dash ("NEW DELHI: The Supreme Court on Thursday asked the") is a sentence cut off when it stops on a
  // word no headline ends on; run into the place with no mark it may still be a title's start, and stays, unless it also pegs its news to
  // a weekday in a lead's words ("CHANDIGARH The Punjab cabinet on Friday approved a new policy for"), as a title, capitalised, does not.
  // A headline's "X to do Y", its subject with no article ("NEW DELHI Metro to run extra trains on Friday for the"), is no lead.
  if (!separated) return words >= MIN_RUN_IN_WORDS && CUT_ON_FUNCTION_WORD.test(rest) && LEAD_WEEKDAY.test(rest) && !HEADLINE_INFINITIVE.test(rest);
  return words >= MIN_CUT_WORDS && CUT_ON_FUNCTION_WORD.test(rest);
}
const MIN_CUT_WORDS = 4;
const MIN_RUN_IN_WORDS = 6;
/** A lead's peg to its day, the preposition in lower case: "on Friday", "late on Thursday", "this Monday". */
/** Verbs a lead puts right before "to", in the tenses a lead tells news in (a headline's subject is a noun: "Metro to run"). */
const LEAD_VERB_BEFORE_TO = [
  'plans', 'planned', 'wants', 'wanted', 'seeks', 'sought', 'hopes', 'hoped', 'aims', 'aimed', 'expects', 'expected', 'intends', 'intended',
  'decided', 'decides', 'agreed', 'agrees', 'vowed', 'vows', 'pledged', 'pledges', 'promised', 'promises', 'threatened', 'threatens',
  'refused', 'refuses', 'failed', 'fails', 'tried', 'tries', 'proposed', 'proposes', 'offered', 'offers', 'declined', 'declines',
  'moved', 'moves', 'continues', 'continued', 'prepares', 'prepared', 'needs', 'needed', 'managed', 'began', 'begins', 'started',
  'starts', 'chose', 'chooses', 'appears', 'appeared', 'is set', 'was set', 'are set', 'were set', 'is likely', 'is expected',
  'has decided', 'have decided', 'has agreed', 'have agreed', 'has sought', 'is planning', 'are planning', 'is preparing',
  // The thirty-first sweep's: a vote's and a choice's ("MUMBAI Parliament voted to raise …", "Bengal opted to skip …").
  'voted', 'votes', 'opted', 'opts',
].join('|');
/**
 * A headline's future, a subject of one to three words with no article, then "to" and a verb: "Metro to run …", "Delhi govt to hike …".
 * A lead with a "to" so near its start has its verb before it ("The Centre plans to …", "India wants to …"), and a verb in a lead's
 * tense right before "to" (LEAD_VERB_BEFORE_TO: "India plans to raise …", "Punjab has decided to …") makes the line a lead, whose
 * subject has no article: a headline's "X to do Y" has none.
 */
const HEADLINE_INFINITIVE = new RegExp(String.raw`^\s*(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our)\s)(?!(?:\S+\s+){0,2}?(?:${LEAD_VERB_BEFORE_TO})\s+to\s)\S+(?:\s+\S+){0,2}\s+to\s+\p{Ll}`, 'u');
const LEAD_WEEKDAY = /\s(?:on|this|last)\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** A word in lower case a sentence goes on past: an article, a preposition, a conjunction, a possessive. */
const CUT_ON_FUNCTION_WORD = /\s(?:the|a|an|of|to|in|on|at|by|for|from|with|into|and|or|but|that|which|who|its|their|his|her|as|than)$/;

/** Whether half the words or more start in lower case, as a sentence's do and a headline's do not. */
function isMostlyLowerCase(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 >= words.length;
}

/** A US state's postal code after a place the gazetteer knows, as ANI's releases date from the US: "Washington, DC [US], November 27:". */
function isStateCode(region: string, place: string): boolean {
  return /^\p{Lu}{2}$/u.test(region) && isKnownPlace(place);
}

/**
 * A dateline's date as the story's reader reads it: the Ethiopian calendar's, ENA's "ኅዳር 17/2019", is the Gregorian day it is ("26
 * Nov 2026"; the thirty-third sweep), the dateline keeping it as written; any other date stays as written.
 */
function gregorianDate(date: string | null): string | null {
  return date !== null && /\p{sc=Ethi}/u.test(date) ? (ethiopianDayInGregorian(date) ?? date) : date;
}

function asDateline(found: RegExpExecArray): Dateline {
  const { place, date, dateAlone, mark, apaNews } = found.groups!;
  return {
    // Business Wire's place runs into the double hyphen before its mark: "SINGAPORE--(BUSINESS WIRE)--".
    place: place?.replace(/[\s-]+$/, '') || null,
    date: gregorianDate((date ?? dateAlone)?.trim() ?? null),
    mark: apaNews ? 'African Press Agency' : (mark ?? null),
    // EFE's full stop after the mark is its separator's ("(EFE).-"), as is Hindi copy's danda ("(आईएएनएस)।") and Amharic's preface
    // colon ENA sets after its mark ("(ኢዜአ)፦"; it stayed in the dateline until the thirty-third sweep).
    text: found[0].replace(/[\s:–—‒―|।፦-]+$/u, '').replace(/\)\.$/, ')').trim(),
    length: found[0].length,
    credit: false,
  };
}

/**
 * A staff dateline's place is not a label, a day, an agency or initials, and a name before a dash is not a person with an aside:
 * "Rahul Gandhi — the Congress leader — said…" has its dash twice in the sentence.
 */
function isStaffDateline(found: RegExpExecArray, p: string, speakers: ReadonlySet<string>): boolean {
  const place = found.groups!.place!;
  // … nor an outlet credited in capitals before the copy ("ECONOMYNEXT – …").
  if (NOT_PLACES.has(place.toUpperCase()) || markToAgency.has(place.toLowerCase()) || OUTLET_NAMES.has(place.toLowerCase()) || !(PLACE_END.test(place) || (place.includes(' ') && isKnownPlace(place)) || isScriptPlace(place)) || namesSpeaker(place)) return false;
  const dash = found.groups!.sep!.trim();
  if (dash === ':' && speakers.has(place)) return false;
  // A city in Arabic letters before a colon dates Urdu's and Persian's copy, not Arabic's, where the gazetteer's Persian names are words as
  // often ("مشهد: …", "scene:"; "قم"), nor a quotation that is the whole of the paragraph: the city speaks for its government ("تهران:
  // «…»", "Tehran: '…'"; the thirty-second sweep).
  if (dash === ':' && /\p{sc=Arab}/u.test(place) && (isArabicCopy(p.slice(found[0].length)) || WHOLE_QUOTATION.test(p.slice(found[0].length)))) return false;
  // Before a bare colon, one word in capitals is a place only when the gazetteer knows it ("ROME:", "PUNE:", "LEH:") or a region
  // follows it ("SOUTHFIELD, MICHIGAN:"): otherwise it is a body's initials ("RBI: The central bank…", "NDRF: Teams rescued…"),
  // which no list could hold.
  if (dash === ':' && !found.groups!.date && ONE_WORD_IN_CAPITALS.test(place) && !found[0].includes(',') && !isKnownPlace(place)) return false;
  if (dash === ':') return true;
  // A danda after a Hindi desk's credit (HINDI_DESK_DATELINE) ends the dateline, not a sentence of copy.
  if (dash === '।') return true;
  // No separator at all: the Himalayan Times' "KATHMANDU, NOV 26 The …", a known place and a date in capitals (see STAFF_DATED_BARE);
  // a region run into the copy only before a sentence, most of its words in lower case ("DELHI, Mumbai Top The List …" is a headline).
  if (dash === '') return !found.groups!.region || isMostlyLowerCase(firstSentence(p.slice(found[0].length)));
  // A full stop ends Trend's dateline ("BAKU, Azerbaijan, November 26.") and a Tanzanian one ("Dar es Salaam. The …"), but not a list
  // of places opening the copy ("Lagos. Abuja and Kano, …"): the next word is no place the gazetteer knows.
  // Without a date, only a place whose desks date so (STOP_DATELINE_PLACES), over a sentence that does not point back at it.
  if (dash === '.') {
    const rest = p.slice(found[0].length);
    if (!found.groups!.date && (!STOP_DATELINE_PLACES.has(placeKey(place)) || POINTS_BACK.test(rest))) return false;
    return !isKnownPlace(/^\s*["“‘]?(\p{Lu}[\p{L}'’-]*)/u.exec(rest)?.[1] ?? '');
  }
  // A hyphen sets off an aside only with spaces around it: "a multi-day trawler" holds none.
  const aside = dash === '-' || dash === '--' ? ` ${dash} ` : dash;
  return !firstSentence(p.slice(found[0].length)).includes(aside);
}

/**
 * A place with neither date nor dash after the mark, not in capitals as AP and Reuters write it, nor a known place, is a
 * name and its initials in a sentence: "Andhra Pradesh (AP) Chief Minister…", "Rashtriya Swayamsevak Sangh (RSS) chief…".
 */
function isNameAndInitials({ place, date, sep, pre, mark }: Record<string, string | undefined>): boolean {
  if (!place || date || sep !== '' || pre || place === place.toUpperCase()) return false;
  // A comma or colon before the mark ("Mumbai: (IANS) The Sensex…"), or a place the gazetteer knows ("Mumbai (IANS) The…"), is a
  // dateline; but not a known place whose own initials the mark is ("Andhra Pradesh (AP) Chief Minister…").
  return !isKnownPlace(place) || initials(place) === mark;
}

/** A name's initials: "Andhra Pradesh" → "AP". */
function initials(name: string): string {
  return name.split(/[\s-]+/).map((w) => w[0]!.toUpperCase()).join('');
}

/**
 * A page puts a timestamp and the headline (often twice), perhaps a standfirst, above the dateline: they
 * are not the story. Below a sentence, only a dateline with a date is one: a bare "(ANI)" there is the
 * sign-off of copy whose own dateline was not read, and taking it would throw the whole story away.
 * A dateline naming its agency is looked for first: a headline above it may read like a staff one ("ISRO: …").
 */
function datelineIndex(paragraphs: string[], read: ReadDateline): number {
  return datelineIndexOf(paragraphs, false, read) ?? datelineIndexOf(paragraphs, true, read) ?? 0;
}

/** Where the first dateline stands (0 if what is above it is copy), or null if there is none. */
function datelineIndexOf(paragraphs: string[], staff: boolean, read: ReadDateline): number | null {
  // A line the chrome rules drop does not count against the search: aggregators stack a byline, an editor, stamps, a read time and a
  // caption over the agency's dateline ("By PTI", "Published By : …", "Read Time: 3 mins", …), more lines than copy ever sets over it.
  for (let i = 0, searched = 0; i < paragraphs.length && searched < DATELINE_SEARCH; i++) {
    const found = read(paragraphs[i]!, staff);
    if (!found && !isDroppedChrome(paragraphs[i]!)) searched++;
    // A dateline that is the whole of the last paragraph opens no copy (PIB's stamp set under a release), nor does one that only
    // the release's foot follows ("(Release ID: 2195432) Visitor Counter : 56", desk initials): the copy above it would be lost.
    if (!found || (i > 0 && found.length >= paragraphs[i]!.length && paragraphs.slice(i + 1).every(isFootLine))) continue;
    const dated = Boolean(found.date);
    return paragraphs.slice(0, i).every((p) => (p.length <= MAX_LEADING_CHROME && (dated || !SENTENCE_END.test(p))) || isEditorsNote(p)) ? i : 0;
  }
  return null;
}

/** A PIB stamp among the lines under the end of the copy (its desk's initials, "***" and officers' credits) names the office and its city, as it does right under the copy. */
function pibStampBelow(input: string[], i: number): { agency: string; place: string } | null {
  for (let at = i + 1; at < input.length && at <= i + MAX_RELEASE_SIGNATURE + 1; at++) {
    const stamp = input[at]!.length <= 80 && input[at]!.includes('PIB') ? PIB_FOOT_STAMP.exec(input[at]!) : null;
    if (stamp) return { agency: 'PIB', place: stamp.groups!.place! };
  }
  return null;
}

/** A line of a release's foot under its stamp: one the chrome rules take, or desk initials. */
function isFootLine(p: string): boolean {
  return p.length <= 80 && (DESK_INITIALS.test(p) || chromeRule(p) !== undefined);
}

/** A short line a chrome rule drops (the dateline search skips it). */
function isDroppedChrome(p: string): boolean {
  return p.length <= MAX_LEADING_CHROME && chromeRule(p)?.action === 'drop';
}

/** AP's note to editors over its dateline: "EDITOR’S NOTE: This story contains graphic details." (the page's, not the story's). */
const EDITORS_NOTE = /^editor['’]s note\s*[:—–-]/i;
const MAX_EDITORS_NOTE = 400;

function isEditorsNote(p: string): boolean {
  return p.length <= MAX_EDITORS_NOTE && EDITORS_NOTE.test(p);
}

/** `own`: the story's agency, by its dateline, its byline or its feed, which a mark that is a word too signs off alone (see isStrayMark). */
/** `dated`: a dateline opened the copy (see SHARED_OUTLET_NAMES); `country`: the country its place is in, where countryOf knows it. */
function cutChrome(input: string[], own: string | null, outlet: string | null = null, dated = false, country: string | null = null): { paragraphs: string[]; signOff: SignOff } {
  const paragraphs: string[] = [];
  let skippingList = 0;
  /** How many links of the block skippingList counts down have gone. */
  let listed = 0;
  let signedOff: SignOff | null = null;
  /** The agency an agency's own footer names (Anadolu's), and the place a release's stamp does (PIB's), when no sign-off does. */
  let footer: { agency: string | null; place: string | null } = { agency: null, place: null };
  /** What an agency's credit line of its own names ("— Reuters, London", "AFP | Bangkok"), the first one. */
  let credit: Credit | null = null;
  /** Where the copy goes on after an entry's sign-off (a live blog's, a round-up's), and whether a sign-off ended it. */
  let resume = 0;
  let ended = false;
  /** Where an Instagram embed's "View this post on Instagram" stood among the kept paragraphs: its caption follows it. */
  let embedAt: number | null = null;
  for (const [i, p] of input.entries()) {
    if (i < resume) continue;
    if (skippingList > 0) {
      // A line of chrome under a block's links (a prompt, another box's heading) is read as chrome, not taken for a link.
      const chrome = p.length <= MAX_CHROME_LINE && chromeRule(p) !== undefined;
      if (!chrome && isListedLink(input, i, listed, own)) {
        skippingList--;
        listed++;
        continue;
      }
      if (!chrome) skippingList = 0;
    }
    // A Cyrillic agency's mark alone under the last sentence, between slashes or in brackets ("/ТАСС/", "(БЕЛТА)"), signs it off.
    const cyrillic = paragraphs.length > 0 && p.length <= MAX_CYRILLIC_MARK_LINE && endsCopy(paragraphs.at(-1)!) ? CYRILLIC_MARK_ALONE.exec(p) : null;
    if (cyrillic && isLastOfCopy(input, i)) {
      signedOff ??= agencySignOff(cyrillic[1] ?? cyrillic[2]!);
      ended = true;
      paragraphs.push(...correctionsIn(input.slice(i + 1)));
      break;
    }
    // The story's own agency's dated mark alone in brackets under the last sentence ("(AIM)" under "Maputo, 27 Nov (AIM) -"), signs it off:
    // the initials are others' as often, so under any other agency's copy, or none, the line stays (the thirty-first sweep). Bare too, as
    // written (the fortieth sweep): "LANA" under LANA's copy.
    const dated = own !== null && paragraphs.length > 0 && p.length <= MAX_DATED_MARK_LINE && endsCopy(paragraphs.at(-1)!) ? DATED_MARK_ALONE.exec(p) : null;
    const datedMark = dated ? (dated[1] ?? dated[2]!) : null;
    if (datedMark !== null && agencyOfMark(datedMark, null) === own && isLastOfCopy(input, i)) {
      signedOff ??= agencySignOff(datedMark);
      ended = true;
      paragraphs.push(...correctionsIn(input.slice(i + 1)));
      break;
    }
    // KUNA's stamp with its desk's initials before it ("aa.gta KUNA 271005 NOV 26"), or those initials alone over its stamp or under its
    // copy, "(end)" lost or never set (the thirty-fifth sweep): the copy's end. Dotted words alone under any other copy stay.
    const kuna = paragraphs.length > 0 && p.length <= 40 && endsCopy(paragraphs.at(-1)!) ? kunaFoot(input, i, own) : false;
    if (kuna) {
      signedOff ??= agencySignOff('KUNA');
      ended = true;
      paragraphs.push(...correctionsIn(input.slice(i + 1)));
      break;
    }
    if (own !== null && paragraphs.length > 0 && OWN_EDITOR_INITIALS[own]?.test(p) && endsCopy(paragraphs.at(-1)!) && isLastOfCopy(input, i)) {
      ended = true;
      paragraphs.push(...correctionsIn(input.slice(i + 1)));
      break;
    }
    const signOff = p.length <= MAX_SIGN_OFF_LINE ? (SIGN_OFF.exec(p) ?? INDIC_SIGN_OFF.exec(p) ?? JAPANESE_SIGN_OFF.exec(p)) : null;
    // Kyodo's and Yonhap's credit alone under a picture whose caption the feed dropped ("(Kyodo)"), with copy still below it.
    // … and an Indian agency's picture credit alone between paragraphs ("पीटीआई फोटो", hunt8): the caption's, dropped; the copy goes on.
    if (signOff && (PICTURE_CREDIT.test(p) || INDIC_PICTURE_LINE.test(p)) && !isLastOfCopy(input, i)) continue;
    // Desk initials under a sign-off run into the last sentence ("… on Monday. -- BERNAMA", then "NMA/ZIM") sign off as under a sentence.
    const runIn = paragraphs.length > 0 && !signOff && BARE_SIGN_OFF.test(p) && !endsCopy(paragraphs.at(-1)!) && DESK_INITIALS.test(p) ? trailingSignOff(paragraphs.at(-1)!, own) : null;
    const signsOff = paragraphs.length > 0 && (!BARE_SIGN_OFF.test(p) || endsCopy(paragraphs.at(-1)!) || (runIn !== null && runIn.at > 0));
    const initialled = !signOff && DESK_INITIALS.test(p) && signsOff && !isCopyAcronyms(p);
    if ((signOff && signsOff && !isStrayMark(p, signOff[1]!, own, country)) || initialled) {
      // The story's agency is its first entry's.
      if (signOff) signedOff ??= agencySignOff(signOff[1]!);
      else if (runIn && runIn.at > 0) signedOff ??= agencySignOff(runIn.mark);
      resume = entryAfter(input, i, own);
      if (resume > i) continue;
      ended = true;
      footer = pibStampBelow(input, i) ?? footer;
      paragraphs.push(...correctionsIn(input.slice(i + 1)));
      break;
    }
    // PIB's "***" over its officers' credits ("PIB Mumbai | S.Kane/ D.Rane", "Lt Col Nikhil Dhawan") ends the copy, as desk initials do.
    // Below any end of the copy, a correction is still the reader's: it stays, the rest goes.
    if (paragraphs.length > 0 && END_MARK.test(p) && isReleaseSignature(input, i)) {
      footer = pibStampBelow(input, i) ?? footer;
      paragraphs.push(...correctionsIn(input.slice(i + 1)));
      break;
    }
    if (paragraphs.length > 0 && RELEASE_END.test(p) && isSectionBreak(input, i, own)) {
      paragraphs.push(p);
      continue;
    }
    if (paragraphs.length > 0 && AP_RULE.test(p) && opensDatelinedSection(input, i, own)) continue;
    // Chrome is a short line; a long paragraph is copy (and skipping it keeps the unanchored rules cheap).
    let rule = p.length <= MAX_CHROME_LINE ? chromeRule(p) : undefined;
    if (rule?.notLast && isLastOfCopy(input, i) && !signsOffBelow(input, i)) rule = undefined;
    // A paragraph that reports what someone said is copy a stitched story signs with its agency, not a caption: it stays whole.
    if (rule?.pattern === DAWN_AGENCY_CAPTION && REPORTED.test(p)) rule = undefined;
    // A spokesperson's role over copy is a line of a transcript or a list: as a contact, only its numbers and chrome follow it.
    if (rule?.pattern === PRESS_CONTACT_ROLE && !isContactFoot(input, i)) rule = undefined;
    // A box's heading over a sentence of copy is a subhead: it goes, the copy stays.
    if (rule?.box && paragraphs.length > 0 && headsCopy(input, i) && !isTeaserBox(input, i, paragraphs.at(-1)!, own)) continue;
    // A related box between paragraphs of copy, its links under it and the copy going on below them: the box goes, the copy stays.
    const under = rule?.related && paragraphs.length > 0 && endsCopy(paragraphs.at(-1)!) ? copyUnderBox(input, i, own) : -1;
    if (under > i) {
      resume = under;
      continue;
    }
    if (rule?.action === 'cut' && paragraphs.length > 0) {
      footer = { agency: rule.agency ?? null, place: rule.pattern.exec(p)?.groups?.place ?? null };
      if (rule.pattern === PRO_OFFICE && paragraphs.length > 1 && RANKED_OFFICER.test(paragraphs.at(-1)!)) paragraphs.pop();
      if (rule.pattern === PRESS_OFFICE && paragraphs.length > 1 && SERVICE_NAME.test(paragraphs.at(-1)!)) paragraphs.pop();
      if (rule.pattern === PRESS_CONTACT_ROLE && paragraphs.length > 1 && BARE_NAME.test(paragraphs.at(-1)!)) paragraphs.pop();
      paragraphs.push(...correctionsIn(input.slice(i + 1)));
      break;
    }
    // Above the copy, a block heading heads its links as a list's does ("Trending", then headlines, then the story).
    if (rule?.action === 'list' || rule?.action === 'cut') skippingList = 5;
    if (rule?.action === 'label') skippingList = 1;
    if (rule?.action === 'list' || rule?.action === 'cut' || rule?.action === 'label') listed = 0;
    if (rule?.action === 'post') dropPost(p, paragraphs);
    if (rule && EMBED_OPENS.test(p)) embedAt = paragraphs.length;
    else if (rule && embedAt !== null && EMBED_CLOSES.test(p)) {
      if (paragraphs.length - embedAt <= MAX_EMBED_CAPTION) paragraphs.length = embedAt;
      embedAt = null;
    }
    if (rule?.pattern === DESK_CREDIT_LINE) credit ??= creditOf(p);
    // ISPR's release number credits ISPR under the copy as over it ("No PR-185/2026-ISPR"; the thirty-third sweep).
    if (rule && p.length <= MAX_CREDIT_OF && ISPR_HEAD.test(p)) credit ??= { agency: 'ISPR', place: null };
    if (rule) continue;
    const entrySigned = i + 1 < input.length && !SENTENCE_END_LOOSE.test(p) ? withoutEntrySignOff(p, input, i, own) : null;
    if (entrySigned) signedOff ??= agencySignOff(entrySigned.mark);
    paragraphs.push(entrySigned?.copy ?? p);
  }
  const kept = withoutRunInEnd(withAboutBoxOverFoot(withoutLinkLabels(withoutPostLinks(paragraphs))));
  // The foot is not read once a sign-off ended the copy: the last entry's own sign-off run into its last sentence goes here.
  // KUNA's "(end) aa.gta" run into the last sentence goes too, over its stamp ("KUNA 271005 NOV 26").
  if (signedOff && ended) return { paragraphs: withoutTrailingEnd(withoutTrailingSignOff(kept, own)), signOff: withCredit(signedOff, credit) };
  const foot = cutFoot(kept, own, outlet, dated, country);
  if (signedOff) return { paragraphs: kept, signOff: withCredit(signedOff, credit) };
  return { paragraphs: kept, signOff: withCredit({ ...foot, agency: foot.agency ?? footer.agency, place: foot.place ?? footer.place }, credit) };
}

/** Whether the line at `i` is KUNA's foot: its stamp after its desk's initials, or the initials alone over its stamp or under its copy. */
function kunaFoot(input: string[], i: number, own: string | null): boolean {
  const p = input[i]!;
  if (p.includes('KUNA')) return KUNA_STAMP_LINE.test(p) && /[a-z]/.test(p.slice(0, 2)) && isLastOfCopy(input, i);
  if (!KUNA_INITIALS_LINE.test(p)) return false;
  const next = input[i + 1];
  return (own === 'KUNA' || (next !== undefined && KUNA_STAMP_LINE.test(next))) && isLastOfCopy(input, i);
}

/** An agency's credit line of its own: the agency, and its bureau where the gazetteer knows it as a place. */
interface Credit {
  agency: string;
  place: string | null;
}

/** What DESK_CREDIT_LINE reads on `p` as an agency's credit ("AFP | Bangkok"): an outlet's desk ("Gulf News Report") names none. */
function creditOf(p: string): Credit | null {
  const groups = DESK_CREDIT_LINE.exec(p)?.groups;
  const agency = groups?.mark ? markToAgency.get(groups.mark.toLowerCase()) : undefined;
  if (!agency) return null;
  return { agency, place: groups!.bureau && isKnownPlace(groups!.bureau) ? groups!.bureau : null };
}

/**
 * ISPR's own lines over its release's dateline: its release number ("No PR-123/2026-ISPR") and its name ("INTER SERVICES PUBLIC
 * RELATIONS"). They credit the release to ISPR as an agency's credit line does; a foreign office's "No. 345/2026" names no one.
 */
const ISPR_HEAD = /^(?:No\.?\s*PR[-\s]?\d{1,4}\/\d{4}-ISPR|inter[- ]services public relations(?: \(ISPR\))?(?: directorate)?)\.?$/i;

/** The first agency's credit line of its own among the lines over the dateline. */
function creditAbove(lines: string[]): Credit | null {
  for (const p of lines) {
    const credit = p.length <= MAX_CREDIT_OF ? creditOf(p) : null;
    if (credit) return credit;
    if (p.length <= MAX_CREDIT_OF && ISPR_HEAD.test(p)) return { agency: 'ISPR', place: null };
  }
  return null;
}
/** The sign-off's agency, else the credit's; the credit's bureau as the place where the sign-off names none and the agencies agree. */
function withCredit(signOff: SignOff, credit: Credit | null): SignOff {
  if (!credit) return signOff;
  const agency = signOff.agency ?? credit.agency;
  return { ...signOff, agency, place: signOff.place ?? (agency === credit.agency ? credit.place : null) };
}

/**
 * A new entry of a live blog or a round-up under an entry's sign-off: its time or "UPDATE" head alone on a line ("11:05 IST",
 * "Updated 2:15 PM IST"), or a dateline naming its agency ("Patna, Nov 26 (IANS) …"), over a sentence of copy. A box's bare
 * headlines have none ("Mumbai, Nov 26 (PTI) Sensex ends higher"), and go with the rest.
 */
const ENTRY_HEAD = new RegExp(String.raw`^(?:(?:UPDATE|UPDATED|Update|Updated)(?:\s+at|\s*[:|–—-])?(?:\s*${CLOCK}(?:\s*\(?(?:${ZONES})\)?)?)?|${CLOCK}(?:\s*\(?(?:${ZONES})\)?)?)$`, 'u');
const MAX_ENTRY_HEAD = 40;
/**
 * An entry's copy opens with a sentence of a few words at least (a headline ending in a full stop is shorter); Hindi's ends with the
 * danda, after a vowel sign as often as a letter ("…जीत लिया है।").
 */
const ENTRY_SENTENCE = /[\p{L}\p{M}\d)][.!?।۔]["”’]?$/u;
const MIN_ENTRY_WORDS = 6;
/** How many more sign-off and initials lines may stand under an entry's first ("--IANS", "akl/as"). */
const MAX_SIGN_OFF_LINES = 3;

/** Where the copy goes on after the sign-off at `i`: a new entry's first paragraph, or -1 where nothing but chrome follows. */
function entryAfter(input: string[], i: number, own: string | null): number {
  let j = i + 1;
  while (j < input.length && j - i <= MAX_SIGN_OFF_LINES && isSignOffLine(input[j]!)) j++;
  const p = input[j];
  if (p === undefined) return -1;
  if (p.length <= MAX_ENTRY_HEAD && ENTRY_HEAD.test(p)) return input[j + 1] !== undefined && isEntryCopy(input[j + 1]!, own) ? j + 1 : -1;
  if (!isEntryCopy(p, own)) return -1;
  return readAgencyShapes(p)?.mark || isStaffEntry(p) || isSignedRun(input, j, own) ? j : -1;
}

/**
 * An entry under a staff dateline whose place the gazetteer knows ("NEW DELHI: …", "MUMBAI, Nov 26: …", "Islamabad: …"), as a
 * live page's own desk files between the agencies' entries.
 */
function isStaffEntry(p: string): boolean {
  const place = readStaffShapes(p, NO_SPEAKERS)?.place;
  return !!place && knownPlaces(place);
}

/** The most paragraphs of an entry with no head that a sign-off of its own must close. */
const MAX_UNHEADED_ENTRY = 8;

/**
 * An entry with no head at all: sentences of copy, none of them chrome, that end in a sign-off of their own, on a line below them
 * ("(ANI)", "--IANS", desk initials) or run into the last ("… for assent. --IANS"). Text between two sign-offs is copy; a box of
 * headlines, an "Also read" block or a page's prompts are no sentences, or are chrome, and still go.
 */
function isSignedRun(input: string[], from: number, own: string | null): boolean {
  for (let k = from; k < input.length && k - from < MAX_UNHEADED_ENTRY; k++) {
    const p = input[k]!;
    if (k > from && signsOffEntry(p, own)) return true;
    if (!isEntryCopy(p, own) || (p.length <= MAX_CHROME_LINE && chromeRule(p) !== undefined)) return false;
    const trailing = trailingSignOff(p, own);
    if (trailing && trailing.at > 0) return true;
  }
  return false;
}

/** A sign-off line or desk initials on a line of their own, not a mark that is as often a word under another agency's copy. */
function signsOffEntry(p: string, own: string | null): boolean {
  if (p.length > MAX_SIGN_OFF_LINE) return false;
  const signOff = SIGN_OFF.exec(p) ?? INDIC_SIGN_OFF.exec(p);
  return signOff ? !isStrayMark(p, signOff[1]!, own) : DESK_INITIALS.test(p);
}

function isSignOffLine(p: string): boolean {
  return p.length <= MAX_SIGN_OFF_LINE && (SIGN_OFF.test(p) || INDIC_SIGN_OFF.test(p) || DESK_INITIALS.test(p));
}

/** A sentence of a few words, perhaps signed off at its end (an entry of one paragraph: "…members protested. (ANI)"). */
function isEntryCopy(p: string, own: string | null): boolean {
  const copy = ENTRY_SENTENCE.test(p) ? p : p.slice(0, trailingSignOff(p, own)?.at ?? 0).trim();
  return ENTRY_SENTENCE.test(copy) && copy.split(' ', MIN_ENTRY_WORDS).length === MIN_ENTRY_WORDS;
}

/** An entry's last paragraph with its sign-off run into it ("…the vote. --PTI"), when a new entry follows: the copy without it. */
function withoutEntrySignOff(p: string, input: string[], i: number, own: string | null): { copy: string; mark: string | null } | null {
  const trailing = trailingSignOff(p, own);
  if (!trailing || trailing.at === 0 || entryAfter(input, i, own) < 0) return null;
  return { copy: p.slice(0, trailing.at).trim(), mark: trailing.mark };
}

/**
 * A release's box about who issued it, its heading a name ("About the Ministry", "About Acme Power"), its paragraphs
 * under it to the end, the first naming it ("The Ministry of …", "Acme Power is …"). Only at the end, after a sentence of the
 * copy, and a few paragraphs long: "About the Scheme" over the rest of a long story is a section of it.
 *
 * The box is the release's, as its issuer wrote it, and stays (the fifty-eighth round: it went, and with it PR Newswire's "About Pacific
 * Rail" and the paragraph under it, while GlobeNewswire's, its heading run into its words, stayed; nothing in a feed marks the box apart
 * from the release). A release's place and date over the box ("Mumbai, November 26, 2026", "About Acme Power", …) close the release:
 * they are put under the box, where the foot is read and goes, as one under it already is. A writer's box under a story, the same
 * heading over the writer's trade ("About Rahul Bedi", "Rahul Bedi is the India correspondent for Defense News."), is the page's, and
 * goes as before.
 */
const ABOUT_HEADING = /^About (?:[Tt]he )?(?<name>\p{Lu}[\p{L}\d.&'’-]*)(?: (?:of|for|and|&|the|\p{Lu}[\p{L}\d.&'’-]*)){0,8}\s*:?$/u;
const MAX_ABOUT_BOX = 4;
const MAX_ABOUT_HEADING = 80;
/** A writer's box: the name, then what the writer is at the paper ("… is the India correspondent for Defense News", "… is a reporter …"). */
const WRITER_BIO = /^[^.]{1,60}? (?:is|was|has been) (?:an?|the)\b[^.]{0,60}?\b(?:correspondent|reporter|writer|editor|journalist|columnist|contributor|producer|photographer|photojournalist)s?\b/;

function withAboutBoxOverFoot(paragraphs: string[]): string[] {
  const below = releaseFoot(paragraphs, paragraphs.length);
  for (let i = paragraphs.length - 1; i >= 1 && i >= paragraphs.length - 1 - MAX_ABOUT_BOX - below; i--) {
    const p = paragraphs[i]!;
    if (!p.startsWith('About ') || p.length > MAX_ABOUT_HEADING) continue;
    const name = ABOUT_HEADING.exec(p)?.groups!.name;
    const above = name ? releaseFoot(paragraphs, i) : 0;
    if (!name || i - 1 - above < 0 || !SENTENCE_END_LOOSE.test(paragraphs[i - 1 - above]!)) continue;
    const next = paragraphs[i + 1];
    if (next !== undefined && !next.replace(/^The /, '').startsWith(name)) continue;
    if (next !== undefined && WRITER_BIO.test(next)) return below > 0 && paragraphs.length - below > i + 1 ? [...paragraphs.slice(0, i), ...paragraphs.slice(-below)] : paragraphs.slice(0, i);
    return above > 0 && below === 0 ? [...paragraphs.slice(0, i - above), ...paragraphs.slice(i), ...paragraphs.slice(i - above, i)] : paragraphs;
  }
  return paragraphs;
}

/** How many paragraphs before `end` are a release's closing place and date: one line ("New Delhi November 26, 2026"), two (a known place, then the date), or none. */
function releaseFoot(paragraphs: string[], end: number): number {
  const last = paragraphs[end - 1];
  if (end < 2 || !last || last.length > 80 || !/\d{4}\.?$/.test(last)) return 0;
  if (PLACE_AND_DATE.test(last)) return 1;
  return end >= 3 && DATE_ALONE.test(last) && isKnownPlace(paragraphs[end - 2]!) ? 2 : 0;
}

/** The release wires, whose copy is a release: "###" ends it, and what follows is the issuer's contacts and boilerplate. */
const RELEASE_WIRE_IDS: ReadonlySet<string> = new Set(['PR Newswire', 'Business Wire', 'GlobeNewswire', 'PRWeb', 'CNW', 'EIN Presswire', 'ACCESSWIRE']);

/**
 * Whether the "###" at `i` parts a news agency's copy ("Mumbai, Nov 27 (PTI) …", then "###", then more sentences): a release ends with
 * it (whoever issued it, or a release wire carried it), an agency's story goes on under it as under "***".
 */
function isSectionBreak(input: string[], i: number, own: string | null): boolean {
  return own !== null && !RELEASE_WIRE_IDS.has(own) && headsCopy(input, i);
}

/**
 * Whether the "___" at `i` parts AP's round-up, the section under it opening on a dateline of its own whose place the gazetteer
 * knows, a staff one ("JERUSALEM — …") or the story's own agency's ("WASHINGTON (AP) — …"): the copy goes on, that dateline kept.
 * Over anything else, sentences too (its writers' credits, its funders' note, another agency's story), it ends the copy.
 */
function opensDatelinedSection(input: string[], i: number, own: string | null): boolean {
  const next = input[i + 1];
  if (!next || !SENTENCE_END_LOOSE.test(next)) return false;
  const agency = readAgencyShapes(next);
  if (agency) return own !== null && agency.mark !== null && markToAgency.get(agency.mark.toLowerCase()) === own && agency.place !== null && knownPlaces(agency.place);
  return isCopySentence(next) && isStaffEntry(next);
}

/** The most lines of credits under a release's "***". */
const MAX_RELEASE_SIGNATURE = 4;

/**
 * Whether a release's credits alone follow its end mark at `i`: the desk's and officers' initials, an officer by rank and name, a line
 * with a bar or a slash ("PIB Mumbai | S.Kane/ D.Rane/ D. Rane"), and chrome. A sentence, a known place under it (a release's foot) or
 * two words alone ("Jai Hind" closing a speech: a name without a rank cannot be told from it) is no credit.
 */
function isReleaseSignature(input: string[], i: number): boolean {
  const tail = input.slice(i + 1);
  if (tail.length === 0 || tail.length > MAX_RELEASE_SIGNATURE) return false;
  return tail.every(
    (t) =>
      t.length <= 80 &&
      (DESK_INITIALS.test(t) ||
        chromeRule(t) !== undefined ||
        (!/[.!?:]["”’)]?$/.test(t) && !isKnownPlace(t) && !DATE_ALONE.test(t) && !PLACE_AND_DATE.test(t) && (/[/|]/.test(t) || RANKED_OFFICER.test(t)))),
  );
}

/** The credit Kyodo and Yonhap put under a picture, in brackets alone: neither signs its copy off so (see CHROME). */
const PICTURE_CREDIT = /^\((?:Kyodo|Yonhap)\)$/;
/** The fewest words of a sentence of copy under a heading: "Sensex falls." is a box's headline. */
const MIN_COPY_WORDS = 6;

/** The most links a related box between paragraphs may hold (copyUnderBox): more than a list's heading skips. */
const MAX_BOX_LINKS = 8;

/**
 * Where the copy goes on under a related box's heading at `i` between paragraphs ("Related Stories", then its links, a headline a line,
 * then the copy): the first sentence of copy under the links, when every line from there down is copy, a sign-off or chrome. A box of
 * teasers (a headline, its sentence, the next headline) or a headline among the lines below is the page's: -1, and the heading cuts the
 * rest as before.
 */
function copyUnderBox(input: string[], i: number, own: string | null): number {
  let at = i + 1;
  while (at < input.length && at - i - 1 < MAX_BOX_LINKS && isListedLink(input, at, at - i - 1, own)) at++;
  if (at >= input.length || !isCopySentence(input[at]!)) return -1;
  // One sentence under the links and nothing under it is the box's teaser of its last link (the thirty-sixth sweep: it stayed as copy);
  // a sign-off or an inputs note under the sentence closes the story, whose sentence it is.
  if (at > i + 1 && at === input.length - 1) return -1;
  // One sentence under the last link that retells it is the link's teaser (the thirty-seventh sweep: it stayed as copy between the
  // paragraphs); the copy goes on under it.
  if (at > i + 1 && isCopySentence(input[at + 1]!) && isTeaserSentence(input[at]!) && retellsLink(input[at]!, input[at - 1]!)) at++;
  const goesOn = input
    .slice(at)
    .every((p) => isCopySentence(p) || (p.length <= MAX_SIGN_OFF_LINE && SIGN_OFF.test(p)) || DESK_INITIALS.test(p) || (p.length <= MAX_CHROME_LINE && chromeRule(p) !== undefined));
  return goesOn ? at : -1;
}

/**
 * Whether a sentence retells a headline, as a box's teaser does its link's ("Port traffic rises for third month", then "Port traffic rose
 * for a third month in October as exports picked up."): two in three of the headline's words of four letters or more, three at least,
 * are in the sentence, read by their first four letters ("rises", "rose" aside). A sentence of the story under a box shares a word or two.
 */
/**
 * Whether a paragraph is as a box's teaser is, read before retellsLink (the thirty-eighth sweep): one sentence of 200 characters or fewer,
 * no one quoted and no one saying it. A paragraph of the story that repeats the headline's words is longer, runs on to a second sentence,
 * quotes someone or says who said it ("Port traffic rose for a third month in October, the shipping ministry said."), and stays: it went.
 */
const TEASER_NOT = new RegExp(String.raw`["“”«»]|[.!?]["”’)]?\s+["“‘(]?[\p{Lu}\d]|${wholeWords(['said', 'says', 'told', 'according to'])}`, 'u');
function isTeaserSentence(p: string): boolean {
  return p.length <= 200 && !TEASER_NOT.test(p);
}
const RETOLD_STOP_WORDS: ReadonlySet<string> = new Set(['with', 'from', 'that', 'this', 'over', 'afte', 'into', 'than', 'will', 'have', 'been', 'amid', 'what', 'when', 'says', 'said']);
function retellsLink(sentence: string, link: string): boolean {
  const stems = (t: string) => (t.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 4)).filter((w) => !RETOLD_STOP_WORDS.has(w));
  const headline = new Set(stems(link));
  if (headline.size < 3) return false;
  const told = new Set(stems(sentence));
  let shared = 0;
  for (const w of headline) if (told.has(w)) shared++;
  return shared * 3 >= headline.size * 2;
}

/**
 * Whether the paragraph after a box's heading at `i` is copy, not the box's first headline: a sentence of some length that no chrome
 * rule takes. A box's headlines end without a full stop ("Sensex sheds 400 points as IT stocks slide"); a teaser that opens with an
 * agency's dateline ("New Delhi, Nov 26 (IANS) The Sensex fell…") is another story's.
 */
function headsCopy(input: string[], i: number): boolean {
  const next = input[i + 1];
  return !!next && isCopySentence(next);
}

/**
 * Whether the box heading at `i` over sentences heads other stories' teasers, not the copy: the story's own sign-off is run into the
 * paragraph above it ("… the minister said. --IANS"), or the heading names a box ("LATEST NEWS", "Top stories", "Most Read": more than
 * the one word a live page sets as a subhead) and a sign-off of the box's own closes the sentences under it, as the publisher's page
 * signs off every teaser of its agency's. A bare "Trending" or "Latest" over copy the story's sign-off closes stays a subhead.
 */
function isTeaserBox(input: string[], i: number, above: string, own: string | null): boolean {
  const signedAbove = trailingSignOff(above, own);
  if (signedAbove && signedAbove.at > 0) return true;
  return input[i]!.trim().includes(' ') && isSignedRun(input, i + 1, own);
}

/**
 * A sentence of some length that no chrome rule takes, and no other story's teaser opening with an agency's dateline; Hindi's and Urdu's
 * close with the danda or Urdu's full stop.
 */
function isCopySentence(p: string): boolean {
  return (SENTENCE_END_LOOSE.test(p) || /[।۔]$/.test(p)) && p.split(/\s+/).length >= MIN_COPY_WORDS && (p.length > MAX_CHROME_LINE || chromeRule(p) === undefined) && !readAgencyShapes(p);
}

/**
 * Whether the agency signs its copy off on a line below the paragraph at `i` ("==Kyodo", "(END)", "--IANS"): then a credit closing that
 * paragraph ("… on Nov. 26, 2026. (Kyodo)") is a caption's, not the copy's sign-off.
 */
function signsOffBelow(input: string[], i: number): boolean {
  return input.slice(i + 1).some((p) => p.length <= MAX_SIGN_OFF_LINE && (SIGN_OFF.test(p) || chromeRule(p)?.pattern === END_OF_COPY));
}

/**
 * A box's heading a <br> away from the sentence under it, run into one paragraph by the HTML reader: "Top Stories The central bank
 * held…". Only a heading with its qualifier ("Top Stories", "Latest News", "Editor's Picks"), or one word in capitals ("TRENDING"), each
 * word capitalised, before a capital: "More Indians are travelling…" and "Popular Front…" are sentences.
 */
const GLUED_BOX_HEADING = /^(?:(?:Latest|Top|Trending|Popular|Recommended|More|Most (?:Read|Viewed|Popular)) (?:News|Stories|Headlines|Videos|Articles|Now|For You|Reads?)|Editor['’]?s Picks?|Most (?:Read|Viewed|Popular)|LATEST(?: NEWS| STORIES| HEADLINES)?|TOP (?:NEWS|STORIES|HEADLINES)|TRENDING(?: NOW| NEWS| STORIES)?|MOST (?:READ|VIEWED|POPULAR)|EDITOR['’]?S PICKS?)\s*:?\s+(?=\p{Lu})/u;

/**
 * The paragraphs with a glued box heading gone from the front of a sentence of copy (see isCopySentence), or of the first paragraph's
 * dateline ("Top Stories Mumbai, Nov 26 (PTI) …": below the copy's start, such a dateline opens another story's teaser); over the box's
 * first headline ("Top Stories Kohli hits century in Perth", then headlines or nothing), the heading is set on a line of its own, for the
 * box rule to cut. Any other stays whole: a headline between sentences of copy is the copy's.
 */
function withoutGluedBoxHeadings(paragraphs: string[]): string[] {
  return paragraphs.flatMap((p, i) => {
    const heading = GLUED_BOX_HEADING.exec(p);
    if (!heading) return [p];
    const rest = p.slice(heading[0].length);
    // … unless the sentences from it down are signed off: then it may head a box of teasers, which cutChrome tells (see isTeaserBox).
    if (isCopySentence(rest)) return i > 0 && isSignedRun([rest, ...paragraphs.slice(i + 1)], 0, null) ? [heading[0].trim(), rest] : [rest];
    if (i === 0 && readAgencyShapes(rest)) return [rest];
    const next = paragraphs[i + 1];
    return looksLikeHeadline(rest) && (next === undefined || looksLikeHeadline(next)) ? [heading[0].trim(), rest] : [p];
  });
}

/**
 * A sentence's end run into a link's label or a prompt by a CMS that dropped the paragraph break between them, no space left: "…begins in
 * March.Also Read: MP cabinet approves new police stations", "…on Friday.Follow us on Google News". Only the words such lines open with
 * are looked for; the tail goes when a chrome rule drops it as a line of its own ("…in March.Read the report, he said" stays whole).
 * A quote mark ends a sentence only after its full stop ("…on Friday."Follow us…"): one that opens a quote ('The ads read "Disclaimer:
 * This game involves risk," the order noted') is copy.
 */
const GLUED_PROMPT = /(?:[.!?]|(?<=[.!?])["”’])(?=(?:Also|ALSO|Read|READ|Watch|WATCH|Related|RELATED|Follow|Click|Tap|Subscribe|Join|Download|Disclaimer|DISCLAIMER)\b)/u;

/**
 * … and a link's label a space after the sentence, as aggregators flatten a page's "Also Read | Rupee opens flat" box into the paragraph
 * above it: only a label with its separator, then a headline to the paragraph's end (a headline, not a sentence: see looksLikeHeadline).
 */
const RUN_IN_LINK = /(?<=[.!?]["”’]?)\s+(?=(?:[Aa]lso [Rr]ead|ALSO READ|[Rr]ead [Aa]lso|READ ALSO|[Aa]lso [Ss]ee|ALSO SEE|[Aa]lso [Ww]atch|ALSO WATCH|[Mm]ust [Rr]ead|MUST READ)\s*[:|–—-])/u;

function withoutGluedPrompts(paragraphs: string[]): string[] {
  return paragraphs.map((p) => {
    const live = p.includes('ive ') || p.includes('IVE ') ? LIVE_LINK_RUN_IN.exec(p) : null;
    if (live && live.index > 0) return p.slice(0, live.index);
    const glued = GLUED_PROMPT.exec(p);
    const tail = glued ? p.slice(glued.index + 1) : '';
    if (tail && tail.length <= MAX_CHROME_LINE && chromeRule(tail)?.action === 'drop') return p.slice(0, glued!.index + 1);
    const spaced = p.includes('ead') || p.includes('EAD') || p.includes('lso') || p.includes('LSO') ? RUN_IN_LINK.exec(p) : null;
    const label = spaced ? p.slice(spaced.index).trim() : '';
    return label && looksLikeHeadline(label) && chromeRule(label)?.action === 'drop' ? p.slice(0, spaced!.index) : p;
  });
}

/**
 * AP's rule run into a paragraph after its last sentence, the <br> before it gone, with its footer after it or nothing: "… on Friday. ___
 * Associated Press writer Jane Doe contributed to this report.", "… on Friday. ___ Follow AP's coverage … at https://apnews.com/…" (the
 * thirty-fourth sweep: the whole paragraph went, the credit's rule being unanchored). The paragraph is parted there, and the rule and
 * the footer are read as lines of their own; copy after the rule (a round-up's next section) is left as it stands, as is a rule with
 * copy still below its paragraph.
 */
const RUN_IN_AP_RULE = /(?<=[.!?"”’)])\s*_{3,}(?:\s+(?<rest>\S.*))?$/su;

function withRunInRulesParted(paragraphs: string[]): string[] {
  if (!paragraphs.some((p) => p.includes('___'))) return paragraphs;
  return paragraphs.flatMap((p, i) => {
    const found = p.includes('___') ? RUN_IN_AP_RULE.exec(p) : null;
    if (!found || found.index === 0) return [p];
    const rest = found.groups!.rest?.trim() ?? '';
    const footer = rest ? rest.length <= MAX_CHROME_LINE && (chromeRule(rest) !== undefined || CORRECTION.test(rest)) : isLastOfCopy(paragraphs, i);
    return footer ? [p.slice(0, found.index).trimEnd(), '___', ...(rest ? [rest] : [])] : [p];
  });
}

/**
 * A syndicating site's note run into the paragraph above it, a <br> away or a space (see SYNDICATION_NOTE): "…19 sittings. (Except for
 * the headline, this story has not been edited by NDTV staff …)". The note goes and the copy before it stays, where the chrome rules
 * would take the paragraph whole.
 */
function withoutRunInNotes(paragraphs: string[]): string[] {
  return paragraphs.map((p) => {
    // A note of two sentences is one note: its second is no note run into copy.
    const note = SYNDICATION_HINT.test(p) && !SYNDICATION_NOTE_LINE.test(p) ? SYNDICATION_RUN_IN.exec(p) : null;
    return note && note.index > 0 ? p.slice(0, note.index) : p;
  });
}

/**
 * A picture's credit in brackets inside a paragraph of copy, where a page set the picture between its sentences: "… opened on Thursday
 * (Photo: ANI), and tolls …", "(Photo: X/@adgpi)", or closing a paragraph that quotes someone ("…, officials said. (Photo: PTI)"), as no caption does.
 */
// … and China Daily's "[Photo by Wang Jing/China Daily]".
const CREDIT_IN_COPY = /\s*[([](?:[Pp]hoto|[Pp]ic|[Pp]icture|[Ii]mage|[Ff]ile [Pp]hoto)s?(?: [Cc]redit| [Cc]ourtesy| [Ss]ource)?(?:\s*[:/|]\s*| by )[\p{L}\d .&@/_-]{1,40}[)\]]/gu;
const MAY_HOLD_CREDIT = /[([](?:[Pp]ic|[Pp]hoto|[Ii]mage|[Ff]ile)/;
const QUOTES_SOMEONE = /\b(?:said|says|told|tells|added|according to)\b/;

/** The copy without the credits of pictures set inside it; a caption credited so ("Modi at a rally (Photo: PTI)") is left to the chrome rules, which drop it whole. */
function withoutCreditsInCopy(paragraphs: string[]): string[] {
  return paragraphs.map((p) => (MAY_HOLD_CREDIT.test(p) ? p.replace(CREDIT_IN_COPY, (credit, at: number) => (at + credit.length < p.length || QUOTES_SOMEONE.test(p) ? '' : credit)) : p));
}

/**
 * A correction or a clarification, which an outlet may set under the agency's sign-off: "Correction: An earlier version of this story
 * misstated …", "Clarification, Nov 26: …". It is the reader's (as Reuters' "(Corrects …)" is): it stays, wherever it stands.
 */
// … and one written as a note: "This story has been corrected to show …" (AP), "An earlier version of this story said …", an editor's note
// that corrects ("Editor's Note: An earlier version of this story gave the wrong date …"; one that says the story was updated does not).
const CORRECTION = /^(?:(?:Correction|Clarification|CORRECTION|CLARIFICATION)(?:\s*\([^()]{1,40}\)|,\s*[^:]{1,40})?\s*[:—–-]\s*["“‘]?\p{Lu}|(?:Editor['’]s [Nn]ote|EDITOR['’]S NOTE)\s*[:—–-]\s*(?=.{0,200}?\b(?:corrected|[Aa]n earlier version|incorrectly|misstated|misidentified|misspelled|erroneously|wrongly)\b)|(?:This|The) (?:story|article|report) (?:has been|was) corrected\b|An earlier version of this (?:story|article|report)\b)/u;

/** The corrections among the lines below the copy's end (see CORRECTION). */
function correctionsIn(below: string[]): string[] {
  return below.filter((q) => CORRECTION.test(q));
}

/** Whether only chrome, sign-offs and desk initials follow the paragraph at `i`. */
function isLastOfCopy(input: string[], i: number): boolean {
  return input.slice(i + 1).every((p) => (p.length <= MAX_SIGN_OFF_LINE && SIGN_OFF.test(p)) || DESK_INITIALS.test(p) || (p.length <= MAX_CHROME_LINE && chromeRule(p) !== undefined));
}

/** Whether only a contact's telephone numbers, addresses and other chrome follow the paragraph at `i`. */
function isContactFoot(input: string[], i: number): boolean {
  return input.slice(i + 1).every((q) => PHONE_ALONE.test(q) || (q.length <= MAX_CHROME_LINE && chromeRule(q) !== undefined));
}

/**
 * An Instagram embed left as text: "View this post on Instagram", the post's caption, "A post shared by Name (@handle)". What stands
 * between the two is the post's, not the story's (both lines go as LEFTOVERS; a caption of more than three paragraphs is left).
 */
const EMBED_OPENS = /^view this (?:post|video|reel) on instagram$/i;
const EMBED_CLOSES = /^a (?:post|video|photo|reel) shared by .{1,80}\(@[\w.]{1,40}\)$/iu;
const MAX_EMBED_CAPTION = 3;

/** The longest post (X's limit): a longer paragraph above a signature is copy. */
const MAX_POST = 280;
/** A hashtag or a mention in a post's text: "#IndianArmy", "@adgpi". */
const POST_TAG = /(?:^|\s)[#@][\p{L}\d_]{2,}/u;

/**
 * A post's signature on a line of its own ("— Minister (@minister) November 26, 2026") follows the post's text:
 * the paragraph before it goes too when it reads as a post does: it ends in its pic.twitter.com or t.co link, or, no longer than a
 * post, holds a hashtag or mention or opens with the name signing it ("Chinar Corps salutes …" over "— Chinar Corps (@…) …").
 * Copy above a post whose text was lost does none of these. (A signature at the end of a paragraph takes that paragraph: the post's text and its tail.)
 */
function dropPost(signature: string, paragraphs: string[]): void {
  const text = paragraphs.at(-1);
  if (!/^[-–—]/.test(signature) || text === undefined) return;
  const name = signature.replace(/^[-–—\s]+/, '').split('(@')[0]!.trim();
  // Above it, the first paragraph of copy is read as a post only by its link.
  const readsAsPost = paragraphs.length > 1 && text.length <= MAX_POST && !text.endsWith(':') && (POST_TAG.test(text) || (name.length > 2 && text.startsWith(`${name} `)));
  if (POST_LINK_END.test(text) || readsAsPost) paragraphs.pop();
}

/**
 * A post quoted in the copy keeps its picture's or short link at the end of the paragraph ("…he wrote. pic.twitter.com/Ab12")
 * when no signature line followed to take the post away: the link goes, the sentence stays (dropPost has run by now).
 */
function withoutPostLinks(paragraphs: string[]): string[] {
  if (!paragraphs.some(endsInPostLink)) return paragraphs;
  return paragraphs.map((p) => (endsInPostLink(p) ? p.replace(POST_LINKS_TAIL, '').trim() : p)).filter(Boolean);
}

/**
 * A post's title as X's and Bluesky's bridges (RSSHub, Nitter) write it, the post's text whole, ends in its short or picture link
 * ("… Discussed defence cooperation. https://t.co/AbCdEf123"): a link no reader reads as the headline's. It goes, as from copy.
 */
export function withoutPostLinkTail(title: string): string {
  return endsInPostLink(title) ? title.replace(POST_LINKS_TAIL, '').trim() : title;
}

/** Whether a paragraph's last characters hold a post link ("pic.twitter.com/…", "t.co/…"): only they are read. */
function endsInPostLink(p: string): boolean {
  const from = p.length - POST_LINKS_WINDOW;
  return p.includes('t.co/', from) || p.includes('pic.twitter.com/', from);
}

/** Reuters' pages label each outside link for screen readers: "…said in a report, opens new tab, on Wednesday." */
const LINK_LABEL = /,? opens new tab\b/g;

/** The copy without its links' screen-reader labels (tried only on a paragraph holding one). */
function withoutLinkLabels(paragraphs: string[]): string[] {
  return paragraphs.map((p) => (p.includes('opens new tab') ? p.replace(LINK_LABEL, '') : p));
}

/**
 * What is left at the foot once the chrome is gone: "***" (which ends a release; inside copy it parts
 * sections, and stays), a release's place and date on a line of their own (only there: a timestamp the
 * chrome rules dropped first, "Published on Nov 25, 2026", is not a place), a sign-off after the last sentence.
 */
const BRACKETED_NAME = /^\(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}\)$/u;
/** EconomyNext's place and date under its copy, slashed in brackets: "(Colombo/Nov26/2026)". */
const SLASHED_FOOT = /^\((?<place>\p{Lu}[\p{L} ]{1,30})\/(?<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6})\s?(?<day>\d{1,2})\/(?<year>\d{4})\)$/u;

/**
 * A note on the copy without a note's opening ("Published from a syndicated feed.", "(Syndicated from IANS.)"): between paragraphs it
 * may be copy, so only as the last line or run in after the last sentence. An outlet's closing promo run in after the last sentence:
 * Outlook's "Read more on Latest India News and Updates on Outlook India.", Mint's "Catch all the … Latest News Updates on Live Mint." and
 * "Download The Mint News App to get Daily Market Updates.", the Economic Times' "For more news like this visit The Economic Times.",
 * "Stay updated with the latest news on Gulf News." (the outlet or app named in capitals; a sentence quoting someone is copy; an app
 * that brings no news, as NEWS_APP_PROMO reads it, is the story's: "… Download the DigiLocker app to get your marksheets from Monday."),
 * "Click here to join our WhatsApp channel" (a live page's link run in goes before: see LIVE_LINK_RUN_IN).
 */
const BARE_NOTE = String.raw`\(?(?:[Aa]uto-?(?:generated|published)|[Pp]ublished|[Ss]ourced|[Tt]aken|[Cc]arried|[Ss]yndicated) (?:directly )?(?:from|via|through) (?:(?:an?|the) (?:syndicated|agency|news agency|wire|news) (?:news )?feed|${marks})\.?\)?\.?`;
const CLOSING_PROMO = String.raw`(?:[Rr]ead more on (?:the )?[Ll]atest\b[^.!?]{0,80}\b(?:[Nn]ews|[Uu]pdates)\b[^.!?]{0,60}|[Cc]atch all the [^.!?]{1,200}\b(?:[Nn]ews|[Uu]pdates) on (?:[Tt]he )?\p{Lu}[^.!?]{0,60}|[Dd]ownload (?:[Tt]he |[Oo]ur )?(?:\p{Lu}[\p{L}'’ ]{0,30}\bNews [Aa]pp\b[^.!?]{0,60}|\p{Lu}[\p{L}'’ ]{0,40}\b[Aa]pp\b(?:[^.!?]{0,60}\b(?:${NEWS_APP_WORDS}|News|Updates?|Headlines|Stories)\b[^.!?]{0,40})?)|[Ff]or more (?:news|stories|updates)(?: like this)?,? visit (?:[Tt]he )?\p{Lu}[^.!?]{0,60}|[Ss]tay updated with (?:the )?latest (?:news|updates) (?:on|from) (?:[Tt]he )?\p{Lu}[^.!?]{0,60}|(?:[Cc]lick|[Tt]ap) here to (?:join|follow) (?:our|the) (?:${PLATFORMS}) (?:channel|page|account)[^.!?]{0,60})[.!]?`;
const BARE_NOTE_LINE = new RegExp(String.raw`^${BARE_NOTE}$`, 'u');
const CLOSING_RUN_IN = new RegExp(String.raw`(?<=[.!?"”’)])\s+${UNQUOTED}(?:${BARE_NOTE}|${CLOSING_PROMO})$`, 'u');
const MAX_CLOSING_RUN_IN = 300;

/** The copy without a bare note as its last line, nor a bare note or a promo (or two) run into its last paragraph. */
function withoutClosingNotes(paragraphs: string[]): void {
  if (paragraphs.length > 1 && BARE_NOTE_LINE.test(paragraphs.at(-1)!) && endsCopy(paragraphs.at(-2)!)) paragraphs.pop();
  for (let i = 0; i < 2; i++) {
    const last = paragraphs.at(-1);
    if (!last) return;
    const from = Math.max(0, last.length - MAX_CLOSING_RUN_IN);
    const found = CLOSING_RUN_IN.exec(last.slice(from));
    if (!found || from + found.index === 0) return;
    paragraphs[paragraphs.length - 1] = last.slice(0, from + found.index);
  }
}

/** A dash before an outlet's name alone: "- Daily Mirror", "– Daily Mirror". */
const DASHED_CREDIT = /^(?:--|[—–-])\s*/;

/**
 * Names several papers share: Sri Lanka's, New York's, Egypt's and Tanzania's are each the "Daily News". Alone under the copy ("- Daily
 * News") the name credits the outlet only where the copy is its own: the feed is so named, or no dateline opened the copy, as the Sri
 * Lankan paper dates none of its own; under a dateline ("NEW YORK — …", an agency's copy) the line is left to the copy (the thirty-sixth
 * sweep: it went under any copy).
 */
// … or where the dateline's place is in the paper's own country, as countryOf knows it (the thirty-seventh sweep): "- Daily News" under
// "COLOMBO: …" is Sri Lanka's paper's (it stayed); under "NEW YORK — …" it still stays.
const SHARED_OUTLET_NAMES: ReadonlyMap<string, string> = new Map([['daily news', 'Sri Lanka']]);
/** Whether a line is an outlet's name alone, perhaps after a dash: a known outlet's, or the feed's own (`outlet`, lower case). */
function isOwnCredit(line: string, outlet: string | null, dated: boolean, country: string | null = null): boolean {
  const name = line.replace(DASHED_CREDIT, '').toLowerCase();
  const home = SHARED_OUTLET_NAMES.get(name);
  if (home !== undefined) return name === outlet || !dated || home === country;
  return OUTLET_NAMES.has(name) || (name !== line.toLowerCase() && name === outlet);
}

/** A dashed credit run into the last sentence, as a feed's one-paragraph teaser carries it: "… provinces. - Daily Mirror". */
const DASHED_CREDIT_RUN_IN = /(?<=[.!?"”’)])\s+((?:--|[—–-])\s*[^\s.!?][^.!?]*)$/u;

/** The copy without the outlet's own dashed credit run into its last sentence (the dash required: a name alone there may be a sentence's subject). */
function withoutOwnCreditRunIn(paragraphs: string[], outlet: string | null, dated: boolean, country: string | null): void {
  const last = paragraphs.at(-1);
  const found = last ? DASHED_CREDIT_RUN_IN.exec(last.slice(-(MAX_OUTLET_CREDIT + 4))) : null;
  if (!found || !isOwnCredit(found[1]!, outlet, dated, country)) return;
  paragraphs[paragraphs.length - 1] = last!.slice(0, last!.length - found[0].length);
}

/** SANA's writer and translator under its copy, a slash between them: "Rasha Ibrahim / Ruaa al-Jazaeri". */
const PERSON = String.raw`\p{Lu}\p{Ll}+(?: (?:(?:al|el|Al|El)-)?\p{Lu}[\p{Ll}'’-]+){1,2}`;
const SLASHED_NAMES = new RegExp(String.raw`^${PERSON}(?: \/ ${PERSON}){1,2}$`, 'u');

/** Two or three names parted by slashes, as the last line: none a place ("Buenos Aires / Rio Grande" names two). */
function isSlashedNames(p: string): boolean {
  return p.length <= 80 && SLASHED_NAMES.test(p) && !p.split(' / ').some(isKnownPlace);
}

/** A rule of dashes alone under the copy, as ERR News sets one over its prompt to follow it ("--"; the thirty-sixth sweep). */
// … and a long rule of dashes, as Cambodia's AKP rules off its copy ("——————————"; the forty-first sweep).
const DASH_RULE = /^(?:-{2,}|[–—]+)$/;
function cutFoot(paragraphs: string[], own: string | null, outlet: string | null, dated: boolean, country: string | null = null): SignOff {
  while (paragraphs.length > 1 && (END_MARK.test(paragraphs.at(-1)!) || DASH_RULE.test(paragraphs.at(-1)!))) paragraphs.pop();
  withoutClosingNotes(paragraphs);
  // "全文" alone under the copy is the link to the rest of it (a teaser's "full text"); over copy it heads a document's text.
  if (paragraphs.length > 1 && paragraphs.at(-1) === '全文') paragraphs.pop();
  // The outlet's name alone under its copy, as Khaama Press signs its stories: a signature, not a line of the story.
  // … or after a dash, as the Daily Mirror (Sri Lanka) credits its own copy: "- Daily Mirror". A name the list does not hold is the
  // outlet's only when it is the feed's own ("- Example News" under another outlet's copy is left as it stands).
  if (paragraphs.length > 1 && paragraphs.at(-1)!.length <= MAX_OUTLET_CREDIT + 2 && isOwnCredit(paragraphs.at(-1)!, outlet, dated, country) && endsCopy(paragraphs.at(-2)!)) paragraphs.pop();
  else withoutOwnCreditRunIn(paragraphs, outlet, dated, country);
  const slashed = paragraphs.length > 1 && paragraphs.at(-1)!.startsWith('(') ? SLASHED_FOOT.exec(paragraphs.at(-1)!) : null;
  if (slashed && isKnownPlace(slashed.groups!.place!)) {
    paragraphs.pop();
    const { place, month, day, year } = slashed.groups!;
    return { agency: null, place: place!, date: `${month} ${day}, ${year}` };
  }
  // The Daily Mirror's (Sri Lanka) reporter named in brackets under the copy: "(Chaturanga Pradeep Samarawickrama)" (two to four
  // capitalised words and nothing else, as the last line: "(Applause)" stays, and "(Rahul Gandhi)" inside the copy).
  if (paragraphs.length > 1 && paragraphs.at(-1)!.startsWith('(') && BRACKETED_NAME.test(paragraphs.at(-1)!)) paragraphs.pop();
  if (paragraphs.length > 1 && isSlashedNames(paragraphs.at(-1)!) && endsCopy(paragraphs.at(-2)!)) paragraphs.pop();
  const released = takeReleaseFoot(paragraphs);
  if (released) return { agency: null, ...released };
  // Google News runs its link into the last outlet's name when the item has no list: "…The New York TimesView Full Coverage…".
  if (paragraphs.at(-1)?.endsWith(GOOGLE_NEWS_TAIL)) paragraphs[paragraphs.length - 1] = paragraphs.at(-1)!.slice(0, -GOOGLE_NEWS_TAIL.length).trim();
  const last = paragraphs.at(-1);
  const trailing = last ? trailingSignOff(last, own) : null;
  if (trailing) paragraphs[paragraphs.length - 1] = last!.slice(0, trailing.at).trim();
  else withoutTrailingEnd(paragraphs);
  withoutOwnInitialsRunIn(paragraphs, own);
  markTruncation(paragraphs);
  return agencySignOff(trailing?.mark ?? null);
}

/**
 * An agency's rights line run into the last sentence, as ANSA's English pages end ("… Lower House. ALL RIGHTS RESERVED © Copyright
 * ANSA"), and the Vietnam News Agency's end mark after the last full stop ("… transmission lines./.").
 */
/** … and KCNA's site stamp (see CHROME), and the Arab agencies' end word run into the last sentence ("…المقبل. /انتهى/"). */
const KCNA_STAMP_RUN_IN = new RegExp(String.raw`(?<=[.!?"”’])\s+${KCNA_STAMP}$`);
const ARABIC_END = /(?<=[.!?؟"”’»])\s*(?:\/{1,2}\s*انتهى\s*\/{1,2}|\(\s*(?:النهاية|انتهى)\s*\))\s*$/u;
const RIGHTS_RUN_IN = new RegExp(String.raw`(?<=[.!?"”’])\s+(?:ALL RIGHTS RESERVED|All [Rr]ights [Rr]eserved)?\s*©\s*(?:[Cc]opyright\s+)?(?:\d{4}\s+)?(?:${marks})\.?$`, 'u');
const MAX_RIGHTS_RUN_IN = 80;
const VNA_END = /(?<=\.)\/\.$/;

/** The copy without a rights line or an end mark run into its last paragraph's end. */
function withoutRunInEnd(paragraphs: string[]): string[] {
  const last = paragraphs.at(-1);
  const kept = last === undefined ? last : withoutRightsOrEndMark(last);
  return kept === last ? paragraphs : [...paragraphs.slice(0, -1), kept!];
}

function withoutRightsOrEndMark(p: string): string {
  const from = Math.max(0, p.length - MAX_RIGHTS_RUN_IN);
  const rights = p.includes('©', from) ? RIGHTS_RUN_IN.exec(p.slice(from)) : null;
  const rest = rights && from + rights.index > 0 ? p.slice(0, from + rights.index) : p;
  if (rest.endsWith('./.')) return rest.replace(VNA_END, '');
  if (rest.endsWith('.)') && rest.includes('kcna.kp', rest.length - 40)) return rest.replace(KCNA_STAMP_RUN_IN, '');
  // Only the end is read: the word, its slashes or brackets, and the sentence's full stop before them.
  const tail = rest.endsWith('/') || rest.endsWith(')') ? Math.max(0, rest.length - 24) : -1;
  const end = tail >= 0 ? ARABIC_END.exec(rest.slice(tail)) : null;
  return end && tail + end.index > 0 ? rest.slice(0, tail + end.index).trimEnd() : rest;
}

/** The paragraphs with KUNA's "(end)" run into the last one's end taken off ("… by 2030. (end) aa.gta"); `paragraphs` itself. */
function withoutTrailingEnd(paragraphs: string[]): string[] {
  const last = paragraphs.at(-1);
  const from = last ? Math.max(0, last.length - SIGN_OFF_TAIL) : 0;
  const end = last?.slice(from);
  const ended = end && (end.includes('(end)') || end.includes('(END)')) ? TRAILING_END.exec(end) : null;
  if (ended) paragraphs[paragraphs.length - 1] = last!.slice(0, from + ended.index).trim();
  return paragraphs;
}

/** The story's own agency's editor's initials run into the last paragraph's end taken off (OWN_EDITOR_INITIALS_RUN_IN). */
function withoutOwnInitialsRunIn(paragraphs: string[], own: string | null): void {
  const last = paragraphs.at(-1);
  // Only the end is read: the initials and the sentence's full stop before them.
  const from = last === undefined ? 0 : Math.max(0, last.length - 24);
  const found = own !== null && last !== undefined ? OWN_EDITOR_INITIALS_RUN_IN[own]?.exec(last.slice(from)) : null;
  if (found) paragraphs[paragraphs.length - 1] = last!.slice(0, from + found.index).trim();
}

/** The paragraphs with a sign-off run into the last one's end taken off ("… for assent. --IANS"). */
function withoutTrailingSignOff(paragraphs: string[], own: string | null): string[] {
  const last = paragraphs.at(-1);
  const trailing = last ? trailingSignOff(last, own) : null;
  return trailing && trailing.at > 0 ? [...paragraphs.slice(0, -1), last!.slice(0, trailing.at).trim()] : paragraphs;
}

/** A sign-off run into a paragraph's end: where it starts, and its mark. */
function trailingSignOff(p: string, own: string | null): { at: number; mark: string | null } | null {
  // A sign-off is short: only the paragraph's end is read (the unanchored patterns would otherwise scan the whole of it).
  const from = Math.max(0, p.length - SIGN_OFF_TAIL);
  const tail = p.slice(from);
  const cjk = tail.endsWith('）') || tail.endsWith(')') ? CJK_RUN_IN_CREDIT.exec(tail) : null;
  if (cjk) return { at: from + cjk.index, mark: cjk[1] ?? null };
  const found = TRAILING_SIGN_OFF.exec(tail);
  if (!found) return bhashaRunIn(tail, from);
  if (found[3] && isStrayMark(found[0], found[3], own)) return null;
  return { at: from + found.index, mark: found[1] ?? found[2] ?? found[3] ?? found[4] ?? found[5] ?? null };
}

/** BHASHA_RUN_IN, tried only on a paragraph that holds the mark and no danda at its end. */
function bhashaRunIn(tail: string, from: number): { at: number; mark: string } | null {
  if (!tail.includes('भाषा') || tail.trimEnd().endsWith('।')) return null;
  const found = BHASHA_RUN_IN.exec(tail) ?? (ENDS_ON_AUXILIARY.test(tail) ? null : BHASHA_AFTER_DANDA.exec(tail));
  return found ? { at: from + found.index, mark: 'भाषा' } : null;
}

/**
 * A government release's foot under its copy: its place and date on one line ("New Delhi November 25, 2026", "Dhaka, 27.11.2026") or
 * two (a known place, or the office and the place, "Ministry of Foreign Affairs, Dhaka", over the date; the place over its Bengali
 * calendar's date, "Dhaka, 13 Agrahayan 1433", over the Gregorian one), or, with no date, the office signing it with its place
 * ("Public Diplomacy Wing, Ministry of Foreign Affairs, Dhaka", or the office's lines over a known place alone). Over the foot the
 * office signing it goes too, its wing ("Public Diplomacy Wing", "Press Wing") and an end mark ("*****", "....."), as does a wing set
 * under it: the Bangladesh foreign ministry's releases end so (the thirty-fifth sweep: the wing, the end mark and every foot but the
 * first two stayed as copy). Taken off `paragraphs`; what the foot says, or null.
 */
function takeReleaseFoot(paragraphs: string[]): { place: string; date: string | null } | null {
  // The office's initials in mixed case under the foot ("PDW/MoFA"; the thirty-sixth sweep): they go with it, and stay when no foot is above.
  const initials = paragraphs.length > 2 && OFFICE_INITIALS.test(paragraphs.at(-1)!) ? 1 : 0;
  const n = paragraphs.length - initials;
  if (n < 2) return null;
  const wingUnder = n > 2 && isOfficeUnit(paragraphs[n - 1]!) && FOOT_PLACE_AND_DATE.test(paragraphs[n - 2]!) ? 1 : 0;
  const end = n - wingUnder;
  const last = paragraphs[end - 1]!;
  const above = paragraphs[end - 2];
  let foot: { place: string; date: string | null; lines: number } | null = null;
  const placeAndDate = last.length <= 80 ? FOOT_PLACE_AND_DATE.exec(last) : null;
  const dateAlone = last.length <= 40 ? (DATE_ALONE.exec(last)?.groups?.date ?? (DATE_IN_FIGURES_ALONE.test(last) ? last : null)) : null;
  if (placeAndDate) foot = { place: placeAndDate.groups!.place!, date: placeAndDate.groups!.date!, lines: 1 };
  else if (dateAlone && end > 2 && above !== undefined) {
    const place = isKnownPlace(above) ? above : (BENGALI_CALENDAR_FOOT.exec(above)?.groups?.place ?? officePlace(above) ?? addressPlace(above, paragraphs[end - 3]!));
    if (place && isKnownPlace(place)) foot = { place, date: dateAlone, lines: 2 };
  } else if (!/[.!?:;]$/.test(last)) {
    // No date: the office with its place on one line, or a known place alone under the office's line.
    const place = officePlace(last) ?? (isKnownPlace(last) && above !== undefined && isSigningOffice(above) ? last : null);
    if (place) foot = { place, date: null, lines: 1 };
  }
  if (!foot || end - foot.lines < 1) return null;
  paragraphs.length = end - foot.lines;
  withoutSigningOffice(paragraphs);
  return { place: foot.place, date: foot.date };
}

/** An office's initials in mixed case, a slash between its wing's and its ministry's: "PDW/MoFA", "MoFA/PR", "PW/MOFA". */
// Each part holds two capitals at least, so that "Dhaka/Delhi" is no office's.
const OFFICE_INITIALS = /^\p{Lu}\p{Ll}{0,2}\p{Lu}[\p{Lu}\p{Ll}]{0,4}(?:\/\p{Lu}\p{Ll}{0,2}\p{Lu}[\p{Lu}\p{Ll}]{0,4}){1,2}$/u;
/** A release's place and date on one line, the date in words or in figures: "New Delhi November 25, 2026", "Dhaka, 27.11.2026". */
const FOOT_PLACE_AND_DATE = new RegExp(
  String.raw`^(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?<place>[\p{Lu}][\p{L}.'’ -]{1,40}?),?\s+(?<date>${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{4})\.?$`,
  'u',
);
/** The Bengali calendar's months in Latin letters, as Bangladesh's ministries date a release beside the Gregorian date. */
const BENGALI_MONTH = 'Boishakh|Baishakh|Joishtho|Jyoishtho|Jaishtha|Asharh|Ashar|Asadh|Shrabon|Srabon|Shraban|Bhadro|Bhadra|Ashwin|Ashshin|Kartik|Agrahayan|Agrahayon|Ogrohayon|Poush|Paush|Magh|Falgun|Phalgun|Chaitra|Choitro';
const BENGALI_CALENDAR_FOOT = new RegExp(String.raw`^(?<place>\p{Lu}[\p{L}.'’ -]{1,40}?),?\s+\d{1,2}\s+(?:${BENGALI_MONTH}),?\s+14\d{2}(?:\s+(?:BS|B\.S\.|Bangabda))?\.?$`, 'u');
/** An office's wing or division signing a release: "Public Diplomacy Wing", "Press Wing", "External Publicity Division". */
const OFFICE_UNIT = /^(?:\p{Lu}[\p{L}'’&-]*\s+){1,4}(?:Wing|Division)$/u;
function isOfficeUnit(p: string): boolean {
  return p.length <= 60 && OFFICE_UNIT.test(p);
}
/** … and a ministry named by its portfolio, as Sri Lanka's and others sign: "Foreign Ministry", "Ministry of Foreign Affairs". */
const PORTFOLIO_MINISTRY = /^(?:The )?(?:Foreign|External Affairs|Defen[cs]e|Home|Finance|Information|Interior) (?:Ministry|Office)$/;
function isSigningOffice(p: string): boolean {
  return p.length <= 80 && (ISSUING_OFFICE.test(p) || OFFICE_UNIT.test(p) || PORTFOLIO_MINISTRY.test(p));
}
/** The place an office's line ends with ("Ministry of Foreign Affairs, Dhaka", "Public Diplomacy Wing, Ministry of Foreign Affairs, Dhaka"), or null. */
function officePlace(p: string): string | null {
  if (p.length > 100 || !p.includes(', ')) return null;
  const parts = p.split(/,\s+/);
  const place = parts.at(-1)!;
  return isKnownPlace(place) && parts.slice(0, -1).every(isSigningOffice) ? place : null;
}

/**
 * The place an office's address ends with, under the office's line: Nepal's foreign ministry's "Singha Durbar, Kathmandu" under "Ministry
 * of Foreign Affairs" (the thirty-sixth sweep); the address a name of a few capitalised words. Or null.
 */
const ADDRESS_PLACE = /^(?:\p{Lu}[\p{L}'’-]*\s){0,2}\p{Lu}[\p{L}'’-]*,\s+(?<place>\p{Lu}[\p{L}'’ -]{1,30})$/u;
function addressPlace(p: string, office: string): string | null {
  const place = p.length <= 60 ? ADDRESS_PLACE.exec(p)?.groups?.place : undefined;
  return place && isKnownPlace(place) && isSigningOffice(office) ? place : null;
}

/**
 * The office that signs a release above its place and date ("Ministry of Foreign Affairs", "Embassy of India", then "Kathmandu", the
 * date), its wing's line, and an end mark over them ("*****", "....."): a line each, up to four.
 */
function withoutSigningOffice(paragraphs: string[]): void {
  for (let k = 0; k < 4 && paragraphs.length > 1; k++) {
    const last = paragraphs.at(-1)!;
    if (isSigningOffice(last) || RELEASE_FOOT_MARK.test(last)) paragraphs.pop();
    else break;
  }
}
const RELEASE_FOOT_MARK = /^(?:(?:\*\s*){2,}|(?:\.\s*){3,}|#{3,})$/;

/**
 * A feed's description cut short ends "[…]", or "… Continue reading": a plain ellipsis says as much to a reader,
 * and the copy stays marked as cut rather than reading as a whole sentence.
 */
// … after a sentence's stop and a space ("all three. […]") the ellipsis keeps the space, as the Chicago Manual (13.53) sets an omission
// after a whole sentence: "all three. …", not "all three.…" (the fifty-second round). An abbreviation's point reads the same ("Acme Inc. …").
function markTruncation(paragraphs: string[]): void {
  const last = paragraphs.at(-1);
  // Both of its shapes hold an ellipsis: the unanchored pattern is tried only then.
  const from = last ? Math.max(0, last.length - TRUNCATION_TAIL) : 0;
  const end = last?.slice(from);
  const tail = end && (end.includes('…') || end.includes('...')) ? TRUNCATED_TAIL.exec(end) : null;
  if (!tail || from + tail.index === 0) return;
  const kept = last!.slice(0, from + tail.index);
  const afterStop = /(?<!\.)[.!?]["”’]?$/u.test(kept) && /^\s/u.test(tail[0]);
  paragraphs[paragraphs.length - 1] = afterStop ? `${kept} …` : `${kept.replace(/(?:…|\.{3})$/, '')}…`;
}

/**
 * A mark alone (no dash, bracket or initials) that is as often a word, a name or initials (NOT_LEAD_MARKS: "MAP", "PL", "Petra"),
 * under copy that is not its agency's: no sign-off, and the line is left to the copy. "PTI" or "Xinhua" alone signs off any copy.
 */
function isStrayMark(line: string, mark: string, own: string | null, country: string | null = null): boolean {
  const agency = markToAgency.get(mark.toLowerCase());
  return line.trim() === mark && NOT_LEAD_MARKS.has(mark) && agency !== own && !(country !== null && agency !== undefined && HOME_COUNTRIES.get(mark)?.includes(country));
}

function agencySignOff(mark: string | null): SignOff {
  return { agency: mark === null ? null : (markToAgency.get(mark.toLowerCase()) ?? null), place: null, date: null };
}

/**
 * A sentence, or a release's "***", ends the copy a sign-off may follow; a list's lead-in ("…in these states:") or item does not.
 * Hindi's danda and Urdu's full stop end a sentence too: "…खर्च होंगे।" over "आईएएनएस".
 */
function endsCopy(p: string): boolean {
  return /[.!?"”’)।۔]$/.test(p) || END_MARK.test(p);
}

/**
 * The rule each line of the story being cleaned met (null: none). A story's lines meet the rules several times over (the dateline
 * search, twice, then cutChrome and the checks on what follows a line), each time up to ~150 regular expressions, and the answer
 * depends on the line alone. Emptied for each story (a line may be a slice that keeps its whole page alive) and when full.
 */
const chromeRuleMemo = new Map<string, ChromeRule | null>();
const CHROME_MEMO_LINES = 1024;

/** Prompts often lead with an emoji ("📣 Click here to join…"): the rules read the line after it. */
function chromeRule(p: string): ChromeRule | undefined {
  const known = chromeRuleMemo.get(p);
  if (known !== undefined) return known ?? undefined;
  if (chromeRuleMemo.size >= CHROME_MEMO_LINES) chromeRuleMemo.clear();
  const rule = chromeRuleUnmemoised(p);
  chromeRuleMemo.set(p, rule ?? null);
  return rule;
}

function chromeRuleUnmemoised(p: string): ChromeRule | undefined {
  const line = mayLeadWithSymbols(p) && LEADING_SYMBOLS.test(p) ? p.replace(LEADING_SYMBOLS, '') : p;
  const rule = chromeRuleOf(line);
  // … or with asterisks, as IRNA's "**Follow us on Twitter @IrnaEnglish" (tried after the rules that read them: Anadolu's "*Writing by …").
  return rule ?? (line.startsWith('*') && ASTERISKED.test(line) ? chromeRuleOf(line.replace(/^\*+\s*/, '')) : undefined);
}

const ASTERISKED = /^\*{1,3}\s*\p{L}/u;

function chromeRuleOf(line: string): ChromeRule | undefined {
  for (const c of chromeRulesFor(line)) {
    if (line.length > c.max || (c.needs !== '' && !line.includes(c.needs))) continue;
    const tested = c.tail ? line.slice(-c.tail) : line;
    if (c.sieve.test(tested) && (c.sieve === c.pattern || c.pattern.test(tested))) {
      // A whole line a rule met that ends as a sentence someone is quoted in is copy (see ATTRIBUTED): no rule's chrome ends so.
      if (!c.tail && ATTRIBUTED.test(line)) continue;
      return c;
    }
  }
  return undefined;
}

/**
 * A sentence that names who said, wrote or found what it reports, after a comma ("…, the minister told parliament.", "…, investigators
 * found.", "…, the fake notice read.") or after a question ("Did we miss something? asked the opposition leader …"): copy a chrome rule
 * met by its opening words ("Comments are moderated…", "Press inquiries: …", "Release ID: …", "For more news on the floods, …") and a
 * 'cut' rule then dropped with the rest of the story (hunt6). The one who speaks is named by a determiner, a capital or a plural of
 * people, so a prompt's ", click here to read." is not read as one.
 */
const ATTRIBUTED = new RegExp(
  String.raw`(?:,\s+(?:(?:the|an?|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}|\p{Lu}[\p{L}'’.-]*\s+(?:[\p{L}'’.-]+\s+){0,2}|(?:officials|police|investigators|sources|he|she|they)\s+)|[?!]["”’]?\s+)` +
    String.raw`(?:said|says|told|tells|wrote|writes|read|reads|found|finds|shows|showed|warned|warns|stated|added|noted|directed|urged|advised|asked|announced|claimed|reported)\b[^,.!?]{0,60}[.!?]["”’)]*$`,
  'u',
);

/** Short and without closing punctuation (a danda closes a sentence in Hindi, "۔" in Urdu): a linked headline, not a paragraph of copy. */
function looksLikeHeadline(p: string): boolean {
  return p.length <= 160 && !/[.:;"”’)।۔]$/.test(p);
}

/**
 * A sentence's end inside a line, after a word in lower case or a figure, before a capital: copy ("… is rare. Prices …", "… by 2030?
 * Most …"), not a headline's abbreviation ("U.S. Fed holds rates", "Mass. auto rates", "Apple Corp. Sues Rival") or a numbered link's
 * figure ("1. Sensex ends higher").
 */
const INNER_SENTENCE_END = /(?:(?<!\p{L})\p{Ll}{3,}|(?<=\s)\d[\d,]*%?)[.?]["”’]?\s+["“‘]?\p{Lu}/u;
/** A headline's tag in brackets at its end, as agencies and sites mark a version or a medium: "(2nd Ld)", "(Video)", "(Update1)". */
const HEADLINE_TAG = /\s\((?:\d(?:st|nd|rd|th) )?[\p{L}\d][\p{L}\d .'’-]{0,24}\)$/u;
/** A sentence's opening on a conjunction, as copy goes on from the sentence above and no headline opens. */
const GOES_ON = /^["“‘]?(?:And|But|Yet|So|Or|Still)\s/;
/**
 * A question whose subject is a pronoun standing for what the copy above named: "Will it hear the plea …?", "Why did they wait?",
 * "What does this mean for growers?" ("Is this the end of the road?" is a headline's, as is "Should you buy gold now?").
 */
const ASKS_BACK = /^["“‘]?(?:(?:What|Why|How|When|Where|Who|Which)\s+)?(?:[Ww]ill|[Ww]ould|[Cc]an|[Cc]ould|[Dd]oes|[Dd]o|[Dd]id|[Ii]s|[Aa]re|[Ww]as|[Ww]ere|[Hh]as|[Hh]ave|[Hh]ad|[Ss]hould|[Mm]ay|[Mm]ight|[Mm]ust)\s+(?:it|they|he|she|(?:this|that) mean)\b/;
/** A word of four letters or more in lower case: a headline in title case ("Will RBI Cut Rates Again In December?") has none. */
const LOWER_CASE_WORD = /(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]{3,}/u;
/** Whether a line is written in a headline's capitals: four words or more, each of four letters or more capitalised. */
function isTitleCased(p: string): boolean {
  return p.split(' ').length >= 4 && !LOWER_CASE_WORD.test(p);
}
/** A question or an exclamation at a line's end: a headline's as well as a sentence's. */
const ASKS = /[?!]["”’]?$/;

/** A quotation closing a headline on its last word ('… was "terrorist attack"', "… delay ‘unacceptable’"), no sentence's end inside it. */
const HEADLINE_QUOTE_END = /(?<=[\p{L}\d])["”’]$/u;

/** Whether a line under a block's heading ("Also read") is a headline as a link gives it, with a tag in brackets or a closing quote or not. */
function isHeadlineLine(p: string): boolean {
  if (p.length > 160 || INNER_SENTENCE_END.test(p)) return false;
  const tag = p.endsWith(')') ? HEADLINE_TAG.exec(p) : null;
  const rest = tag ? p.slice(0, tag.index) : p.replace(HEADLINE_QUOTE_END, '');
  return looksLikeHeadline(rest) && (!tag || /^["“‘]?[\p{Lu}\d]\S*\s\S/u.test(rest));
}

/**
 * Whether the line at `i` is one of a block's links, `listed` of them gone before it. The first under the heading is, as a headline;
 * a question or exclamation after it only when another link follows it: over copy, a sign-off, the end or chrome (the copy's end mark,
 * another block's heading) it is the copy's own ("Will it cut rates again?"), which a lost paragraph costs more than a link left.
 */
function isListedLink(input: string[], i: number, listed: number, own: string | null): boolean {
  const p = input[i]!;
  // The copy's last paragraph with its sign-off run into it ("… below 3%. --UNI ksk/") is no link.
  if (!isHeadlineLine(p) || (trailingSignOff(p, own)?.at ?? 0) > 0) return false;
  if (!ASKS.test(p)) return true;
  // A question that goes on from the sentence above ("But will the bench hear it before the vacation?") or asks about what it named
  // ("Will it hear the plea before the vacation?") is the copy's, under the heading too: a headline names its subject.
  if (GOES_ON.test(p) || ASKS_BACK.test(p)) return false;
  // A question in a headline's capitals ("Will RBI Cut Rates Again In December?") is a link wherever it stands in the block.
  if (listed === 0 || isTitleCased(p)) return true;
  const next = input[i + 1];
  return next !== undefined && !ASKS.test(next) && !isSignOffLine(next) && isHeadlineLine(next) && !(next.length <= MAX_CHROME_LINE && chromeRule(next));
}

/** A label as a page may write it: composed or not (Bengali "ো", Spanish "Ú"), its letters with a nukta as two code points or as one. */
function spellings(label: string): string[] {
  const decomposed = label.normalize('NFD');
  return [...new Set([label.normalize('NFC'), decomposed, decomposed.replace(NUKTA_PAIR, (pair) => PRECOMPOSED_NUKTA.get(pair)!)])];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
