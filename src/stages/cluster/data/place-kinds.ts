/**
 * Nouns that say what kind of place a name is ("Merrow province", "the Varden river", "the province
 * of Skarn"): two look-alike events whose leads name two places of one kind ("Merrow province" /
 * "Skarn province") happened in two places. Lower case, singular and plural where both are written.
 */
export const PLACE_KINDS: readonly string[] = [
  'province',
  'county',
  'district',
  'region',
  'state',
  'prefecture',
  'municipality',
  'city',
  'town',
  'village',
  'island',
  'islands',
  'river',
  'bay',
  'lake',
  'valley',
  'mountains',
  'highway',
  'motorway',
  'road',
  'street',
  'square',
  'market',
  'station',
  'port',
  'harbour',
  'harbor',
  'crossing',
  'airport',
  'bridge',
];
