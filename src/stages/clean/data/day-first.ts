// What tells a text writes its numeric dates day first ("03/12/2026" is 3 December): a time zone or a
// web address of a country that writes the day before the month (India, the UK,
// Ireland, Australia, New Zealand). Worldwide zones (GMT, UTC) tell nothing: US wires use them too.

/** Time zones of day-first countries, as written after a time ("18:30 IST", "9.15am AEDT"). */
export const DAY_FIRST_ZONES: ReadonlySet<string> = new Set([
  'ist',
  'bst',
  'aest',
  'aedt',
  'acst',
  'acdt',
  'awst',
  'nzst',
  'nzdt',
]);

/** Web address endings of day-first countries ("example.co.uk", "example.in"). */
export const DAY_FIRST_HOSTS: readonly string[] = ['.in', '.uk', '.ie', '.au', '.nz'];
