/**
 * The Gregorian months' names in the languages feeds and wire copy write them in: one table, by language, that dates.ts
 * (a feed's pubDate: LOCAL_MONTHS, the Levant's two-word months) and wire.ts (agency datelines: MONTH_WORD, ARABIC_MONTH,
 * MONTH_ROMANCE, MTI's Hungarian) build their lookups and patterns from. It imports nothing of either.
 *
 * A row names the twelve months, January first, parted by spaces; a month's other spellings are joined to it by "|"; "-"
 * stands where the row has none. Only what a reader needs is listed: names whose first three letters are the English
 * month's ("oktober", "novembre") are read by dates.ts's English table and often left out.
 *
 * The forty-eighth round put the months cut short as CLDR's medium dates print them in their languages' feedOnly rows: India's
 * ("27 नव॰ 2026", "২৭ নভে, ২০২৬", "२७ नोव्हें, २०२६", "27 નવે, 2026", "27 ਨਵੰ 2026", "ನವೆಂ 27, 2026", "2026 നവം 27", "27 నవం, 2026",
 * "27 நவ., 2026"; Dogri's "नव." is Hindi's), Azerbaijani's and Uzbek's ("27 noy 2026"), Turkmen's, Albanian's, Irish's, Tagalog's,
 * Hausa's (its "Sat", September, left out: a weekday's), Somali's, Amharic's, Armenian's ("27 նոյ, 2026 թ.") and Croatian's.
 */
export interface LanguageMonths {
  /** The form a date writes: the genitive or partitive where the language declines ("27 ноября", "26. marraskuuta"), else the name. */
  readonly date?: Row;
  /** The name alone (the nominative), where it is not the date's form. */
  readonly name?: Row;
  /** Cut short, as copy and CMSs both write it ("27 ноя", "25 nov", "Τρι, 29 Ιούν 2004"). */
  readonly short?: Row;
  /**
   * Spellings only a feed's own date has been read in (dates.ts), not an agency's dateline (wire.ts): older CMS locales'
   * abbreviations ("fév", "aoû"), Russian cut to four letters ("нояб"). Wire copy has not been seen writing them.
   */
  readonly feedOnly?: Row;
}

/** Twelve slots, as a string parted by spaces, or as a list where a name holds a space (the Levant's "تشرين الثاني"). */
type Row = string | readonly string[];

export const MONTH_NAMES = {
  // Spanish, Portuguese, French and Italian: agencies (EFE, Lusa, AFP, ANSA) and CMSs cut them short in lower case.
  es: { name: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre', short: 'ene feb mar abr may jun jul ago sep|sept oct nov dic' },
  // Peru's and Uruguay's September (ANDINA's datelines; a Peruvian CMS's "27 de setiembre de 2026").
  'es-PE': { name: '- - - - - - - - setiembre - - -' },
  pt: { name: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro', short: 'jan fev mar abr mai jun jul ago set out nov dez' },
  fr: {
    name: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    short: 'janv févr mars avr mai juin juil août sept oct nov déc',
    feedOnly: '- fév - - - - - aoû - - - -',
  },
  it: {
    name: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    short: 'gen feb mar apr - giu lug ago set ott nov dic',
    feedOnly: '- - - - mag - - - - - - -',
  },
  de: { name: 'januar februar märz|maerz april mai juni juli august september oktober november dezember', short: 'jan feb|febr mär|mrz apr mai jun jul aug sep okt nov dez' },
  'de-AT': { name: 'jänner - - - - - - - - - - -', short: 'jän - - - - - - - - - - -' },
  nl: { name: 'januari februari maart april mei juni juli augustus september oktober november december' },
  sv: { name: 'januari februari mars april maj juni juli augusti september oktober november december' },
  no: { name: 'januar februar mars april mai juni juli august september oktober november desember' },
  // Polish's "luty" cut short ("lut") is not read.
  pl: {
    date: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
    name: 'styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień',
    short: 'sty - - kwi - cze lip sie wrz paź lis gru',
  },
  // Russian and Ukrainian (1C-Bitrix and other CMSs localise pubDate: "Чт, 26 ноя 2026", "26 листопада 2026"); RIA cuts
  // Russian to three letters ("МОСКВА, 27 ноя — РИА Новости.").
  ru: {
    date: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
    name: 'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь',
    short: 'янв фев мар апр - июн июл авг сен окт ноя дек',
    feedOnly: '- февр - - - - - - сент - нояб -',
  },
  uk: {
    date: 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
    name: 'січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень',
    short: 'січ лют бер|берез кві|квіт тра|трав чер|черв лип сер|серп вер|верес жов|жовт лис|лист|листоп гру|груд',
  },
  // Bulgarian does not decline its months.
  bg: { date: 'януари февруари март април май юни юли август септември октомври ноември декември' },
  'sr-Cyrl': {
    date: 'јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра',
    name: 'јануар фебруар - април мај јун јул - септембар октобар новембар децембар',
  },
  'sr-Latn': {
    date: 'januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra',
    name: '- - - - - - - avgust septembar oktobar novembar decembar',
  },
  // Croatian's "listopad" is October, Polish's November: it is left out, and Polish's stands.
  hr: {
    date: 'siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna - studenoga|studenog prosinca',
    name: 'siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan - studeni prosinac',
    // Cut short, as CLDR's Croatian writes them ("27. stu 2026."); "lip" and "lis" are Polish's July and November, and are left out.
    feedOnly: 'sij velj ožu tra svi - srp kol ruj - stu pro',
  },
  cs: {
    date: 'ledna února března dubna května června července srpna září října listopadu prosince',
    name: 'leden únor březen duben květen červen červenec srpen září říjen listopad prosinec',
  },
  // Slovak (TASR's datelines, "Bratislava 27. novembra (TASR) -", and a Slovak CMS's "27. novembra 2026").
  sk: { date: 'januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra' },
  tr: { name: 'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık', short: 'oca şub mar nis may haz tem ağu eyl eki kas ara' },
  // Indonesian with its older spellings, and Malay; their abbreviations that are no English month's ("27 Ags 2026", "27 Mac 2026").
  id: {
    name: 'januari februari|pebruari maret april mei juni juli agustus september oktober november|nopember desember',
    short: '- - - - - - - agu|agt|ags - - nop des',
  },
  ms: { name: '- - mac - - - - ogos - - - disember', short: '- - - - - - - - - - - dis' },
  tl: { name: '- pebrero marso - - hunyo hulyo - setyembre oktubre nobyembre disyembre', feedOnly: 'ene peb - - - hun hul ago set okt nob dis' },
  sw: { name: '- - machi - - - - agosti - oktoba - desemba' },
  // Greek (genitive and abbreviated: "Τρι, 29 Ιούν 2004").
  el: {
    date: 'ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου|μαίου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου',
    name: 'ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος οκτώβριος νοέμβριος δεκέμβριος',
    short: 'ιαν φεβ μαρ απρ μαΐ|μαι ιουν|ιούν ιουλ|ιούλ αυγ|αύγ σεπ οκτ νοε|νοέ δεκ',
  },
  // Arabic as Egypt and the Gulf write it, each spelling an agency's copy uses (hamza seats and all: wire.ts reads the text as it
  // stands; dates.ts writes them plain, see its monthKey); Egypt's own June and July; the Maghreb's (Algeria and Tunisia, Morocco);
  // the Levant's and Iraq's, two of whose names are two words.
  ar: { name: 'يناير فبراير مارس أبريل|إبريل|ابريل مايو يونيو يوليو أغسطس|اغسطس سبتمبر أكتوبر|اكتوبر نوفمبر ديسمبر' },
  'ar-EG': { name: '- - - - - يونيه يوليه - - - - -' },
  'ar-DZ': { name: 'جانفي فيفري - افريل ماي جوان جويلية اوت - - - -' },
  'ar-MA': { name: '- - - - - - يوليوز غشت شتنبر - نونبر دجنبر' },
  'ar-LB': { name: ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'] },
  // Persian's names of the Western months (Iran's and Afghanistan's sites date Gregorian days so): "۲۶ نوامبر ۲۰۲۶".
  fa: { name: 'ژانویه فوریه - اوریل مه ژوئن ژوئیه|ژوییه - سپتامبر اکتبر نوامبر دسامبر' },
  ur: { name: 'جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر' },
  hi: { name: 'जनवरी फ़रवरी|फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर|सितम्बर अक्टूबर|अक्तूबर नवंबर|नवम्बर दिसंबर|दिसम्बर', feedOnly: 'जन फ़र|फर - - - - जुल अग सित अक्टू|अक्तू नव दिस' },
  mr: { name: 'जानेवारी फेब्रुवारी - एप्रिल मे - जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर', feedOnly: 'जाने फेब्रु - एप्रि - - - ऑग सप्टें ऑक्टो नोव्हें डिसें' },
  ne: { name: 'जनवरी फेब्रुअरी - अप्रिल - जुन - अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर' },
  bn: { name: 'জানুয়ারি|জানুয়ারী ফেব্রুয়ারি|ফেব্রুয়ারী মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর', feedOnly: 'জানু ফেব - এপ্রি - - জুল আগ সেপ অক্টো নভে ডিসে' },
  // Assamese, in Bengali script with its own ৰ and ৱ ("২৭ নৱেম্বৰ ২০২৬"): read in feeds' dates only.
  as: { feedOnly: 'জানুৱাৰী|জানুৱাৰি ফেব্ৰুৱাৰী|ফেব্ৰুৱাৰি মাৰ্চ এপ্ৰিল মে’ - - আগষ্ট ছেপ্টেম্বৰ|ছেপ্তেম্বৰ অক্টোবৰ নৱেম্বৰ|নভেম্বৰ ডিচেম্বৰ|ডিচেম্বর' },
  // The fifty-third round's: CLDR 48's Assamese cut short and its May with an apostrophe ("২৭ নৱে, ২০২৬", "৬ মে’, ২০২৬");
  // Manipuri's in Bengali script ("নভেম্বর ২৭, ২০২৬", "জন ৫, ২০২৬"; its August written after a zero-width non-joiner, which
  // dates.ts drops); Sindhi's in Arabic script ("٢٠٢٦ نومبر ٢٧", "جولاءِ"); Dogri's May ("6, मेई 2026"); Konkani's ("27
  // जुलय 2026", "1-एप्री-2026").
  'as-short': { feedOnly: '- ফেব্ৰু - - - - - - ছেপ্তে - নৱে ডিচে' },
  mni: { feedOnly: 'জনুৱারী|জানুৱারি|জন ফেব্রুৱারি|ফেব্রু মার - - - জুলা ওগষ্ট|ওগ সেপ্ট ওক্টোবর|ওক্টো নবেম্বর ডিসে' },
  sd: { feedOnly: 'جنوري فيبروري مارچ اپريل مئي - جولاءِ آگسٽ سيپٽمبر آڪٽوبر - ڊسمبر' },
  doi: { feedOnly: '- - - - मेई - - - - - - -' },
  kok: { feedOnly: '- - - एप्रील|एप्री - - जुलय - - - - डिसे' },
  ta: { name: 'ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்', feedOnly: 'ஜன பிப் மார் ஏப் - - - ஆக செப் அக் நவ டிச' },
  te: { name: 'జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జులై|జూలై ఆగస్టు|ఆగస్ట్ సెప్టెంబర్|సెప్టెంబరు అక్టోబర్|అక్టోబరు నవంబర్|నవంబరు డిసెంబర్|డిసెంబరు', feedOnly: 'జన ఫిబ్ర - ఏప్రి - - - ఆగ సెప్టెం అక్టో నవం డిసెం' },
  kn: { name: 'ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್', feedOnly: 'ಜನ ಫೆಬ್ರ - ಏಪ್ರಿ - - - ಆಗ ಸೆಪ್ಟೆಂ ಅಕ್ಟೋ ನವೆಂ ಡಿಸೆಂ' },
  ml: { name: 'ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ്|മെയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ്|ആഗസ്റ്റ് സെപ്റ്റംബർ|സെപ്തംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ', feedOnly: 'ജനു ഫെബ്രു മാർ ഏപ്രി - - - ഓഗ സെപ്റ്റം ഒക്ടോ നവം ഡിസം' },
  gu: { name: 'જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઑગસ્ટ|ઓગસ્ટ સપ્ટેમ્બર ઑક્ટોબર|ઓક્ટોબર નવેમ્બર ડિસેમ્બર', feedOnly: 'જાન્યુ ફેબ્રુ - - - - - - સપ્ટે ઑક્ટો|ઓક્ટો નવે ડિસે' },
  pa: { name: 'ਜਨਵਰੀ ਫ਼ਰਵਰੀ|ਫਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ|ਅਪਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ', feedOnly: 'ਜਨ ਫ਼ਰ|ਫਰ - ਅਪ੍ਰੈ - - ਜੁਲਾ ਅਗ ਸਤੰ ਅਕਤੂ ਨਵੰ ਦਸੰ' },
  or: { name: 'ଜାନୁଆରୀ ଫେବୃଆରୀ ମାର୍ଚ୍ଚ ଅପ୍ରେଲ ମଇ ଜୁନ ଜୁଲାଇ ଅଗଷ୍ଟ ସେପ୍ଟେମ୍ବର ଅକ୍ଟୋବର ନଭେମ୍ବର ଡିସେମ୍ବର' },
  si: { name: 'ජනවාරි පෙබරවාරි මාර්තු අප්රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් දෙසැම්බර්' },
  // Finnish (partitive, as a date writes it: "26. marraskuuta 2026") and Romanian: their first three letters are no English
  // month's or are another's ("marraskuuta" is November, "noiembrie" none).
  fi: {
    date: 'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
    name: 'tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu',
    short: 'tammik helmik maalisk huhtik toukok kesäk heinäk elok syysk lokak marrask jouluk',
  },
  ro: { name: 'ianuarie februarie martie aprilie - iunie iulie - septembrie octombrie noiembrie decembrie', short: 'ian - - - - iun iul - - - noi -' },
  // Hebrew, full and as Intl's short form writes them ("נוב׳"; dates.ts drops the geresh).
  he: { name: 'ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר', short: 'ינו פבר - אפר - - - אוג ספט אוק נוב דצמ' },
  is: { name: 'janúar febrúar - apríl maí júní júlí ágúst - október nóvember -', feedOnly: '- - - - - jún júl ágú - - nóv -' },
  // Latvian's June and July (its other months begin as the English ones: "novembris", "novembrī").
  lv: { name: '- - - - - jūnijs|jūnijā|jūnija jūlijs|jūlijā|jūlija - - - - -' },
  // Hungarian ("2026. márc. 27.", MTI's "Budapest, 2026. november 27., péntek (MTI) –").
  hu: { name: 'január február március április május június július augusztus szeptember október november december', short: '- - márc ápr máj jún júl - szept - - -' },
  // Lithuanian (genitive, as a date writes it: "2026 m. lapkričio 27 d.").
  lt: { date: 'sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio' },
  // Welsh ("Iau, 26 Tachwedd 2026", "25 Tach 2026").
  cy: { name: 'ionawr chwefror mawrth ebrill - mehefin gorffennaf awst medi hydref tachwedd rhagfyr', short: 'ion chwef maw ebr - meh gorff - - hyd tach rhag' },
  // Khmer (Cambodia: "២៧ វិច្ឆិកា ២០២៦") and Burmese (Myanmar: "နိုဝင်ဘာ ၂၇၊ ၂၀၂၆"), each in its own digits.
  km: { name: 'មករា កុម្ភៈ|កុម្ភះ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ' },
  my: {
    name: 'ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ မေ ဇွန် ဇူလိုင် ဩဂုတ်|သြဂုတ် စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ',
    // Cut short, as CLDR's medium dates print them ("27 နို 2026"; the forty-ninth round's).
    feedOnly: 'ဇန် ဖေ - ဧ - - ဇူ - စက် အောက် နို ဒီ',
  },
  // Lao (Laos: "ວັນສຸກ ທີ 27 ພະຈິກ 2026", in Lao digits too: "໒໗ ພະຈິກ ໒໐໒໖"), whose names are Thai's spelt in its own script.
  lo: { name: 'ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ' },
  // Kazakh ("27 қараша 2026 ж."); Uzbek and Azerbaijani in Latin letters ("27-noyabr, 2026-yil", "27 noyabr 2026"; their Cyrillic
  // months are Russian's, and "mart", "aprel", "may" read by their first letters).
  // Cut short with a full stop, as CLDR's medium date prints them ("2026 ж. 27 қар.": the fifty-second round's).
  kk: { name: 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан', feedOnly: 'қаң ақп нау сәу мам мау шіл там қыр қаз қар жел' },
  uz: { name: 'yanvar fevral - - - iyun iyul - sentabr oktabr noyabr dekabr' },
  az: { name: 'yanvar fevral - - - iyun iyul avqust sentyabr oktyabr noyabr dekabr', feedOnly: 'yan fev - - - iyn iyl avq|avg - - noy dek' },
  // Georgian ("27 ნოემბერი 2026", and "ნოემბერს", "in November", as the date row) and Armenian (genitive, as a date writes
  // it: "27 նոյեմբերի 2026").
  ka: {
    date: 'იანვარს თებერვალს მარტს აპრილს მაისს ივნისს ივლისს აგვისტოს სექტემბერს ოქტომბერს ნოემბერს დეკემბერს',
    name: 'იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი',
    short: 'იან თებ მარ აპრ მაი ივნ ივლ აგვ სექ ოქტ ნოე დეკ',
  },
  hy: {
    date: 'հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի',
    name: 'հունվար փետրվար մարտ ապրիլ մայիս հունիս հուլիս օգոստոս սեպտեմբեր հոկտեմբեր նոյեմբեր դեկտեմբեր',
    feedOnly: 'հնվ փտվ մրտ ապր մյս հնս հլս օգս սեպ հոկ նոյ դեկ',
  },
  // Amharic's names of the Gregorian months ("ኖቬምበር 27, 2026"); Ethiopia's own calendar is dates.ts's ETHIOPIAN_MONTHS'.
  am: { name: 'ጃንዩወሪ|ጃንዋሪ ፌብሩወሪ|ፌብሩዋሪ ማርች ኤፕሪል ሜይ ጁን ጁላይ ኦገስት ሴፕቴምበር|ሴፕተምበር ኦክቶበር ኖቬምበር|ኖቨምበር ዲሴምበር', feedOnly: 'ጃን ፌብ - ኤፕሪ - - - ኦገስ ሴፕቴ ኦክቶ ኖቬም ዲሴም' },
  // The forty-seventh round's, read in feeds' dates only (wire.ts's datelines have not been seen writing them). Catalan and
  // Galician ("27 de gener de 2026", "27 d'agost de 2026", "27 de xaneiro de 2026"); Icelandic cut short is in its row ("27. nóv. 2026").
  ca: { feedOnly: 'gener - març - maig juny juliol agost setembre - - desembre' },
  gl: { feedOnly: 'xaneiro febreiro - - - xuño xullo - setembro - - decembro' },
  // Irish ("27 Samhain 2026"; September's and October's two words, "Meán Fómhair", "Deireadh Fómhair", are made one by dates.ts),
  // Maltese ("27 ta' Novembru 2026"), Albanian ("27 nëntor 2026") and Basque, whose date puts the year first and the month in
  // the genitive ("2026ko azaroaren 27a": dates.ts turns it round).
  ga: { feedOnly: 'eanáir|ean feabhra|feabh márta aibreán|aib bealtaine|beal meitheamh|meith iúil lúnasa|lún mfómh dfómh samhain|samh nollaig|noll' },
  mt: { feedOnly: 'jannar frar marzu april mejju ġunju lulju awwissu settembru ottubru novembru diċembru' },
  sq: { feedOnly: '- shkurt|shk - prill|pri - qershor|qer korrik|korr gusht|gush shtator|sht tetor|tet nëntor|nën dhjetor|dhj' },
  eu: {
    // Cut short, as CLDR's medium date prints them ("2026(e)ko aza. 27(a)": the fifty-second round's).
    short: 'urt ots mar api mai eka uzt abu ira urr aza abe',
    feedOnly: [
      'urtarrila|urtarrilaren',
      'otsaila|otsailaren',
      'martxoa|martxoaren',
      'apirila|apirilaren',
      'maiatza|maiatzaren',
      'ekaina|ekainaren',
      'uztaila|uztailaren',
      'abuztua|abuztuaren',
      'iraila|irailaren',
      'urria|urriaren',
      'azaroa|azaroaren',
      'abendua|abenduaren',
    ],
  },
  // Tajik (with its ezafe: "27 ноябри 2026"), Turkmen ("27 noýabr 2026") and Tatar's January ("27 гыйнвар 2026"; its other
  // months are Russian's names).
  tg: { feedOnly: 'январ|январи феврал|феврали марти апрел|апрели майи июн|июни июл|июли августи сентябр|сентябри октябр|октябри ноябр|ноябри декабр|декабри' },
  tk: { feedOnly: 'ýanwar|ýan fewral|few - - maý iýun iýul awgust|awg sentýabr oktýabr noýabr|noý dekabr' },
  tt: { feedOnly: 'гыйнвар - - - - - - - - - - -' },
  // Somali ("27 Nofembar 2026"), Hausa ("27 Nuwamba 2026") and Zulu's loan names, with or without their prefix ("27 uNovemba").
  so: { feedOnly: 'janaayo|jannaayo febraayo|febarwari maarso abriil maajo|maayo juun luuliyo|lul|luulyo agoosto|ogoosto|ogs|agosto sebtembar|sebteembar|seb oktoobar nofembar|noofembar|nofeembar|nof|noofeembar desembar|diseembar|dis' },
  ha: { feedOnly: 'janairu fabrairu|fab maris afrilu|afi mayu yuni|yun yuli|yul agusta|agu satumba - nuwamba|nuw disamba|dis' },
  zu: { feedOnly: 'januwari|ujanuwari februwari|ufebruwari mashi|umashi ephreli|u-epreli meyi|umeyi juni|ujuni julayi|ujulayi agasti|uagasti septhemba|usepthemba okthoba|u-okthoba novemba|unovemba disemba|udisemba' },
  // Sundanese's é (Indonesia: "27 Nopémber 2026"; Javanese writes Indonesian's names).
  su: { feedOnly: '- pébruari - - méi - - - séptémber - nopémber désémber' },
  // Hawaiian ("27 Nowemapa 2026", with its ʻokina or without), Māori's loan names ("27 Noema 2026") and Samoan ("27 Novema 2026").
  haw: {
    // Cut short, as CLDR's Hawaiian writes them ("27 Now. 2026"; the fifty-first round's): "Ian.", "Mal." and "Mei" left to names and words.
    short: '- pep - ʻap - iun iul ʻau kep ʻok now kek',
    feedOnly: 'ianuali pepeluali malaki ʻapelila|apelila mei iune iulai ʻaukake|aukake kepakemapa ʻokakopa|okakopa nowemapa kekemapa' },
  mi: {
    feedOnly: 'hānuere|hanuere pēpuere|pepuere māehe|maehe āperira|aperira - hune hūrae|hurae ākuhata|akuhata hepetema oketopa noema tīhema|tihema',
    // Cut short, as CLDR's Māori writes them ("27 Noe 2026"; "Mei" and "Hun" are whole or another row's same month).
    short: 'hān|han pēp|pep māe|mae āpe|ape - - hūr|hur āku|aku hep oke noe tīh|tih',
  },
  sm: { feedOnly: 'ianuari fepuari mati aperila - iuni - aukuso setema - - tesema' },
  // The forty-eighth round's. Belarusian (genitive, as a date writes it: "27 лістапада 2026 г.", and cut short: "27 ліс 2026") and
  // Macedonian ("27 ноември 2026", "27 ное. 2026 г."; its other months are Bulgarian's or Serbian's spellings).
  be: {
    feedOnly: 'студзеня|студзень лютага|люты сакавіка|сакавік красавіка|красавік мая|май чэрвеня|чэрвень ліпеня|ліпень жніўня|жнівень верасня|верасень кастрычніка|кастрычнік лістапада|лістапад снежня|снежань',
    short: 'сту лют сак кра - чэр ліп жні вер кас ліс сне',
  },
  mk: { feedOnly: 'јануари февруари - - - јуни јули - септември октомври ноември декември', short: 'јан фев мар апр - јун јул авг сеп окт ное дек' },
  // Santali's months in Ol Chiki ("᱒᱗ ᱱᱟᱣᱟᱢᱵᱟᱨ ᱒᱐᱒᱖", "᱒᱗ ᱱᱟᱣ ᱒᱐᱒᱖"), Kashmiri's spellings Urdu's row does not hold ("جنؤری").
  sat: {
    feedOnly: 'ᱡᱟᱱᱣᱟᱨᱤ ᱯᱷᱟᱨᱣᱟᱨᱤ ᱢᱟᱨᱪ ᱟᱯᱨᱮᱞ ᱢᱮ ᱡᱩᱱ ᱡᱩᱞᱟᱭ ᱟᱜᱟᱥᱛ ᱥᱮᱯᱴᱮᱢᱵᱟᱨ ᱚᱠᱴᱚᱵᱟᱨ ᱱᱟᱣᱟᱢᱵᱟᱨ|ᱱᱚᱵᱷᱮᱢᱵᱟᱨ ᱫᱤᱥᱟᱢᱵᱟᱨ|ᱰᱤᱥᱮᱢᱵᱟᱨ',
    short: 'ᱡᱟᱱ ᱯᱷᱟ ᱢᱟᱨ ᱟᱯᱨ - - ᱡᱩᱞ ᱟᱜᱟ ᱥᱮᱯ ᱚᱠᱴ ᱱᱟᱣ ᱫᱤᱥ',
  },
  ks: { feedOnly: 'جنؤری فرؤری مارٕچ - میٔ جوٗن جُلَے|جوٗلایی - - اکتوٗبر - -' },
  // The forty-ninth round's. Kurdish: Kurmanji's CLDR names and the Levantine ones Kurmanji sites in Turkey and Syria write
  // ("27 sermawez 2026", "27 Mijdar 2026"; "Kanûn" alone is December), Sorani's in Arabic script ("27 نیسان 2026"; its
  // two-word months, "تشرینی دووەم", made one first), Bodo's in Devanagari ("27 नबेज्ब़र 2026") and Yiddish's in Hebrew letters,
  // with their points or without ("27 נאָוועמבער 2026", "27 נאוועמבער 2026").
  ku: {
    feedOnly: 'rêbendan|çile reşemî|sibat adar avrêl|nîsan gulan pûşper|hezîran tîrmeh gelawêj|tebax rezber|îlon kewçêr|cotmeh sermawez|mijdar berfanbar|kanûn',
    // The fifty-first round's: CLDR's names with their ezafe ("27ê mijdara 2026an") and cut short ("27 mjd, 2026").
    date: 'rêbendana sibata adara nîsana gulana hezîrana tîrmeha tebaxa îlona cotmeha mijdara berfanbara',
    short: 'rbn sbt - nsn gln hzr trm tbx îln - mjd brf',
  },
  ckb: { feedOnly: 'کانوونیدووەم شوبات ئازار نیسان ئایار حوزەیران تەمووز ئاب ئەیلوول تشرینییەکەم تشرینیدووەم کانوونییەکەم' },
  brx: { feedOnly: 'जानुवारी फेब्रुवारी मार्स एफ्रिल मे जुन जुलाइ आगस्थ सेबथेज्ब़र अखथबर नबेज्ब़र दिसेज्ब़र' },
  // CLDR 48's Bodo, long and cut short ("27 नवेम्बर, 2026", "27 नवे, 2026"; "अक्ट’बर", its apostrophe dropped by dates.ts): the fifty-third round's.
  'brx-cldr48': { feedOnly: 'जान फेब्रूवारी|फेब - एप्रि - - - आगष्ट|आग सेप्थेम्बर|सेप अक्टबर|अक्ट नवेम्बर|नवे डिसेम्बर|डिसे' },
  yi: { feedOnly: 'יאַנואַר|יאנואר פֿעברואַר|פעברואר מערץ אַפּריל|אפריל מיי יוני יולי אויגוסט סעפּטעמבער|סעפטעמבער אָקטאָבער|אקטאבער נאָוועמבער|נאוועמבער דעצעמבער' },
  // Dhivehi, in Thaana ("27 ނޮވެމްބަރު 2026", its last vowel sign written or not).
  dv: {
    feedOnly: 'ޖަނަވަރީ ފެބުރުއަރީ މާރިޗު|މާރިޗް އެޕްރީލް|އޭޕްރިލް މެއި ޖޫން ޖުލައި އޯގަސްޓު|އޮގަސްޓް ސެޕްޓެމްބަރު|ސެޕްޓެމްބަރ އޮކްޓޫބަރު|އޮކްޓޯބަރު|އޮކްޓޫބަރ ނޮވެމްބަރު|ނޮވެމްބަރ ޑިސެމްބަރު|ޑިސެމްބަރ',
  },
  // The fiftieth round's: CLDR's months in Kinyarwanda ("27 Ugushyingo 2026"; September also "Nzeli"), Shona ("27 Mbudzi 2026"),
  // Sesotho ("27 Pudungwana 2026"), Setswana ("27 Ngwanatsele 2026"), Oromo ("27 Sadaasa 2026"), Wolof ("27 Nowàmbar 2026"; its
  // two-letter May and August, "Me" and "Ut", left out: words as much as months) and Tongan ("27 Nōvema 2026").
  // Their months cut short as CLDR writes them ("2026 Ugu. 27", "2026 Mbu 27", "27 Nōv 2026": the fifty-first round's), each a
  // month no other row names otherwise (Kinyarwanda's and Shona's "Nya", Sesotho's June "Jan", Tongan's June "Sun" and the
  // English words among them, "See", "Gun", "Leo", left out).
  rw: { feedOnly: 'mutarama gashyantare werurwe mata gicurasi kamena nyakanga kanama nzeri|nzeli ukwakira ugushyingo ukuboza', short: 'mut gas wer mat gic - - kan nze ukw ugu uku' },
  sn: { feedOnly: 'ndira kukadzi kurume kubvumbi chivabvu chikumi chikunguru nyamavhuvhu gunyana gumiguru mbudzi zvita', short: 'ndi kuk kur kub chv chk chg - - - mbu zvi' },
  st: { feedOnly: 'phesekgong hlakola hlakubele mmese motsheanong phupjane phupu phata leotshe mphalane pudungwana tshitwe', short: 'phe - hlb mme mot - upu pha - mph pun tsh' },
  tn: { feedOnly: 'ferikgong tlhakole mopitlo moranang motsheganang seetebosigo phukwi phatwe lwetse diphalane ngwanatsele sedimonthole', short: 'fer tlh mop mor mot - phu pha lwe - ngw sed' },
  om: { feedOnly: 'amajjii guraandhala bitootessa elba caamsa waxabajjii adooleessa hagayya fulbaana onkoloolessa sadaasa muddee' },
  wo: { feedOnly: 'samwiyee fewriyee mars awril - suwe sullet - septàmbar oktoobar nowàmbar desàmbar', short: '- - - awr - suw sul - sàt - now -' },
  to: { feedOnly: 'sānuali fēpueli maʻasi ʻepeleli mē sune siulai ʻaokosi sepitema ʻokatopa nōvema tīsema', short: 'sān fēp maʻa ʻepe - - siu ʻaok sēp ʻoka nōv tīs' },
  // The fifty-first round's: Scottish Gaelic (CLDR's "27mh dhen t-Samhain 2026", the month lenited after "dhen", and cut short:
  // "27mh Samh 2026"; its November is Irish's "Samhain"), Guaraní (Paraguay: "27 jasypateĩ 2026", its nasal vowels written or
  // not), Kabyle
  // (Algeria: "27 Nunembeṛ 2026"), Central Atlas Tamazight (Morocco: "27 Nwanbir 2026") and Standard Moroccan Tamazight in
  // Tifinagh ("27 ⵏⵓⵡⴰⵏⴱⵉⵔ 2026", "27 ⵏⵓⵡ, 2026"), Bambara (Mali: "27 nowanburu 2026") and Zarma (Niger: "27 Noowanbur 2026"),
  // whose one- and two-letter May and August ("mɛ", "Me", "uti", "Ut") are left out as Wolof's are, and Uyghur in Arabic
  // letters ("27-نويابىر، 2026").
  gd: {
    feedOnly: 'faoilleach|fhaoilleach|faoi gearran|ghearran|gearr màrt|mhàrt giblean|ghiblean|gibl cèitean|chèitean|cèit ògmhios|ògmh iuchar|iuch lùnastal|lùna sultain|sult dàmhair|dàmh samhain|samh dùbhlachd|dùbh',
  },
  gn: { feedOnly: 'jasyteĩ|jasytei jasykõi|jasykoi jasyapy jasyrundy jasypo jasypoteĩ|jasypotei jasypokõi|jasypokoi jasypoapy jasyporundy jasypa jasypateĩ|jasypatei jasypakõi|jasypakoi' },
  kab: { feedOnly: 'yennayer fuṛar|furar meɣres yebrir mayyu yunyu yulyu ɣuct ctembeṛ|ctember tubeṛ|tuber nunembeṛ|nunember duǧembeṛ|dujember' },
  tzm: { feedOnly: 'yennayer yebrayer - ibrir mayyu yunyu yulyuz ɣuct cutanbir kṭuber|ktuber nwanbir dujanbir' },
  zgh: {
    feedOnly: 'ⵉⵏⵏⴰⵢⵔ|ⵉⵏⵏ ⴱⵕⴰⵢⵕ|ⴱⵕⴰ ⵎⴰⵕⵚ|ⵎⴰⵕ ⵉⴱⵔⵉⵔ|ⵉⴱⵔ ⵎⴰⵢⵢⵓ|ⵎⴰⵢ ⵢⵓⵏⵢⵓ|ⵢⵓⵏ ⵢⵓⵍⵢⵓⵣ|ⵢⵓⵍ ⵖⵓⵛⵜ|ⵖⵓⵛ ⵛⵓⵜⴰⵏⴱⵉⵔ|ⵛⵓⵜ ⴽⵜⵓⴱⵔ|ⴽⵜⵓ ⵏⵓⵡⴰⵏⴱⵉⵔ|ⵏⵓⵡ ⴷⵓⵊⴰⵏⴱⵉⵔ|ⴷⵓⵊ',
  },
  bm: { feedOnly: 'zanwuye feburuye marisi awirili - zuwɛn zuluye - sɛtanburu ɔkutɔburu nowanburu desanburu' },
  dje: { feedOnly: 'žanwiye feewiriye marsi awiril - žuweŋ žuyye - sektanbur oktoobur noowanbur deesanbur' },
  // The fifty-second round's: Lingala's months cut short, as CLDR's medium date prints them ("27 nvb 2026"; its whole names are
  // phrases, "sánzá ya zómi na mɔ̌kɔ́", the month ten and one, which dates.ts reads as such).
  ln: { short: 'yan fbl msi apl mai yun yul agt stb ɔtb nvb dsb' },
  ug: { feedOnly: 'يانۋار فېۋرال - ئاپرېل - ئىيۇن ئىيۇل ئاۋغۇست سېنتەبىر ئۆكتەبىر نويابىر دېكابىر' },
} as const satisfies Record<string, LanguageMonths>;

export type MonthLanguage = keyof typeof MONTH_NAMES;
export type MonthForm = keyof LanguageMonths;

/** Each spelling a language writes in the forms asked for, with its month (0 for January), row by row and month by month. */
export function monthNames(language: MonthLanguage, forms: readonly MonthForm[] = ['date', 'name', 'short', 'feedOnly']): [string, number][] {
  const months: LanguageMonths = MONTH_NAMES[language];
  return forms.flatMap((form) => {
    const row = months[form];
    if (row === undefined) return [];
    const slots = typeof row === 'string' ? row.split(' ') : row;
    if (slots.length !== 12) throw new Error(`months.ts: ${language} ${form} names ${slots.length} months, not 12`);
    return slots.flatMap((slot, month) => (slot === '-' ? [] : slot.split('|').map((name): [string, number] => [name, month])));
  });
}
