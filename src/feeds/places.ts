/**
 * Places a dateline names, as data: Indian state and union-territory capitals and big cities, South Asian capitals
 * and cities, world capitals and the cities wire desks file from, each in the spellings copy uses (Bengaluru and
 * Bangalore, Gurugram and Gurgaon, Kyiv and Kiev). It is asked only where the shape of a line leaves a doubt:
 * "Mumbai: The government…" opens copy, "Warning: The report…" and "BJP vs Congress: …" do not, and
 * "Modi — The prime minister said…" names no place. States and provinces are in: staff copy of regional desks heads
 * with them ("Sindh:", "GILGIT-BALTISTAN:", "Kerala:"), and an all-caps word the gazetteer does not know is taken
 * for initials, not a place ("NDRF:"), so the district towns regional copy files from are here too. Countries are
 * left out ("India: The country's exports rose…" is a sentence of copy as often as a dateline), except city-states
 * that are their own dateline. Names that are as often a person's or a word ("Puri", "Hassan", "Tank", "Hub") are left out.
 */
/**
 * Myanmar's capital, cities, towns and states and regions, as its state media date copy ("NAY PYI TAW, Nov 27 (MNA) —"): a dateline
 * from one credits "(MNA)" to the Myanmar News Agency, from anywhere else to Iran's Mehr (see wire.ts, agencyOfMark).
 */
const MYANMAR = [
  'Nay Pyi Taw', 'Naypyidaw', 'Naypyitaw', 'Nay Pyi Daw', 'Yangon', 'Rangoon', 'Mandalay', 'Sittwe', 'Myitkyina', 'Lashio',
  'Taunggyi', 'Mawlamyine', 'Bago', 'Pathein', 'Hpa-an', 'Loikaw', 'Monywa', 'Magway', 'Dawei', 'Kyaukphyu', 'Myeik', 'Pyay',
  'Bagan', 'Hakha', 'Meiktila', 'Tachileik', 'Myawaddy', 'Pyin Oo Lwin', 'Rakhine', 'Kachin', 'Sagaing', 'Kayin', 'Kayah',
  'Tanintharyi', 'Ayeyarwady', 'Hpakant',
];
/**
 * The places of the few countries whose agency's mark, or whose paper's name, is another's as well, so that a dateline from one of them
 * tells whose it is (the thirty-seventh sweep; see countryOf): a bare "RSS" under Kathmandu copy is Nepal's agency's sign-off, not the
 * Sangh's; "APS" under Algiers or Dakar copy the Algerian or Senegalese agency's; "APA" after Baku the Azerbaijan Press Agency's (Austria's
 * elsewhere); "- Daily News" under Colombo copy the Sri Lankan paper's. Names a neighbour shares (India's Bharatpur, Lalitpur, Bhojpur and
 * Parsa) are left out.
 */
const COUNTRY_PLACES: Record<string, string[]> = {
  Nepal: [
    'Kathmandu', 'Bhaktapur', 'Pokhara', 'Biratnagar', 'Birgunj', 'Janakpur', 'Janakpurdham', 'Butwal', 'Dhangadhi', 'Nepalgunj',
    'Hetauda', 'Birendranagar', 'Surkhet', 'Itahari', 'Dharan', 'Damak', 'Bhairahawa', 'Siddharthanagar', 'Tulsipur', 'Ghorahi',
    'Mahendranagar', 'Jumla', 'Gorkha', 'Chitwan', 'Simara', 'Kalaiya', 'Rajbiraj', 'Ilam', 'Dhulikhel', 'Banepa', 'Kirtipur',
    'Kakarbhitta', 'Solukhumbu', 'Namche Bazaar', 'Koshi', 'Madhesh', 'Bagmati', 'Gandaki', 'Lumbini', 'Karnali', 'Sudurpaschim',
    'Sudurpashchim', 'Dhading', 'Nuwakot', 'Rasuwa', 'Sindhupalchok', 'Kavre', 'Dolakha', 'Ramechhap', 'Sindhuli', 'Makwanpur',
    'Nawalparasi', 'Rupandehi', 'Kapilvastu', 'Banke', 'Bardiya', 'Kailali', 'Kanchanpur', 'Dadeldhura', 'Doti', 'Achham', 'Bajura',
    'Bajhang', 'Darchula', 'Baitadi', 'Humla', 'Mugu', 'Dolpa', 'Kalikot', 'Dailekh', 'Jajarkot', 'Rukum', 'Rolpa', 'Pyuthan', 'Salyan',
    'Arghakhanchi', 'Gulmi', 'Palpa', 'Syangja', 'Tanahun', 'Lamjung', 'Kaski', 'Manang', 'Myagdi', 'Baglung', 'Jhapa', 'Morang',
    'Sunsari', 'Dhankuta', 'Terhathum', 'Panchthar', 'Taplejung', 'Sankhuwasabha', 'Khotang', 'Okhaldhunga', 'Udayapur', 'Saptari',
    'Siraha', 'Dhanusha', 'Mahottari', 'Sarlahi', 'Rautahat',
  ],
  'Sri Lanka': [
    'Colombo', 'Kandy', 'Galle', 'Jaffna', 'Trincomalee', 'Batticaloa', 'Hambantota', 'Negombo', 'Sri Jayawardenepura Kotte', 'Kotte',
    'Anuradhapura', 'Kurunegala', 'Ratnapura', 'Badulla', 'Matara', 'Nuwara Eliya', 'Kilinochchi', 'Mullaitivu', 'Vavuniya', 'Mannar',
    'Polonnaruwa', 'Dambulla', 'Puttalam', 'Kalutara', 'Gampaha', 'Ampara', 'Kegalle', 'Matale', 'Moratuwa',
  ],
  Algeria: ['Algiers', 'Oran', 'Annaba', 'Tlemcen', 'Béjaïa', 'Bejaia', 'Sétif', 'Setif', 'Blida', 'Batna', 'Ouargla', 'Tamanrasset', 'Tizi Ouzou', 'Ghardaïa', 'Ghardaia', 'Skikda', 'Béchar', 'Bechar'],
  Senegal: ['Dakar', 'Saint-Louis', 'Touba', 'Ziguinchor', 'Thiès', 'Thies', 'Kaolack', 'Tambacounda', 'Mbour', 'Rufisque', 'Kolda', 'Louga', 'Diourbel', 'Kédougou', 'Kedougou'],
  // … and Paraguay's, Argentina's and Venezuela's, whose agencies' marks are two letters or another's (the thirty-eighth sweep: "(IP)",
  // "(NA)", "(VTV)"; see agencyOfMark). Names other countries' places share (Córdoba, Valencia, Mérida, Rosario) or that are words or
  // surnames as often (Mendoza, Salta, Posadas, Resistencia, Luque) are left out.
  Paraguay: ['Asunción', 'Asuncion', 'Ciudad del Este', 'Encarnación', 'Encarnacion', 'Pedro Juan Caballero', 'Lambaré', 'Fernando de la Mora', 'Coronel Oviedo', 'Caaguazú'],
  Argentina: [
    'Buenos Aires', 'La Plata', 'Mar del Plata', 'Tucumán', 'San Miguel de Tucumán', 'Neuquén', 'Bahía Blanca', 'Ushuaia', 'Viedma',
    'Río Gallegos', 'San Salvador de Jujuy', 'Jujuy', 'Santiago del Estero', 'Bariloche', 'San Carlos de Bariloche', 'Comodoro Rivadavia',
  ],
  Venezuela: ['Caracas', 'Maracaibo', 'Barquisimeto', 'Maracay', 'Ciudad Guayana', 'Ciudad Bolívar', 'Puerto La Cruz', 'Cumaná', 'Barinas', 'Maturín'],
  Azerbaijan: ['Baku', 'Ganja', 'Nakhchivan', 'Khankendi', 'Sumgait', 'Shusha', 'Lankaran', 'Mingachevir', 'Shaki', 'Sheki', 'Gabala', 'Shamakhi', 'Fuzuli', 'Aghdam', 'Lachin'],
};
const NAMES = [
  // India: capitals of states and union territories.
  'New Delhi', 'Delhi', 'Mumbai', 'Bombay', 'Kolkata', 'Calcutta', 'Chennai', 'Madras', 'Bengaluru', 'Bangalore', 'Hyderabad',
  'Thiruvananthapuram', 'Trivandrum', 'Amaravati', 'Itanagar', 'Dispur', 'Guwahati', 'Patna', 'Raipur', 'Panaji', 'Panjim',
  'Gandhinagar', 'Chandigarh', 'Shimla', 'Ranchi', 'Bhopal', 'Imphal', 'Shillong', 'Aizawl', 'Kohima', 'Bhubaneswar',
  'Jaipur', 'Gangtok', 'Agartala', 'Lucknow', 'Dehradun', 'Srinagar', 'Jammu', 'Leh', 'Kargil', 'Port Blair',
  'Sri Vijaya Puram', 'Puducherry', 'Pondicherry', 'Kavaratti', 'Daman', 'Diu', 'Silvassa', 'Dharamshala', 'Dharamsala',
  // India: other cities that head copy.
  'Ahmedabad', 'Pune', 'Surat', 'Vadodara', 'Baroda', 'Rajkot', 'Nagpur', 'Nashik', 'Aurangabad', 'Chhatrapati Sambhajinagar',
  'Thane', 'Navi Mumbai', 'Kolhapur', 'Solapur', 'Indore', 'Jabalpur', 'Gwalior', 'Ujjain', 'Kanpur', 'Varanasi',
  'Prayagraj', 'Allahabad', 'Agra', 'Meerut', 'Noida', 'Greater Noida', 'Ghaziabad', 'Ayodhya', 'Gorakhpur', 'Bareilly',
  'Aligarh', 'Mathura', 'Gurugram', 'Gurgaon', 'Faridabad', 'Panipat', 'Rohtak', 'Hisar', 'Ludhiana', 'Amritsar',
  'Jalandhar', 'Patiala', 'Mohali', 'Jodhpur', 'Udaipur', 'Kota', 'Ajmer', 'Bikaner', 'Jaisalmer', 'Kochi', 'Cochin',
  'Kozhikode', 'Calicut', 'Thrissur', 'Kollam', 'Kannur', 'Alappuzha', 'Coimbatore', 'Madurai', 'Tiruchirappalli',
  'Trichy', 'Salem', 'Tirunelveli', 'Vellore', 'Thoothukudi', 'Tuticorin', 'Mysuru', 'Mysore', 'Mangaluru', 'Mangalore',
  'Hubballi', 'Hubli', 'Belagavi', 'Belgaum', 'Kalaburagi', 'Visakhapatnam', 'Vizag', 'Vijayawada', 'Tirupati', 'Guntur',
  'Nellore', 'Kurnool', 'Warangal', 'Secunderabad', 'Cuttack', 'Rourkela', 'Balasore', 'Sambalpur', 'Jamshedpur',
  'Dhanbad', 'Bokaro', 'Gaya', 'Bhagalpur', 'Muzaffarpur', 'Siliguri', 'Darjeeling', 'Durgapur', 'Asansol', 'Howrah',
  'Dibrugarh', 'Silchar', 'Jorhat', 'Tezpur', 'Bilaspur', 'Durg', 'Bhilai', 'Haridwar', 'Rishikesh', 'Nainital',
  'Haldwani', 'Manali', 'Kullu', 'Mandi', 'Anantnag', 'Baramulla', 'Kathua', 'Udhampur', 'Pahalgam', 'Gulmarg', 'Sriharikota',
  'Pokhran', 'Margao', 'Vasco da Gama', 'Kutch', 'Bhuj', 'Kandla', 'Porbandar', 'Jamnagar', 'Dwarka', 'Somnath',
  // India: states and union territories, as regional desks head copy.
  'Andhra Pradesh', 'Arunachal Pradesh', 'Assam', 'Bihar', 'Chhattisgarh', 'Goa', 'Gujarat', 'Haryana', 'Himachal Pradesh',
  'Jharkhand', 'Karnataka', 'Kerala', 'Madhya Pradesh', 'Maharashtra', 'Manipur', 'Meghalaya', 'Mizoram', 'Nagaland', 'Odisha',
  'Orissa', 'Punjab', 'Rajasthan', 'Sikkim', 'Tamil Nadu', 'Telangana', 'Tripura', 'Uttar Pradesh', 'Uttarakhand',
  'Uttaranchal', 'West Bengal', 'Andaman and Nicobar Islands', 'Andaman and Nicobar', 'Jammu and Kashmir', 'Jammu & Kashmir',
  'Kashmir', 'Ladakh', 'Lakshadweep', 'Dadra and Nagar Haveli', 'Nava Raipur', 'Naya Raipur', 'Bhubaneshwar', 'Gurugram',
  // India: district towns that head regional copy.
  'Nanded', 'Amravati', 'Akola', 'Jalgaon', 'Latur', 'Sangli', 'Satara', 'Ahmednagar', 'Ahilyanagar', 'Ratnagiri', 'Palghar',
  'Bhiwandi', 'Kalyan', 'Baramati', 'Shirdi', 'Jhansi', 'Moradabad', 'Saharanpur', 'Muzaffarnagar', 'Firozabad', 'Etawah',
  'Sitapur', 'Bahraich', 'Azamgarh', 'Mirzapur', 'Sultanpur', 'Rae Bareli', 'Raebareli', 'Amethi', 'Unnao', 'Hathras',
  'Budaun', 'Badaun', 'Lakhimpur Kheri', 'Sambhal', 'Rampur', 'Shahjahanpur', 'Darbhanga', 'Purnea', 'Purnia', 'Begusarai',
  'Arrah', 'Chapra', 'Siwan', 'Motihari', 'Bettiah', 'Sasaram', 'Nalanda', 'Rajgir', 'Bodh Gaya', 'Bodhgaya', 'Rewa', 'Satna',
  'Ratlam', 'Dewas', 'Khajuraho', 'Alwar', 'Sikar', 'Bhilwara', 'Barmer', 'Chittorgarh', 'Gandhidham', 'Bharuch', 'Navsari',
  'Valsad', 'Junagadh', 'Bhavnagar', 'Morbi', 'Mehsana', 'Godhra', 'Kevadia', 'Bathinda', 'Ferozepur', 'Firozpur', 'Pathankot',
  'Hoshiarpur', 'Sangrur', 'Karnal', 'Ambala', 'Kurukshetra', 'Sonipat', 'Panchkula', 'Sirsa', 'Nuh', 'Solan', 'Kangra',
  'Chamba', 'Roorkee', 'Almora', 'Pithoragarh', 'Chamoli', 'Joshimath', 'Uttarkashi', 'Kedarnath', 'Badrinath', 'Kupwara',
  'Pulwama', 'Shopian', 'Poonch', 'Rajouri', 'Doda', 'Kishtwar', 'Ganderbal', 'Sopore', 'Bandipora', 'Budgam', 'Kulgam',
  'Samba', 'Reasi', 'Katra', 'Drass', 'Malda', 'Cooch Behar', 'Jalpaiguri', 'Bardhaman', 'Burdwan', 'Kharagpur', 'Haldia',
  'Bankura', 'Purulia', 'Murshidabad', 'Krishnanagar', 'Barasat', 'Berhampur', 'Brahmapur', 'Koraput', 'Paradip', 'Konark',
  'Kakinada', 'Rajahmundry', 'Rajamahendravaram', 'Anantapur', 'Kadapa', 'Ongole', 'Eluru', 'Srikakulam', 'Vizianagaram',
  'Chittoor', 'Karimnagar', 'Nizamabad', 'Khammam', 'Nalgonda', 'Adilabad', 'Mahabubnagar', 'Shivamogga', 'Shimoga',
  'Davanagere', 'Ballari', 'Bellary', 'Tumakuru', 'Tumkur', 'Udupi', 'Mandya', 'Raichur', 'Bidar', 'Vijayapura', 'Bijapur',
  'Chikkamagaluru', 'Madikeri', 'Karwar', 'Dharwad', 'Hampi', 'Palakkad', 'Malappuram', 'Kottayam', 'Idukki',
  'Pathanamthitta', 'Wayanad', 'Kasaragod', 'Ernakulam', 'Sabarimala', 'Erode', 'Tiruppur', 'Thanjavur', 'Kanyakumari',
  'Nagercoil', 'Dindigul', 'Cuddalore', 'Villupuram', 'Kanchipuram', 'Hosur', 'Ooty', 'Udhagamandalam', 'Rameswaram',
  'Tiruvannamalai', 'Tawang', 'Pasighat', 'Dimapur', 'Churachandpur', 'Moreh', 'Lunglei', 'Nagaon', 'Barpeta', 'Dhubri',
  'Kokrajhar', 'Tinsukia', 'Sivasagar', 'Karimganj', 'Hazaribagh', 'Deoghar', 'Giridih', 'Dumka', 'Jagdalpur', 'Dantewada',
  'Sukma', 'Korba', 'Rajnandgaon', 'Ambikapur', 'Narayanpur',
  // Pakistan: provinces and territories, and the district towns its papers' regional pages head copy with.
  'Sindh', 'Balochistan', 'Baluchistan', 'Khyber Pakhtunkhwa', 'Gilgit-Baltistan', 'Gilgit Baltistan', 'Azad Kashmir',
  'Azad Jammu and Kashmir', 'AJK', 'Bahawalpur', 'Sargodha', 'Gujranwala', 'Gujrat', 'Sheikhupura', 'Jhang', 'Sahiwal',
  'Okara', 'Kasur', 'Rahim Yar Khan', 'Dera Ghazi Khan', 'Dera Ismail Khan', 'D.I. Khan', 'D.G. Khan', 'Mardan', 'Swat',
  'Mingora', 'Kohat', 'Bannu', 'Chitral', 'Nowshera', 'Charsadda', 'Swabi', 'Mansehra', 'Haripur', 'Landi Kotal', 'Bajaur',
  'Parachinar', 'Kurram', 'North Waziristan', 'South Waziristan', 'Miranshah', 'Wana', 'Lakki Marwat', 'Hangu', 'Karak',
  'Skardu', 'Hunza', 'Chilas', 'Diamer', 'Turbat', 'Khuzdar', 'Chaman', 'Zhob', 'Sibi', 'Nushki', 'Mastung', 'Lasbela',
  'Larkana', 'Nawabshah', 'Shaheed Benazirabad', 'Mirpurkhas', 'Thatta', 'Badin', 'Jacobabad', 'Shikarpur', 'Khairpur', 'Dadu',
  'Tharparkar', 'Mithi', 'Umerkot', 'Sanghar', 'Ghotki', 'Kashmore', 'Jamshoro', 'Tando Allahyar', 'Murree', 'Attock',
  'Jhelum', 'Chakwal', 'Mianwali', 'Bhakkar', 'Layyah', 'Muzaffargarh', 'Vehari', 'Khanewal', 'Pakpattan', 'Toba Tek Singh',
  'Chiniot', 'Hafizabad', 'Narowal', 'Mandi Bahauddin', 'Mirpur', 'Kotli', 'Rawalakot',
  // Bangladesh: district towns (the divisions are named for their cities, below).
  'Gazipur', 'Narayanganj', 'Bogura', 'Bogra', 'Jashore', 'Jessore', 'Dinajpur', 'Kushtia', 'Tangail', 'Noakhali', 'Feni',
  'Brahmanbaria', 'Pabna', 'Sirajganj', 'Satkhira', 'Bagerhat', 'Patuakhali', 'Bhola', 'Teknaf', 'Ukhiya', 'Ukhia',
  'Rangamati', 'Bandarban', 'Khagrachhari', 'Habiganj', 'Moulvibazar', 'Sunamganj', 'Chandpur', 'Narsingdi', 'Faridpur',
  'Gopalganj', 'Madaripur', 'Kishoreganj', 'Jamalpur', 'Netrokona', 'Thakurgaon', 'Nilphamari', 'Kurigram', 'Lalmonirhat',
  'Gaibandha', 'Savar', 'Munshiganj', 'Chuadanga', 'Meherpur', 'Natore', 'Naogaon', 'Joypurhat', 'Chapainawabganj',
  // Nepal: provinces and the towns copy files from.
  'Koshi', 'Madhesh', 'Bagmati', 'Gandaki', 'Lumbini', 'Karnali', 'Sudurpaschim', 'Sudurpashchim', 'Hetauda', 'Birendranagar',
  'Surkhet', 'Itahari', 'Dharan', 'Damak', 'Bhairahawa', 'Siddharthanagar', 'Tulsipur', 'Ghorahi', 'Mahendranagar', 'Jumla',
  'Gorkha', 'Chitwan', 'Simara', 'Kalaiya', 'Rajbiraj', 'Ilam', 'Dhulikhel', 'Banepa', 'Kirtipur', 'Janakpurdham',
  'Kakarbhitta', 'Solukhumbu', 'Namche Bazaar',
  // Pakistan: more district and tehsil towns Dawn's and The News' regional pages head copy with ("TIMERGARA:", "BATKHELA:").
  'Timergara', 'Chakdara', 'Batkhela', 'Shangla', 'Alpuri', 'Besham', 'Buner', 'Battagram', 'Dasu', 'Nathiagali',
  'Havelian', 'Orakzai', 'Jamrud', 'Mohmand', 'Shabqadar', 'Risalpur', 'Drosh', 'Mastuj', 'Astore', 'Ghizer', 'Gahkuch',
  'Khaplu', 'Ghanche', 'Shigar', 'Bhimber', 'Pallandri', 'Bahawalnagar', 'Rajanpur', 'Lodhran', 'Khushab', 'Taxila',
  'Kamoke', 'Daska', 'Gojra', 'Jaranwala', 'Samundri', 'Shakargarh', 'Pasrur', 'Kharian', 'Hasilpur', 'Sadiqabad',
  'Khanpur', 'Liaquatpur', 'Taunsa', 'Jampur', 'Chishtian', 'Haroonabad', 'Arifwala', 'Depalpur', 'Pattoki', 'Chunian',
  'Raiwind', 'Muridke', 'Wazirabad', 'Shorkot', 'Kabirwala', 'Burewala', 'Mailsi', 'Yazman', 'Rohri', 'Sehwan', 'Kotri',
  'Sujawal', 'Islamkot', 'Chachro', 'Nagarparkar', 'Kunri', 'Shahdadpur', 'Kambar', 'Shahdadkot', 'Mehar', 'Ratodero',
  'Naudero', 'Thul', 'Kalat', 'Panjgur', 'Kharan', 'Washuk', 'Awaran', 'Pishin', 'Loralai', 'Ziarat', 'Harnai', 'Kohlu',
  'Barkhan', 'Musakhel', 'Nankana Sahib', 'Tando Adam', 'Tando Jam', 'Tando Muhammad Khan', 'Naushahro Feroze', 'Kot Addu',
  'Mian Channu', 'Dera Murad Jamali', 'Dera Bugti', 'Jhal Magsi', 'Usta Muhammad', 'Qila Abdullah', 'Qila Saifullah',
  'Upper Dir', 'Lower Dir', 'Wah Cantt', 'Ahmedpur East', 'Fort Abbas', 'Hattian Bala',
  // India: more district towns regional desks file from (The Hindu's "SIDDIPET:", the Times of India's "PARBHANI:").
  'Machilipatnam', 'Narasaraopet', 'Bapatla', 'Tenali', 'Bhimavaram', 'Tanuku', 'Amalapuram', 'Puttaparthi', 'Hindupur',
  'Madanapalle', 'Nandyal', 'Adoni', 'Proddatur', 'Srikalahasti', 'Paderu', 'Anakapalli', 'Sircilla', 'Siddipet',
  'Sangareddy', 'Medak', 'Kamareddy', 'Jagtial', 'Peddapalli', 'Mancherial', 'Bhadrachalam', 'Kothagudem', 'Suryapet',
  'Miryalaguda', 'Wanaparthy', 'Gadwal', 'Vikarabad', 'Jangaon', 'Mahabubabad', 'Hanamkonda', 'Kolar', 'Chikkaballapur',
  'Ramanagara', 'Chitradurga', 'Haveri', 'Gadag', 'Koppal', 'Yadgir', 'Bagalkot', 'Chamarajanagar', 'Kodagu', 'Tiruchi',
  'Kumbakonam', 'Nagapattinam', 'Karur', 'Namakkal', 'Krishnagiri', 'Dharmapuri', 'Tiruvarur', 'Pudukottai', 'Sivaganga',
  'Ramanathapuram', 'Virudhunagar', 'Theni', 'Tenkasi', 'Kallakurichi', 'Ranipet', 'Chengalpattu', 'Kancheepuram',
  'Tiruvallur', 'Perambalur', 'Ariyalur', 'Mayiladuthurai', 'Beed', 'Osmanabad', 'Dharashiv', 'Parbhani', 'Hingoli',
  'Washim', 'Buldhana', 'Yavatmal', 'Wardha', 'Chandrapur', 'Gadchiroli', 'Gondia', 'Bhandara', 'Nandurbar', 'Dhule',
  'Sindhudurg', 'Raigad', 'Alibaug', 'Lonavala', 'Balangir', 'Bolangir', 'Bargarh', 'Kalahandi', 'Kandhamal', 'Malkangiri',
  'Nabarangpur', 'Rayagada', 'Ganjam', 'Jajpur', 'Kendrapara', 'Jagatsinghpur', 'Dhenkanal', 'Angul', 'Keonjhar',
  'Mayurbhanj', 'Baripada', 'Bhadrak', 'Sundargarh', 'Jharsuguda', 'Alipurduar', 'Hooghly', 'Birbhum', 'Medinipur',
  'Midnapore', 'Digha', 'Samastipur', 'Sitamarhi', 'Madhubani', 'Supaul', 'Saharsa', 'Katihar', 'Araria', 'Kishanganj',
  'Nawada', 'Jehanabad', 'Buxar', 'Hajipur', 'Munger', 'Jamui', 'Ballia', 'Ghazipur', 'Jaunpur', 'Deoria', 'Kushinagar',
  'Gonda', 'Balrampur', 'Shravasti', 'Barabanki', 'Fatehpur', 'Chitrakoot', 'Hamirpur', 'Mainpuri', 'Kannauj',
  'Farrukhabad', 'Pilibhit', 'Bijnor', 'Amroha', 'Bulandshahr', 'Hapur', 'Baghpat', 'Shamli', 'Kaushambi', 'Pratapgarh',
  'Bhadohi', 'Sonbhadra', 'Chandauli', 'Maharajganj', 'Siddharthnagar', 'Hardoi', 'Pimpri-Chinchwad', 'Dakshina Kannada',
  'Uttara Kannada', 'Ambedkar Nagar',
  // Bangladesh and Nepal: more districts ("Our Correspondent, Narail", "Dhading, November 26").
  'Barguna', 'Pirojpur', 'Jhalokathi', 'Narail', 'Magura', 'Jhenaidah', 'Sherpur', 'Rajbari', 'Shariatpur', 'Manikganj',
  'Lakshmipur', 'Panchagarh', 'Dhading', 'Nuwakot', 'Rasuwa', 'Sindhupalchok', 'Kavre', 'Dolakha', 'Ramechhap', 'Sindhuli',
  'Makwanpur', 'Nawalparasi', 'Rupandehi', 'Kapilvastu', 'Banke', 'Bardiya', 'Kailali', 'Kanchanpur', 'Dadeldhura', 'Doti',
  'Achham', 'Bajura', 'Bajhang', 'Darchula', 'Baitadi', 'Humla', 'Mugu', 'Dolpa', 'Kalikot', 'Dailekh', 'Jajarkot',
  'Rukum', 'Rolpa', 'Pyuthan', 'Salyan', 'Arghakhanchi', 'Gulmi', 'Palpa', 'Syangja', 'Tanahun', 'Lamjung', 'Kaski',
  'Manang', 'Myagdi', 'Baglung', 'Jhapa', 'Morang', 'Sunsari', 'Dhankuta', 'Terhathum', 'Panchthar', 'Taplejung',
  'Sankhuwasabha', 'Bhojpur', 'Khotang', 'Okhaldhunga', 'Udayapur', 'Saptari', 'Siraha', 'Dhanusha', 'Mahottari',
  'Sarlahi', 'Rautahat', 'Parsa',
  // Sri Lanka, Afghanistan, Myanmar, the Maldives and Bhutan: towns beyond the capitals.
  'Anuradhapura', 'Kurunegala', 'Ratnapura', 'Badulla', 'Matara', 'Nuwara Eliya', 'Kilinochchi', 'Mullaitivu', 'Vavuniya',
  'Mannar', 'Polonnaruwa', 'Dambulla', 'Puttalam', 'Kalutara', 'Gampaha', 'Ampara', 'Kegalle', 'Matale', 'Moratuwa',
  'Mazar-e-Sharif', 'Bamiyan', 'Bamyan', 'Khost', 'Helmand', 'Lashkar Gah', 'Kunar', 'Nangarhar', 'Panjshir', 'Badakhshan', 'Faizabad',
  'Pul-e-Khumri', 'Baghlan', 'Paktia', 'Gardez', 'Paktika', 'Zabul', 'Nimroz', 'Zaranj', 'Uruzgan', 'Takhar', 'Taloqan', 'Balkh',
  'Jowzjan', 'Sheberghan', 'Faryab', 'Maimana', 'Badghis', 'Logar', 'Wardak', 'Parwan', 'Charikar', 'Bagram', 'Kapisa',
  'Laghman', 'Torkham', 'Spin Boldak',
  'Male’', "Male'",
  // The capital as the Maldives' PSM writes it over undated copy (the forty-fourth sweep): "Male' City – …" (the dated line read already).
  "Male' City", 'Malé City', 'Addu City', 'Hulhumalé', 'Hulhumale', 'Fuvahmulah', 'Kulhudhuffushi', 'Punakha', 'Wangdue Phodrang',
  'Trongsa', 'Bumthang', 'Samdrup Jongkhar', 'Gelephu', 'Mongar', 'Trashigang', 'Shigatse',
  // South Asia.
  'Islamabad', 'Rawalpindi', 'Karachi', 'Lahore', 'Peshawar', 'Quetta', 'Multan', 'Faisalabad', 'Hyderabad', 'Sukkur',
  'Gwadar', 'Muzaffarabad', 'Gilgit', 'Sialkot', 'Abbottabad', 'Dhaka', 'Dacca', 'Chittagong', 'Chattogram', 'Khulna',
  'Rajshahi', 'Sylhet', 'Barisal', 'Barishal', "Cox's Bazar", 'Cox’s Bazar', 'Rangpur', 'Mymensingh', 'Comilla', 'Cumilla',
  'Kathmandu', 'Lalitpur', 'Bhaktapur', 'Pokhara', 'Biratnagar', 'Birgunj', 'Janakpur', 'Bharatpur', 'Butwal', 'Dhangadhi',
  'Nepalgunj', 'Colombo', 'Kandy', 'Galle', 'Jaffna', 'Trincomalee', 'Batticaloa', 'Hambantota', 'Negombo',
  'Sri Jayawardenepura Kotte', 'Kotte', 'Thimphu', 'Paro', 'Phuentsholing', 'Malé', 'Kabul', 'Kandahar', 'Herat',
  'Mazar-i-Sharif', 'Jalalabad', 'Kunduz', 'Ghazni', 'Lhasa',
  // Myanmar (MYANMAR, above).
  // Asia and the Pacific.
  'Beijing', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Hong Kong', 'Macau', 'Taipei', 'Wuhan', 'Chengdu', 'Chongqing',
  'Tianjin', 'Hangzhou', 'Nanjing', 'Xiamen', 'Urumqi', 'Tokyo', 'Osaka', 'Kyoto', 'Yokohama', 'Hiroshima', 'Nagasaki',
  'Fukushima', 'Seoul', 'Busan', 'Pyongyang', 'Ulaanbaatar', 'Ulan Bator', 'Singapore', 'Kuala Lumpur', 'Putrajaya',
  'Penang', 'Petaling Jaya', 'Shah Alam', 'Johor Bahru', 'Kota Kinabalu', 'Kuching', 'Jakarta', 'Bali', 'Surabaya', 'Manila', 'Bangkok', 'Hanoi', 'Ho Chi Minh City', 'Phnom Penh', 'Vientiane',
  'Bandar Seri Begawan', 'Dili', 'Canberra', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Wellington',
  'Auckland', 'Christchurch', 'Port Moresby', 'Suva', 'Apia', 'Nuku’alofa', "Nuku'alofa", 'Honiara', 'Port Vila',
  // Central Asia, the Gulf and the Middle East.
  'Tashkent', 'Samarkand', 'Astana', 'Almaty', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Baku', 'Tbilisi', 'Yerevan', 'Tehran',
  'Mashhad', 'Isfahan', 'Baghdad', 'Basra', 'Erbil', 'Mosul', 'Damascus', 'Aleppo', 'Idlib', 'Beirut', 'Amman',
  'Jerusalem', 'Tel Aviv', 'Haifa', 'Ramallah', 'Gaza', 'Gaza City', 'Khan Younis', 'Rafah', 'Jenin', 'Nablus', 'Hebron',
  'Riyadh', 'Jeddah', 'Mecca', 'Makkah', 'Medina', 'Madinah', 'Dammam', 'Doha', 'Dubai', 'Abu Dhabi', 'Sharjah',
  'Manama', 'Muscat', 'Kuwait City', 'Kuwait', 'Sanaa', "Sana'a", 'Aden', 'Ankara', 'Istanbul', 'Izmir',
  // Europe.
  'London', 'Manchester', 'Birmingham', 'Edinburgh', 'Glasgow', 'Cardiff', 'Belfast', 'Dublin', 'Paris', 'Marseille',
  'Lyon', 'Strasbourg', 'Brussels', 'Luxembourg', 'Amsterdam', 'The Hague', 'Rotterdam', 'Berlin', 'Frankfurt', 'Munich',
  'Hamburg', 'Bonn', 'Cologne', 'Vienna', 'Zurich', 'Geneva', 'Bern', 'Davos', 'Rome', 'Milan', 'Naples', 'Venice',
  'Turin', 'Vatican City', 'Madrid', 'Barcelona', 'Lisbon', 'Porto', 'Athens', 'Nicosia', 'Valletta',
  'Copenhagen', 'Stockholm', 'Oslo', 'Helsinki', 'Reykjavik', 'Tallinn', 'Riga', 'Vilnius', 'Warsaw', 'Krakow',
  'Prague', 'Bratislava', 'Budapest', 'Bucharest', 'Sofia', 'Belgrade', 'Zagreb', 'Ljubljana', 'Sarajevo', 'Skopje',
  'Tirana', 'Podgorica', 'Pristina', 'Chisinau', 'Kyiv', 'Kiev', 'Kharkiv', 'Kharkov', 'Odesa', 'Odessa', 'Lviv',
  'Dnipro', 'Zaporizhzhia', 'Kherson', 'Donetsk', 'Mariupol', 'Minsk', 'Moscow', 'St Petersburg', 'Saint Petersburg',
  'Sochi', 'Vladivostok', 'Kaliningrad', 'Monaco',
  // Africa.
  'Cairo', 'Alexandria', 'Tripoli', 'Benghazi', 'Tunis', 'Algiers', 'Rabat', 'Casablanca', 'Marrakesh', 'Khartoum',
  'Port Sudan', 'Juba', 'Addis Ababa', 'Asmara', 'Djibouti', 'Mogadishu', 'Nairobi', 'Mombasa', 'Kampala', 'Kigali',
  'Dodoma', 'Dar es Salaam', 'Lusaka', 'Harare', 'Lilongwe', 'Maputo', 'Gaborone', 'Windhoek', 'Pretoria', 'Johannesburg',
  'Cape Town', 'Durban', 'Antananarivo', 'Port Louis', 'Moroni', 'Luanda', 'Kinshasa', 'Goma', 'Brazzaville',
  'Libreville', 'Yaounde', 'Yaoundé', 'Douala', 'Abuja', 'Lagos', 'Kano', 'Accra', 'Lome', 'Lomé', 'Cotonou',
  'Ouagadougou', 'Niamey', 'Bamako', 'Dakar', 'Banjul', 'Conakry', 'Freetown', 'Monrovia', 'Abidjan', 'Nouakchott',
  "N'Djamena", 'N’Djamena', 'Ndjamena', 'Bangui', 'Malabo',
  // Addis Ababa as Ethiopian papers and the city's own administration spell it (Addis Standard's "Addis Abeba – …").
  'Addis Abeba',
  // The Americas.
  'Washington', 'New York', 'United Nations', 'Los Angeles', 'San Francisco', 'Chicago', 'Houston', 'Dallas', 'Miami',
  'Atlanta', 'Boston', 'Seattle', 'Detroit', 'Philadelphia', 'Las Vegas', 'Denver', 'Phoenix', 'New Orleans',
  'Baltimore', 'Pittsburgh', 'Cleveland', 'Minneapolis', 'St Louis', 'Kansas City', 'Indianapolis', 'Milwaukee',
  'Cincinnati', 'San Diego', 'Sacramento', 'Austin', 'Nashville', 'Honolulu', 'Anchorage', 'Salt Lake City', 'Tampa',
  'Silicon Valley', 'Cape Canaveral', 'Fort Worth', 'Jacksonville', 'Anaheim', 'Springfield', 'East Rutherford', 'Foxboro',
  'Foxborough', 'Mojave',
  // State capitals and cities AP files from; those that are as often a person's name or a word (Jackson, Madison, Lincoln, Helena,
  // Pierre, Augusta, Olympia, Concord, Buffalo, Columbia, Columbus, Charlotte, Montgomery, Lansing, Redmond) are left out.
  'Providence', 'Santa Fe', 'Trenton', 'Albany', 'Raleigh', 'Charleston', 'Hartford', 'Baton Rouge', 'Little Rock', 'Oklahoma City',
  'Des Moines', 'Omaha', 'St Paul', 'Annapolis', 'Memphis', 'Louisville', 'Tallahassee', 'Orlando', 'Juneau', 'Boise', 'Cheyenne',
  'Bismarck', 'Carson City', 'Albuquerque', 'Tucson', 'El Paso', 'San Antonio', 'Montpelier', 'Topeka', 'Harrisburg', 'Sioux Falls',
  'Fargo', 'Newark', 'Portland', 'Colorado Springs', 'Fort Lauderdale', 'Palo Alto', 'Cupertino', 'Oakland', 'Pasadena', 'Long Beach',
  'Menlo Park', 'Santa Clara', 'Wilmington', 'Frankfort', 'Dover',
  'Ottawa', 'Toronto', 'Montreal', 'Vancouver', 'Calgary', 'Mexico City',
  'Guadalajara', 'Monterrey', 'Havana', 'Kingston', 'Port-au-Prince', 'Santo Domingo', 'San Juan', 'Guatemala City',
  'San Salvador', 'Tegucigalpa', 'Managua', 'San Jose', 'San José', 'Panama City', 'Bogota', 'Bogotá', 'Caracas', 'Quito',
  'Lima', 'La Paz', 'Santiago', 'Buenos Aires', 'Montevideo', 'Asuncion', 'Asunción', 'Brasilia', 'Brasília',
  'Rio de Janeiro', 'Sao Paulo', 'São Paulo', 'Georgetown', 'Paramaribo', 'Port of Spain', 'Bridgetown', 'Nassau',
  'New York City', 'Belmopan', 'Sucre', 'Castries', 'Kingstown', 'Basseterre', "St. John's", 'Roseau', "St. George's",
  // Capitals and cities in the news not listed above.
  'Andorra la Vella', 'Vaduz', 'San Marino', 'Tarawa', 'Majuro', 'Palikir', 'Funafuti', 'Noumea', 'Nouméa', 'Praia', 'Bissau',
  'Sao Tome', 'São Tomé', 'Mbabane', 'Maseru', 'Gitega', 'Bujumbura', 'Porto-Novo', 'Nuuk', 'Incheon', 'Sapporo', 'Nagoya',
  'Kobe', 'Naha', 'Kaohsiung', 'Da Nang', 'Cebu', 'Davao', 'Medan', 'Yogyakarta', 'Chiang Mai', 'Phuket', 'Siem Reap', 'Lhasa',
  'Kashgar', 'Harbin', 'Xi’an', "Xi'an", 'Kunming', 'Dalian', 'Qingdao', 'Sumy', 'Chernihiv', 'Mykolaiv', 'Kramatorsk',
  'Pokrovsk', 'Bakhmut', 'Avdiivka', 'Kursk', 'Belgorod', 'Sevastopol', 'Simferopol', 'Crimea', 'Deir al-Balah', 'Khan Yunis',
  'Jabalia', 'Beit Lahia', 'Homs', 'Hama', 'Latakia', 'Raqqa', 'Deir ez-Zor', 'Kirkuk', 'Najaf', 'Fallujah', 'Falluja', 'Karbala', 'Sulaimaniyah',
  'Tabriz', 'Shiraz', 'Qom', 'Bandar Abbas', 'Hodeidah', 'Marib', 'Omdurman', 'El Fasher', 'Misrata', 'Benin City', 'Ibadan',
  'Port Harcourt', 'Zanzibar', 'Arusha', 'Kisumu', 'Bulawayo', 'Sharm el-Sheikh', 'Sharm El-Sheikh', 'Luxor', 'Aswan', 'Eilat',
  // The Gulf's other emirates and towns, as Gulf News, Khaleej Times and WAM head copy ("Ras Al Khaimah:", "Fujairah —").
  'Ras Al Khaimah', 'Ras al-Khaimah', 'Fujairah', 'Ajman', 'Umm Al Quwain', 'Al Ain', 'Khor Fakkan', 'Dibba', 'Ruwais',
  'Salalah', 'Sohar', 'Duqm', 'Nizwa', 'Al Khobar', 'Khobar', 'Dhahran', 'Jubail', 'Yanbu', 'Tabuk', 'Abha', 'Taif', 'Buraidah',
  'NEOM', 'AlUla', 'Lusail', 'Al Wakrah', 'Muharraq', 'Riffa',
  // East and Southeast Asia, as their agencies and the regional desks head copy.
  'Quezon City', 'Makati', 'Pasig', 'Baguio', 'Iloilo', 'Zamboanga', 'Cotabato', 'Makassar', 'Bandung', 'Denpasar', 'Semarang',
  'Palembang', 'Balikpapan', 'Nusantara', 'Batam', 'Pontianak', 'Manado', 'Jayapura', 'Kupang', 'Banda Aceh', 'George Town',
  'Ipoh', 'Malacca', 'Melaka', 'Kota Bharu', 'Kuala Terengganu', 'Kuantan', 'Alor Setar', 'Seremban', 'Miri', 'Sandakan',
  'Tawau', 'Haiphong', 'Hai Phong', 'Can Tho', 'Nha Trang', 'Ha Long', 'Pattaya', 'Hat Yai', 'Khon Kaen',
  'Luang Prabang', 'Sihanoukville', 'Battambang', 'Sejong', 'Daegu', 'Daejeon', 'Gwangju', 'Ulsan', 'Jeju', 'Panmunjom',
  'Kaesong', 'Fukuoka', 'Sendai', 'Okinawa', 'Niigata', 'Kagoshima', 'Taichung', 'Tainan', 'Hsinchu', 'Macao', 'Zhuhai',
  'Changsha', 'Zhengzhou', 'Jinan', 'Shenyang', 'Nanning', 'Fuzhou', 'Hefei', 'Lanzhou', 'Hohhot', 'Yinchuan', 'Xining',
  'Guiyang', 'Haikou', 'Sanya', 'Suzhou', 'Ningbo', 'Changchun', 'Taiyuan', 'Shijiazhuang', 'Nanchang',
  // Europe and Türkiye, as dpa, EFE, ANSA, Anadolu and AFP head copy.
  'Seville', 'Sevilla', 'Valencia', 'Bilbao', 'Malaga', 'Zaragoza', 'Las Palmas', 'Santa Cruz de Tenerife',
  'Bologna', 'Genoa', 'Palermo', 'Bari', 'Catania', 'Trieste', 'Verona', 'Toulouse', 'Bordeaux', 'Lille', 'Nantes', 'Ajaccio',
  'Calais', 'Dusseldorf', 'Stuttgart', 'Leipzig', 'Dresden', 'Hanover', 'Hannover', 'Nuremberg', 'Karlsruhe', 'Potsdam',
  'Mainz', 'Wiesbaden', 'Magdeburg', 'Erfurt', 'Antwerp', 'Ghent', 'Liege', 'Utrecht', 'Eindhoven', 'Basel', 'Lausanne',
  'Lugano', 'Salzburg', 'Innsbruck', 'Graz', 'Linz', 'Gdansk', 'Wroclaw', 'Poznan', 'Lodz', 'Katowice', 'Lublin', 'Rzeszow',
  'Szczecin', 'Brno', 'Ostrava', 'Kosice', 'Debrecen', 'Cluj-Napoca', 'Timisoara', 'Iasi', 'Constanta', 'Plovdiv', 'Varna',
  'Novi Sad', 'Banja Luka', 'Mostar', 'Dubrovnik', 'Thessaloniki', 'Piraeus', 'Heraklion', 'Limassol', 'Gothenburg',
  'Malmo', 'Bergen', 'Aarhus', 'Tampere', 'Turku', 'Tartu', 'Kaunas', 'Daugavpils', 'Galway', 'Derry', 'Liverpool',
  'Leeds', 'Sheffield', 'Bristol', 'Newcastle', 'Southampton', 'Aberdeen', 'Gibraltar', 'Kazan', 'Novosibirsk',
  'Yekaterinburg', 'Murmansk', 'Rostov-on-Don', 'Krasnodar', 'Volgograd', 'Grozny', 'Kherson', 'Mykolaiv', 'Poltava',
  'Vinnytsia', 'Zhytomyr', 'Chernivtsi', 'Uzhhorod', 'Ivano-Frankivsk', 'Ternopil', 'Rivne', 'Lutsk', 'Cherkasy', 'Kropyvnytskyi',
  'Kryvyi Rih', 'Batumi', 'Kutaisi', 'Gyumri', 'Ganja', 'Nakhchivan', 'Stepanakert', 'Khankendi', 'Antalya', 'Gaziantep',
  'Diyarbakir', 'Hatay', 'Antakya', 'Adana', 'Bursa', 'Konya', 'Kayseri', 'Trabzon', 'Erzurum', 'Mersin',
  'Kahramanmaras', 'Malatya', 'Sanliurfa', 'Samsun', 'Edirne', 'Eskisehir',
  // Africa and the Americas.
  'Enugu', 'Kaduna', 'Maiduguri', 'Sokoto', 'Owerri', 'Calabar', 'Uyo', 'Warri', 'Kumasi', 'Tamale', 'Takoradi',
  'Nakuru', 'Eldoret', 'Entebbe', 'Gulu', 'Mwanza', 'Dodoma', 'Tete', 'Beira', 'Nampula', 'Ndola', 'Kitwe', 'Blantyre',
  'Lubumbashi', 'Bukavu', 'Kisangani', 'Bunia', 'Kananga', 'Pointe-Noire', 'Port Elizabeth', 'Gqeberha',
  'Bloemfontein', 'Polokwane', 'Pietermaritzburg', 'Soweto', 'Stellenbosch', 'Agadez', 'Timbuktu', 'Mopti', 'Kidal',
  'Bobo-Dioulasso', 'Saint-Louis', 'Touba', 'Ziguinchor', 'Bouake', 'Yamoussoukro', 'Tangier', 'Fez', 'Agadir', 'Oran',
  'Sfax', 'Sousse', 'Sirte', 'Derna', 'Port Said', 'Suez', 'Ismailia', 'Hurghada', 'Giza', 'Nyala',
  'El Obeid', 'Wad Madani', 'Kassala', 'Gondar', 'Bahir Dar', 'Mekelle', 'Dire Dawa', 'Hawassa', 'Hargeisa', 'Garowe',
  'Kismayo', 'Baidoa', 'Belem', 'Quebec', 'Quebec City', 'Ciudad Juarez', 'Tijuana', 'Cancun', 'Medellin', 'Cali',
  'Cartagena', 'Guayaquil', 'Cusco', 'Valparaiso', 'Cordoba', 'Rosario', 'Porto Alegre', 'Recife', 'Manaus',
  'Fortaleza', 'Belo Horizonte', 'Curitiba', 'Winnipeg', 'Edmonton', 'Halifax',
  // Tanzania's and Uganda's regional towns, which their papers date copy from ("Mbeya. Farmers …"; see wire.ts, STOP_DATELINE_PLACES).
  'Mbeya', 'Morogoro', 'Moshi', 'Iringa', 'Kigoma', 'Mtwara', 'Tabora', 'Shinyanga', 'Musoma', 'Bukoba',
  'Songea', 'Singida', 'Geita', 'Mbarara', 'Jinja', 'Mbale', 'Arua', 'Masaka', 'Soroti', 'Hoima', 'Fort Portal',
  ...MYANMAR,
  ...Object.values(COUNTRY_PLACES).flat(),
  // PIB's regional office in Kerala's capital spells it so: "Posted On: … by PIB Thiruvananthpuram" (the thirty-seventh sweep).
  'Thiruvananthpuram',
];

/**
 * How a place is looked up: lower case, dots dropped ("St. Petersburg"), spaces single, and its letters without their marks
 * and a curly apostrophe straight, as copy spells a place either way ("Kraków" and "Krakow", "Düsseldorf", "Reykjavík",
 * "Chișinău", "Cox’s Bazar").
 */
export function placeKey(name: string): string {
  const key = name.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
  return /[^\x00-\x7f]/.test(key) ? key.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").normalize('NFC') : key;
}

export const PLACES: ReadonlySet<string> = new Set(NAMES.map(placeKey));

/** Whether a dateline's place is one the gazetteer knows, in Latin letters or in an Indian script (SCRIPT_PLACES). */
export function isKnownPlace(name: string): boolean {
  return PLACES.has(placeKey(name)) || isScriptPlace(name);
}

/** Whether a place is one of Myanmar's (MYANMAR). */
export function isInMyanmar(name: string): boolean {
  return MYANMAR_KEYS.has(placeKey(name));
}
const MYANMAR_KEYS: ReadonlySet<string> = new Set(MYANMAR.map(placeKey));

/** The country of COUNTRY_PLACES a place is in ("Kathmandu" → "Nepal"), or null: the gazetteer holds no country for any other place. */
export function countryOf(name: string): string | null {
  return COUNTRY_OF.get(placeKey(name)) ?? null;
}
const COUNTRY_OF: ReadonlyMap<string, string> = new Map(Object.entries(COUNTRY_PLACES).flatMap(([country, places]) => places.map((p) => [placeKey(p), country] as const)));

/**
 * The big cities' names in the scripts of India's languages (and Bengali's in Bangladesh, Tamil's in Sri Lanka), as staff copy in
 * them is dated ("சென்னை: …", "हैदराबाद:"): Tamil, Telugu, Kannada, Malayalam, Bengali, Devanagari (Hindi, Marathi, Nepali),
 * Gujarati, Gurmukhi and Odia, Pakistan's in Urdu, Iran's in Persian and Ethiopia's in Ethiopic. Looked up as written (scriptKey), not as placeKey reads a name: without their vowel signs, which
 * placeKey drops as marks, many words of these scripts would read as one ("दिल्ली", Delhi, and "दलील", a plea).
 */
const SCRIPT_CITIES = [
  // Tamil.
  'சென்னை', 'கோவை', 'கோயம்புத்தூர்', 'மதுரை', 'திருச்சி', 'சேலம்', 'திருநெல்வேலி', 'வேலூர்', 'தூத்துக்குடி', 'ஈரோடு', 'புதுச்சேரி',
  'புதுடெல்லி', 'புது டெல்லி', 'டெல்லி', 'மும்பை', 'பெங்களூரு', 'ஹைதராபாத்', 'கொல்கத்தா', 'திருவனந்தபுரம்', 'கொழும்பு', 'யாழ்ப்பாணம்',
  // Telugu.
  'హైదరాబాద్', 'విజయవాడ', 'విశాఖపట్నం', 'అమరావతి', 'తిరుపతి', 'వరంగల్', 'గుంటూరు', 'నెల్లూరు', 'కర్నూలు', 'న్యూఢిల్లీ', 'ఢిల్లీ',
  'చెన్నై', 'బెంగళూరు', 'ముంబై',
  // Kannada.
  'ಬೆಂಗಳೂರು', 'ಮೈಸೂರು', 'ಮಂಗಳೂರು', 'ಹುಬ್ಬಳ್ಳಿ', 'ಬೆಳಗಾವಿ', 'ಕಲಬುರಗಿ', 'ಶಿವಮೊಗ್ಗ', 'ಉಡುಪಿ', 'ದಾವಣಗೆರೆ', 'ನವದೆಹಲಿ', 'ದೆಹಲಿ', 'ಚೆನ್ನೈ',
  'ಮುಂಬೈ', 'ಹೈದರಾಬಾದ್',
  // Malayalam.
  'തിരുവനന്തപുരം', 'കൊച്ചി', 'കോഴിക്കോട്', 'തൃശൂർ', 'കൊല്ലം', 'കണ്ണൂർ', 'ആലപ്പുഴ', 'കോട്ടയം', 'പാലക്കാട്', 'മലപ്പുറം', 'ന്യൂഡൽഹി',
  'ഡൽഹി', 'ചെന്നൈ', 'ബെംഗളൂരു', 'മുംബൈ',
  // Bengali.
  'কলকাতা', 'শিলিগুড়ি', 'আগরতলা', 'গুয়াহাটি', 'নয়াদিল্লি', 'দিল্লি', 'মুম্বই', 'ঢাকা', 'চট্টগ্রাম', 'সিলেট', 'রাজশাহী', 'খুলনা',
  'বরিশাল', 'রংপুর', 'ময়মনসিংহ',
  // Devanagari: Hindi's, Marathi's (मुंबई, पुणे, कोल्हापूर) and Nepali's (काठमाडौं).
  'नई दिल्ली', 'नयी दिल्ली', 'दिल्ली', 'मुंबई', 'कोलकाता', 'चेन्नई', 'बेंगलुरु', 'हैदराबाद', 'लखनऊ', 'पटना', 'जयपुर', 'भोपाल',
  'रांची', 'रायपुर', 'देहरादून', 'शिमला', 'चंडीगढ़', 'अहमदाबाद', 'पुणे', 'नागपुर', 'वाराणसी', 'प्रयागराज', 'कानपुर', 'आगरा',
  'इंदौर', 'गुवाहाटी', 'श्रीनगर', 'जम्मू', 'नोएडा', 'गुरुग्राम', 'गाजियाबाद', 'मेरठ', 'गोरखपुर', 'अयोध्या', 'ठाणे', 'नाशिक',
  'औरंगाबाद', 'कोल्हापूर', 'सोलापूर', 'काठमांडू', 'काठमाडौं',
  // Gujarati, Gurmukhi, Odia.
  'અમદાવાદ', 'ગાંધીનગર', 'સુરત', 'વડોદરા', 'રાજકોટ', 'ਚੰਡੀਗੜ੍ਹ', 'ਅੰਮ੍ਰਿਤਸਰ', 'ਲੁਧਿਆਣਾ', 'ਜਲੰਧਰ', 'ଭୁବନେଶ୍ୱର', 'କଟକ',
  // Urdu (Pakistan's big cities, as its papers date staff copy: "لاہور: …"), in Urdu's letters (ک, ی, ہ), not Arabic's.
  'لاہور', 'اسلام آباد', 'کراچی', 'پشاور', 'کوئٹہ', 'راولپنڈی', 'ملتان', 'فیصل آباد',
  // The next tier (the twenty-ninth sweep): state capitals and the district headquarters regional desks date from most, each only in a
  // script whose papers date staff copy with a colon after the place. Names that are as often a word are left out: Hindi's "गया"
  // (went), "सागर" (sea), "कोटा" (quota), "मंडी" (market) and "सूरत" (face), Urdu's "قصور" (fault), "مری" and "چمن" (garden).
  // Tamil: Tamil Nadu's district towns, and Sri Lanka's north and east.
  'காஞ்சிபுரம்', 'தஞ்சாவூர்', 'கும்பகோணம்', 'நாகர்கோவில்', 'கன்னியாகுமரி', 'திண்டுக்கல்', 'கடலூர்', 'விழுப்புரம்', 'திருப்பூர்', 'கரூர்',
  'நாமக்கல்', 'தர்மபுரி', 'கிருஷ்ணகிரி', 'ஓசூர்', 'ராமநாதபுரம்', 'புதுக்கோட்டை', 'திருவாரூர்', 'நாகப்பட்டினம்', 'விருதுநகர்', 'தேனி',
  'திருவண்ணாமலை', 'செங்கல்பட்டு', 'திருவள்ளூர்', 'தென்காசி', 'ஊட்டி', 'கண்டி', 'திருகோணமலை', 'மட்டக்களப்பு', 'வவுனியா', 'கிளிநொச்சி',
  // Telugu: Andhra Pradesh's and Telangana's district towns.
  'కాకినాడ', 'రాజమహేంద్రవరం', 'రాజమండ్రి', 'అనంతపురం', 'కడప', 'ఒంగోలు', 'ఏలూరు', 'శ్రీకాకుళం', 'విజయనగరం', 'చిత్తూరు', 'మచిలీపట్నం',
  'కరీంనగర్', 'నిజామాబాద్', 'ఖమ్మం', 'నల్గొండ', 'ఆదిలాబాద్', 'మహబూబ్‌నగర్', 'సంగారెడ్డి', 'సిద్దిపేట', 'మెదక్',
  // Kannada: Karnataka's district towns.
  'ತುಮಕೂರು', 'ಮಂಡ್ಯ', 'ಹಾಸನ', 'ಚಿತ್ರದುರ್ಗ', 'ಬಳ್ಳಾರಿ', 'ರಾಯಚೂರು', 'ಬೀದರ್', 'ವಿಜಯಪುರ', 'ಧಾರವಾಡ', 'ಕಾರವಾರ', 'ಚಿಕ್ಕಮಗಳೂರು', 'ಮಡಿಕೇರಿ',
  'ಕೋಲಾರ', 'ಚಾಮರಾಜನಗರ', 'ಹಾವೇರಿ', 'ಗದಗ', 'ಕೊಪ್ಪಳ', 'ಬಾಗಲಕೋಟೆ', 'ಯಾದಗಿರಿ', 'ರಾಮನಗರ', 'ಚಿಕ್ಕಬಳ್ಳಾಪುರ',
  // Malayalam: Kerala's district towns.
  'പത്തനംതിട്ട', 'ഇടുക്കി', 'എറണാകുളം', 'വയനാട്', 'കൽപ്പറ്റ', 'കാസർകോട്', 'കാസർഗോഡ്', 'തൊടുപുഴ', 'ആലുവ', 'ഗുരുവായൂർ',
  // Bengali: West Bengal's and Bangladesh's district towns.
  'হাওড়া', 'দুর্গাপুর', 'আসানসোল', 'বর্ধমান', 'মালদা', 'জলপাইগুড়ি', 'কোচবিহার', 'বহরমপুর', 'কৃষ্ণনগর', 'বারাসত', 'বাঁকুড়া', 'পুরুলিয়া',
  'মেদিনীপুর', 'তমলুক', 'খড়্গপুর', 'দার্জিলিং', 'বালুরঘাট', 'রায়গঞ্জ', 'কুমিল্লা', 'নারায়ণগঞ্জ', 'গাজীপুর', 'বগুড়া', 'যশোর',
  'কক্সবাজার', 'দিনাজপুর', 'ফরিদপুর', 'নোয়াখালী', 'টাঙ্গাইল', 'কুষ্টিয়া', 'রাঙামাটি',
  // Devanagari: Hindi's state capitals and district towns, Marathi's (सातारा, जळगाव), and Nepal's cities.
  'बरेली', 'अलीगढ़', 'मुरादाबाद', 'सहारनपुर', 'मुजफ्फरनगर', 'मुज़फ़्फ़रनगर', 'झांसी', 'मथुरा', 'फिरोजाबाद', 'आजमगढ़', 'बलिया', 'गोंडा',
  'बहराइच', 'सीतापुर', 'हरदोई', 'उन्नाव', 'रायबरेली', 'अमेठी', 'सुल्तानपुर', 'जौनपुर', 'मिर्जापुर', 'बांदा', 'इटावा', 'बदायूं', 'शाहजहांपुर',
  'पीलीभीत', 'बिजनौर', 'बुलंदशहर', 'देवरिया', 'कुशीनगर', 'मुजफ्फरपुर', 'भागलपुर', 'दरभंगा', 'पूर्णिया', 'बेगूसराय', 'छपरा', 'सीवान',
  'मोतिहारी', 'बेतिया', 'सासाराम', 'बक्सर', 'हाजीपुर', 'समस्तीपुर', 'मुंगेर', 'धनबाद', 'जमशेदपुर', 'बोकारो', 'हजारीबाग', 'देवघर', 'दुमका',
  'ग्वालियर', 'जबलपुर', 'उज्जैन', 'रीवा', 'सतना', 'रतलाम', 'छिंदवाड़ा', 'जोधपुर', 'उदयपुर', 'अजमेर', 'बीकानेर', 'जैसलमेर', 'अलवर',
  'भरतपुर', 'सीकर', 'भीलवाड़ा', 'बाड़मेर', 'फरीदाबाद', 'पानीपत', 'रोहतक', 'हिसार', 'करनाल', 'अंबाला', 'कुरुक्षेत्र', 'सोनीपत', 'पंचकूला',
  'लुधियाना', 'अमृतसर', 'जालंधर', 'पटियाला', 'हरिद्वार', 'ऋषिकेश', 'नैनीताल', 'हल्द्वानी', 'अल्मोड़ा', 'धर्मशाला', 'कुल्लू', 'मनाली',
  'बिलासपुर', 'भिलाई', 'कोरबा', 'जगदलपुर', 'गांधीनगर', 'वडोदरा', 'अनंतनाग', 'बारामूला', 'कठुआ', 'उधमपुर', 'सातारा', 'सांगली',
  'नांदेड', 'लातूर', 'जळगाव', 'अकोला', 'अमरावती', 'रत्नागिरी', 'चंद्रपूर', 'पोखरा', 'विराटनगर', 'बिराटनगर', 'वीरगंज', 'बीरगंज', 'धनगढी',
  'नेपालगन्ज', 'बुटवल', 'जनकपुर', 'हेटौंडा', 'धरान',
  // Gujarati, Gurmukhi and Odia district towns.
  'ભાવનગર', 'જામનગર', 'જૂનાગઢ', 'ભુજ', 'મહેસાણા', 'પાલનપુર', 'ભરૂચ', 'નવસારી', 'વલસાડ', 'નડિયાદ', 'ગોધરા', 'પોરબંદર', 'મોરબી',
  'અમરેલી', 'હિંમતનગર', 'સુરેન્દ્રનગર', 'ગાંધીધામ', 'ਪਟਿਆਲਾ', 'ਬਠਿੰਡਾ', 'ਮੋਹਾਲੀ', 'ਫਿਰੋਜ਼ਪੁਰ', 'ਫਿਰੋਜਪੁਰ', 'ਪਠਾਨਕੋਟ', 'ਹੁਸ਼ਿਆਰਪੁਰ',
  'ਸੰਗਰੂਰ', 'ਗੁਰਦਾਸਪੁਰ', 'ਮੋਗਾ', 'ਫਰੀਦਕੋਟ', 'ਕਪੂਰਥਲਾ', 'ਬਰਨਾਲਾ', 'ਰੋਪੜ', 'ਤਰਨ ਤਾਰਨ', 'ਨਵੀਂ ਦਿੱਲੀ', 'ସମ୍ବଲପୁର',
  'ବ୍ରହ୍ମପୁର', 'ବାଲେଶ୍ୱର', 'ରାଉରକେଲା', 'କୋରାପୁଟ', 'ବାରିପଦା', 'ଭଦ୍ରକ', 'କେନ୍ଦ୍ରାପଡ଼ା', 'ଯାଜପୁର', 'ଢେଙ୍କାନାଳ', 'ଅନୁଗୋଳ', 'ଝାରସୁଗୁଡ଼ା',
  'ସୁନ୍ଦରଗଡ଼', 'କେନ୍ଦୁଝର', 'ବଲାଙ୍ଗୀର', 'ପୁରୀ', 'ପାରାଦୀପ', 'ନୂଆଦିଲ୍ଲୀ',
  // Urdu: Pakistan's district towns and its territories' capitals, and the Indian cities Urdu papers there date from.
  'سیالکوٹ', 'گوجرانوالہ', 'حیدرآباد', 'حیدر آباد', 'سرگودھا', 'بہاولپور', 'سکھر', 'مظفرآباد', 'مظفر آباد', 'گلگت', 'ایبٹ آباد', 'مردان',
  'ڈیرہ اسماعیل خان', 'ڈیرہ غازی خان', 'رحیم یار خان', 'گوادر', 'لاڑکانہ', 'سوات', 'شیخوپورہ', 'ساہیوال', 'جہلم', 'میرپور', 'جھنگ',
  'اوکاڑہ', 'چترال', 'کوہاٹ', 'بنوں', 'تربت', 'خضدار', 'نوابشاہ', 'نئی دہلی', 'دہلی', 'ممبئی', 'لکھنؤ', 'پٹنہ', 'سری نگر', 'جموں',
  // Persian: Iran's provincial capitals, as IRNA's credit names its bureau ("به گزارش ایرنا از اصفهان، …"), and the cities abroad its
  // correspondents file from (the thirty-first sweep).
  'تهران', 'مشهد', 'اصفهان', 'تبریز', 'شیراز', 'اهواز', 'قم', 'کرج', 'کرمانشاه', 'رشت', 'کرمان', 'ارومیه', 'زاهدان', 'همدان', 'یزد',
  'اردبیل', 'بندرعباس', 'بندر عباس', 'اراک', 'ساری', 'گرگان', 'قزوین', 'سنندج', 'خرم‌آباد', 'بوشهر', 'بیرجند', 'ایلام', 'سمنان',
  'زنجان', 'یاسوج', 'شهرکرد', 'بجنورد', 'نیویورک', 'مسکو', 'پکن', 'لندن', 'پاریس', 'برلین', 'ژنو', 'وین', 'بغداد', 'دمشق', 'بیروت',
  'کابل', 'دوحه', 'آنکارا', 'استانبول', 'توکیو', 'دهلی نو',
  // Ethiopic: Ethiopia's cities and regional capitals as the Ethiopian News Agency's Amharic copy names them ("ባሕር ዳር (ኢዜአ)፦"), in
  // both spellings the agency and papers use where there are two (the thirty-first sweep).
  'አዲስ አበባ', 'ድሬዳዋ', 'ድሬ ዳዋ', 'መቀሌ', 'ባሕር ዳር', 'ባህር ዳር', 'ጎንደር', 'ሀዋሳ', 'ሃዋሳ', 'አዳማ', 'ጅማ', 'ደሴ', 'ጅግጅጋ', 'ሰመራ',
  'አሶሳ', 'ጋምቤላ', 'ሐረር', 'ሀረር', 'ደብረ ብርሃን', 'አርባ ምንጭ', 'ወላይታ ሶዶ', 'ሆሳዕና', 'ነቀምቴ', 'ቢሾፍቱ', 'ደብረ ማርቆስ', 'ሻሸመኔ',
  'ወልዲያ', 'አክሱም', 'ላሊበላ', 'ቦንጋ', 'ዲላ', 'ሚዛን አማን',
];
/** Malayalam's old chillu letters, a consonant, virama and joiner, as the one letter Unicode has for each since 5.1. */
const OLD_CHILLU: Record<string, string> = { ണ: 'ൺ', ന: 'ൻ', ര: 'ർ', ല: 'ൽ', ള: 'ൾ' };
/** A name in an Indian script as looked up: composed (NFC), Malayalam's chillus as one letter, without joiners, spaces single. */
function scriptKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(/([ണനരലള])\u0d4d\u200d/g, (_, c: string) => OLD_CHILLU[c]!)
    .replace(/[\u200c\u200d]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
const SCRIPT_PLACES: ReadonlySet<string> = new Set(SCRIPT_CITIES.map(scriptKey));

/** Whether a place is one of the big cities SCRIPT_CITIES names in an Indian script. */
export function isScriptPlace(name: string): boolean {
  // Latin names are never here: asked of every place, the table is read only for a name that is not ASCII.
  return !/^[\x00-\x7f]*$/.test(name) && SCRIPT_PLACES.has(scriptKey(name));
}

/**
 * Countries, as a dateline names one after its place ("Kabul, Afghanistan —", as Tolo News writes it): never a place of
 * their own (see NAMES), only what may follow a known one.
 */
const COUNTRIES = [
  'India', 'Pakistan', 'Bangladesh', 'Nepal', 'Sri Lanka', 'Bhutan', 'Maldives', 'Afghanistan', 'Myanmar', 'China', 'Japan',
  'South Korea', 'North Korea', 'Korea', 'Mongolia', 'Taiwan', 'Malaysia', 'Indonesia', 'Philippines', 'Thailand', 'Vietnam',
  'Cambodia', 'Laos', 'Brunei', 'Timor-Leste', 'East Timor', 'Australia', 'New Zealand', 'Papua New Guinea', 'Fiji',
  'Iran', 'Iraq', 'Syria', 'Lebanon', 'Jordan', 'Israel', 'Palestine', 'Saudi Arabia', 'Qatar', 'UAE', 'United Arab Emirates',
  'Bahrain', 'Oman', 'Kuwait', 'Yemen', 'Turkey', 'Türkiye', 'Turkiye', 'Cyprus', 'Egypt', 'Libya', 'Tunisia', 'Algeria',
  'Morocco', 'Sudan', 'South Sudan', 'Ethiopia', 'Eritrea', 'Somalia', 'Kenya', 'Uganda', 'Tanzania', 'Rwanda', 'Burundi',
  'Congo', 'DR Congo', 'Nigeria', 'Ghana', 'Senegal', 'Mali', 'Niger', 'Chad', 'Cameroon', 'South Africa', 'Zimbabwe',
  'Zambia', 'Mozambique', 'Angola', 'Namibia', 'Botswana', 'Madagascar', 'Mauritius',
  'Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Azerbaijan', 'Armenia', 'Georgia', 'Russia',
  'Ukraine', 'Belarus', 'Poland', 'Germany', 'France', 'Italy', 'Spain', 'Portugal', 'Greece', 'Austria', 'Switzerland',
  'Belgium', 'Netherlands', 'Denmark', 'Sweden', 'Norway', 'Finland', 'Iceland', 'Ireland', 'United Kingdom', 'UK',
  'England', 'Scotland', 'Wales', 'Hungary', 'Romania', 'Bulgaria', 'Serbia', 'Croatia', 'Czech Republic', 'Czechia',
  'Slovakia', 'Slovenia', 'Lithuania', 'Latvia', 'Estonia', 'Moldova', 'Albania', 'Kosovo', 'Bosnia', 'North Macedonia',
  'United States', 'US', 'U.S.', 'USA', 'Canada', 'Mexico', 'Cuba', 'Haiti', 'Jamaica', 'Guatemala', 'Honduras',
  'Nicaragua', 'Panama', 'Colombia', 'Venezuela', 'Ecuador', 'Peru', 'Bolivia', 'Chile', 'Argentina', 'Uruguay',
  'Paraguay', 'Brazil', 'Guyana',
  // The Pacific's, the Caribbean's and Africa's smaller states, as their papers and agencies name them after the place (the thirty-seventh
  // sweep: "Nuku'alofa, Tonga - …", "BRIDGETOWN, Barbados, Nov 27, CMC - …").
  'Tonga', 'Samoa', 'Solomon Islands', 'Vanuatu', 'Kiribati', 'Tuvalu', 'Nauru', 'Palau', 'Cook Islands', 'Barbados', 'Bahamas',
  'The Bahamas', 'Trinidad and Tobago', 'Trinidad', 'Grenada', 'Saint Lucia', 'St Lucia', 'Antigua', 'Antigua and Barbuda', 'Belize',
  'Suriname', 'Dominican Republic', 'Costa Rica', 'El Salvador', 'Seychelles', 'Malawi', 'Lesotho', 'Eswatini', 'Sierra Leone',
  'Liberia', 'Gambia', 'The Gambia', 'Burkina Faso', 'Benin', 'Togo', 'Gabon', 'Mauritania', 'Cabo Verde',
];
/**
 * US states written out after the place, as AG News keeps AP's copy ("ST. LOUIS, Missouri All of the wounds …"): like the
 * countries, only what may follow a known place. Washington, New York and Georgia are known already.
 */
const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii', 'Idaho',
  'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina',
  'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee',
  'Texas', 'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming',
];
const COUNTRY_KEYS: ReadonlySet<string> = new Set([...COUNTRIES, ...US_STATES].map(placeKey));
/**
 * The countries and states of more than one word, for a pattern to try before a word or two alone: "EAST RUTHERFORD, New Jersey All
 * of …" is New Jersey's, where the shortest reading takes "New" for the state (longest first, "Papua New Guinea" before "New Guinea").
 */
export const MULTI_WORD_REGIONS = String.raw`(?:${[...COUNTRIES, ...US_STATES]
  .filter((n) => n.includes(' '))
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|')})`;

/**
 * AP's abbreviations of the states, as its datelines write them after the place ("SPRINGFIELD, Ill. Philip Morris …"). Read as
 * written, full stops and all: without them "Miss", "Del" and "Ill" are words and names.
 */
const AP_STATES: ReadonlySet<string> = new Set([
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.', 'Md.', 'Mass.',
  'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.',
  'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.',
]);

/** Whether what follows a place after a comma is a place, state or province the gazetteer knows, or a country. */
export function isKnownRegion(name: string): boolean {
  const key = placeKey(name);
  return PLACES.has(key) || COUNTRY_KEYS.has(key) || AP_STATES.has(name);
}
