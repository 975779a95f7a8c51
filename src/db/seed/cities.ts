import {
  type GazetteerCity,
  type GazetteerNeighbourhood,
  sampledCities,
} from '../../domain/locations/gazetteer.ts';

/**
 * The sample data's cities: the gazetteer's sampled ones (src/domain/locations/gazetteer.ts: names, centres,
 * time zones) with what generating places there needs, streets and postcodes per neighbourhood
 * (the dense clusters the nearby search is benchmarked on), how many places and how to write an
 * address.
 */

export interface Neighbourhood extends GazetteerNeighbourhood {
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

export interface City extends GazetteerCity {
  /** 'number-first': "12 Upper Street"; 'street-first': "Oranienstraße 12". */
  addressStyle: 'number-first' | 'street-first';
  /** Places generated for the sample set. */
  sampleCount: number;
  /** Share of the large benchmark set. */
  weight: number;
  neighbourhoods: Neighbourhood[];
  bounds?: Bounds;
}

type SeedNeighbourhood = Pick<Neighbourhood, 'postcodes' | 'streets'>;
type SeedCity = Pick<City, 'addressStyle' | 'sampleCount' | 'weight' | 'bounds'> & {
  /** By neighbourhood name, each of the gazetteer's. */
  neighbourhoods: Record<string, SeedNeighbourhood>;
};

/** By city name, each of the gazetteer's. */
const seedOf: Record<string, SeedCity> = {
  London: {
    addressStyle: 'number-first',
    sampleCount: 50,
    weight: 18,
    neighbourhoods: {
      Soho: {
        postcodes: ['W1F #@@', 'W1D #@@'],
        streets: ['Greek Street', 'Old Compton Street', 'Berwick Street', 'Dean Street'],
      },
      Bloomsbury: {
        postcodes: ['WC1N #@@', 'WC1E #@@'],
        streets: ["Lamb's Conduit Street", 'Marchmont Street', 'Store Street'],
      },
      Shoreditch: {
        postcodes: ['EC2A #@@', 'E2 #@@'],
        streets: ['Redchurch Street', 'Columbia Road', 'Rivington Street', 'Kingsland Road'],
      },
      'Camden Town': {
        postcodes: ['NW1 #@@'],
        streets: ['Parkway', 'Camden High Street', 'Inverness Street'],
      },
      Brixton: {
        postcodes: ['SW9 #@@', 'SW2 #@@'],
        streets: ['Coldharbour Lane', 'Atlantic Road', 'Electric Avenue', 'Acre Lane'],
      },
      Islington: {
        postcodes: ['N1 #@@'],
        streets: ['Upper Street', 'Essex Road', 'Cross Street', 'Camden Passage'],
      },
      Greenwich: {
        postcodes: ['SE10 #@@'],
        streets: ['Royal Hill', 'Greenwich Church Street', 'Trafalgar Road'],
      },
    },
  },
  Manchester: {
    addressStyle: 'number-first',
    sampleCount: 25,
    weight: 7,
    neighbourhoods: {
      'Northern Quarter': {
        postcodes: ['M1 #@@', 'M4 #@@'],
        streets: ['Oldham Street', 'Thomas Street', 'Tib Street', 'Stevenson Square'],
      },
      Ancoats: {
        postcodes: ['M4 #@@'],
        streets: ['Blossom Street', 'Cutting Room Square', 'Great Ancoats Street'],
      },
      Spinningfields: {
        postcodes: ['M3 #@@'],
        streets: ['Deansgate', 'King Street', 'Hardman Street'],
      },
      Chorlton: {
        postcodes: ['M21 #@@'],
        streets: ['Beech Road', 'Wilbraham Road', 'Barlow Moor Road'],
      },
      Didsbury: {
        postcodes: ['M20 #@@'],
        streets: ['Wilmslow Road', 'Burton Road', 'School Lane'],
      },
    },
  },
  Edinburgh: {
    addressStyle: 'number-first',
    sampleCount: 20,
    weight: 5,
    bounds: { maxLat: 55.978 },
    neighbourhoods: {
      'Old Town': {
        postcodes: ['EH1 #@@'],
        streets: ['Victoria Street', 'Cockburn Street', 'Grassmarket'],
      },
      'New Town': {
        postcodes: ['EH2 #@@', 'EH3 #@@'],
        streets: ['Rose Street', 'Thistle Street', 'Broughton Street'],
      },
      Leith: {
        postcodes: ['EH6 #@@'],
        streets: ['The Shore', 'Leith Walk', 'Constitution Street'],
      },
      Bruntsfield: {
        postcodes: ['EH10 #@@'],
        streets: ['Bruntsfield Place', 'Morningside Road', 'Leamington Terrace'],
      },
      Stockbridge: {
        postcodes: ['EH3 #@@', 'EH4 #@@'],
        streets: ['Raeburn Place', 'St Stephen Street', 'Deanhaugh Street'],
      },
    },
  },
  Dublin: {
    addressStyle: 'number-first',
    sampleCount: 25,
    weight: 7,
    bounds: { maxLng: -6.215 },
    neighbourhoods: {
      'Temple Bar': {
        postcodes: ['D02 @###'],
        streets: ['Dame Street', 'Fleet Street', 'Crow Street'],
      },
      'Creative Quarter': {
        postcodes: ['D02 @###'],
        streets: ['South William Street', 'Drury Street', 'Exchequer Street'],
      },
      Portobello: {
        postcodes: ['D02 @###', 'D08 @###'],
        streets: ['Camden Street', 'Richmond Street', 'Clanbrassil Street'],
      },
      Rathmines: {
        postcodes: ['D06 @###'],
        streets: ['Rathmines Road', 'Castlewood Avenue'],
      },
      Stoneybatter: {
        postcodes: ['D07 @###'],
        streets: ['Manor Street', 'Prussia Street', 'Oxmantown Road'],
      },
      Ranelagh: {
        postcodes: ['D06 @###'],
        streets: ['Ranelagh Road', 'Sandford Road', 'Chelmsford Road'],
      },
    },
  },
  'New York': {
    addressStyle: 'number-first',
    sampleCount: 45,
    weight: 18,
    neighbourhoods: {
      SoHo: {
        postcodes: ['10012', '10013'],
        streets: ['Prince Street', 'Spring Street', 'Mercer Street', 'Greene Street'],
      },
      'East Village': {
        postcodes: ['10003', '10009'],
        streets: ['Avenue A', 'St Marks Place', 'East 7th Street', 'First Avenue'],
      },
      Williamsburg: {
        postcodes: ['11211', '11249'],
        streets: ['Bedford Avenue', 'Grand Street', 'Wythe Avenue', 'Metropolitan Avenue'],
      },
      'Upper West Side': {
        postcodes: ['10023', '10024', '10025'],
        streets: ['Amsterdam Avenue', 'Columbus Avenue', 'West 79th Street', 'Broadway'],
      },
      Astoria: {
        postcodes: ['11102', '11103', '11105'],
        streets: ['Ditmars Boulevard', 'Steinway Street', '30th Avenue', '31st Street'],
      },
      'Park Slope': {
        postcodes: ['11215', '11217'],
        streets: ['Seventh Avenue', 'Fifth Avenue', 'Union Street'],
      },
    },
  },
  'San Francisco': {
    addressStyle: 'number-first',
    sampleCount: 25,
    weight: 8,
    bounds: { minLng: -122.505, maxLng: -122.385, maxLat: 37.806 },
    neighbourhoods: {
      Mission: {
        postcodes: ['94110', '94103'],
        streets: ['Valencia Street', '18th Street', 'Guerrero Street'],
      },
      'Hayes Valley': {
        postcodes: ['94102'],
        streets: ['Hayes Street', 'Octavia Street', 'Gough Street'],
      },
      'North Beach': {
        postcodes: ['94133'],
        streets: ['Columbus Avenue', 'Grant Avenue', 'Stockton Street'],
      },
      'Inner Sunset': {
        postcodes: ['94122'],
        streets: ['Irving Street', 'Ninth Avenue', 'Judah Street'],
      },
      'Noe Valley': {
        postcodes: ['94114', '94131'],
        streets: ['24th Street', 'Church Street', 'Castro Street'],
      },
    },
  },
  Toronto: {
    addressStyle: 'number-first',
    sampleCount: 30,
    weight: 9,
    bounds: { minLat: 43.633 },
    neighbourhoods: {
      'Kensington Market': {
        postcodes: ['M5T #@#'],
        streets: ['Augusta Avenue', 'Baldwin Street', 'Kensington Avenue'],
      },
      'The Annex': {
        postcodes: ['M5R #@#', 'M5S #@#'],
        streets: ['Bloor Street West', 'Harbord Street', 'Brunswick Avenue'],
      },
      Leslieville: {
        postcodes: ['M4M #@#'],
        streets: ['Queen Street East', 'Carlaw Avenue', 'Jones Avenue'],
      },
      'Liberty Village': {
        postcodes: ['M6K #@#'],
        streets: ['Liberty Street', 'Atlantic Avenue', 'East Liberty Street'],
      },
      Yorkville: {
        postcodes: ['M5R #@#'],
        streets: ['Yorkville Avenue', 'Cumberland Street', 'Bay Street'],
      },
      Ossington: {
        postcodes: ['M6J #@#'],
        streets: ['Ossington Avenue', 'Queen Street West', 'Dundas Street West'],
      },
    },
  },
  Sydney: {
    addressStyle: 'number-first',
    sampleCount: 30,
    weight: 9,
    neighbourhoods: {
      'Surry Hills': {
        postcodes: ['2010'],
        streets: ['Crown Street', 'Bourke Street', 'Riley Street'],
      },
      Darlinghurst: {
        postcodes: ['2010'],
        streets: ['Darlinghurst Road', 'Oxford Street', 'Victoria Street'],
      },
      Newtown: {
        postcodes: ['2042'],
        streets: ['King Street', 'Enmore Road', 'Australia Street'],
      },
      Bondi: {
        postcodes: ['2026'],
        streets: ['Campbell Parade', 'Hall Street', 'Curlewis Street'],
      },
      Glebe: {
        postcodes: ['2037'],
        streets: ['Glebe Point Road', 'St Johns Road', 'Wigram Road'],
      },
      Manly: {
        postcodes: ['2095'],
        streets: ['The Corso', 'Sydney Road', 'Pittwater Road'],
      },
    },
  },
  Berlin: {
    addressStyle: 'street-first',
    sampleCount: 30,
    weight: 10,
    neighbourhoods: {
      Kreuzberg: {
        postcodes: ['10961', '10965', '10967', '10999'],
        streets: ['Bergmannstraße', 'Oranienstraße', 'Graefestraße'],
      },
      'Prenzlauer Berg': {
        postcodes: ['10405', '10435', '10437'],
        streets: ['Kastanienallee', 'Kollwitzstraße', 'Schönhauser Allee'],
      },
      Neukölln: {
        postcodes: ['12043', '12045', '12047'],
        streets: ['Weserstraße', 'Sonnenallee', 'Friedelstraße'],
      },
      Friedrichshain: {
        postcodes: ['10243', '10245', '10247'],
        streets: ['Simon-Dach-Straße', 'Boxhagener Straße', 'Wühlischstraße'],
      },
      Mitte: {
        postcodes: ['10115', '10117', '10119'],
        streets: ['Torstraße', 'Auguststraße', 'Linienstraße'],
      },
    },
  },
  Amsterdam: {
    addressStyle: 'street-first',
    sampleCount: 20,
    weight: 7,
    neighbourhoods: {
      Jordaan: {
        postcodes: ['1015 @@', '1016 @@'],
        streets: ['Westerstraat', 'Elandsgracht', 'Prinsengracht', 'Lindengracht'],
      },
      'De Pijp': {
        postcodes: ['1072 @@', '1073 @@'],
        streets: ['Albert Cuypstraat', 'Ferdinand Bolstraat', 'Gerard Doustraat'],
      },
      Oost: {
        postcodes: ['1093 @@', '1094 @@'],
        streets: ['Javastraat', 'Linnaeusstraat', 'Dapperstraat'],
      },
      Westerpark: {
        postcodes: ['1013 @@', '1051 @@'],
        streets: ['Spaarndammerstraat', 'Van Hallstraat', 'Haarlemmerweg'],
      },
      Centrum: {
        postcodes: ['1012 @@', '1017 @@'],
        streets: ['Haarlemmerstraat', 'Spuistraat', 'Utrechtsestraat'],
      },
    },
  },
};

export const cities: City[] = sampledCities.map((place) => {
  const seed = seedOf[place.name];
  if (!seed) throw new Error(`no sample data for ${place.name}`);
  return {
    ...place,
    ...seed,
    neighbourhoods: place.neighbourhoods.map((n) => {
      const extra = seed.neighbourhoods[n.name];
      if (!extra) throw new Error(`no sample data for ${n.name}, ${place.name}`);
      return { ...n, ...extra };
    }),
  };
});

export function cityNamed(name: string): City {
  const city = cities.find((c) => c.name === name);
  if (!city) throw new Error(`no seed city named ${name}`);
  return city;
}
