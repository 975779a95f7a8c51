/**
 * Cities the generated places are spread over: real centres, neighbourhoods (the dense clusters the
 * nearby search is benchmarked on) with their own streets and postcodes, IANA time zones.
 */

export interface Neighbourhood {
  name: string;
  lat: number;
  lng: number;
  /** Templates: '#' a digit, '@' a letter ('W1F #@@' → 'W1F 4QA'). */
  postcodes: string[];
  streets: string[];
}

/** A rough box that keeps generated points out of the sea, a lake or a bay next to the city. */
export interface Bounds {
  minLat?: number;
  maxLat?: number;
  minLng?: number;
  maxLng?: number;
}

export interface City {
  name: string;
  country: string;
  stateProvince: string | null;
  timeZone: string;
  lat: number;
  lng: number;
  /** 'number-first': "12 Upper Street"; 'street-first': "Oranienstraße 12". */
  addressStyle: 'number-first' | 'street-first';
  /** Places generated for the sample set. */
  sampleCount: number;
  /** Share of the large benchmark set. */
  weight: number;
  neighbourhoods: Neighbourhood[];
  bounds?: Bounds;
}

export const cities: City[] = [
  {
    name: 'London',
    country: 'UK',
    stateProvince: null,
    timeZone: 'Europe/London',
    lat: 51.5074,
    lng: -0.1278,
    addressStyle: 'number-first',
    sampleCount: 50,
    weight: 18,
    neighbourhoods: [
      {
        name: 'Soho',
        lat: 51.5136,
        lng: -0.1365,
        postcodes: ['W1F #@@', 'W1D #@@'],
        streets: ['Greek Street', 'Old Compton Street', 'Berwick Street', 'Dean Street'],
      },
      {
        name: 'Bloomsbury',
        lat: 51.5226,
        lng: -0.1246,
        postcodes: ['WC1N #@@', 'WC1E #@@'],
        streets: ["Lamb's Conduit Street", 'Marchmont Street', 'Store Street'],
      },
      {
        name: 'Shoreditch',
        lat: 51.5265,
        lng: -0.0786,
        postcodes: ['EC2A #@@', 'E2 #@@'],
        streets: ['Redchurch Street', 'Columbia Road', 'Rivington Street', 'Kingsland Road'],
      },
      {
        name: 'Camden Town',
        lat: 51.539,
        lng: -0.1426,
        postcodes: ['NW1 #@@'],
        streets: ['Parkway', 'Camden High Street', 'Inverness Street'],
      },
      {
        name: 'Brixton',
        lat: 51.4613,
        lng: -0.1156,
        postcodes: ['SW9 #@@', 'SW2 #@@'],
        streets: ['Coldharbour Lane', 'Atlantic Road', 'Electric Avenue', 'Acre Lane'],
      },
      {
        name: 'Islington',
        lat: 51.5362,
        lng: -0.1033,
        postcodes: ['N1 #@@'],
        streets: ['Upper Street', 'Essex Road', 'Cross Street', 'Camden Passage'],
      },
      {
        name: 'Greenwich',
        lat: 51.4826,
        lng: -0.0077,
        postcodes: ['SE10 #@@'],
        streets: ['Royal Hill', 'Greenwich Church Street', 'Trafalgar Road'],
      },
    ],
  },
  {
    name: 'Manchester',
    country: 'UK',
    stateProvince: null,
    timeZone: 'Europe/London',
    lat: 53.4808,
    lng: -2.2426,
    addressStyle: 'number-first',
    sampleCount: 25,
    weight: 7,
    neighbourhoods: [
      {
        name: 'Northern Quarter',
        lat: 53.4839,
        lng: -2.2352,
        postcodes: ['M1 #@@', 'M4 #@@'],
        streets: ['Oldham Street', 'Thomas Street', 'Tib Street', 'Stevenson Square'],
      },
      {
        name: 'Ancoats',
        lat: 53.4851,
        lng: -2.2262,
        postcodes: ['M4 #@@'],
        streets: ['Blossom Street', 'Cutting Room Square', 'Great Ancoats Street'],
      },
      {
        name: 'Spinningfields',
        lat: 53.4807,
        lng: -2.253,
        postcodes: ['M3 #@@'],
        streets: ['Deansgate', 'King Street', 'Hardman Street'],
      },
      {
        name: 'Chorlton',
        lat: 53.442,
        lng: -2.277,
        postcodes: ['M21 #@@'],
        streets: ['Beech Road', 'Wilbraham Road', 'Barlow Moor Road'],
      },
      {
        name: 'Didsbury',
        lat: 53.4167,
        lng: -2.231,
        postcodes: ['M20 #@@'],
        streets: ['Wilmslow Road', 'Burton Road', 'School Lane'],
      },
    ],
  },
  {
    name: 'Edinburgh',
    country: 'UK',
    stateProvince: null,
    timeZone: 'Europe/London',
    lat: 55.9533,
    lng: -3.1883,
    addressStyle: 'number-first',
    sampleCount: 20,
    weight: 5,
    neighbourhoods: [
      {
        name: 'Old Town',
        lat: 55.9497,
        lng: -3.191,
        postcodes: ['EH1 #@@'],
        streets: ['Victoria Street', 'Cockburn Street', 'Grassmarket'],
      },
      {
        name: 'New Town',
        lat: 55.956,
        lng: -3.198,
        postcodes: ['EH2 #@@', 'EH3 #@@'],
        streets: ['Rose Street', 'Thistle Street', 'Broughton Street'],
      },
      {
        name: 'Leith',
        lat: 55.9735,
        lng: -3.172,
        postcodes: ['EH6 #@@'],
        streets: ['The Shore', 'Leith Walk', 'Constitution Street'],
      },
      {
        name: 'Bruntsfield',
        lat: 55.9385,
        lng: -3.207,
        postcodes: ['EH10 #@@'],
        streets: ['Bruntsfield Place', 'Morningside Road', 'Leamington Terrace'],
      },
      {
        name: 'Stockbridge',
        lat: 55.9585,
        lng: -3.209,
        postcodes: ['EH3 #@@', 'EH4 #@@'],
        streets: ['Raeburn Place', 'St Stephen Street', 'Deanhaugh Street'],
      },
    ],
    bounds: { maxLat: 55.978 },
  },
  {
    name: 'Dublin',
    country: 'Ireland',
    stateProvince: null,
    timeZone: 'Europe/Dublin',
    lat: 53.3498,
    lng: -6.2603,
    addressStyle: 'number-first',
    sampleCount: 25,
    weight: 7,
    neighbourhoods: [
      {
        name: 'Temple Bar',
        lat: 53.3454,
        lng: -6.2644,
        postcodes: ['D02 @###'],
        streets: ['Dame Street', 'Fleet Street', 'Crow Street'],
      },
      {
        name: 'Creative Quarter',
        lat: 53.3425,
        lng: -6.2635,
        postcodes: ['D02 @###'],
        streets: ['South William Street', 'Drury Street', 'Exchequer Street'],
      },
      {
        name: 'Portobello',
        lat: 53.3318,
        lng: -6.265,
        postcodes: ['D02 @###', 'D08 @###'],
        streets: ['Camden Street', 'Richmond Street', 'Clanbrassil Street'],
      },
      {
        name: 'Rathmines',
        lat: 53.323,
        lng: -6.265,
        postcodes: ['D06 @###'],
        streets: ['Rathmines Road', 'Castlewood Avenue'],
      },
      {
        name: 'Stoneybatter',
        lat: 53.352,
        lng: -6.283,
        postcodes: ['D07 @###'],
        streets: ['Manor Street', 'Prussia Street', 'Oxmantown Road'],
      },
      {
        name: 'Ranelagh',
        lat: 53.326,
        lng: -6.256,
        postcodes: ['D06 @###'],
        streets: ['Ranelagh Road', 'Sandford Road', 'Chelmsford Road'],
      },
    ],
    bounds: { maxLng: -6.215 },
  },
  {
    name: 'New York',
    country: 'USA',
    stateProvince: 'NY',
    timeZone: 'America/New_York',
    lat: 40.7128,
    lng: -74.006,
    addressStyle: 'number-first',
    sampleCount: 45,
    weight: 18,
    neighbourhoods: [
      {
        name: 'SoHo',
        lat: 40.7233,
        lng: -74.003,
        postcodes: ['10012', '10013'],
        streets: ['Prince Street', 'Spring Street', 'Mercer Street', 'Greene Street'],
      },
      {
        name: 'East Village',
        lat: 40.7265,
        lng: -73.9815,
        postcodes: ['10003', '10009'],
        streets: ['Avenue A', 'St Marks Place', 'East 7th Street', 'First Avenue'],
      },
      {
        name: 'Williamsburg',
        lat: 40.7081,
        lng: -73.9571,
        postcodes: ['11211', '11249'],
        streets: ['Bedford Avenue', 'Grand Street', 'Wythe Avenue', 'Metropolitan Avenue'],
      },
      {
        name: 'Upper West Side',
        lat: 40.787,
        lng: -73.9754,
        postcodes: ['10023', '10024', '10025'],
        streets: ['Amsterdam Avenue', 'Columbus Avenue', 'West 79th Street', 'Broadway'],
      },
      {
        name: 'Astoria',
        lat: 40.7644,
        lng: -73.9235,
        postcodes: ['11102', '11103', '11105'],
        streets: ['Ditmars Boulevard', 'Steinway Street', '30th Avenue', '31st Street'],
      },
      {
        name: 'Park Slope',
        lat: 40.671,
        lng: -73.9814,
        postcodes: ['11215', '11217'],
        streets: ['Seventh Avenue', 'Fifth Avenue', 'Union Street'],
      },
    ],
  },
  {
    name: 'San Francisco',
    country: 'USA',
    stateProvince: 'CA',
    timeZone: 'America/Los_Angeles',
    lat: 37.7749,
    lng: -122.4194,
    addressStyle: 'number-first',
    sampleCount: 25,
    weight: 8,
    neighbourhoods: [
      {
        name: 'Mission',
        lat: 37.7599,
        lng: -122.4148,
        postcodes: ['94110', '94103'],
        streets: ['Valencia Street', '18th Street', 'Guerrero Street'],
      },
      {
        name: 'Hayes Valley',
        lat: 37.7759,
        lng: -122.4245,
        postcodes: ['94102'],
        streets: ['Hayes Street', 'Octavia Street', 'Gough Street'],
      },
      {
        name: 'North Beach',
        lat: 37.8001,
        lng: -122.4103,
        postcodes: ['94133'],
        streets: ['Columbus Avenue', 'Grant Avenue', 'Stockton Street'],
      },
      {
        name: 'Inner Sunset',
        lat: 37.7622,
        lng: -122.466,
        postcodes: ['94122'],
        streets: ['Irving Street', 'Ninth Avenue', 'Judah Street'],
      },
      {
        name: 'Noe Valley',
        lat: 37.7502,
        lng: -122.4337,
        postcodes: ['94114', '94131'],
        streets: ['24th Street', 'Church Street', 'Castro Street'],
      },
    ],
    bounds: { minLng: -122.505, maxLng: -122.385, maxLat: 37.806 },
  },
  {
    name: 'Toronto',
    country: 'Canada',
    stateProvince: 'ON',
    timeZone: 'America/Toronto',
    lat: 43.6532,
    lng: -79.3832,
    addressStyle: 'number-first',
    sampleCount: 30,
    weight: 9,
    neighbourhoods: [
      {
        name: 'Kensington Market',
        lat: 43.6547,
        lng: -79.4005,
        postcodes: ['M5T #@#'],
        streets: ['Augusta Avenue', 'Baldwin Street', 'Kensington Avenue'],
      },
      {
        name: 'The Annex',
        lat: 43.6703,
        lng: -79.4072,
        postcodes: ['M5R #@#', 'M5S #@#'],
        streets: ['Bloor Street West', 'Harbord Street', 'Brunswick Avenue'],
      },
      {
        name: 'Leslieville',
        lat: 43.6626,
        lng: -79.3357,
        postcodes: ['M4M #@#'],
        streets: ['Queen Street East', 'Carlaw Avenue', 'Jones Avenue'],
      },
      {
        name: 'Liberty Village',
        lat: 43.6376,
        lng: -79.42,
        postcodes: ['M6K #@#'],
        streets: ['Liberty Street', 'Atlantic Avenue', 'East Liberty Street'],
      },
      {
        name: 'Yorkville',
        lat: 43.6709,
        lng: -79.3933,
        postcodes: ['M5R #@#'],
        streets: ['Yorkville Avenue', 'Cumberland Street', 'Bay Street'],
      },
      {
        name: 'Ossington',
        lat: 43.6465,
        lng: -79.4195,
        postcodes: ['M6J #@#'],
        streets: ['Ossington Avenue', 'Queen Street West', 'Dundas Street West'],
      },
    ],
    bounds: { minLat: 43.633 },
  },
  {
    name: 'Sydney',
    country: 'Australia',
    stateProvince: 'NSW',
    timeZone: 'Australia/Sydney',
    lat: -33.8688,
    lng: 151.2093,
    addressStyle: 'number-first',
    sampleCount: 30,
    weight: 9,
    neighbourhoods: [
      {
        name: 'Surry Hills',
        lat: -33.8861,
        lng: 151.2111,
        postcodes: ['2010'],
        streets: ['Crown Street', 'Bourke Street', 'Riley Street'],
      },
      {
        name: 'Darlinghurst',
        lat: -33.879,
        lng: 151.219,
        postcodes: ['2010'],
        streets: ['Darlinghurst Road', 'Oxford Street', 'Victoria Street'],
      },
      {
        name: 'Newtown',
        lat: -33.8978,
        lng: 151.1785,
        postcodes: ['2042'],
        streets: ['King Street', 'Enmore Road', 'Australia Street'],
      },
      {
        name: 'Bondi',
        lat: -33.891,
        lng: 151.27,
        postcodes: ['2026'],
        streets: ['Campbell Parade', 'Hall Street', 'Curlewis Street'],
      },
      {
        name: 'Glebe',
        lat: -33.8798,
        lng: 151.1854,
        postcodes: ['2037'],
        streets: ['Glebe Point Road', 'St Johns Road', 'Wigram Road'],
      },
      {
        name: 'Manly',
        lat: -33.7975,
        lng: 151.2835,
        postcodes: ['2095'],
        streets: ['The Corso', 'Sydney Road', 'Pittwater Road'],
      },
    ],
  },
  {
    name: 'Berlin',
    country: 'Germany',
    stateProvince: 'Berlin',
    timeZone: 'Europe/Berlin',
    lat: 52.52,
    lng: 13.405,
    addressStyle: 'street-first',
    sampleCount: 30,
    weight: 10,
    neighbourhoods: [
      {
        name: 'Kreuzberg',
        lat: 52.4986,
        lng: 13.403,
        postcodes: ['10961', '10965', '10967', '10999'],
        streets: ['Bergmannstraße', 'Oranienstraße', 'Graefestraße'],
      },
      {
        name: 'Prenzlauer Berg',
        lat: 52.5389,
        lng: 13.4244,
        postcodes: ['10405', '10435', '10437'],
        streets: ['Kastanienallee', 'Kollwitzstraße', 'Schönhauser Allee'],
      },
      {
        name: 'Neukölln',
        lat: 52.4811,
        lng: 13.435,
        postcodes: ['12043', '12045', '12047'],
        streets: ['Weserstraße', 'Sonnenallee', 'Friedelstraße'],
      },
      {
        name: 'Friedrichshain',
        lat: 52.5158,
        lng: 13.454,
        postcodes: ['10243', '10245', '10247'],
        streets: ['Simon-Dach-Straße', 'Boxhagener Straße', 'Wühlischstraße'],
      },
      {
        name: 'Mitte',
        lat: 52.5251,
        lng: 13.4017,
        postcodes: ['10115', '10117', '10119'],
        streets: ['Torstraße', 'Auguststraße', 'Linienstraße'],
      },
    ],
  },
  {
    name: 'Amsterdam',
    country: 'Netherlands',
    stateProvince: 'Noord-Holland',
    timeZone: 'Europe/Amsterdam',
    lat: 52.3676,
    lng: 4.9041,
    addressStyle: 'street-first',
    sampleCount: 20,
    weight: 7,
    neighbourhoods: [
      {
        name: 'Jordaan',
        lat: 52.374,
        lng: 4.88,
        postcodes: ['1015 @@', '1016 @@'],
        streets: ['Westerstraat', 'Elandsgracht', 'Prinsengracht', 'Lindengracht'],
      },
      {
        name: 'De Pijp',
        lat: 52.353,
        lng: 4.893,
        postcodes: ['1072 @@', '1073 @@'],
        streets: ['Albert Cuypstraat', 'Ferdinand Bolstraat', 'Gerard Doustraat'],
      },
      {
        name: 'Oost',
        lat: 52.36,
        lng: 4.929,
        postcodes: ['1093 @@', '1094 @@'],
        streets: ['Javastraat', 'Linnaeusstraat', 'Dapperstraat'],
      },
      {
        name: 'Westerpark',
        lat: 52.386,
        lng: 4.87,
        postcodes: ['1013 @@', '1051 @@'],
        streets: ['Spaarndammerstraat', 'Van Hallstraat', 'Haarlemmerweg'],
      },
      {
        name: 'Centrum',
        lat: 52.372,
        lng: 4.897,
        postcodes: ['1012 @@', '1017 @@'],
        streets: ['Haarlemmerstraat', 'Spuistraat', 'Utrechtsestraat'],
      },
    ],
  },
];

export function cityNamed(name: string): City {
  const city = cities.find((c) => c.name === name);
  if (!city) throw new Error(`no seed city named ${name}`);
  return city;
}
