import type { Api } from '../api.ts';
import type { CheckInResult, Place } from '../types.ts';
import { currentCoordinates } from './location.ts';

/** Checks in through the API with the device's coordinates when shared (the geofence applies). */
export async function checkInAt(api: Api, place: Place): Promise<CheckInResult> {
  const at = await currentCoordinates();
  return api.post<CheckInResult>('/api/check-ins', {
    locationId: place.id,
    ...(at ? { lat: at.lat, lng: at.lng } : {}),
  });
}
