/**
 * Cities and neighbourhoods the assistant knows by name ("in Shoreditch", "near Kreuzberg"): their
 * centres, countries and time zones. The sample data's generated places are spread over the same
 * cities (src/db/seed/cities.ts adds streets, postcodes and counts to these entries).
 */

export interface GazetteerNeighbourhood {
  name: string;
  lat: number;
  lng: number;
}

export interface GazetteerCity {
  name: string;
  country: string;
  stateProvince: string | null;
  timeZone: string;
  lat: number;
  lng: number;
  neighbourhoods: GazetteerNeighbourhood[];
}

export const gazetteer: GazetteerCity[] = [
  {
    name: 'London',
    country: 'UK',
    stateProvince: null,
    timeZone: 'Europe/London',
    lat: 51.5074,
    lng: -0.1278,
    neighbourhoods: [
      { name: 'Soho', lat: 51.5136, lng: -0.1365 },
      { name: 'Bloomsbury', lat: 51.5226, lng: -0.1246 },
      { name: 'Shoreditch', lat: 51.5265, lng: -0.0786 },
      { name: 'Camden Town', lat: 51.539, lng: -0.1426 },
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
