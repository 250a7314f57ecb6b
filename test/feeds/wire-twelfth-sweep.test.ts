import { describe, expect, it } from 'vitest';
import { htmlToStoryText } from '../../src/feeds/html-text.js';
import { normaliseEntry } from '../../src/feeds/normalise.js';
import { parseFeed } from '../../src/feeds/parse.js';
import { cleanWireCopy } from '../../src/feeds/wire.js';
import { expectKeptAsFirstAndInside } from '../helpers/wire-lines.js';

const LAST = 'Last sentence of the copy here.';

describe('what the eleventh sweep left (twelfth sweep)', () => {
  describe('a place and a full stop opening the copy is a dateline only where desks date so', () => {
    it.each([
      'Kano. That was the city where the first cotton exchange of the north opened in 1912.',
      'Mumbai. The city never sleeps, and neither do its suburban trains.',
      'Arusha. That is where the tribunal sat for two decades.',
      'Kampala. It has grown faster than any other city in the region, the report said.',
    ])('keeps "%s" whole, the place in its sentence', (line) => {
      // Before: the place and its full stop were read as a Tanzanian dateline and cut from the copy.
      const copy = cleanWireCopy([line, LAST]);
      expect(copy.paragraphs).toEqual([line, LAST]);
      expect(copy.place).toBeNull();
    });

    it.each([
      ['Dar es Salaam', 'The Tanzania People\'s Defence Force will recruit 4,000 young people next year.'],
      ['Dodoma', 'Parliament on Thursday passed the finance bill after a two-day debate.'],
      ['Kampala', 'The Uganda People\'s Defence Force has deployed two more battalions to the border with South Sudan.'],
      ['Mbeya', 'Farmers in the southern highlands have started planting early after the first rains.'],
    ])('still reads "%s." over a news lead as an East African paper\'s dateline', (place, lead) => {
      const copy = cleanWireCopy([`${place}. ${lead}`, LAST]);
      expect(copy.paragraphs).toEqual([lead, LAST]);
      expect(copy.place).toBe(place);
    });
  });

  describe('an agency\'s mark alone as the last line', () => {
    it.each(['MAP', 'APS', 'PL', 'SPA', 'CP', 'Petra', 'Saba', 'HS'])('is no sign-off as "%s" under copy that names no agency: no agency is credited and the line stays', (mark) => {
      // Before: the word was read as the agency's sign-off, and the story credited to it.
      const copy = cleanWireCopy(['The ministry said exports rose in October, officials said on Thursday.', mark]);
      expect(copy.agency).toBeNull();
      expect(copy.paragraphs).toEqual(['The ministry said exports rose in October, officials said on Thursday.', mark]);
    });

    it.each([
      ['MAP', 'RABAT, Nov. 26 (MAP) – Morocco and Mauritania signed four agreements on Thursday.', 'MAP'],
      ['APS', 'ALGIERS, Nov 26 (APS) - The Algerian navy took delivery of a second corvette on Thursday.', 'APS'],
      ['PL', 'Caracas, Nov 26 (PL) The Venezuelan government announced new social programmes on Thursday.', 'Prensa Latina'],
    ])('is the sign-off of the story "%s" dates', (mark, lead, agency) => {
      const copy = cleanWireCopy([lead, 'The second paragraph of the story follows here.', mark]);
      expect(copy.agency).toBe(agency);
      expect(copy.paragraphs.at(-1)).toBe('The second paragraph of the story follows here.');
    });

    it('is the sign-off of the agency the feed names, when the copy has no dateline', () => {
      const copy = cleanWireCopy(['Morocco and Mauritania signed four agreements on Thursday.', 'MAP'], { agency: 'MAP' });
      expect(copy).toMatchObject({ agency: 'MAP', paragraphs: ['Morocco and Mauritania signed four agreements on Thursday.'] });
    });

    it('is a sign-off under copy of any agency when the mark is no word ("PTI", "IANS", "Xinhua")', () => {
      for (const [mark, agency] of [['PTI', 'PTI'], ['IANS', 'IANS'], ['Xinhua', 'Xinhua']]) {
        expect(cleanWireCopy(['The ministry said exports rose in October.', mark!])).toMatchObject({ agency, paragraphs: ['The ministry said exports rose in October.'] });
      }
    });

    it('still reads a word-like mark with its dashes or brackets as a sign-off ("--MAP", "(APS)")', () => {
      expect(cleanWireCopy(['The ministry said exports rose in October.', '--MAP'])).toMatchObject({ agency: 'MAP', paragraphs: ['The ministry said exports rose in October.'] });
      expect(cleanWireCopy(['The ministry said exports rose in October.', '(APS)'])).toMatchObject({ agency: 'APS', paragraphs: ['The ministry said exports rose in October.'] });
    });
  });

  describe('a box heading glued to its first headline', () => {
    it('cuts "Top Stories Kohli hits century" and the headlines under it after the copy', () => {
      const html = '<p>Mumbai, Nov 26 (PTI) The rupee fell on Thursday.</p><p>Dealers expect more selling.</p><p>Top Stories<br>Kohli hits century in Perth</p><p>Sensex falls 300 points</p><p>Gold prices today</p>';
      // Before: "Top Stories Kohli hits century in Perth" stayed whole, and the box with it.
      expect(cleanWireCopy(htmlToStoryText(html).paragraphs).paragraphs).toEqual(['The rupee fell on Thursday.', 'Dealers expect more selling.']);
    });

    it('cuts it as the last line, the box\'s one headline', () => {
      expect(cleanWireCopy(['Mumbai, Nov 26 (PTI) The rupee fell on Thursday.', 'Dealers expect more selling.', 'Latest News Sensex falls 300 points']).paragraphs).toEqual(['The rupee fell on Thursday.', 'Dealers expect more selling.']);
    });

    it.each([
      'Top Stories Kohli hits century in Perth',
      'Trending Tech Stocks Rally',
    ])('keeps "%s" whole between sentences of copy', (line) => {
      expect(cleanWireCopy(['Mumbai, Nov 26 (PTI) First sentence here.', line, LAST]).paragraphs).toEqual(['First sentence here.', line, LAST]);
    });
  });

});

type Story = [what: string, page: string[], copy: string[], place: string | null, agency: string | null];

describe('Indian-language agencies, South Asian outlets, government releases, Gulf and East Asian agencies of a twelfth sweep, each story written for this test', () => {
  // In India's other scripts: PTI, IANS and UNI credited in Tamil, Telugu, Kannada, Malayalam, Gujarati, Punjabi, Odia and Marathi,
  // and Hindusthan Samachar in Hindi, Marathi and English.
  const scripts: Story[] = [
    ['PTI in Tamil, the month cut short', [
      'சென்னை, நவ. 26 (பிடிஐ) வடகிழக்கு பருவமழை தீவிரமடைந்ததால் 12 மாவட்டங்களில் பள்ளிகளுக்கு வியாழக்கிழமை விடுமுறை அறிவிக்கப்பட்டது.',
      'அடுத்த இரண்டு நாள்களுக்கு கனமழை தொடரும் என வானிலை ஆய்வு மையம் தெரிவித்தது.',
      '--பிடிஐ'], [
      'வடகிழக்கு பருவமழை தீவிரமடைந்ததால் 12 மாவட்டங்களில் பள்ளிகளுக்கு வியாழக்கிழமை விடுமுறை அறிவிக்கப்பட்டது.',
      'அடுத்த இரண்டு நாள்களுக்கு கனமழை தொடரும் என வானிலை ஆய்வு மையம் தெரிவித்தது.'], 'சென்னை', 'PTI'],
    ['IANS in Tamil, its sign-off alone', [
      'கோவை, நவம்பர் 26 (ஐஏஎன்எஸ்) நகரில் புதிய மேம்பாலம் வியாழக்கிழமை திறக்கப்பட்டது.',
      'இதனால் போக்குவரத்து நெரிசல் குறையும் என அதிகாரிகள் கூறினர்.',
      'ஐஏஎன்எஸ்'], [
      'நகரில் புதிய மேம்பாலம் வியாழக்கிழமை திறக்கப்பட்டது.',
      'இதனால் போக்குவரத்து நெரிசல் குறையும் என அதிகாரிகள் கூறினர்.'], 'கோவை', 'IANS'],
    ['PTI in Telugu', [
      'హైదరాబాద్, నవంబర్ 26 (పీటీఐ) తెలంగాణ ప్రభుత్వం గురువారం కొత్త పారిశ్రామిక విధానాన్ని ప్రకటించింది.',
      'ఈ విధానం ద్వారా లక్ష ఉద్యోగాలు వస్తాయని మంత్రి చెప్పారు.'], [
      'తెలంగాణ ప్రభుత్వం గురువారం కొత్త పారిశ్రామిక విధానాన్ని ప్రకటించింది.',
      'ఈ విధానం ద్వారా లక్ష ఉద్యోగాలు వస్తాయని మంత్రి చెప్పారు.'], 'హైదరాబాద్', 'PTI'],
    ['UNI in Telugu, the place of two words', [
      'విజయ వాడ, నవంబర్ 26 (యూఎన్ఐ) కృష్ణా నదిపై కొత్త వంతెన పనులు గురువారం ప్రారంభమయ్యాయి.',
      'పనులు రెండేళ్లలో పూర్తవుతాయని అధికారులు తెలిపారు.'], [
      'కృష్ణా నదిపై కొత్త వంతెన పనులు గురువారం ప్రారంభమయ్యాయి.',
      'పనులు రెండేళ్లలో పూర్తవుతాయని అధికారులు తెలిపారు.'], 'విజయ వాడ', 'UNI'],
    ['IANS in Kannada, its sign-off with dashes', [
      'ಬೆಂಗಳೂರು, ನವೆಂಬರ್ 26 (ಐಎಎನ್ಎಸ್) ನಗರದಲ್ಲಿ ಗುರುವಾರ ಭಾರಿ ಮಳೆಯಾಗಿದ್ದು, ಹಲವು ರಸ್ತೆಗಳು ಜಲಾವೃತಗೊಂಡಿವೆ.',
      'ಮುಂದಿನ ಎರಡು ದಿನ ಮಳೆ ಮುಂದುವರಿಯಲಿದೆ ಎಂದು ಹವಾಮಾನ ಇಲಾಖೆ ತಿಳಿಸಿದೆ.',
      '--ಐಎಎನ್ಎಸ್'], [
      'ನಗರದಲ್ಲಿ ಗುರುವಾರ ಭಾರಿ ಮಳೆಯಾಗಿದ್ದು, ಹಲವು ರಸ್ತೆಗಳು ಜಲಾವೃತಗೊಂಡಿವೆ.',
      'ಮುಂದಿನ ಎರಡು ದಿನ ಮಳೆ ಮುಂದುವರಿಯಲಿದೆ ಎಂದು ಹವಾಮಾನ ಇಲಾಖೆ ತಿಳಿಸಿದೆ.'], 'ಬೆಂಗಳೂರು', 'IANS'],
    ['PTI in Kannada, with UNI\'s mark in its sign-off', [
      'ಮೈಸೂರು, ನವೆಂಬರ್ 26 (ಪಿಟಿಐ) ದಸರಾ ವಸ್ತುಪ್ರದರ್ಶನಕ್ಕೆ ಈ ವರ್ಷ ದಾಖಲೆ ಸಂಖ್ಯೆಯ ಜನರು ಭೇಟಿ ನೀಡಿದ್ದಾರೆ.',
      'ಪ್ರಾಧಿಕಾರ ಗುರುವಾರ ಅಂಕಿಅಂಶ ಬಿಡುಗಡೆ ಮಾಡಿದೆ.',
      'ಪಿಟಿಐ'], [
      'ದಸರಾ ವಸ್ತುಪ್ರದರ್ಶನಕ್ಕೆ ಈ ವರ್ಷ ದಾಖಲೆ ಸಂಖ್ಯೆಯ ಜನರು ಭೇಟಿ ನೀಡಿದ್ದಾರೆ.',
      'ಪ್ರಾಧಿಕಾರ ಗುರುವಾರ ಅಂಕಿಅಂಶ ಬಿಡುಗಡೆ ಮಾಡಿದೆ.'], 'ಮೈಸೂರು', 'PTI'],
    ['PTI in Malayalam', [
      'തിരുവനന്തപുരം, നവംബർ 26 (പിടിഐ) സംസ്ഥാനത്ത് വ്യാഴാഴ്ച കനത്ത മഴ തുടരുന്നു.',
      'അഞ്ച് ജില്ലകളിൽ ഓറഞ്ച് അലർട്ട് പ്രഖ്യാപിച്ചു.'], [
      'സംസ്ഥാനത്ത് വ്യാഴാഴ്ച കനത്ത മഴ തുടരുന്നു.',
      'അഞ്ച് ജില്ലകളിൽ ഓറഞ്ച് അലർട്ട് പ്രഖ്യാപിച്ചു.'], 'തിരുവനന്തപുരം', 'PTI'],
    ['IANS in Malayalam, its sign-off', [
      'കൊച്ചി, നവംബർ 26 (ഐഎഎൻഎസ്) കൊച്ചി മെട്രോയുടെ രണ്ടാം ഘട്ടം അടുത്ത വർഷം തുറക്കും.',
      'പണികൾ 80 ശതമാനം പൂർത്തിയായതായി അധികൃതർ അറിയിച്ചു.',
      '-- ഐഎഎൻഎസ്'], [
      'കൊച്ചി മെട്രോയുടെ രണ്ടാം ഘട്ടം അടുത്ത വർഷം തുറക്കും.',
      'പണികൾ 80 ശതമാനം പൂർത്തിയായതായി അധികൃതർ അറിയിച്ചു.'], 'കൊച്ചി', 'IANS'],
    ['PTI in Gujarati, in Gujarati digits', [
      'અમદાવાદ, ૨૬ નવેમ્બર (પીટીઆઈ) રાજ્ય સરકારે ગુરુવારે નવી સૌર ઊર્જા નીતિ જાહેર કરી.',
      'આ નીતિથી પાંચ વર્ષમાં ૧૦,૦૦૦ મેગાવોટ ક્ષમતા ઉમેરાશે.'], [
      'રાજ્ય સરકારે ગુરુવારે નવી સૌર ઊર્જા નીતિ જાહેર કરી.',
      'આ નીતિથી પાંચ વર્ષમાં ૧૦,૦૦૦ મેગાવોટ ક્ષમતા ઉમેરાશે.'], 'અમદાવાદ', 'PTI'],
    ['IANS in Gujarati, its sign-off', [
      'સુરત, 26 નવેમ્બર (આઈએએનએસ) શહેરમાં હીરા ઉદ્યોગની નિકાસ ઓક્ટોબરમાં વધી.',
      'ઉદ્યોગના આગેવાનોએ ગુરુવારે આ માહિતી આપી.',
      '--આઈએએનએસ'], [
      'શહેરમાં હીરા ઉદ્યોગની નિકાસ ઓક્ટોબરમાં વધી.',
      'ઉદ્યોગના આગેવાનોએ ગુરુવારે આ માહિતી આપી.'], 'સુરત', 'IANS'],
    ['PTI in Punjabi (Gurmukhi), a danda after the mark', [
      'ਚੰਡੀਗੜ੍ਹ, 26 ਨਵੰਬਰ (ਪੀਟੀਆਈ)। ਪੰਜਾਬ ਸਰਕਾਰ ਨੇ ਵੀਰਵਾਰ ਨੂੰ ਕਿਸਾਨਾਂ ਲਈ ਨਵੀਂ ਯੋਜਨਾ ਦਾ ਐਲਾਨ ਕੀਤਾ।',
      'ਇਸ ਯੋਜਨਾ ਤਹਿਤ ਪਰਾਲੀ ਸੰਭਾਲਣ ਲਈ ਮਸ਼ੀਨਾਂ ਦਿੱਤੀਆਂ ਜਾਣਗੀਆਂ।'], [
      'ਪੰਜਾਬ ਸਰਕਾਰ ਨੇ ਵੀਰਵਾਰ ਨੂੰ ਕਿਸਾਨਾਂ ਲਈ ਨਵੀਂ ਯੋਜਨਾ ਦਾ ਐਲਾਨ ਕੀਤਾ।',
      'ਇਸ ਯੋਜਨਾ ਤਹਿਤ ਪਰਾਲੀ ਸੰਭਾਲਣ ਲਈ ਮਸ਼ੀਨਾਂ ਦਿੱਤੀਆਂ ਜਾਣਗੀਆਂ।'], 'ਚੰਡੀਗੜ੍ਹ', 'PTI'],
    ['PTI in Odia, in Odia digits', [
      'ଭୁବନେଶ୍ୱର, ୨୬ ନଭେମ୍ବର (ପିଟିଆଇ) ରାଜ୍ୟ ସରକାର ଗୁରୁବାର ନୂଆ ଜଳସେଚନ ଯୋଜନା ଘୋଷଣା କରିଛନ୍ତି।',
      'ଏଥିରେ ୫୦ ହଜାର ଚାଷୀ ଉପକୃତ ହେବେ।'], [
      'ରାଜ୍ୟ ସରକାର ଗୁରୁବାର ନୂଆ ଜଳସେଚନ ଯୋଜନା ଘୋଷଣା କରିଛନ୍ତି।',
      'ଏଥିରେ ୫୦ ହଜାର ଚାଷୀ ଉପକୃତ ହେବେ।'], 'ଭୁବନେଶ୍ୱର', 'PTI'],
    ['PTI in Marathi, its own spelling of the mark', [
      'मुंबई, २६ नोव्हेंबर (पीटीआय) राज्य सरकारने गुरुवारी शेतकऱ्यांसाठी नवी पीक विमा योजना जाहीर केली.',
      'या योजनेचा लाभ ४० लाख शेतकऱ्यांना होईल, असे कृषिमंत्र्यांनी सांगितले.'], [
      'राज्य सरकारने गुरुवारी शेतकऱ्यांसाठी नवी पीक विमा योजना जाहीर केली.',
      'या योजनेचा लाभ ४० लाख शेतकऱ्यांना होईल, असे कृषिमंत्र्यांनी सांगितले.'], 'मुंबई', 'PTI'],
    ['Hindusthan Samachar in Hindi, its writer after the slash', [
      'नई दिल्ली, 26 नवंबर (हि.स.)। केंद्र सरकार ने गुरुवार को रेलवे की तीन नई परियोजनाओं को मंजूरी दी।',
      'इन परियोजनाओं पर कुल 12 हजार करोड़ रुपये खर्च होंगे।',
      'हिन्दुस्थान समाचार/सुशील'], [
      'केंद्र सरकार ने गुरुवार को रेलवे की तीन नई परियोजनाओं को मंजूरी दी।',
      'इन परियोजनाओं पर कुल 12 हजार करोड़ रुपये खर्च होंगे।'], 'नई दिल्ली', 'Hindusthan Samachar'],
    ['Hindusthan Samachar in Marathi', [
      'पुणे, 26 नोव्हेंबर (हिं.स.) शहरातील मेट्रोच्या तिसऱ्या मार्गाचे काम गुरुवारी सुरू झाले.',
      'हा मार्ग दोन वर्षांत पूर्ण होईल.'], [
      'शहरातील मेट्रोच्या तिसऱ्या मार्गाचे काम गुरुवारी सुरू झाले.',
      'हा मार्ग दोन वर्षांत पूर्ण होईल.'], 'पुणे', 'Hindusthan Samachar'],
    ['Hindusthan Samachar in English, "(HS)" and its sign-off with the writer after a spaced slash', [
      'Guwahati, 26 November (HS): The Assam cabinet on Thursday approved a new policy for tea garden workers.',
      'The policy raises the daily wage by 30 rupees from January.',
      '--Hindusthan Samachar / Sushil'], [
      'The Assam cabinet on Thursday approved a new policy for tea garden workers.',
      'The policy raises the daily wage by 30 rupees from January.'], 'Guwahati', 'Hindusthan Samachar'],
  ];

  // Indian outlets' notes on the syndicated copy they carry, and the credits under it.
  const syndicated: Story[] = [
    ['Business Standard, its syndication note', [
      'New Delhi, Nov 26 (PTI) India\'s services exports rose 14 per cent in October, the commerce ministry said on Thursday.',
      'Imports of services grew 9 per cent.',
      '(Only the headline of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)'], [
      'India\'s services exports rose 14 per cent in October, the commerce ministry said on Thursday.',
      'Imports of services grew 9 per cent.'], 'New Delhi', 'PTI'],
    ['NDTV, its syndication note and plug', [
      'Kochi, Nov 26 (PTI) The Navy commissioned its fourth anti-submarine shallow-water craft at Kochi on Thursday.',
      'The vessel was built by Cochin Shipyard.',
      '(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)',
      'Track Latest News Live on NDTV.com and get news updates from India and around the world'], [
      'The Navy commissioned its fourth anti-submarine shallow-water craft at Kochi on Thursday.',
      'The vessel was built by Cochin Shipyard.'], 'Kochi', 'PTI'],
    ['LatestLY, where the story first appeared', [
      'Mumbai, Nov 26 (PTI) The Sensex rose 410 points on Thursday as bank shares gained.',
      'The Nifty closed at a record high.',
      '(The above story first appeared on LatestLY on Nov 26, 2026 05:10 PM IST. For more news and updates on politics, world, sports, entertainment and lifestyle, log on to our website latestly.com).'], [
      'The Sensex rose 410 points on Thursday as bank shares gained.',
      'The Nifty closed at a record high.'], 'Mumbai', 'PTI'],
    ['LatestLY, its note on unedited copy', [
      'Bengaluru, Nov 26 (IANS) ISRO will launch a navigation satellite in December, its chairman said on Thursday.',
      'The satellite will replace one that failed in orbit.',
      '(This is an unedited and auto-generated story from Syndicated News feed, LatestLY Staff may not have modified or edited the content body)'], [
      'ISRO will launch a navigation satellite in December, its chairman said on Thursday.',
      'The satellite will replace one that failed in orbit.'], 'Bengaluru', 'IANS'],
    ['Lokmat Times, its disclaimer on agency copy', [
      'Nagpur, Nov 26 (ANI): The winter session of the state legislature will begin on December 8, officials said.',
      'The session will last three weeks.',
      'Disclaimer: This post has been auto-published from an agency feed without any modifications to the text and has not been reviewed by an editor'], [
      'The winter session of the state legislature will begin on December 8, officials said.',
      'The session will last three weeks.'], 'Nagpur', 'ANI'],
    ['Republic, its note after the headline', [
      'Srinagar, Nov 26 (PTI) Snowfall closed the Mughal Road on Thursday, officials said.',
      'Traffic on the Srinagar-Jammu highway was not affected.',
      '(Except for the headline, this story has not been edited by Republic staff and is published from a syndicated feed)'], [
      'Snowfall closed the Mughal Road on Thursday, officials said.',
      'Traffic on the Srinagar-Jammu highway was not affected.'], 'Srinagar', 'PTI'],
    ['Outlook, its disclaimer', [
      'Ranchi, Nov 26 (PTI) Jharkhand will hold its civic polls in February, the state election commission said on Thursday.',
      'Disclaimer: This story is auto-generated from a syndicated feed and has not been edited by Outlook staff.'], [
      'Jharkhand will hold its civic polls in February, the state election commission said on Thursday.'], 'Ranchi', 'PTI'],
    ['"— Edited by" under the copy', [
      'Lucknow, Nov 26 (PTI) The Uttar Pradesh government on Thursday extended the sugarcane crushing season by a month.',
      'Mills had sought the extension after late rains.',
      '— Edited by Priya Kumari'], [
      'The Uttar Pradesh government on Thursday extended the sugarcane crushing season by a month.',
      'Mills had sought the extension after late rains.'], 'Lucknow', 'PTI'],
    ['"– Edited by" after an inputs credit', [
      'Dehradun: The Char Dham shrines will close for the winter next week, the temple committee said on Thursday.',
      'Over four million pilgrims visited this year.',
      '(With inputs from agencies)',
      '– Edited by Amit Kumar Singh'], [
      'The Char Dham shrines will close for the winter next week, the temple committee said on Thursday.',
      'Over four million pilgrims visited this year.'], 'Dehradun', null],
  ];

  // Government releases signed at their foot by the office or the mission that issued them, above its place and date.
  const releases: Story[] = [
    ['Nepal\'s foreign ministry, its office over the place and date', [
      'Foreign Secretary Amrit Bahadur Rai held talks with his Indian counterpart in Kathmandu on Thursday.',
      'The two sides reviewed progress on cross-border transmission lines.',
      'Ministry of Foreign Affairs',
      'Kathmandu',
      '26 November 2026'], [
      'Foreign Secretary Amrit Bahadur Rai held talks with his Indian counterpart in Kathmandu on Thursday.',
      'The two sides reviewed progress on cross-border transmission lines.'], 'Kathmandu', null],
    ['India\'s embassy in Kathmandu', [
      'The Embassy handed over 20 ambulances to hospitals in Madhesh Province on Thursday.',
      'The ambulances were gifted under the India-Nepal development partnership.',
      'Embassy of India',
      'Kathmandu',
      '26 November 2026'], [
      'The Embassy handed over 20 ambulances to hospitals in Madhesh Province on Thursday.',
      'The ambulances were gifted under the India-Nepal development partnership.'], 'Kathmandu', null],
    ['India\'s high commission in Colombo, its place and date on one line', [
      'High Commissioner Santosh Jha handed over 500 houses to families in Nuwara Eliya on Thursday.',
      'The houses were built under the Indian Housing Project.',
      'High Commission of India',
      'Colombo, 26 November 2026'], [
      'High Commissioner Santosh Jha handed over 500 houses to families in Nuwara Eliya on Thursday.',
      'The houses were built under the Indian Housing Project.'], 'Colombo', null],
    ['Sri Lanka\'s foreign ministry', [
      'Sri Lanka and the Maldives signed a memorandum on fisheries cooperation in Colombo on Thursday.',
      'Ministry of Foreign Affairs',
      'Colombo',
      '26 November 2026'], [
      'Sri Lanka and the Maldives signed a memorandum on fisheries cooperation in Colombo on Thursday.'], 'Colombo', null],
  ];

  // Taiwan's CNA names its writers in brackets over "Enditem" and its desk's initials.
  const agencies: Story[] = [
    ['CNA, its writer in brackets and "Enditem/ls"', [
      'Taipei, Nov. 26 (CNA) Taiwan will buy 200 more surveillance drones next year, the defense ministry said Thursday.',
      'The drones will be built by local manufacturers.',
      '(By Joseph Yeh)',
      'Enditem/ls'], [
      'Taiwan will buy 200 more surveillance drones next year, the defense ministry said Thursday.',
      'The drones will be built by local manufacturers.'], 'Taipei', 'CNA'],
    ['CNA, two writers', [
      'Taipei, Nov. 26 (CNA) Taiwan\'s exports rose 18 percent in October on demand for AI servers, the finance ministry said Thursday.',
      '(By Lee Hsin-Yin and Joseph Yeh)',
      'Enditem/kb'], [
      'Taiwan\'s exports rose 18 percent in October on demand for AI servers, the finance ministry said Thursday.'], 'Taipei', 'CNA'],
    ['MAP alone under a Moroccan outlet\'s copy that names no agency', [
      'Morocco\'s trade deficit narrowed by 6 percent in the first ten months, the exchange office said on Thursday.',
      'Exports of phosphates and cars rose.',
      'MAP'], [
      'Morocco\'s trade deficit narrowed by 6 percent in the first ten months, the exchange office said on Thursday.',
      'Exports of phosphates and cars rose.',
      'MAP'], null, null],
  ];

  // Corrections stay where the outlet put them; a live page's entries keep their times; a picture's credit inside the copy goes.
  const readers: Story[] = [
    ['a correction under the agency\'s sign-off', [
      'New Delhi, Nov 26 (IANS) The Delhi Metro will open its Magenta Line extension on Saturday.',
      'The extension adds four stations.',
      '--IANS',
      'akl/as',
      'Correction: An earlier version of this story said the extension adds five stations.'], [
      'The Delhi Metro will open its Magenta Line extension on Saturday.',
      'The extension adds four stations.',
      'Correction: An earlier version of this story said the extension adds five stations.'], 'New Delhi', 'IANS'],
    ['a dated clarification under an inputs credit', [
      'Chennai: The Tamil Nadu government on Thursday raised the procurement price of paddy by 100 rupees a quintal.',
      '(With inputs from PTI)',
      'Clarification, Nov 26: An earlier version of this story misnamed the food minister.'], [
      'The Tamil Nadu government on Thursday raised the procurement price of paddy by 100 rupees a quintal.',
      'Clarification, Nov 26: An earlier version of this story misnamed the food minister.'], 'Chennai', 'PTI'],
    ['an editor\'s note on an update, under the copy', [
      'Kathmandu, Nov 26: The Nepali Army rescued 12 trekkers stranded by snow in Manang on Thursday.',
      'Editor\'s note: This story was updated to add the number of trekkers rescued.'], [
      'The Nepali Army rescued 12 trekkers stranded by snow in Manang on Thursday.',
      'Editor\'s note: This story was updated to add the number of trekkers rescued.'], 'Kathmandu', null],
    ['a live page\'s entries, each opening with its time', [
      '10:45 AM IST: Sensex opens 200 points higher as bank shares gain.',
      '10:30 AM IST: Rupee opens flat at 84.20 against the dollar.'], [
      '10:45 AM IST: Sensex opens 200 points higher as bank shares gain.',
      '10:30 AM IST: Rupee opens flat at 84.20 against the dollar.'], null, null],
    ['a live page\'s clock alone over each entry', [
      'Key Events',
      '10:45 IST',
      'Sensex opens 200 points higher as bank shares gain.',
      '10:30 IST',
      'Rupee opens flat at 84.20 against the dollar.'], [
      'Sensex opens 200 points higher as bank shares gain.',
      'Rupee opens flat at 84.20 against the dollar.'], null, null],
    ['a live page\'s stamps over its entries', [
      'Nov 26, 2026 10:45 IST',
      'The Election Commission will announce the poll schedule at 3 pm.',
      'Nov 26, 2026 10:30 IST',
      'Counting staff have been told to report by Friday.'], [
      'The Election Commission will announce the poll schedule at 3 pm.',
      'Counting staff have been told to report by Friday.'], null, null],
    ['a picture\'s credit between the sentences of a paragraph', [
      'Mumbai, Nov 26 (PTI) The Atal Setu carried a record 90,000 vehicles on Wednesday (Photo: ANI), the highway authority said on Thursday.',
      'Toll collection rose 12 per cent.'], [
      'The Atal Setu carried a record 90,000 vehicles on Wednesday, the highway authority said on Thursday.',
      'Toll collection rose 12 per cent.'], 'Mumbai', 'PTI'],
    ['a picture\'s credit closing a paragraph of copy that quotes someone', [
      'Ahmedabad, Nov 26 (PTI) The bridge over the Sabarmati was opened to traffic on Thursday after three years of work, officials said, and tolls will be collected from January. (Photo: PTI)',
      'The bridge is 1.2 km long.'], [
      'The bridge over the Sabarmati was opened to traffic on Thursday after three years of work, officials said, and tolls will be collected from January.',
      'The bridge is 1.2 km long.'], 'Ahmedabad', 'PTI'],
    ['a picture\'s credit in square brackets inside the copy, and a caption credited so', [
      'Colombo, Nov 26 (Daily Mirror) - Heavy rain flooded parts of Colombo [Photo: Kushan Pathiraja] and cut power to 40,000 homes on Thursday.',
      'Flood waters at Kolonnawa on Thursday. (Photo: Kushan Pathiraja)',
      'The Disaster Management Centre said 2,000 families were moved to shelters.'], [
      'Heavy rain flooded parts of Colombo and cut power to 40,000 homes on Thursday.',
      'The Disaster Management Centre said 2,000 families were moved to shelters.'], 'Colombo', null],
    ['a correction over the dateline', [
      'Correction: An earlier version of this story gave the wrong date for the polls.',
      'Patna, Nov 26 (PTI) Bihar will hold panchayat polls in four phases from March, the state election commission said on Thursday.'], [
      'Correction: An earlier version of this story gave the wrong date for the polls.',
      'Bihar will hold panchayat polls in four phases from March, the state election commission said on Thursday.'], 'Patna', 'PTI'],
  ];

  // Furniture of papers in India's languages and Urdu: "Also read" over a linked headline, inputs credits and syndication notes in Hindi,
  // a note on copy translated from an agency's language service; Bernama's footer and a PIB stamp under the release.
  const furniture: Story[] = [
    ['PTI Bhasha in Hindi, "यह भी पढ़ें:" over a link inside the copy', [
      'नयी दिल्ली, 26 नवंबर (भाषा) केंद्र सरकार ने बृहस्पतिवार को रेलवे की तीन नई परियोजनाओं को मंजूरी दी।',
      'यह भी पढ़ें: दिल्ली में वायु गुणवत्ता फिर गंभीर श्रेणी में',
      'इन परियोजनाओं पर कुल 12 हजार करोड़ रुपये खर्च होंगे।',
      'भाषा अबक रंज'], [
      'केंद्र सरकार ने बृहस्पतिवार को रेलवे की तीन नई परियोजनाओं को मंजूरी दी।',
      'इन परियोजनाओं पर कुल 12 हजार करोड़ रुपये खर्च होंगे।'], 'नयी दिल्ली', 'PTI'],
    ['IANS in Hindi, "ये भी पढ़ें" alone over a linked headline, the copy going on under it', [
      'लखनऊ, 26 नवंबर (आईएएनएस)। उत्तर प्रदेश सरकार ने गुरुवार को गन्ने का समर्थन मूल्य 20 रुपये बढ़ा दिया।',
      'ये भी पढ़ें',
      'किसानों के लिए नई बीमा योजना शुरू',
      'नया मूल्य इसी पेराई सत्र से लागू होगा।',
      '--आईएएनएस'], [
      'उत्तर प्रदेश सरकार ने गुरुवार को गन्ने का समर्थन मूल्य 20 रुपये बढ़ा दिया।',
      'नया मूल्य इसी पेराई सत्र से लागू होगा।'], 'लखनऊ', 'IANS'],
    ['a Hindi page\'s "यह भी पढ़ें" written with a nukta of its own code point', [
      'भोपाल, 26 नवंबर (भाषा) मध्य प्रदेश में बृहस्पतिवार को पहली बार तापमान पांच डिग्री से नीचे गया।',
      'यह भी प\u095dें: राजस्थान में शीतलहर का अलर्ट',
      'मौसम विभाग ने अगले तीन दिन ठंड बढ़ने का अनुमान जताया है।'], [
      'मध्य प्रदेश में बृहस्पतिवार को पहली बार तापमान पांच डिग्री से नीचे गया।',
      'मौसम विभाग ने अगले तीन दिन ठंड बढ़ने का अनुमान जताया है।'], 'भोपाल', 'PTI'],
    ['PTI in Marathi, "हेही वाचा:"', [
      'नागपूर, २६ नोव्हेंबर (पीटीआय) विधिमंडळाचे हिवाळी अधिवेशन ८ डिसेंबरपासून सुरू होणार आहे.',
      'हेही वाचा: मुंबईत मेट्रोचा नवा मार्ग खुला',
      'अधिवेशन तीन आठवडे चालेल.'], [
      'विधिमंडळाचे हिवाळी अधिवेशन ८ डिसेंबरपासून सुरू होणार आहे.',
      'अधिवेशन तीन आठवडे चालेल.'], 'नागपूर', 'PTI'],
    ['BSS in Bengali, "আরও পড়ুন:"', [
      'ঢাকা, ২৬ নভেম্বর (বাসস) : সরকার বৃহস্পতিবার নতুন কৃষি ঋণ নীতি ঘোষণা করেছে।',
      'আরও পড়ুন: চট্টগ্রাম বন্দরে কনটেইনার জট কমেছে',
      'এই নীতির আওতায় কৃষকরা কম সুদে ঋণ পাবেন।'], [
      'সরকার বৃহস্পতিবার নতুন কৃষি ঋণ নীতি ঘোষণা করেছে।',
      'এই নীতির আওতায় কৃষকরা কম সুদে ঋণ পাবেন।'], 'ঢাকা', 'BSS'],
    ['PTI in Tamil, "இதையும் படிக்க:"', [
      'மதுரை, நவம்பர் 26 (பிடிஐ) வைகை அணையிலிருந்து வியாழக்கிழமை தண்ணீர் திறக்கப்பட்டது.',
      'இதையும் படிக்க: சென்னையில் கனமழை எச்சரிக்கை',
      'இதனால் ஐந்து மாவட்டங்களில் பாசனம் பெறும்.'], [
      'வைகை அணையிலிருந்து வியாழக்கிழமை தண்ணீர் திறக்கப்பட்டது.',
      'இதனால் ஐந்து மாவட்டங்களில் பாசனம் பெறும்.'], 'மதுரை', 'PTI'],
    ['PTI in Telugu, "ఇది కూడా చదవండి:"', [
      'విశాఖపట్నం, నవంబర్ 26 (పీటీఐ) నౌకాదళం గురువారం కొత్త యుద్ధనౌకను జలప్రవేశం చేసింది.',
      'ఇది కూడా చదవండి: హైదరాబాద్‌లో మెట్రో రెండో దశకు ఆమోదం',
      'ఈ నౌకను స్వదేశీ పరిజ్ఞానంతో నిర్మించారు.'], [
      'నౌకాదళం గురువారం కొత్త యుద్ధనౌకను జలప్రవేశం చేసింది.',
      'ఈ నౌకను స్వదేశీ పరిజ్ఞానంతో నిర్మించారు.'], 'విశాఖపట్నం', 'PTI'],
    ['PTI in Malayalam, "ഇതുകൂടി വായിക്കൂ:"', [
      'കോഴിക്കോട്, നവംബർ 26 (പിടിഐ) ജില്ലയിൽ വ്യാഴാഴ്ച രണ്ട് പുതിയ ആശുപത്രികൾ തുറന്നു.',
      'ഇതുകൂടി വായിക്കൂ: ശബരിമലയിൽ തിരക്ക് കൂടി',
      'ആരോഗ്യമന്ത്രി ഉദ്ഘാടനം നിർവഹിച്ചു.'], [
      'ജില്ലയിൽ വ്യാഴാഴ്ച രണ്ട് പുതിയ ആശുപത്രികൾ തുറന്നു.',
      'ആരോഗ്യമന്ത്രി ഉദ്ഘാടനം നിർവഹിച്ചു.'], 'കോഴിക്കോട്', 'PTI'],
    ['PTI in Gujarati, "આ પણ વાંચો:"', [
      'વડોદરા, 26 નવેમ્બર (પીટીઆઈ) શહેરમાં ગુરુવારે નવો ફ્લાયઓવર ખુલ્લો મુકાયો.',
      'આ પણ વાંચો: અમદાવાદમાં મેટ્રોનો બીજો તબક્કો શરૂ',
      'આ ફ્લાયઓવર 2.5 કિલોમીટર લાંબો છે.'], [
      'શહેરમાં ગુરુવારે નવો ફ્લાયઓવર ખુલ્લો મુકાયો.',
      'આ ફ્લાયઓવર 2.5 કિલોમીટર લાંબો છે.'], 'વડોદરા', 'PTI'],
    ['IANS in Kannada, "ಇದನ್ನೂ ಓದಿ:"', [
      'ಹುಬ್ಬಳ್ಳಿ, ನವೆಂಬರ್ 26 (ಐಎಎನ್ಎಸ್) ನಗರದಲ್ಲಿ ಗುರುವಾರ ಹೊಸ ಬಸ್ ನಿಲ್ದಾಣ ಉದ್ಘಾಟನೆಗೊಂಡಿತು.',
      'ಇದನ್ನೂ ಓದಿ: ಬೆಂಗಳೂರಿನಲ್ಲಿ ಮೆಟ್ರೋ ಹಳದಿ ಮಾರ್ಗ ಆರಂಭ',
      'ನಿಲ್ದಾಣಕ್ಕೆ 40 ಕೋಟಿ ರೂಪಾಯಿ ವೆಚ್ಚವಾಗಿದೆ.'], [
      'ನಗರದಲ್ಲಿ ಗುರುವಾರ ಹೊಸ ಬಸ್ ನಿಲ್ದಾಣ ಉದ್ಘಾಟನೆಗೊಂಡಿತು.',
      'ನಿಲ್ದಾಣಕ್ಕೆ 40 ಕೋಟಿ ರೂಪಾಯಿ ವೆಚ್ಚವಾಗಿದೆ.'], 'ಹುಬ್ಬಳ್ಳಿ', 'IANS'],
    ['PTI in Punjabi, "ਇਹ ਵੀ ਪੜ੍ਹੋ:"', [
      'ਅੰਮ੍ਰਿਤਸਰ, 26 ਨਵੰਬਰ (ਪੀਟੀਆਈ) ਸ਼ਹਿਰ ਵਿੱਚ ਵੀਰਵਾਰ ਨੂੰ ਨਵਾਂ ਬੱਸ ਅੱਡਾ ਖੋਲ੍ਹਿਆ ਗਿਆ।',
      'ਇਹ ਵੀ ਪੜ੍ਹੋ: ਲੁਧਿਆਣਾ ਵਿੱਚ ਧੁੰਦ ਕਾਰਨ ਉਡਾਣਾਂ ਲੇਟ',
      'ਇਸ ਉੱਤੇ 30 ਕਰੋੜ ਰੁਪਏ ਖ਼ਰਚ ਹੋਏ।'], [
      'ਸ਼ਹਿਰ ਵਿੱਚ ਵੀਰਵਾਰ ਨੂੰ ਨਵਾਂ ਬੱਸ ਅੱਡਾ ਖੋਲ੍ਹਿਆ ਗਿਆ।',
      'ਇਸ ਉੱਤੇ 30 ਕਰੋੜ ਰੁਪਏ ਖ਼ਰਚ ਹੋਏ।'], 'ਅੰਮ੍ਰਿਤਸਰ', 'PTI'],
    ['PTI in Odia, "ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ:"', [
      'କଟକ, ୨୬ ନଭେମ୍ବର (ପିଟିଆଇ) ମହାନଦୀ ଉପରେ ନୂଆ ସେତୁ ଗୁରୁବାର ଖୋଲିଲା।',
      'ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ: ଭୁବନେଶ୍ୱରରେ ମେଟ୍ରୋ କାମ ଆରମ୍ଭ',
      'ସେତୁଟି ଦୁଇ କିଲୋମିଟର ଲମ୍ବା।'], [
      'ମହାନଦୀ ଉପରେ ନୂଆ ସେତୁ ଗୁରୁବାର ଖୋଲିଲା।',
      'ସେତୁଟି ଦୁଇ କିଲୋମିଟର ଲମ୍ବା।'], 'କଟକ', 'PTI'],
    ['APP in Urdu, "یہ بھی پڑھیں:"', [
      'اسلام آباد، 26 نومبر (اے پی پی) وفاقی کابینہ نے جمعرات کو نئی توانائی پالیسی کی منظوری دے دی۔',
      'یہ بھی پڑھیں: کراچی میں بارش کا امکان',
      'پالیسی کے تحت شمسی توانائی پر ٹیکس کم کیا جائے گا۔'], [
      'وفاقی کابینہ نے جمعرات کو نئی توانائی پالیسی کی منظوری دے دی۔',
      'پالیسی کے تحت شمسی توانائی پر ٹیکس کم کیا جائے گا۔'], 'اسلام آباد', 'APP'],
    ['NDTV India\'s syndication note in Hindi', [
      'पटना, 26 नवंबर (भाषा) बिहार में पंचायत चुनाव मार्च से चार चरणों में होंगे।',
      'राज्य निर्वाचन आयोग ने बृहस्पतिवार को यह घोषणा की।',
      '(इस खबर को एनडीटीवी टीम ने संपादित नहीं किया है. यह सिंडीकेट फीड से सीधे प्रकाशित की गई है.)'], [
      'बिहार में पंचायत चुनाव मार्च से चार चरणों में होंगे।',
      'राज्य निर्वाचन आयोग ने बृहस्पतिवार को यह घोषणा की।'], 'पटना', 'PTI'],
    ['a Hindi inputs credit, "(एजेंसी इनपुट के साथ)"', [
      'जयपुर में बृहस्पतिवार को न्यूनतम तापमान आठ डिग्री दर्ज किया गया।',
      'मौसम विभाग ने शीतलहर की चेतावनी दी है।',
      '(एजेंसी इनपुट के साथ)'], [
      'जयपुर में बृहस्पतिवार को न्यूनतम तापमान आठ डिग्री दर्ज किया गया।',
      'मौसम विभाग ने शीतलहर की चेतावनी दी है।'], null, null],
    ['a Hindi inputs credit naming the agency, "(इनपुट: भाषा)"', [
      'देहरादून में बृहस्पतिवार को चारधाम यात्रा के समापन की तैयारी शुरू हुई।',
      '(इनपुट: भाषा)'], [
      'देहरादून में बृहस्पतिवार को चारधाम यात्रा के समापन की तैयारी शुरू हुई।'], null, 'PTI'],
    ['a note on copy translated from PTI Bhasha', [
      'Patna, Nov 26 (PTI) Bihar will hold panchayat polls in four phases from March, the state election commission said on Thursday.',
      '(This story has been translated from PTI Bhasha)'], [
      'Bihar will hold panchayat polls in four phases from March, the state election commission said on Thursday.'], 'Patna', 'PTI'],
    ['a note on copy translated from IANS Hindi', [
      'Bhopal, Nov 26 (IANS) Madhya Pradesh recorded its first sub-five-degree night of the winter on Thursday.',
      'Translated from IANS Hindi'], [
      'Madhya Pradesh recorded its first sub-five-degree night of the winter on Thursday.'], 'Bhopal', 'IANS'],
    ['Bernama\'s footer under copy with no sign-off', [
      'Kuala Lumpur, Nov 26 (Bernama) -- Malaysia\'s exports rose 7.2 percent in October on demand for electronics, the statistics department said.',
      'BERNAMA provides up-to-date authentic and comprehensive news and information which are disseminated via BERNAMA Wires; www.bernama.com; BERNAMA TV on Astro 502, unifi TV 631 and MYTV 121 channels and BERNAMA Radio.'], [
      'Malaysia\'s exports rose 7.2 percent in October on demand for electronics, the statistics department said.'], 'Kuala Lumpur', 'Bernama'],
    ['a PIB release with its stamp under the copy, not over it', [
      'The Union Cabinet on Thursday approved the extension of the PM Awas Yojana (Gramin) by two years.',
      'Two crore more houses will be built under the scheme.',
      'Posted On: 26 NOV 2026 5:30PM by PIB Delhi'], [
      'The Union Cabinet on Thursday approved the extension of the PM Awas Yojana (Gramin) by two years.',
      'Two crore more houses will be built under the scheme.'], 'Delhi', 'PIB'],
    ['a picture\'s credit naming a post inside the copy', [
      'Jammu, Nov 26 (PTI) Army engineers rebuilt the washed-away bridge at Akhnoor in 48 hours (Photo: X/@adgpi), officials said on Thursday.'], [
      'Army engineers rebuilt the washed-away bridge at Akhnoor in 48 hours, officials said on Thursday.'], 'Jammu', 'PTI'],
  ];

  it.each([...scripts, ...syndicated, ...releases, ...agencies, ...readers, ...furniture])('%s', (_what, input, expected, place, agency) => {
    const copy = cleanWireCopy(input);
    expect(copy.paragraphs).toEqual(expected);
    expect({ place: copy.place, agency: copy.agency }).toEqual({ place, agency });
  });

  it('holds at least sixty stories', () => {
    expect(scripts.length + syndicated.length + releases.length + agencies.length + readers.length + furniture.length).toBeGreaterThanOrEqual(60);
  });

  it.each([
    'HS results were declared on Thursday, the council said.',
    '(By then the ferry had sunk, the coast guard said.)',
    'Enditem is how Xinhua closes its copy, the editor said.',
    '— Edited by hand, the ballots were recounted on Thursday.',
    'Embassy of India officials met the families on Thursday.',
    'Correction facilities in the state hold 20,000 inmates, officials said.',
    'Clarification sought by the court was filed on Thursday, lawyers said.',
    'Translated from PTI reports, the note said the talks had failed.',
    'The above story first appeared in a local paper, the minister said.',
    'BERNAMA provides news to 40 countries, its chairman said.',
    'Posted On the notice board, the order listed 40 names.',
    'Photo identity cards (Photo ID) will be required at the booths, officials said.',
    'Dodoma. That is where parliament sits, and where the bill goes next.',
    'यह भी पढ़ें कि सरकार ने क्या कहा।',
    'इनपुट लागत बढ़ने से किसानों को नुकसान हुआ।',
    'चेन्नई, 26 नवंबर (गुरुवार) को भारी बारिश हुई।',
    'சென்னை, நவம்பர் 26 (வியாழன்) கனமழை பெய்தது.',
  ])('keeps "%s", a sentence of copy, as the first paragraph or inside the copy', (line) => {
    expectKeptAsFirstAndInside(line);
  });

  it('reads a bare "MAP" under the copy by the agency the feed\'s byline names, as a poll does', async () => {
    const feed = await parseFeed(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Maghreb wires</title><link>https://wires.example.org/</link>
      <item><title>Morocco, Mauritania sign fisheries deal</title><link>https://wires.example.org/map-fisheries</link><pubDate>Thu, 26 Nov 2026 10:00:00 +0100</pubDate><dc:creator>MAP</dc:creator>
      <description><![CDATA[<p>Morocco and Mauritania signed four agreements on Thursday.</p><p>MAP</p>]]></description></item>
      <item><title>Rabat opens a new tram line</title><link>https://wires.example.org/rabat-tram</link><pubDate>Thu, 26 Nov 2026 10:00:00 +0100</pubDate><dc:creator>Leila Bennani</dc:creator>
      <description><![CDATA[<p>Rabat opened its third tram line on Thursday.</p><p>MAP</p>]]></description></item>
      </channel></rss>`);
    const stories = feed.entries.map((e) => normaliseEntry(e, { feedUrl: 'https://wires.example.org/rss', feed, fetchedAt: Date.parse('2026-11-26T12:00:00Z') })!);
    // The first is the agency's own copy, which its mark signs off; over the second, "MAP" may be a map's link: it stays, and credits no one.
    expect(stories.map((s) => [s.agency, s.text])).toEqual([['MAP', 'Morocco and Mauritania signed four agreements on Thursday.'], [null, 'Rabat opened its third tram line on Thursday.\n\nMAP']]);
  });
});
