/**
 * Countries as `name|other names|demonyms`; the first name is the canonical one. Other names and
 * demonyms resolve to it ("U.S.", "America"; "Mexican" → Mexico).
 */
const COUNTRY_ROWS = `United States|US,U.S.,USA,U.S.A.,America,United States of America,the States|American
Mexico||Mexican
Canada||Canadian
Guatemala||Guatemalan
Honduras||Honduran
El Salvador||Salvadoran
Nicaragua||Nicaraguan
Costa Rica||Costa Rican
Panama||Panamanian
Cuba||Cuban
Haiti||Haitian
Dominican Republic||Dominican
Jamaica||Jamaican
Puerto Rico||Puerto Rican
Venezuela||Venezuelan
Colombia||Colombian
Ecuador||Ecuadorian,Ecuadorean
Peru||Peruvian
Bolivia||Bolivian
Brazil||Brazilian
Argentina||Argentine,Argentinian
Chile||Chilean
Paraguay||Paraguayan
Uruguay||Uruguayan
United Kingdom|UK,U.K.,Britain,Great Britain|British
England||English
Scotland||Scottish
Wales||Welsh
Ireland||Irish
France||French
Germany||German
Italy||Italian
Spain||Spanish
Portugal||Portuguese
Netherlands|Holland,the Netherlands|Dutch
Belgium||Belgian
Switzerland||Swiss
Austria||Austrian
Sweden||Swedish
Norway||Norwegian
Denmark||Danish
Finland||Finnish
Iceland||Icelandic
Poland||Polish
Czech Republic|Czechia|Czech
Slovakia||Slovak
Hungary||Hungarian
Romania||Romanian
Bulgaria||Bulgarian
Greece||Greek
Turkey|Turkiye|Turkish
Cyprus||Cypriot
Serbia||Serbian
Croatia||Croatian
Bosnia||Bosnian
Albania||Albanian
Ukraine||Ukrainian
Russia|Russian Federation|Russian
Belarus||Belarusian
Moldova||Moldovan
Georgia||Georgian
Armenia||Armenian
Azerbaijan||Azerbaijani
Kazakhstan||Kazakh
Uzbekistan||Uzbek
Afghanistan||Afghan
Pakistan||Pakistani
India||Indian
Bangladesh||Bangladeshi
Sri Lanka||Sri Lankan
Nepal||Nepali,Nepalese
China|PRC|Chinese
Taiwan||Taiwanese
Hong Kong||
Japan||Japanese
South Korea|Korea|South Korean,Korean
North Korea|DPRK|North Korean
Mongolia||Mongolian
Vietnam||Vietnamese
Thailand||Thai
Cambodia||Cambodian
Laos||Laotian
Myanmar|Burma|Burmese
Malaysia||Malaysian
Singapore||Singaporean
Indonesia||Indonesian
Philippines|the Philippines|Filipino,Philippine
Australia||Australian
New Zealand||New Zealander
Iran||Iranian
Iraq||Iraqi
Syria||Syrian
Lebanon||Lebanese
Jordan||Jordanian
Israel||Israeli
Palestine|Palestinian territories|Palestinian
Gaza|Gaza Strip|Gazan
West Bank||
Egypt||Egyptian
Saudi Arabia||Saudi
Yemen||Yemeni
Oman||Omani
United Arab Emirates|UAE,U.A.E.|Emirati
Qatar||Qatari
Kuwait||Kuwaiti
Bahrain||Bahraini
Libya||Libyan
Tunisia||Tunisian
Algeria||Algerian
Morocco||Moroccan
Sudan||Sudanese
South Sudan||South Sudanese
Ethiopia||Ethiopian
Eritrea||Eritrean
Somalia||Somali
Kenya||Kenyan
Uganda||Ugandan
Tanzania||Tanzanian
Rwanda||Rwandan
Congo|DRC|Congolese
Nigeria||Nigerian
Ghana||Ghanaian
Senegal||Senegalese
Mali||Malian
Niger||Nigerien
Chad||Chadian
Cameroon||Cameroonian
South Africa||South African
Zimbabwe||Zimbabwean
Zambia||Zambian
Mozambique||Mozambican
Angola||Angolan
Madagascar||Malagasy
Turkmenistan||Turkmen
Tajikistan||Tajik
Kyrgyzstan||Kyrgyz
Estonia||Estonian
Latvia||Latvian
Lithuania||Lithuanian
Slovenia||Slovenian
Montenegro||Montenegrin
North Macedonia|Macedonia|Macedonian
Kosovo||Kosovar
Luxembourg||
Malta||Maltese
Monaco||
Liechtenstein||
Andorra||
Bhutan||Bhutanese
Maldives||Maldivian
Brunei||
Timor-Leste|East Timor|Timorese
Papua New Guinea||Papua New Guinean
Fiji||Fijian
Samoa||Samoan
Tonga||Tongan
Belize||Belizean
Bahamas|the Bahamas|Bahamian
Barbados||Barbadian
Trinidad and Tobago|Trinidad|Trinidadian
Guyana||Guyanese
Suriname||Surinamese
Liberia||Liberian
Sierra Leone||Sierra Leonean
Guinea||Guinean
Ivory Coast|Cote d'Ivoire|Ivorian
Burkina Faso||Burkinabe
Togo||Togolese
Benin||Beninese
Gabon||Gabonese
Central African Republic||
Burundi||Burundian
Malawi||Malawian
Botswana||Motswana
Namibia||Namibian
Lesotho||
Eswatini|Swaziland|Swazi
Mauritania||Mauritanian
Djibouti||Djiboutian
Gambia|the Gambia|Gambian
Cape Verde||Cape Verdean
Seychelles||
Mauritius||Mauritian
Greenland||Greenlandic
Vatican|Vatican City|
Scandinavia||Scandinavian
Kurdistan||Kurdish`;

/** A country: its canonical name, other names and demonyms. */
export interface Country {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
}

/** Countries of the world (the ones news names most), with other names and demonyms. */
export const COUNTRIES: readonly Country[] = COUNTRY_ROWS.split('\n').map((row) => {
  const [name = '', aliases = '', demonyms = ''] = row.split('|');
  const list = (s: string) => s.split(',').filter(Boolean);
  return { name, aliases: list(aliases), demonyms: list(demonyms) };
});

/** The fifty US states, Washington D.C. and the territories. */
export const US_STATES: readonly string[] =
  `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware
Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico
New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina
South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming
District_of_Columbia Guam`
    .split(/\s+/)
    .map((s) => s.replace(/_/g, ' '));

/** Major cities of the world and of the US, as news names them. */
export const CITIES: readonly string[] =
  `New_York_City New_York Los_Angeles Chicago Houston Phoenix Philadelphia
San_Antonio San_Diego Dallas San_Jose Austin Jacksonville Fort_Worth Columbus Charlotte San_Francisco
Indianapolis Seattle Denver Washington_D.C. Washington,_D.C. Boston El_Paso Nashville Detroit Oklahoma_City Portland
Las_Vegas Memphis Louisville Baltimore Milwaukee Albuquerque Tucson Fresno Sacramento Kansas_City Atlanta
Miami Raleigh Omaha Minneapolis Tulsa Cleveland Wichita Arlington New_Orleans Tampa Honolulu Anaheim Pittsburgh
Cincinnati St._Louis Orlando Brownsville Laredo McAllen Eagle_Pass Yuma Nogales San_Ysidro Tijuana
Ciudad_Juarez Ciudad_Juárez Juarez Juárez Matamoros Reynoldos Nuevo_Laredo Monterrey Guadalajara Mexico_City
Cancun Acapulco Tapachula Ottawa Toronto Montreal Vancouver Havana Caracas Bogota Bogotá Lima Quito Santiago
Buenos_Aires Sao_Paulo São_Paulo Rio_de_Janeiro Brasilia Managua Tegucigalpa San_Salvador Guatemala_City
Panama_City Port-au-Prince London Paris Berlin Madrid Rome Lisbon Brussels Amsterdam The_Hague Vienna Geneva
Zurich Stockholm Oslo Copenhagen Helsinki Dublin Edinburgh Warsaw Prague Budapest Athens Istanbul Ankara Kyiv
Kiev Moscow St._Petersburg Minsk Tbilisi Jerusalem Tel_Aviv Gaza_City Ramallah Beirut Damascus Baghdad Tehran
Riyadh Doha Dubai Abu_Dhabi Cairo Tripoli Tunis Algiers Rabat Khartoum Addis_Ababa Nairobi Kampala Lagos Abuja
Accra Dakar Johannesburg Cape_Town Pretoria Kabul Islamabad Karachi New_Delhi Delhi Mumbai Kolkata Dhaka
Beijing Shanghai Hong_Kong Taipei Tokyo Osaka Seoul Pyongyang Hanoi Bangkok Manila Jakarta Kuala_Lumpur
Singapore Sydney Melbourne Canberra Auckland Wellington Hollywood Malibu Beverly_Hills Brooklyn Manhattan
Queens the_Bronx Silicon_Valley Wall_Street Newport_Beach Santa_Monica Long_Beach Oakland Berkeley Pasadena`
    .split(/\s+/)
    .map((s) => s.replace(/_/g, ' '));

/** Words that make a name a place ("Rio Grande" aside): geography, regions, streets. */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  `river lake sea ocean gulf bay coast island islands isle mountain mountains mount mt valley desert canyon
  county province state region district city town village borough township parish peninsula strait channel
  beach park street st avenue ave road rd boulevard blvd highway freeway interstate square plaza heights hills
  falls springs harbor harbour port border territory territories republic kingdom hemisphere
  sound firth estuary inlet lagoon fjord straits`.split(/\s+/),
);

/** Words that end a street's name: a number before such a name is its address ("505 LaGuardia Place"). */
export const STREET_WORDS: ReadonlySet<string> = new Set(
  `street st avenue ave road rd boulevard blvd place pl lane ln drive dr terrace court ct parkway plaza`.split(
    /\s+/,
  ),
);

/**
 * Words that end a street's name but also a person's ("Harbour Lane", "Quayside Row", "Mill Terrace";
 * "Ellen Lane"): a name they end is a place unless a given name leads it (names/types.ts).
 */
export const STREET_HEADS: ReadonlySet<string> = new Set(
  'lane row terrace crescent quay wharf parade mews grove'.split(' '),
);

/** Words that make a name a facility, which we count as a place ("Betty Ford Center", "Eagle Pass Airport"). */
export const FACILITY_WORDS: ReadonlySet<string> = new Set(
  `airport station stadium arena center centre hospital clinic prison jail penitentiary hotel motel mall
  bridge tower building church cathedral mosque synagogue temple school academy college museum theater
  theatre hall palace castle camp base terminal zoo restaurant bar club casino courthouse`.split(/\s+/),
);

/** Regions and landmarks that are places though no list above holds them. */
export const REGIONS: readonly string[] =
  `Latin_America Central_America South_America North_America Western_Hemisphere
Middle_East Europe Asia Africa Americas the_Americas Caribbean Indo-Pacific Rio_Grande Red_Sea Mediterranean
Pacific Atlantic Arctic Antarctica Balkans Scandinavia Sahel Darfur Crimea Donbas Kashmir Tibet Xinjiang
Ground_Zero Capitol_Hill`
    .split(/\s+/)
    .map((s) => s.replace(/_/g, ' '));

/** Words that open a place's name ("Fort Smith", "Mount Cook", "Lake Tahoe", "River Sallow", "Cape Town"). */
export const LEADING_PLACE_WORDS: ReadonlySet<string> = new Set(
  `fort ft mount mt lake loch river cape port isla isle`.split(/\s+/),
);

/** Of those, the words a place also goes without: "the River Sallow" is "the Sallow" again. */
export const DROPPED_PLACE_LEADS: ReadonlySet<string> = new Set(['river']);

/** Lower-case nouns that make the name before them a place ("Aceh province", "a Troy resident"). */
export const PLACE_NOUNS_AFTER: ReadonlySet<string> = new Set(
  `province island islands area region neighborhood neighbourhood suburb district county town village coast
  resident residents native natives`.split(/\s+/),
);

/** US state abbreviations as the news writes them after a town ("Fort Smith, Ark."), dots left out. */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  `Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev NH NJ NM
  NY NC ND Okla Ore Pa RI SC SD Tenn Tex Vt Va Wash Wis Wyo AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA
  ME MD MA MI MN MS MO MT NE NV OH OK OR PA TN TX UT VT VA WA WV WI WY`.split(/\s+/),
);

/** Leading words of an organisation's name that only say its country ("U.S. Customs …"), folded. */
export const COUNTRY_PREFIXES: ReadonlySet<string> = new Set(['us', 'united states']);

/** Nouns of the people who live in a place, before "of" and its name ("residents of Ashby", "the people of Tollen"). */
export const RESIDENT_NOUNS: ReadonlySet<string> = new Set([
  'residents',
  'inhabitants',
  'citizens',
  'villagers',
  'townspeople',
  'townsfolk',
  'people',
]);
