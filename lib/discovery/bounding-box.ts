export type Coordinates = { latitude: number; longitude: number };

const KM_PER_DEGREE = 111.32;

/**
 * A latitude/longitude box holding every point within `radiusKm` of `center`: a cheap prefilter
 * on indexed columns before the exact distance. Wider than the circle, never narrower.
 */
export function boundingBox(center: Coordinates, radiusKm: number) {
  const latitudeDelta = radiusKm / KM_PER_DEGREE;
  const cosine = Math.cos((Math.min(89, Math.abs(center.latitude) + latitudeDelta) * Math.PI) / 180);
  const longitudeDelta = Math.min(180, radiusKm / (KM_PER_DEGREE * Math.max(cosine, 0.01)));
  return {
    minLatitude: Math.max(-90, center.latitude - latitudeDelta),
    maxLatitude: Math.min(90, center.latitude + latitudeDelta),
    minLongitude: center.longitude - longitudeDelta,
    maxLongitude: center.longitude + longitudeDelta,
  };
}
