/**
 * Places a dateline names, as data: Indian state and union-territory capitals and big cities, South Asian capitals
 * and cities, world capitals and the cities wire desks file from, each in the spellings copy uses (Bengaluru and
 * Bangalore, Gurugram and Gurgaon, Kyiv and Kiev). It is asked only where the shape of a line leaves a doubt:
 * "Mumbai: The government…" opens copy, "Warning: The report…" and "BJP vs Congress: …" do not, and
 * "Modi — The prime minister said…" names no place. Countries are left out ("India: The country's exports rose…"
 * is a sentence of copy as often as a dateline), except city-states that are their own dateline.
 */
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
  'Haldwani', 'Manali', 'Kullu', 'Anantnag', 'Baramulla', 'Kathua', 'Udhampur', 'Pahalgam', 'Gulmarg', 'Sriharikota',
  'Pokhran', 'Margao', 'Vasco da Gama', 'Kutch', 'Bhuj', 'Kandla', 'Porbandar', 'Jamnagar', 'Dwarka', 'Somnath',
  // South Asia.
  'Islamabad', 'Rawalpindi', 'Karachi', 'Lahore', 'Peshawar', 'Quetta', 'Multan', 'Faisalabad', 'Hyderabad', 'Sukkur',
  'Gwadar', 'Muzaffarabad', 'Gilgit', 'Sialkot', 'Abbottabad', 'Dhaka', 'Dacca', 'Chittagong', 'Chattogram', 'Khulna',
  'Rajshahi', 'Sylhet', 'Barisal', 'Barishal', "Cox's Bazar", 'Cox’s Bazar', 'Rangpur', 'Mymensingh', 'Comilla', 'Cumilla',
  'Kathmandu', 'Lalitpur', 'Bhaktapur', 'Pokhara', 'Biratnagar', 'Birgunj', 'Janakpur', 'Bharatpur', 'Butwal', 'Dhangadhi',
  'Nepalgunj', 'Colombo', 'Kandy', 'Galle', 'Jaffna', 'Trincomalee', 'Batticaloa', 'Hambantota', 'Negombo',
  'Sri Jayawardenepura Kotte', 'Kotte', 'Thimphu', 'Paro', 'Phuentsholing', 'Malé', 'Kabul', 'Kandahar', 'Herat',
  'Mazar-i-Sharif', 'Jalalabad', 'Kunduz', 'Ghazni', 'Yangon', 'Rangoon', 'Naypyidaw', 'Naypyitaw', 'Mandalay',
  'Lhasa',
  // Asia and the Pacific.
  'Beijing', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Hong Kong', 'Macau', 'Taipei', 'Wuhan', 'Chengdu', 'Chongqing',
  'Tianjin', 'Hangzhou', 'Nanjing', 'Xiamen', 'Urumqi', 'Tokyo', 'Osaka', 'Kyoto', 'Yokohama', 'Hiroshima', 'Nagasaki',
  'Fukushima', 'Seoul', 'Busan', 'Pyongyang', 'Ulaanbaatar', 'Ulan Bator', 'Singapore', 'Kuala Lumpur', 'Putrajaya',
  'Penang', 'Jakarta', 'Bali', 'Surabaya', 'Manila', 'Bangkok', 'Hanoi', 'Ho Chi Minh City', 'Phnom Penh', 'Vientiane',
  'Bandar Seri Begawan', 'Dili', 'Canberra', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Wellington',
  'Auckland', 'Christchurch', 'Port Moresby', 'Suva', 'Apia', 'Nuku’alofa', "Nuku'alofa", 'Honiara', 'Port Vila',
  // Central Asia, the Gulf and the Middle East.
  'Tashkent', 'Samarkand', 'Astana', 'Almaty', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Baku', 'Tbilisi', 'Yerevan', 'Tehran',
  'Mashhad', 'Isfahan', 'Baghdad', 'Basra', 'Erbil', 'Mosul', 'Damascus', 'Aleppo', 'Idlib', 'Beirut', 'Amman',
  'Jerusalem', 'Tel Aviv', 'Haifa', 'Ramallah', 'Gaza', 'Gaza City', 'Khan Younis', 'Rafah', 'Jenin', 'Nablus', 'Hebron',
  'Riyadh', 'Jeddah', 'Mecca', 'Makkah', 'Medina', 'Madinah', 'Dammam', 'Doha', 'Dubai', 'Abu Dhabi', 'Sharjah',
  'Manama', 'Muscat', 'Kuwait City', 'Sanaa', "Sana'a", 'Aden', 'Ankara', 'Istanbul', 'Izmir',
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
  "N'Djamena", 'N’Djamena', 'Bangui', 'Malabo',
  // The Americas.
  'Washington', 'New York', 'United Nations', 'Los Angeles', 'San Francisco', 'Chicago', 'Houston', 'Dallas', 'Miami',
  'Atlanta', 'Boston', 'Seattle', 'Detroit', 'Philadelphia', 'Las Vegas', 'Denver', 'Phoenix', 'New Orleans',
  'Baltimore', 'Pittsburgh', 'Cleveland', 'Minneapolis', 'St Louis', 'Kansas City', 'Indianapolis', 'Milwaukee',
  'Cincinnati', 'San Diego', 'Sacramento', 'Austin', 'Nashville', 'Honolulu', 'Anchorage', 'Salt Lake City', 'Tampa',
  'Silicon Valley', 'Cape Canaveral', 'Ottawa', 'Toronto', 'Montreal', 'Vancouver', 'Calgary', 'Mexico City',
  'Guadalajara', 'Monterrey', 'Havana', 'Kingston', 'Port-au-Prince', 'Santo Domingo', 'San Juan', 'Guatemala City',
  'San Salvador', 'Tegucigalpa', 'Managua', 'San Jose', 'San José', 'Panama City', 'Bogota', 'Bogotá', 'Caracas', 'Quito',
  'Lima', 'La Paz', 'Santiago', 'Buenos Aires', 'Montevideo', 'Asuncion', 'Asunción', 'Brasilia', 'Brasília',
  'Rio de Janeiro', 'Sao Paulo', 'São Paulo', 'Georgetown', 'Paramaribo', 'Port of Spain', 'Bridgetown', 'Nassau',
];

/** How a place is looked up: lower case, dots dropped ("St. Petersburg"), spaces single. */
export function placeKey(name: string): string {
  return name.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

export const PLACES: ReadonlySet<string> = new Set(NAMES.map(placeKey));

/** Whether a dateline's place is one the gazetteer knows. */
export function isKnownPlace(name: string): boolean {
  return PLACES.has(placeKey(name));
}
