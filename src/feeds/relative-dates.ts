import { parseFeedDate, withAsciiDigits, withSwahiliTime, type StatedOffset } from './dates.js';

/**
 * Dates written relative to now, as scraper-made feeds, regional CMSs, RSS.app/RSS-Bridge outputs and Telegram bridges
 * print them: "2 hours ago", "há 2 horas", "3시간 전", "Yesterday, 10:05", "Вчера в 18:30". They are read relative to the
 * poll's fetch time (never the wall clock), and a day word with its time on the feed's clock (the one parseFeedDate gives a
 * zoneless date: the clock the feed states, else its country's, else UTC). Only a whole field is read: such words inside a
 * real date ("2026-11-27 3시간 전") or in a title are not. Vaguer words ("recently", "last week", "Today" with no time)
 * give no date, and the story keeps its fetch time.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// How far back each unit is read: further is no stamp a "… ago" feed writes, and gives no date.
const LIMITS = { s: 3600, m: 24 * 60, h: 72, d: 31 } as const;
type Unit = keyof typeof LIMITS;

const NUMBER = String.raw`(\d{1,3}|an?|one|uma?|una?|une?|eine[mnr]?|een|un['’]?)`;

/** "<number> <unit>" in each language's order, with its word for "ago" (and a template's "Updated" before it). */
const AGO: RegExp[] = [
  // Rails' time_ago_in_words rounds and says so ("about 2 hours ago", "about an hour ago"): read as written.
  new RegExp(String.raw`^(?:(?:last\s+)?(?:updated|posted|published)\s+)?(?:about|around|almost|nearly)?\s*${NUMBER}\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d)\s+ago$`, 'iu'),
  /^(\d{1,3})?\s*(секунд[уы]?|сек|минут[уы]?|мин|час(?:а|ов)?|дн(?:я|ей)|день)\s+назад$/iu,
  new RegExp(String.raw`^(?:atualizad[oa]\s+)?há\s+${NUMBER}\s+(segundos?|minutos?|min|horas?|h|dias?)(?:\s+atrás)?$`, 'iu'),
  // Brazil's "2 horas atrás", "uma hora atrás" (without "há").
  new RegExp(String.raw`^${NUMBER}\s+(segundos?|minutos?|min|horas?|h|dias?)\s+atrás$`, 'iu'),
  new RegExp(String.raw`^(?:actualizad[oa]\s+)?hace\s+${NUMBER}\s+(segundos?|minutos?|min|horas?|h|d[ií]as?)$`, 'iu'),
  new RegExp(String.raw`^(?:mis à jour\s+)?il y a\s+${NUMBER}\s+(secondes?|minutes?|min|heures?|h|jours?)$`, 'iu'),
  new RegExp(String.raw`^(?:aktualisiert\s+)?vor\s+${NUMBER}\s+(sekunden?|minuten?|min\.?|stunden?|std\.?|tag(?:en)?)$`, 'iu'),
  /^(\d{1,3})\s*(सेकंड|मिनट|घंटे|घंटा|दिन)\s+पहले$/u,
  // "قبل" (before) as "منذ" (since): "قبل ساعتين", "قبل 5 دقائق", as Arabic sites and CLDR write it.
  /^(?:منذ|قبل)\s+(?:(\d{1,3})\s+)?(ثانية|ثوان|ثواني|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|ايام)$/u,
  /^(\d{1,3})\s+(saniye|dakika|dk|saat|gün)\s+önce$/iu,
  // Italian ("2 ore fa", "un'ora fa"), Dutch ("2 uur geleden", "een uur geleden") and Polish ("2 godziny temu", "godzinę
  // temu", "5 min. temu", "2 godz. temu": its cases after each number are all read).
  new RegExp(String.raw`^(?:aggiornato\s+)?${NUMBER}\s*(secondi|secondo|minuti|minuto|min|ore|ora|giorni|giorno)\s+fa$`, 'iu'),
  new RegExp(String.raw`^(?:bijgewerkt\s+)?${NUMBER}\s+(seconden?|minuten|minuut|min|uur|dagen|dag)\s+geleden$`, 'iu'),
  /^(?:zaktualizowano\s+)?(\d{1,3})?\s*(sekund[ęy]?|sek\.?|minut[ęy]?|min\.?|godzin[ęy]?|godz\.?|dni|dzień)\s+temu$/iu,
  // Swedish ("för 2 timmar sedan", "för en timme sedan"), Danish and Norwegian ("for 2 timer siden", "for 2 dage siden",
  // "for 2 dager siden"), Czech ("před 2 hodinami", "před hodinou", "před 2 dny"), Romanian ("acum 2 ore", "acum o oră",
  // "acum 20 de minute"), Hungarian ("2 órája", "5 perce", "2 napja", "2 órával ezelőtt"), Greek ("πριν από 2 ώρες", "πριν
  // 5 λεπτά") and Ukrainian ("2 години тому", "годину тому", "5 хв. тому", "2 дні тому").
  /^(?:uppdaterad\s+)?(?:för\s+)?(\d{1,3}|en|ett)\s+(sekunder|sekund|minuter|minut|min|timmar|timme|tim|dagar|dygn|dag)\s+sedan$/iu,
  /^(?:for\s+)?(\d{1,3}|en|et|ett)\s+(sekunder|sekund|minutter|minutt|minut|min|timer|time|dager|dage|døgn|dag|døgn)\s+siden$/iu,
  /^před\s+(\d{1,3})?\s*(sekundami|sekundou|minutami|minutou|min\.?|hodinami|hodinou|hod\.?|dny|dnem)$/iu,
  /^acum\s+(\d{1,3}|o|un)\s+(?:de\s+)?(secunde|secundă|minute|minut|min|ore|oră|ora|zile|zi)$/iu,
  /^(\d{1,3}|egy)\s+(másodperce|perce|órája|napja|másodperccel|perccel|órával|nappal)(?:\s+ezelőtt)?$/iu,
  /^πριν\s+(?:από\s+)?(\d{1,3}|μία|μια|ένα|ένας)\s+(δευτερόλεπτα|δευτερόλεπτο|λεπτά|λεπτό|ώρες|ώρα|ημέρες|ημέρα|μέρες|μέρα)$/iu,
  /^(\d{1,3})?\s*(секунд[уи]?|сек\.?|хвилин[уи]?|хв\.?|годин[уи]?|год\.?|дн(?:і|ів)|день)\s+тому$/iu,
  // Indonesian and Malay ("2 jam yang lalu", "5 minit lalu", "2 jam lepas").
  /^(\d{1,3})\s+(detik|menit|minit|jam|hari)\s+(?:yang\s+)?(?:lalu|lepas)$/iu,
  /^(\d{1,3})\s+(giây|phút|giờ|tiếng|ngày)\s+trước$/iu,
  /^(\d{1,3})\s*(秒|分|時間|日)\s*前$/u,
  /^(\d{1,3})\s*(초|분|시간|일)\s*전$/u,
  // Finnish ("2 tuntia sitten", "tunti sitten", "5 minuuttia sitten", "2 päivää sitten"), Slovak and Slovenian, whose "pred"
  // is one word ("pred 2 hodinami", "pred hodinou", "pred 5 minútami", "pred 2 dňami"; "pred 2 urama", "pred uro", "pred 3
  // dnevi"), Serbian and Croatian ("pre 2 sata", "prije 2 sata", "pre sat vremena", "prije 5 minuta", "prije 2 dana",
  // Serbian's Cyrillic "пре 2 сата"), Bulgarian ("преди 2 часа", "преди час", "преди 5 минути", "преди 2 дни").
  /^(\d{1,3}|yksi)?\s*(sekuntia|sekunti|minuuttia|minuutti|min|tuntia|tunti|h|päivää|päivä|pv)\s+sitten$/iu,
  /^pred\s+(\d{1,3})?\s*(sekundami|sekundou|sekundo|minútami|minútou|minutami|minuto|min\.?|hodinami|hodinou|hod\.?|urama|urami|uro|dňami|dňom|dnevoma|dnevi|dnevom|dnem)$/iu,
  /^(?:pre|prije|пре)\s+(\d{1,3}|jedan|jednog)?\s*(sekundi|sekunde|minuta|minute|minut|min\.?|sati|sata|sat|h|dana|dan|секунди|минута|минут|сати|сата|сат|дана|дан)(?:\s+vremena|\s+времена)?$/iu,
  /^преди\s+(\d{1,3}|един|една)?\s*(секунди|секунда|минути|минута|мин\.?|часа|час|ч\.?|дни|ден)$/iu,
  // Thai ("2 ชั่วโมงที่แล้ว", "5 นาทีที่แล้ว", "2 วันที่แล้ว", "2 ชั่วโมงก่อน"), Bengali ("২ ঘণ্টা আগে"), Urdu ("2 گھنٹے پہلے",
  // "5 منٹ پہلے", "2 دن پہلے") and Tamil ("2 மணி நேரத்திற்கு முன்பு", "2 மணி நேரம் முன்", "5 நிமிடங்களுக்கு முன்பு").
  /^(\d{1,3})\s*(วินาที|นาที|ชั่วโมง|ชม\.|วัน)\s*(?:ที่แล้ว|ที่ผ่านมา|ก่อน)$/u,
  /^(\d{1,3})\s*(সেকেন্ড|মিনিট|ঘণ্টা|ঘন্টা|দিন)\s+আগে$/u,
  /^(\d{1,3})\s*(سیکنڈ|منٹ|گھنٹے|گھنٹہ|گھنٹا|دن|روز)\s+(?:پہلے|قبل)$/u,
  /^(\d{1,3})\s*(வினாடி(?:களுக்கு)?|நிமிட(?:ம்|ங்களுக்கு|த்திற்கு|த்துக்கு)|மணி\s*நேர(?:ம்|த்திற்கு|த்துக்கு)|நாட்களுக்கு|நாள்|நாளுக்கு)\s*(?:முன்பு|முன்)$/u,
  /^(\d{1,3})\s*(秒钟?|秒鐘|分钟|分鐘|个?小时|個?小時|天)\s*前$/u,
  // Estonian ("2 tundi tagasi", "tund tagasi", "5 minutit tagasi", "2 päeva tagasi"), Latvian ("pirms 2 stundām", "pirms
  // stundas", "pirms 5 minūtēm", "pirms 2 dienām") and Lithuanian ("prieš 2 valandas", "prieš valandą", "prieš 12 valandų",
  // "prieš 5 min.", "prieš 2 dienas"), each with its cases after a number.
  /^(\d{1,3}|üks)?\s*(sekundit|sekund|sek\.?|minutit|minut|min\.?|tundi|tund|t\.?|päeva|päev)\s+tagasi$/iu,
  /^pirms\s+(\d{1,3}|vienas|vienu)?\s*(sekundēm|sekundes|sekundi|sek\.?|minūtēm|minūtes|minūti|min\.?|stundām|stundas|stundu|st\.?|dienām|dienas|dienu)$/iu,
  /^prieš\s+(\d{1,3}|vieną|vienas)?\s*(sekundę|sekundes|sekundžių|sek\.?|minutę|minutes|minučių|min\.?|valandą|valandas|valandų|val\.?|dieną|dienas|dienų|d\.?)$/iu,
  // Filipino ("2 oras ang nakalipas", "isang oras na ang nakaraan", "5 minuto ang nakalipas", "2 araw ang nakalipas"), Persian
  // ("۲ ساعت پیش", "یک ساعت پیش", "۵ دقیقه پیش", "۲ روز قبل") and Hebrew ("לפני שעתיים", "לפני שעה", "לפני 5 דקות", "לפני יומיים").
  /^(\d{1,3}|isang)\s+(segundo|minuto|oras|araw)\s+(?:na\s+)?(?:ang\s+)?(?:nakalipas|nakaraan)$/iu,
  /^(\d{1,3}|یک)\s*(ثانیه|دقیقه|ساعت|روز)\s+(?:پیش|قبل)$/u,
  /^לפני\s+(\d{1,3})?\s*(שניות|שנייה|שניה|דקות|דקה|שעתיים|שעות|שעה|יומיים|ימים|יום)$/u,
  // Swahili puts the unit before its number ("saa 2 zilizopita", two hours ago; "dakika 5 zilizopita", "siku 2 zilizopita").
  /^(?=\S+\s+(\d{1,3})\s)(sekunde|dakika|saa|siku)\s+\d{1,3}\s+(?:zilizopita|iliyopita)$/iu,
  // The forty-seventh round's: Afrikaans ("2 uur gelede", "5 minute gelede", "2 dae gelede"), Catalan ("fa 2 hores", "fa 5
  // minuts"), Galician ("hai 2 horas"), Basque ("duela 2 ordu"), Albanian ("2 orë më parë"), Azerbaijani, Uzbek and Turkmen
  // ("2 saat əvvəl", "5 dəqiqə əvvəl", "2 soat oldin", "2 sagat öň"), Kazakh and Kyrgyz ("2 сағат бұрын", "2 саат мурун"),
  // Georgian ("2 საათის წინ"), Armenian ("2 ժամ առաջ"), Amharic ("ከ2 ሰዓት በፊት", "ከ5 ደቂቃ በፊት") and Tigrinya ("ቅድሚ 2 ሰዓት"),
  // Somali ("2 saacadood ka hor"), Welsh ("2 awr yn ôl") and Icelandic ("fyrir 2 klukkustundum").
  /^(\d{1,3}|een|['’]n)\s+(sekondes?|minute|minuut|uur|ure|dae|dag)\s+gelede$/iu,
  /^fa\s+(\d{1,3}|una?)\s+(segons?|minuts?|min|hores|hora|h|dies|dia)$/iu,
  /^hai\s+(\d{1,3}|unha|un)\s+(segundos?|minutos?|min|horas?|h|días?|dias?)$/iu,
  /^duela\s+(\d{1,3})\s+(segundo|minutu|min|ordu|egun)$/iu,
  /^(\d{1,3}|një)\s+(sekonda|sekondë|minuta|minutë|min|orë|ditë)\s+më\s+parë$/iu,
  /^(\d{1,3})\s+(saniyə|saniye|sekund|soniya|dəqiqə|daqiqa|minut|saat|soat|sagat|gün|kun)\s+(?:əvvəl|öncə|oldin|avval|öň)$/iu,
  /^(\d{1,3})\s+(секунд|мүнөт|минут|сағат|саат|күн)\s+(?:бұрын|мурун)$/iu,
  /^(\d{1,3})\s+(წამის|წუთის|საათის|დღის)\s+წინ$/u,
  /^(\d{1,3})\s+(վայրկյան|րոպե|ժամ|օր)\s+առաջ$/u,
  /^ከ\s*(\d{1,3})\s*(ሰከንድ|ደቂቃዎች|ደቂቃ|ሰዓታት|ሰዓቶች|ሰዓት|ቀናት|ቀን)\s+በፊት$/u,
  /^ቅድሚ\s*(\d{1,3})\s*(ካልኢት|ደቒቕ|ደቂቃ|ሰዓት|መዓልቲ)$/u,
  /^(\d{1,3})\s+(ilbiriqsi|daqiiqadood|daqiiqad|daqiiqo|saacadood|saacad|saac|maalmood|maalin)\s+(?:ka\s*hor|kahor)$/iu,
  /^(\d{1,3})\s+(eiliad|munud|awr|diwrnod|ddiwrnod)\s+yn\s+ôl$/iu,
  /^fyrir\s+(\d{1,3})\s+(sekúndum|sekúndu|mínútum|mínútu|mín\.?|klukkustundum|klukkustund|klst\.?|dögum|degi)(?:\s+síðan)?$/iu,
  // The forty-eighth round's: Belarusian ("2 гадзіны таму", "5 хвілін таму", "2 дні таму"), Macedonian ("пред 2 часа", "пред 5
  // минути", "пред 2 дена"), Estonian's genitive ("2 tunni eest", "5 minuti eest"), Mongolian ("2 цагийн өмнө"), India's
  // languages (Nepali "२ घण्टा पहिले", Marathi "२ तासांपूर्वी", Gujarati "2 કલાક પહેલાં", Punjabi "2 ਘੰਟੇ ਪਹਿਲਾਂ", Kannada
  // "2 ಗಂಟೆಗಳ ಹಿಂದೆ", Malayalam "2 മണിക്കൂർ മുമ്പ്", Telugu "2 గంటల క్రితం"), Sinhala, which puts the unit first ("පැය 2කට
  // පෙර"), Khmer ("2 ម៉ោងមុន") and Lao ("2 ຊົ່ວໂມງກ່ອນ").
  /^(\d{1,3})?\s*(секунд[уы]?|сек\.?|хвілін[уы]?|хв\.?|гадзін[уы]?|гадз\.?|дзён|дні|дзень)\s+таму$/iu,
  /^пред\s+(\d{1,3}|еден|една)?\s*(секунди|секунда|минути|минута|мин\.?|часа|час|ч\.?|дена|ден)$/iu,
  /^(\d{1,3})\s*(sekundi|sek\.?|minuti|min\.?|tunni|t\.?|päeva)\s+eest$/iu,
  /^(\d{1,3})\s+(секундын|минутын|цагийн|хоногийн|өдрийн)\s+өмнө$/iu,
  /^(\d{1,3})\s*(सेकेन्ड|मिनेट|घण्टा|घन्टा|दिन)\s+(?:पहिले|अगाडि)$/u,
  /^(\d{1,3})\s*(सेकंद|मिनिट|तास|दिवस)(?:ां|ा)?\s*पूर्वी$/u,
  /^(\d{1,3})\s*(સેકંડ|મિનિટ|કલાક|દિવસ)\s+પહેલાં$/u,
  /^(\d{1,3})\s*(ਸਕਿੰਟ|ਮਿੰਟ|ਘੰਟੇ|ਘੰਟਾ|ਦਿਨ)\s+ਪਹਿਲਾਂ$/u,
  /^(\d{1,3})\s*(ಸೆಕೆಂಡುಗಳ|ನಿಮಿಷಗಳ|ನಿಮಿಷದ|ನಿಮಿಷ|ಗಂಟೆಗಳ|ಗಂಟೆಯ|ಗಂಟೆ|ದಿನಗಳ|ದಿನದ|ದಿನ)\s+ಹಿಂದೆ$/u,
  /^(\d{1,3})\s*(സെക്കൻഡ്|മിനിറ്റ്|മണിക്കൂർ|ദിവസം|ദിവസങ്ങൾ)\s+(?:മുമ്പ്|മുൻപ്)$/u,
  /^(\d{1,3})\s*(సెకన్ల|నిమిషాల|నిమిషం|గంటల|గంట|రోజుల|రోజు)\s+(?:క్రితం|కిందట)$/u,
  /^(?=\S+\s*(\d{1,3})\s*කට)(තත්පර|මිනිත්තු|පැය|දින)\s*\d{1,3}\s*කට\s+පෙර$/u,
  /^(\d{1,3})\s*(វិនាទី|នាទី|ម៉ោង|ថ្ងៃ)\s*មុន$/u,
  /^(\d{1,3})\s*(ວິນາທີ|ນາທີ|ຊົ່ວໂມງ|ມື້)\s*ກ່ອນ$/u,
  // The fifty-first round's, as CLDR and their languages' sites write them: Zulu, whose number may follow its unit ("1 ihora
  // eledlule", "emahoreni angu-2 edlule", "5 amaminithi edlule"), Hausa, unit first ("awanni 2 da suka gabata", "mintuna 5 da
  // suka wuce"), Pashto ("۲ ساعتونه مخکې", "۵ دقيقې مخکې"), Uyghur ("2 سائەت ئىلگىرى"), Scottish Gaelic ("2 uair a thìde air
  // ais", "5 mionaidean air ais"), Irish ("2 uair an chloig ó shin", "5 nóiméad ó shin"), Kurmanji ("berî 2 saetan"), Tajik
  // ("2 соат пеш"), Oromo, unit first ("sa’aatiiwwan 2 darban"), Wolof ("2 waxtu ci ginaaw"), Maltese with its duals ("5 minuti
  // ilu", "sagħtejn ilu", "siegħa ilu", "jumejn ilu") and Burmese ("ပြီးခဲ့သည့် ၂ နာရီ"). Somali's, Icelandic's and Kannada's
  // singulars ("1 saacad kahor", "fyrir 1 klukkustund", "1 ಗಂಟೆ ಹಿಂದೆ") are in their rows above.
  /^(?=\D*(\d{1,3}))(?:\d{1,3}\s+)?(ihora|amahora|emahoreni|amaminithi|iminithi|imizuzu|amasekhondi|isekhondi|ezinsukwini|izinsuku|usuku)(?:\s+(?:angu|ezingu|engu)-?\d{1,3})?\s+(?:eledlule|ezedlule|edlule)$/iu,
  /^(?=\S+\s+(\d{1,3})\s)(awanni|awa|mintuna|minti|daƙiƙoƙi|daƙiƙa|kwanaki|kwana)\s+\d{1,3}\s+da\s+(?:suka|ta|ya)\s+(?:gabata|wuce)$/iu,
  /^(\d{1,3})\s*(ثانیې|ثانيې|دقیقې|دقيقې|ساعتونه|ساعته|ساعت|ورځې|ورځ)\s+(?:مخکې|دمخه)$/u,
  /^(\d{1,3})\s*(سېكۇنت|مىنۇت|سائەت|كۈن)\s+ئىلگىرى$/u,
  /^(\d{1,3})\s+(uair(?:ean)?\s+a\s+thìde|mionaidean|mionaid|diogan|diog|latha|làithean)\s+air\s+ais$/iu,
  /^(\d{1,3})?\s*(n?uair(?:e)?\s+an\s+chloig|nóiméad|nóiméid|soicind|lá|lae)\s+ó\s+shin$/iu,
  /^berî\s+(\d{1,3})\s+(çirkeyan|çirkeyê|çirke|deqîqeyan|deqîqeyê|deqîqe|saetan|saetê|saet|rojan|rojê|roj)$/iu,
  /^(\d{1,3})\s+(сония|дақиқа|соат|рӯз)\s+пеш$/iu,
  /^(?=\S+\s+(\d{1,3})\s)(sa['’]aatiiwwan|sa['’]aatii|daqiiqaawwan|daqiiqaa|sekondiiwwan|sekondii|guyyoota|guyyaa)\s+\d{1,3}\s+darb(?:an|e)$/iu,
  /^(\d{1,3})\s+(simili|waxtu|fan)\s+ci\s+ginaaw$/iu,
  /^(\d{1,3})?\s*(sekondi|sekonda|minuti|minuta|sigħat|siegħa|sagħtejn|jumejn|ijiem|jum)\s+ilu$/iu,
  /^ပြီးခဲ့သည့်\s*(\d{1,3})\s*(စက္ကန့်|မိနစ်|နာရီ|ရက်)$/u,
];

// Swedish, Danish and Norwegian (today "idag", "i dag"; yesterday "igår", "i går"; the day before "i förrgår", "i forgårs",
// and "kl." before the time), Czech ("dnes", "včera v 10:05", "předevčírem"), Romanian ("azi", "astăzi", "ieri la 10:05",
// "alaltăieri"), Hungarian ("ma", "tegnap", "tegnapelőtt"), Greek ("σήμερα", "χθες στις 10:05", "προχθές") and Ukrainian
// ("сьогодні", "вчора о 10:05", "позавчора").
const DAY_WORD =
  /^(today|сегодня|hoje|hoy|aujourd['’]hui|heute|आज|اليوم|bugün|hari ini|hôm nay|今日|오늘|今天|oggi|vandaag|dzisiaj|dziś|i\s?dag|dnes|azi|astăzi|ma|σήμερα|сьогодні|tänään|днес|danas|danes|данас|วันนี้|আজ|آج|இன்று|yesterday|вчера|ontem|ayer|hier|gestern|أمس|امس|dün|kemarin|hôm qua|昨日|어제|昨天|ieri|gisteren|wczoraj|i\s?går|včera|tegnap|χθες|χτες|вчора|eilen|juče|jučer|јуче|včeraj|เมื่อวาน(?:นี้)?|গতকাল|کل|कल|நேற்று|(?:the\s+)?day before yesterday|позавчера|anteontem|anteayer|avant-hier|vorgestern|l['’]altro\s*ieri|altroieri|eergisteren|przedwczoraj|evvelsi gün|前天|一昨日|おととい|그저께|그제|i\s?förrgår|förrgår|i\s?forgårs|předevčírem|alaltăieri|tegnapelőtt|προχθές|προχτές|позавчора|toissa\s?päivänä|predvčerom|онзи ден|завчера|prekjuče|prekjučer|прекјуче|predvčerajšnjim|เมื่อวานซืน|পরশু|परसों|پرسوں|நேற்று\s?முன்தினம்|täna|eile|üleeile|šodien|vakar|aizvakar|šiandien|užvakar|ngayong araw|ngayon|kahapon|kamakalawa|semalam|امروز|دیروز|پریروز|היום|אתמול|שלשום|leo|jana|juzi|vandag|gister|eergister|avui|ahir|abans-?\s?d['’]ahir|hoxe|onte|antonte|gaur|atzo|herenegun|sot|dje|pardje|dünən|srağagün|bugun|kecha|бүгін|кеше|бүгүн|кечээ|დღეს|გუშინ|გუშინწინ|այսօր|երեկ|ዛሬ|ትናንት|ትናንትና|maanta|shalay|heddiw|ddoe|echdoe|í\s?gær|í\s?fyrradag)(?:,?\s*(?:at|в|às|as|a las|à|um|lúc|saat|pukul|في|alle|om|o|kl\.?|v|la|ora|στις|о|об|klo|u|у|ob|เวลา|kell|plkst\.?|nang|ساعت|בשעה|ב-?|a\s+les|ás|në|ժամը|am)?\s*(?:(सुबह|दोपहर|शाम|रात|صبح|دوپہر|شام|رات|오전|오후|上午|下午|午前|午後)\s*)?(\d{1,2})(?:[:.h](\d{2})|(?=\s*बजे))(?:\s*([ap])\.?\s?m\.?)?(?:\s*(?:uhr|น\.?|बजे))?)?$/iu;
/** The day words for yesterday, and those for the day before it ("vorgestern", "anteontem", "позавчера"), which are two days back. */
const YESTERDAY = /^(?:y|вч|ont|ay|hie|ges|أمس|امس|dü|kem|hôm q|昨|어|ieri|gis|wcz|i\s?går|včera|tegnap|χθ|χτ|eil|juč|јуч|เมื่อวาน|গতকাল|کل|कल|நேற்று|vakar|kahapon|semalam|دیروز|אתמול|jana|gist|ahir|onte|atzo|dje|kecha|кеш|кечээ|გუშინ(?!წინ)|երեկ|ትናንት|shalay|ddoe|í\s?gær)/iu;
const DAY_BEFORE_YESTERDAY =
  /^(?:(?:the\s+)?day before|поза|anteo|antea|avant|vorg|l['’]altro|altro|eerg|przedw|evvelsi|前天|一昨日|おととい|그저께|그제|(?:i\s?)?förrg|i\s?forg|předev|alaltă|tegnapel|προχθ|προχτ|toissa|predvč|онзи|завч|prekj|прекј|เมื่อวานซืน|পরশু|परसों|پرسوں|நேற்று\s?முன்|üleeile|aizvakar|užvakar|kamakalawa|پریروز|שלשום|juzi|abans|antonte|herenegun|pardje|srağagün|გუშინწინ|echdoe|í\s?fyrradag)/iu;

function unitOf(word: string): Unit | null {
  const w = word.toLowerCase();
  // Hungarian's second ("másodperc") begins as a minute does elsewhere.
  if (w.startsWith('másodperc')) return 's';
  // A "d" is a day's, save Turkish's minute ("dakika", "dk") and Indonesian's second ("detik"): "5 dakika önce" was five days.
  // Azerbaijani's, Uzbek's and Somali's minute ("dəqiqə", "daqiqa", "daqiiqo") too.
  if (/^(?:d(?!akika|k$|etik|əqiqə|aqiqa|aqiiq|aƙiƙ|iog|eqîq)|day|дн|день|ден|дан|dia|día|jour|tag|दिन|يوم|أيام|ايام|gün|hari|siku|ngày|日|일|天|giorn|zi|nap|ημέρ|μέρ|päivä|päev|pv$|dň|วัน|দিন|دن|روز|நாள்|நாட்க|நாளு|araw|ימים|יום|יומיים|egun|kun|күн|დღ|օր|ቀን|ቀና|መዓልቲ|maal|ddiwrnod|diwrnod|dög|degi|дзён|дзень|хоног|өдр|दिवस|દિવસ|ਦਿਨ|ದಿನ|ദിവസ|రోజు|දින|ថ្ងៃ|ມື້|usuku|izinsuku|ezinsukwini|kwan|ورځ|كۈن|latha|làithean|lá$|lae$|roj|рӯз|guyy|fan$|jum|ijiem|ရက်)/u.test(w)) return 'd';
  if (/^(?:h|hour|hr|час|ч\.?$|сат|hora|heure|stunde|std|घंट|ساع|saat|saa$|sat[ai]?$|jam|giờ|tiếng|時間|시간|个?小时|個?小時|or[aeă]$|oras|uur|godz|tim|ór|ώρ|год|tunti|tund|t\.?$|stund|st\.?$|val|ur[aoi]|ชั่วโมง|ชม|ঘ|گھنٹ|மணி|שע|ure$|ordu|orë|soat|sagat|сағат|саат|საათ|ժամ|ሰዓ|saac|awr|klukkustund|klst|гадз|tunni|цаг|घण्ट|घन्ट|तास|કલાક|ਘੰਟ|ಗಂಟೆ|മണിക്കൂർ|గంట|පැය|ម៉ោង|ຊົ່ວໂມງ|ihora|amahora|emahoreni|awa|سائەت|n?uair|saet|соат|sa['’]aat|waxtu|sigħ|siegħ|sagħ|နာရီ)/u.test(w)) return 'h';
  if (/^(?:m|min|минут|мин|मिनट|دقي|دقی|دقائق|dakika|dk|menit|phút|分|분|perc|λεπτ|хв|นาที|মিনিট|منٹ|நிமிட|דק|dəqiqə|daqiqa|daqiiq|мүнөт|წუთ|րոպե|ደቂ|ደቒ|munud|mínút|मिनेट|मिनिट|મિનિટ|ਮਿੰਟ|ನಿಮಿಷ|മിനിറ്റ്|నిమిష|මිනිත්තු|នាទី|ນາທີ|amaminithi|iminithi|imizuzu|مىنۇت|mionaid|nóiméa?i?d|deqîq|дақиқа|simili|မိနစ်)/u.test(w)) return 'm';
  if (/^(?:s|sec|секунд|сек|segund|second|sekund|sek|सेकंड|ثان|ثوان|saniye|detik|giây|秒|초|δευτερ|วินาที|সেকেন্ড|سیکنڈ|வினாடி|שני|soniya|წამ|վայրկյան|ሰከንድ|ካልኢት|ilbiriqsi|eiliad|सेकेन्ड|सेकंद|સેકંડ|ਸਕਿੰਟ|ಸೆಕೆಂಡು|സെക്കൻഡ്|సెకన్ల|තත්පර|វិនាទី|ວິນາທີ|amasekhondi|isekhondi|daƙiƙ|سېكۇنت|diog|soicind|çirk|сония|စက္ကန့်)/u.test(w)) return 's';
  return null;
}

function countOf(written: string | undefined, unit: string): number {
  if (written && /^\d+$/.test(written)) return Number(written);
  // Arabic's and Hebrew's duals are two of their unit ("منذ ساعتين", "לפני שעתיים": two hours ago); a unit with no number,
  // or "a", "uma", "eine", "isang", "یک", one.
  // Maltese's too ("sagħtejn ilu", "jumejn ilu").
  return /(?:تين|ين|יים|ejn)$/u.test(unit) ? 2 : 1;
}

/**
 * The offset (ms) of the feed's clock on the UTC day of `at`, as parseFeedDate reads a zoneless noon there; of `zone`
 * when the field names one ("Kemarin, 10:05 WIB"), null when that zone is none parseFeedDate knows.
 */
function clockOffset(at: number, region: string | null, clock: StatedOffset[], zone = ''): number | null {
  const day = new Date(at).toISOString().slice(0, 10);
  const noon = parseFeedDate(`${day} 12:00${zone && ` ${zone}`}`, region, null, clock);
  if (noon === null) return zone ? null : 0;
  return Date.parse(`${day}T12:00:00Z`) - noon;
}

/** Midnight (plus `minutes`) of the feed's day (or `zone`'s) `back` days before the fetch, in ms since the epoch. */
function onFeedDay(fetchedAt: number, back: number, minutes: number, region: string | null, clock: StatedOffset[], zone = ''): number | null {
  const offset = clockOffset(fetchedAt, region, clock, zone);
  if (offset === null) return null;
  const wall = new Date(fetchedAt + offset);
  return Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate() - back) + minutes * MINUTE - offset;
}

/**
 * A zone after a day word's time ("Kemarin, 10:05 WIB", "yesterday at 10:05 GMT+7", "yesterday 10:05 ist"), read as
 * parseFeedDate reads one: a name in capitals, or in lower case one parseFeedDate knows ("Uhr" is none), never the half of
 * the day ("10:05 PM").
 */
const ZONE_AFTER_TIME = /(?<=\d(?:\s*[AaPp]\.?\s?[Mm]\.?)?)\s+(?![AaPp]\.?[Mm]\.?$)((?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{2,5})$/;
/** A time before its day word ("10:05 hôm qua", "10:05, yesterday"), read as the day word with the time after it. */
const TIME_THEN_WORD = /^(\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?),?\s+(\D+)$/iu;
/** Malay's "semalam" is yesterday; in Indonesian it is last night (a time after midnight is today's): read in Malay countries only. */
const MALAY_COUNTRIES = new Set(['my', 'bn', 'sg']);

/**
 * The hour a part of the day makes of a twelve-hour clock's (Hindi's and Urdu's "कल सुबह 10:05", "कल शाम 6:30",
 * "کل رات 10:05"; Korean's, Chinese's and Japanese's halves of the day, "어제 오후 3:05", "昨天 下午3:05"): morning as
 * written, afternoon and evening after noon, the night's evening hours after noon; null when the pair is no time of that
 * part. The night's hours after midnight (12 to 4) are AFTER_MIDNIGHT's.
 */
function hourOfPart(part: string, hour: number): number | null {
  if (hour > 12) return hour;
  if (/오전|上午|午前/u.test(part)) return hour % 12;
  if (/오후|下午|午後/u.test(part)) return (hour % 12) + 12;
  if (/सुबह|صبح/u.test(part)) return hour < 12 ? hour : null;
  if (/दोपहर|دوپہر/u.test(part)) return hour === 12 ? 12 : hour <= 5 ? hour + 12 : null;
  if (/शाम|شام/u.test(part)) return hour >= 4 && hour < 12 ? hour + 12 : null;
  return hour >= 7 && hour < 12 ? hour + 12 : null;
}

/** The night's hours after midnight ("कल रात 1:30", "کل رات 2:15"): 12 to 4. */
const NIGHT = /रात|رات/u;
const afterMidnight = (part: string | undefined, hour: number) => !!part && NIGHT.test(part) && (hour === 12 || hour <= 4);

/**
 * A date without its year, as Chinese, Korean and Japanese sites and others print this year's stories ("11月27日 15:05",
 * "11월 27일 오후 3:05", "27 Nov, 10:05", "Nov 27 10:05 AM", and in a feed of China's, Taiwan's, Hong Kong's, Japan's or
 * Korea's "11-27 15:05", month first), read in the latest year that puts it no later than a week after the fetch, and never
 * after the fetch: a stamp a few days ahead ("30 Nov" fetched on 28 November, a story pinned or a clock ahead of the feed's) is
 * this year's and takes the fetch time, as a full date ahead does; it was last year's, a story a year old.
 */
const YEARLESS_AHEAD = 7 * DAY;
const YEARLESS_CJK = /^(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](.*)$/u;
const YEARLESS_NUMERIC = /^(\d{1,2})[-/](\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?)$/;
const YEARLESS_DAY_MONTH = /^(\d{1,2})\.?\s+([\p{L}\p{M}]{3,12})\.?(?:,?\s+(?:at\s+)?(\d{1,2}[:.]\d{2}.*))?$/u;
const YEARLESS_MONTH_DAY = /^([\p{L}\p{M}]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?:at\s+)?(\d{1,2}[:.]\d{2}.*))?$/u;
const MONTH_FIRST_NUMERIC_REGIONS = new Set(['cn', 'tw', 'hk', 'mo', 'jp', 'kr']);

function yearless(s: string, fetchedAt: number, region: string | null, clock: StatedOffset[]): number | null {
  let text: (year: number) => string;
  let m: RegExpExecArray | null;
  if ((m = YEARLESS_CJK.exec(s))) {
    const [, mo, d, rest] = m;
    text = (year) => `${year}年${mo}月${d}日${rest}`;
  } else if (region && MONTH_FIRST_NUMERIC_REGIONS.has(region) && (m = YEARLESS_NUMERIC.exec(s))) {
    const [, mo, d, time] = m;
    text = (year) => `${year}-${mo}-${d} ${time}`;
  } else if ((m = YEARLESS_DAY_MONTH.exec(s))) {
    const [, d, mon, time] = m;
    text = (year) => `${d} ${mon} ${year}${time ? ` ${time}` : ''}`;
  } else if ((m = YEARLESS_MONTH_DAY.exec(s))) {
    const [, mon, d, time] = m;
    text = (year) => `${mon} ${d}, ${year}${time ? ` ${time}` : ''}`;
  } else return null;
  const year = new Date(fetchedAt).getUTCFullYear();
  for (const y of [year + 1, year, year - 1]) {
    const t = parseFeedDate(text(y), region, null, clock);
    if (t !== null && t <= fetchedAt + YEARLESS_AHEAD) return Math.min(t, fetchedAt);
  }
  return null;
}

/**
 * English's spans of two units or more ("2 hours, 5 minutes ago", "1 day 2 hours ago", "an hour and 20 minutes ago", as
 * Moment's and Discourse's precise modes and scrapers print them) and "half an hour ago": the sum, from the fetch time (the
 * forty-ninth round's; each was no date).
 */
const SPAN_PART = String.raw`(\d{1,3}|an?)\s*(days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)`;
const SPAN_AGO = new RegExp(String.raw`^(?:${SPAN_PART}(?:,?\s+(?:and\s+)?|\s*,\s*))+${SPAN_PART}\s+ago$`, 'i');
const SPAN_PARTS = new RegExp(SPAN_PART, 'gi');
const HALF_AN_HOUR_AGO = /^(?:about\s+)?half an hour ago$/i;
function spanAgo(s: string, fetchedAt: number): number | null {
  if (HALF_AN_HOUR_AGO.test(s)) return fetchedAt - 30 * MINUTE;
  if (!SPAN_AGO.test(s)) return null;
  let back = 0;
  for (const [, n, unit] of s.matchAll(SPAN_PARTS)) {
    const count = /^an?$/i.test(n!) ? 1 : Number(n);
    const u = unit!.toLowerCase();
    back += count * (u.startsWith('d') ? DAY : u.startsWith('h') ? HOUR : u.startsWith('m') ? MINUTE : 1000);
  }
  return back <= LIMITS.d * DAY ? fetchedAt - back : null;
}

/** One field's relative reading, or null when it is none (a field is read whole). Never after `fetchedAt`. */
export function relativeDate(raw: string | null | undefined, fetchedAt: number, region: string | null = null, clock: StatedOffset[] = []): number | null {
  // Native digits ("منذ ٣ ساعات", "२ घंटे पहले", "２時間前") read as dates.ts reads them.
  let s = (raw && withAsciiDigits(raw))
    // Khmer's and Burmese's zero-width spaces between words ("2 ម៉ោង\u200Bមុន", as CLDR writes it) part nothing.
    ?.replace(/\u200B/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '');
  if (!s || s.length > 40) return null;
  if (/\sago$/i.test(s)) {
    const span = spanAgo(s, fetchedAt);
    if (span !== null) return span;
  }
  for (const pattern of AGO) {
    const m = pattern.exec(s);
    if (!m) continue;
    const unit = unitOf(m[2]!);
    const n = countOf(m[1], m[2]!);
    if (!unit || n > LIMITS[unit]) return null;
    if (unit === 'd') return onFeedDay(fetchedAt, n, 0, region, clock);
    return fetchedAt - n * (unit === 'h' ? HOUR : unit === 'm' ? MINUTE : 1000);
  }
  // A zone in lower case ("yesterday 10:05 ist") is one when parseFeedDate knows its name ("Uhr" is none).
  const named = ZONE_AFTER_TIME.exec(s)?.[1] ?? '';
  const zone = named === named.toUpperCase() || clockOffset(fetchedAt, region, clock, named.toUpperCase()) !== null ? named.toUpperCase() : '';
  if (zone) s = s.slice(0, -zone.length).trim();
  // Swahili's clock with its part of the day ("jana saa 4:05 asubuhi": yesterday at 10:05); a bare "saa 10:05" stays unread.
  const swahili = /saa\s\d/i.test(s) ? withSwahiliTime(s) : null;
  if (swahili) s = swahili.text;
  const timeFirst = TIME_THEN_WORD.exec(s);
  const d = DAY_WORD.exec(timeFirst ? `${timeFirst[2]} ${timeFirst[1]}` : s);
  if (!d) return timeFirst ? null : yearless(s, fetchedAt, region, clock);
  if (timeFirst && d[3] === undefined) return null;
  if (/^semalam$/i.test(d[1]!) && !(region && MALAY_COUNTRIES.has(region))) return null;
  const back = DAY_BEFORE_YESTERDAY.test(d[1]!) ? 2 : YESTERDAY.test(d[1]!) ? 1 : 0;
  // "Today" alone says no more than the fetch time does; "Yesterday" (or the day before) alone is its day.
  if (d[3] === undefined) return back > 0 ? onFeedDay(fetchedAt, back, 0, region, clock) : null;
  let hour: number | null = Number(d[3]);
  const minute = Number(d[4] ?? 0);
  if (d[5]) {
    if (hour > 12) return null;
    hour = (hour % 12) + (d[5].toLowerCase() === 'p' ? 12 : 0);
  }
  if ((swahili?.afterMidnight || afterMidnight(d[2], hour)) && back === 1 && !d[5]) {
    // Last night's hours after midnight ("कल रात 1:30", "jana saa 7:30 usiku"): the night before the fetch, on the fetch's day when that hour of it
    // has passed (a fetch at 10:00 reads 01:30 of its own day), else on the day before (a fetch at 00:45 reads yesterday's).
    const today = onFeedDay(fetchedAt, 0, (hour % 12) * 60 + minute, region, clock, zone);
    if (today === null) return null;
    return today <= fetchedAt ? today : onFeedDay(fetchedAt, 1, (hour % 12) * 60 + minute, region, clock, zone);
  }
  if (d[2]) hour = hourOfPart(d[2], hour);
  if (hour === null || hour > 23 || minute > 59) return null;
  const t = onFeedDay(fetchedAt, back, hour * 60 + minute, region, clock, zone);
  return t === null ? null : Math.min(t, fetchedAt);
}

/** The first of an entry's fields that reads as a relative date, or null. */
export function firstRelativeDate(dates: string[], fetchedAt: number, region: string | null, clock: StatedOffset[]): number | null {
  for (const d of dates) {
    const t = relativeDate(d, fetchedAt, region, clock);
    if (t !== null) return t;
  }
  return null;
}
