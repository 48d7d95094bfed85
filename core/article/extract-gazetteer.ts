/**
 * Places the extractor recognises. Each line: the name to report, then the
 * other ways articles write it (spellings, Vietnamese names, demonyms),
 * separated by "|". Matched as whole words, case as written (or all capitals).
 */

/** The 193 UN member states. */
export const COUNTRIES: readonly string[] = [
  'Afghanistan|Afghan', 'Albania|Albanian', 'Algeria|Algerian', 'Andorra|Andorran', 'Angola|Angolan',
  'Antigua and Barbuda', 'Argentina|Argentine|Argentinian', 'Armenia|Armenian', 'Australia|Australian|Úc',
  'Austria|Austrian', 'Azerbaijan|Azerbaijani', 'Bahamas|The Bahamas|Bahamian', 'Bahrain|Bahraini',
  'Bangladesh|Bangladeshi', 'Barbados|Barbadian', 'Belarus|Belarusian', 'Belgium|Belgian', 'Belize|Belizean',
  'Benin|Beninese', 'Bhutan|Bhutanese', 'Bolivia|Bolivian', 'Bosnia and Herzegovina|Bosnia|Bosnian',
  'Botswana', 'Brazil|Brazilian', 'Brunei|Brunei Darussalam|Bruneian', 'Bulgaria|Bulgarian',
  'Burkina Faso|Burkinabe', 'Burundi|Burundian', 'Cabo Verde|Cape Verde|Cape Verdean',
  'Cambodia|Cambodian|Campuchia', 'Cameroon|Cameroonian', 'Canada|Canadian', 'Central African Republic',
  'Chad|Chadian', 'Chile|Chilean', 'China|Chinese|Trung Quốc', 'Colombia|Colombian', 'Comoros',
  'Congo|Republic of the Congo', "Côte d'Ivoire|Cote d'Ivoire|Ivory Coast|Ivorian", 'Costa Rica|Costa Rican',
  'Croatia|Croatian', 'Cuba|Cuban', 'Cyprus|Cypriot', 'Czechia|Czech Republic|Czech',
  'Democratic Republic of the Congo|DR Congo', 'Denmark|Danish', 'Djibouti', 'Dominica',
  'Dominican Republic|Dominican', 'Ecuador|Ecuadorian', 'Egypt|Egyptian', 'El Salvador|Salvadoran',
  'Equatorial Guinea', 'Eritrea|Eritrean', 'Estonia|Estonian', 'Eswatini|Swaziland', 'Ethiopia|Ethiopian',
  'Fiji|Fijian', 'Finland|Finnish', 'France|French|Pháp', 'Gabon|Gabonese', 'Gambia|The Gambia|Gambian',
  'Georgia|Georgian', 'Germany|German|Đức', 'Ghana|Ghanaian', 'Greece|Greek', 'Grenada',
  'Guatemala|Guatemalan', 'Guinea|Guinean', 'Guinea-Bissau', 'Guyana|Guyanese', 'Haiti|Haitian',
  'Honduras|Honduran', 'Hungary|Hungarian', 'Iceland|Icelandic', 'India|Indian|Ấn Độ',
  'Indonesia|Indonesian', 'Iran|Iranian', 'Iraq|Iraqi', 'Ireland|Irish', 'Israel|Israeli', 'Italy|Italian',
  'Jamaica|Jamaican', 'Japan|Japanese|Nhật Bản', 'Jordan|Jordanian', 'Kazakhstan|Kazakh', 'Kenya|Kenyan',
  'Kiribati', 'Kuwait|Kuwaiti', 'Kyrgyzstan|Kyrgyz', 'Laos|Lao PDR|Lao|Laotian|Lào', 'Latvia|Latvian',
  'Lebanon|Lebanese', 'Lesotho', 'Liberia|Liberian', 'Libya|Libyan', 'Liechtenstein',
  'Lithuania|Lithuanian', 'Luxembourg', 'Madagascar|Malagasy', 'Malawi|Malawian', 'Malaysia|Malaysian',
  'Maldives|Maldivian', 'Mali|Malian', 'Malta|Maltese', 'Marshall Islands', 'Mauritania|Mauritanian',
  'Mauritius|Mauritian', 'Mexico|Mexican', 'Micronesia', 'Moldova|Moldovan', 'Monaco',
  'Mongolia|Mongolian|Mông Cổ', 'Montenegro', 'Morocco|Moroccan', 'Mozambique|Mozambican',
  'Myanmar|Burma|Mi-an-ma', 'Namibia|Namibian', 'Nauru', 'Nepal|Nepalese|Nepali',
  'Netherlands|The Netherlands|Dutch|Hà Lan', 'New Zealand|Niu Di-lân', 'Nicaragua|Nicaraguan',
  'Niger|Nigerien', 'Nigeria|Nigerian',
  "North Korea|Democratic People's Republic of Korea|North Korean|Triều Tiên", 'North Macedonia|Macedonian',
  'Norway|Norwegian', 'Oman|Omani', 'Pakistan|Pakistani', 'Palau', 'Panama|Panamanian',
  'Papua New Guinea', 'Paraguay|Paraguayan', 'Peru|Peruvian', 'Philippines|Philippine|Filipino|Phi-líp-pin',
  'Poland|Polish', 'Portugal|Portuguese', 'Qatar|Qatari', 'Romania|Romanian',
  'Russia|Russian Federation|Russian|Liên bang Nga', 'Rwanda|Rwandan', 'Saint Kitts and Nevis',
  'Saint Lucia', 'Saint Vincent and the Grenadines', 'Samoa|Samoan', 'San Marino',
  'Sao Tome and Principe|São Tomé and Príncipe', 'Saudi Arabia|Saudi', 'Senegal|Senegalese',
  'Serbia|Serbian', 'Seychelles', 'Sierra Leone', 'Singapore|Singaporean|Xinh-ga-po', 'Slovakia|Slovak',
  'Slovenia|Slovenian', 'Solomon Islands', 'Somalia|Somali', 'South Africa|South African',
  'South Korea|Republic of Korea|South Korean|Korean|Hàn Quốc', 'South Sudan|South Sudanese',
  'Spain|Spanish', 'Sri Lanka|Sri Lankan', 'Sudan|Sudanese', 'Suriname', 'Sweden|Swedish',
  'Switzerland|Swiss', 'Syria|Syrian', 'Tajikistan|Tajik', 'Tanzania|Tanzanian', 'Thailand|Thai|Thái Lan',
  'Timor-Leste|East Timor|Timorese', 'Togo|Togolese', 'Tonga', 'Trinidad and Tobago', 'Tunisia|Tunisian',
  'Türkiye|Turkey|Turkish', 'Turkmenistan', 'Tuvalu', 'Uganda|Ugandan', 'Ukraine|Ukrainian',
  'United Arab Emirates|UAE|Emirati', 'United Kingdom|UK|U.K.|Britain|Great Britain|British|Anh Quốc',
  'United States|United States of America|US|U.S.|USA|American|Hoa Kỳ', 'Uruguay|Uruguayan',
  'Uzbekistan|Uzbek', 'Vanuatu', 'Venezuela|Venezuelan', 'Vietnam|Viet Nam|Việt Nam|Vietnamese',
  'Yemen|Yemeni', 'Zambia|Zambian', 'Zimbabwe|Zimbabwean',
];

/** Other territories often in the news. */
export const TERRITORIES: readonly string[] = [
  'Palestine|Palestinian', 'Holy See|Vatican', 'Kosovo', 'Taiwan', 'Hong Kong', 'Macau|Macao',
];

/** Capitals and major cities, Vietnamese ones with their usual spellings. */
export const CITIES: readonly string[] = [
  'Hanoi|Ha Noi|Hà Nội', 'Ho Chi Minh City|HCM City|Saigon|Sài Gòn|Thành phố Hồ Chí Minh',
  'Da Nang|Danang|Đà Nẵng', 'Hai Phong|Haiphong|Hải Phòng', 'Can Tho|Cần Thơ', 'Hue|Huế',
  'Nha Trang', 'Cam Ranh|Cam Ranh Bay', 'Vung Tau|Vũng Tàu', 'Ha Long|Hạ Long',
  'Tokyo', 'Osaka', 'Hiroshima', 'Okinawa', 'Beijing|Bắc Kinh', 'Shanghai', 'Seoul', 'Pyongyang',
  'Vientiane|Viêng Chăn', 'Phnom Penh|Phnôm Pênh', 'Bangkok|Băng Cốc', 'Kuala Lumpur', 'Jakarta',
  'Manila', 'Naypyidaw|Nay Pyi Taw', 'Yangon', 'Bandar Seri Begawan', 'Dili', 'New Delhi', 'Mumbai',
  'Canberra', 'Sydney', 'Wellington', 'Washington|Washington D.C.', 'New York', 'Moscow|Mát-xcơ-va',
  'London', 'Paris', 'Berlin', 'Brussels', 'Geneva', 'Vienna', 'Rome', 'Madrid', 'Ottawa', 'Islamabad',
  'Dhaka', 'Kathmandu', 'Colombo', 'Ulaanbaatar', 'Tehran', 'Riyadh', 'Cairo', 'Ankara', 'Kyiv|Kiev',
  'Juba', 'Khartoum', 'Bangui', 'Taipei', 'Abu Dhabi', 'Doha', 'Addis Ababa', 'Nairobi', 'Pretoria',
  'Brasilia', 'Mexico City', 'Buenos Aires', 'Havana', 'Warsaw', 'Stockholm', 'Oslo', 'Helsinki',
  'Copenhagen', 'Amsterdam', 'The Hague', 'Lisbon', 'Athens', 'Bern', 'Prague', 'Budapest', 'Minsk',
  'Astana', 'Tashkent', 'Kabul', 'Baghdad', 'Damascus', 'Beirut', 'Amman', 'Jerusalem', 'Tel Aviv',
];

/** Regions, seas and continents. */
export const REGIONS: readonly string[] = [
  'Southeast Asia|South-East Asia|South East Asia|Đông Nam Á', 'Indo-Pacific', 'Asia-Pacific|Asia Pacific',
  'East Asia', 'South Asia', 'Central Asia', 'Middle East', 'Asia', 'Europe', 'Africa', 'Latin America',
  'North America', 'South America', 'Oceania', 'Pacific|Pacific Ocean', 'Indian Ocean', 'Atlantic',
  'Korean Peninsula', 'South China Sea', 'East Sea|Biển Đông', 'Mekong|Mekong River|Mekong Delta',
];
