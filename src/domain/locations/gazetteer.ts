/**
 * Cities and neighbourhoods the assistant knows by name ("in Shoreditch", "near Kreuzberg",
 * "en Malasaña", "à Montmartre"): their centres, countries and time zones, and the other names
 * people use for them ("Camden" for Camden Town, "Londres", "Wien"). The sample data's generated
 * places are spread over the first cities (`sampledCities`: src/db/seed/cities.ts adds streets,
 * postcodes and counts to these entries); the others (`namedCities`: the large cities of the
 * languages the companion speaks) are known by name only, so that a search there is understood
 * and answered with what is listed there, which may be nothing yet.
 */

export interface GazetteerNeighbourhood {
  name: string;
  lat: number;
  lng: number;
  /** Other names people use for it, in any language ("Camden", "Malasana" is folded anyway). */
  aliases?: string[];
}

export interface GazetteerCity {
  name: string;
  country: string;
  stateProvince: string | null;
  timeZone: string;
  lat: number;
  lng: number;
  neighbourhoods: GazetteerNeighbourhood[];
  /** Other names people use for it ("Londres", "NYC", "Wien", "Munich"). */
  aliases?: string[];
}

/** Every name a city or neighbourhood goes by: its own and its aliases. */
export const namesOf = (place: { name: string; aliases?: string[] }): string[] => [
  place.name,
  ...(place.aliases ?? []),
];

export const sampledCities: GazetteerCity[] = [
  {
    name: 'London',
    aliases: ['Londres', 'Londra'],
    country: 'UK',
    stateProvince: null,
    timeZone: 'Europe/London',
    lat: 51.5074,
    lng: -0.1278,
    neighbourhoods: [
      { name: 'Soho', lat: 51.5136, lng: -0.1365 },
      { name: 'Bloomsbury', lat: 51.5226, lng: -0.1246 },
      { name: 'Shoreditch', lat: 51.5265, lng: -0.0786 },
      { name: 'Camden Town', lat: 51.539, lng: -0.1426, aliases: ['Camden'] },
      { name: 'Brixton', lat: 51.4613, lng: -0.1156 },
      { name: 'Islington', lat: 51.5362, lng: -0.1033 },
      { name: 'Greenwich', lat: 51.4826, lng: -0.0077 },
    ],
  },
  {
    name: 'Manchester',
    country: 'UK',
    stateProvince: null,
    timeZone: 'Europe/London',
    lat: 53.4808,
    lng: -2.2426,
    neighbourhoods: [
      { name: 'Northern Quarter', lat: 53.4839, lng: -2.2352 },
      { name: 'Ancoats', lat: 53.4851, lng: -2.2262 },
      { name: 'Spinningfields', lat: 53.4807, lng: -2.253 },
      { name: 'Chorlton', lat: 53.442, lng: -2.277 },
      { name: 'Didsbury', lat: 53.4167, lng: -2.231 },
    ],
  },
  {
    name: 'Edinburgh',
    aliases: ['Edimburgo', 'Édimbourg', 'Edimbourg'],
    country: 'UK',
    stateProvince: null,
    timeZone: 'Europe/London',
    lat: 55.9533,
    lng: -3.1883,
    neighbourhoods: [
      { name: 'Old Town', lat: 55.9497, lng: -3.191 },
      { name: 'New Town', lat: 55.956, lng: -3.198 },
      { name: 'Leith', lat: 55.9735, lng: -3.172 },
      { name: 'Bruntsfield', lat: 55.9385, lng: -3.207 },
      { name: 'Stockbridge', lat: 55.9585, lng: -3.209 },
    ],
  },
  {
    name: 'Dublin',
    aliases: ['Dublín'],
    country: 'Ireland',
    stateProvince: null,
    timeZone: 'Europe/Dublin',
    lat: 53.3498,
    lng: -6.2603,
    neighbourhoods: [
      { name: 'Temple Bar', lat: 53.3454, lng: -6.2644 },
      { name: 'Creative Quarter', lat: 53.3425, lng: -6.2635 },
      { name: 'Portobello', lat: 53.3318, lng: -6.265 },
      { name: 'Rathmines', lat: 53.323, lng: -6.265 },
      { name: 'Stoneybatter', lat: 53.352, lng: -6.283 },
      { name: 'Ranelagh', lat: 53.326, lng: -6.256 },
    ],
  },
  {
    name: 'New York',
    aliases: ['NYC', 'Nueva York', 'New York City'],
    country: 'USA',
    stateProvince: 'NY',
    timeZone: 'America/New_York',
    lat: 40.7128,
    lng: -74.006,
    neighbourhoods: [
      { name: 'SoHo', lat: 40.7233, lng: -74.003 },
      { name: 'East Village', lat: 40.7265, lng: -73.9815 },
      { name: 'Williamsburg', lat: 40.7081, lng: -73.9571 },
      { name: 'Upper West Side', lat: 40.787, lng: -73.9754 },
      { name: 'Astoria', lat: 40.7644, lng: -73.9235 },
      { name: 'Park Slope', lat: 40.671, lng: -73.9814 },
    ],
  },
  {
    name: 'San Francisco',
    country: 'USA',
    stateProvince: 'CA',
    timeZone: 'America/Los_Angeles',
    lat: 37.7749,
    lng: -122.4194,
    neighbourhoods: [
      { name: 'Mission', lat: 37.7599, lng: -122.4148 },
      { name: 'Hayes Valley', lat: 37.7759, lng: -122.4245 },
      { name: 'North Beach', lat: 37.8001, lng: -122.4103 },
      { name: 'Inner Sunset', lat: 37.7622, lng: -122.466 },
      { name: 'Noe Valley', lat: 37.7502, lng: -122.4337 },
    ],
  },
  {
    name: 'Toronto',
    country: 'Canada',
    stateProvince: 'ON',
    timeZone: 'America/Toronto',
    lat: 43.6532,
    lng: -79.3832,
    neighbourhoods: [
      { name: 'Kensington Market', lat: 43.6547, lng: -79.4005 },
      { name: 'The Annex', lat: 43.6703, lng: -79.4072 },
      { name: 'Leslieville', lat: 43.6626, lng: -79.3357 },
      { name: 'Liberty Village', lat: 43.6376, lng: -79.42 },
      { name: 'Yorkville', lat: 43.6709, lng: -79.3933 },
      { name: 'Ossington', lat: 43.6465, lng: -79.4195 },
    ],
  },
  {
    name: 'Sydney',
    country: 'Australia',
    stateProvince: 'NSW',
    timeZone: 'Australia/Sydney',
    lat: -33.8688,
    lng: 151.2093,
    neighbourhoods: [
      { name: 'Surry Hills', lat: -33.8861, lng: 151.2111 },
      { name: 'Darlinghurst', lat: -33.879, lng: 151.219 },
      { name: 'Newtown', lat: -33.8978, lng: 151.1785 },
      { name: 'Bondi', lat: -33.891, lng: 151.27 },
      { name: 'Glebe', lat: -33.8798, lng: 151.1854 },
      { name: 'Manly', lat: -33.7975, lng: 151.2835 },
    ],
  },
  {
    name: 'Berlin',
    aliases: ['Berlín'],
    country: 'Germany',
    stateProvince: 'Berlin',
    timeZone: 'Europe/Berlin',
    lat: 52.52,
    lng: 13.405,
    neighbourhoods: [
      { name: 'Kreuzberg', lat: 52.4986, lng: 13.403 },
      { name: 'Prenzlauer Berg', lat: 52.5389, lng: 13.4244 },
      { name: 'Neukölln', lat: 52.4811, lng: 13.435 },
      { name: 'Friedrichshain', lat: 52.5158, lng: 13.454 },
      { name: 'Mitte', lat: 52.5251, lng: 13.4017 },
    ],
  },
  {
    name: 'Amsterdam',
    aliases: ['Ámsterdam'],
    country: 'Netherlands',
    stateProvince: 'Noord-Holland',
    timeZone: 'Europe/Amsterdam',
    lat: 52.3676,
    lng: 4.9041,
    neighbourhoods: [
      { name: 'Jordaan', lat: 52.374, lng: 4.88 },
      { name: 'De Pijp', lat: 52.353, lng: 4.893 },
      { name: 'Oost', lat: 52.36, lng: 4.929 },
      { name: 'Westerpark', lat: 52.386, lng: 4.87 },
      { name: 'Centrum', lat: 52.372, lng: 4.897 },
    ],
  },
];

/** Known by name, with no sample places: the large cities of Spanish, French and German speakers. */
export const namedCities: GazetteerCity[] = [
  {
    name: 'Paris',
    country: 'France',
    stateProvince: 'Île-de-France',
    timeZone: 'Europe/Paris',
    lat: 48.8566,
    lng: 2.3522,
    neighbourhoods: [
      { name: 'Montmartre', lat: 48.8867, lng: 2.3431 },
      { name: 'Le Marais', lat: 48.859, lng: 2.362, aliases: ['Marais'] },
      { name: 'Belleville', lat: 48.8722, lng: 2.3767 },
      { name: 'Bastille', lat: 48.8532, lng: 2.3691 },
      { name: 'Saint-Germain-des-Prés', lat: 48.854, lng: 2.333, aliases: ['Saint-Germain'] },
      { name: 'Quartier Latin', lat: 48.8493, lng: 2.347 },
      { name: 'Canal Saint-Martin', lat: 48.871, lng: 2.365 },
    ],
  },
  {
    name: 'Lyon',
    country: 'France',
    stateProvince: 'Auvergne-Rhône-Alpes',
    timeZone: 'Europe/Paris',
    lat: 45.764,
    lng: 4.8357,
    neighbourhoods: [
      { name: 'Croix-Rousse', lat: 45.7745, lng: 4.8317 },
      { name: 'Vieux Lyon', lat: 45.7622, lng: 4.8271 },
    ],
  },
  {
    name: 'Marseille',
    country: 'France',
    stateProvince: "Provence-Alpes-Côte d'Azur",
    timeZone: 'Europe/Paris',
    lat: 43.2965,
    lng: 5.3698,
    neighbourhoods: [{ name: 'Le Panier', lat: 43.2989, lng: 5.3685 }],
  },
  {
    name: 'Brussels',
    aliases: ['Bruxelles', 'Brüssel', 'Bruselas'],
    country: 'Belgium',
    stateProvince: null,
    timeZone: 'Europe/Brussels',
    lat: 50.8503,
    lng: 4.3517,
    neighbourhoods: [{ name: 'Ixelles', lat: 50.8333, lng: 4.3667 }],
  },
  {
    name: 'Geneva',
    aliases: ['Genève', 'Genf', 'Ginebra'],
    country: 'Switzerland',
    stateProvince: 'Geneva',
    timeZone: 'Europe/Zurich',
    lat: 46.2044,
    lng: 6.1432,
    neighbourhoods: [{ name: 'Plainpalais', lat: 46.1967, lng: 6.1411 }],
  },
  {
    name: 'Montreal',
    aliases: ['Montréal'],
    country: 'Canada',
    stateProvince: 'Quebec',
    timeZone: 'America/Toronto',
    lat: 45.5019,
    lng: -73.5674,
    neighbourhoods: [
      { name: 'Plateau-Mont-Royal', lat: 45.522, lng: -73.58, aliases: ['Le Plateau', 'Plateau'] },
      { name: 'Mile End', lat: 45.525, lng: -73.6 },
      { name: 'Vieux-Montréal', lat: 45.507, lng: -73.554, aliases: ['Old Montreal'] },
    ],
  },
  {
    name: 'Madrid',
    country: 'Spain',
    stateProvince: 'Comunidad de Madrid',
    timeZone: 'Europe/Madrid',
    lat: 40.4168,
    lng: -3.7038,
    neighbourhoods: [
      { name: 'Malasaña', lat: 40.426, lng: -3.705 },
      { name: 'Lavapiés', lat: 40.4086, lng: -3.7011 },
      { name: 'Chueca', lat: 40.4225, lng: -3.6975 },
      { name: 'La Latina', lat: 40.411, lng: -3.71 },
      { name: 'Chamberí', lat: 40.434, lng: -3.704 },
      { name: 'Barrio de Salamanca', lat: 40.43, lng: -3.68 },
    ],
  },
  {
    name: 'Barcelona',
    country: 'Spain',
    stateProvince: 'Catalonia',
    timeZone: 'Europe/Madrid',
    lat: 41.3874,
    lng: 2.1686,
    neighbourhoods: [
      { name: 'Gràcia', lat: 41.4036, lng: 2.157 },
      { name: 'El Born', lat: 41.385, lng: 2.182, aliases: ['Born'] },
      { name: 'Eixample', lat: 41.389, lng: 2.162 },
      { name: 'Poblenou', lat: 41.403, lng: 2.2 },
      { name: 'Barceloneta', lat: 41.38, lng: 2.189 },
      { name: 'El Raval', lat: 41.38, lng: 2.168, aliases: ['Raval'] },
    ],
  },
  {
    name: 'Valencia',
    country: 'Spain',
    stateProvince: 'Valencian Community',
    timeZone: 'Europe/Madrid',
    lat: 39.4699,
    lng: -0.3763,
    neighbourhoods: [{ name: 'Ruzafa', lat: 39.4623, lng: -0.3744, aliases: ['Russafa'] }],
  },
  {
    name: 'Seville',
    aliases: ['Sevilla'],
    country: 'Spain',
    stateProvince: 'Andalusia',
    timeZone: 'Europe/Madrid',
    lat: 37.3891,
    lng: -5.9845,
    neighbourhoods: [{ name: 'Triana', lat: 37.3826, lng: -6.0025 }],
  },
  {
    name: 'Mexico City',
    aliases: ['Ciudad de México', 'CDMX', 'México DF'],
    country: 'Mexico',
    stateProvince: 'Mexico City',
    timeZone: 'America/Mexico_City',
    lat: 19.4326,
    lng: -99.1332,
    neighbourhoods: [
      { name: 'Roma Norte', lat: 19.419, lng: -99.162, aliases: ['La Roma'] },
      { name: 'Condesa', lat: 19.411, lng: -99.173, aliases: ['La Condesa'] },
      { name: 'Coyoacán', lat: 19.35, lng: -99.162 },
      { name: 'Polanco', lat: 19.433, lng: -99.195 },
    ],
  },
  {
    name: 'Buenos Aires',
    country: 'Argentina',
    stateProvince: null,
    timeZone: 'America/Argentina/Buenos_Aires',
    lat: -34.6037,
    lng: -58.3816,
    neighbourhoods: [
      { name: 'Palermo', lat: -34.588, lng: -58.43 },
      { name: 'San Telmo', lat: -34.621, lng: -58.372 },
      { name: 'Recoleta', lat: -34.588, lng: -58.393 },
    ],
  },
  {
    name: 'Bogotá',
    country: 'Colombia',
    stateProvince: null,
    timeZone: 'America/Bogota',
    lat: 4.711,
    lng: -74.0721,
    neighbourhoods: [{ name: 'Chapinero', lat: 4.6486, lng: -74.0628 }],
  },
  {
    name: 'Munich',
    aliases: ['München', 'Muenchen', 'Múnich'],
    country: 'Germany',
    stateProvince: 'Bavaria',
    timeZone: 'Europe/Berlin',
    lat: 48.1351,
    lng: 11.582,
    neighbourhoods: [
      { name: 'Schwabing', lat: 48.164, lng: 11.586 },
      { name: 'Maxvorstadt', lat: 48.15, lng: 11.57 },
      { name: 'Glockenbachviertel', lat: 48.131, lng: 11.57, aliases: ['Glockenbach'] },
      { name: 'Haidhausen', lat: 48.129, lng: 11.595 },
    ],
  },
  {
    name: 'Hamburg',
    aliases: ['Hamburgo', 'Hambourg'],
    country: 'Germany',
    stateProvince: 'Hamburg',
    timeZone: 'Europe/Berlin',
    lat: 53.5511,
    lng: 9.9937,
    neighbourhoods: [
      { name: 'St. Pauli', lat: 53.556, lng: 9.964, aliases: ['St Pauli', 'Sankt Pauli'] },
      { name: 'Sternschanze', lat: 53.563, lng: 9.964, aliases: ['Schanze'] },
      { name: 'Altona', lat: 53.55, lng: 9.935 },
      { name: 'Eimsbüttel', lat: 53.575, lng: 9.955 },
    ],
  },
  {
    name: 'Cologne',
    aliases: ['Köln', 'Koeln', 'Colonia'],
    country: 'Germany',
    stateProvince: 'North Rhine-Westphalia',
    timeZone: 'Europe/Berlin',
    lat: 50.9375,
    lng: 6.9603,
    neighbourhoods: [{ name: 'Ehrenfeld', lat: 50.9497, lng: 6.9186 }],
  },
  {
    name: 'Frankfurt',
    aliases: ['Frankfurt am Main', 'Fráncfort', 'Francfort'],
    country: 'Germany',
    stateProvince: 'Hesse',
    timeZone: 'Europe/Berlin',
    lat: 50.1109,
    lng: 8.6821,
    neighbourhoods: [{ name: 'Sachsenhausen', lat: 50.0986, lng: 8.6861 }],
  },
  {
    name: 'Vienna',
    aliases: ['Wien', 'Viena', 'Vienne'],
    country: 'Austria',
    stateProvince: 'Vienna',
    timeZone: 'Europe/Vienna',
    lat: 48.2082,
    lng: 16.3738,
    neighbourhoods: [
      { name: 'Neubau', lat: 48.201, lng: 16.349 },
      { name: 'Leopoldstadt', lat: 48.217, lng: 16.395 },
      { name: 'Mariahilf', lat: 48.196, lng: 16.35 },
      { name: 'Josefstadt', lat: 48.21, lng: 16.348 },
    ],
  },
  {
    name: 'Zurich',
    aliases: ['Zürich', 'Zúrich', 'Zuerich'],
    country: 'Switzerland',
    stateProvince: 'Zurich',
    timeZone: 'Europe/Zurich',
    lat: 47.3769,
    lng: 8.5417,
    neighbourhoods: [{ name: 'Kreis 4', lat: 47.3769, lng: 8.5222, aliases: ['Langstrasse'] }],
  },
];

/** Every city known by name, sampled or not. */
export const gazetteer: GazetteerCity[] = [...sampledCities, ...namedCities];
