import assert from 'node:assert/strict';
import test from 'node:test';
import { decodeBytes, normalizeNewlines } from './decode.ts';

const SENTENCE = 'The café’s owner said “no” — twice.';

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\ufeff' : '') + text;
  for (let i = 0; i < units.length; i++) {
    const code = units.charCodeAt(i);
    out[i * 2 + (endian === 'le' ? 0 : 1)] = code & 0xff;
    out[i * 2 + (endian === 'le' ? 1 : 0)] = code >> 8;
  }
  return out;
}

// Windows-1252 bytes for the sentence: é = E9, ’ = 92, “ = 93, ” = 94, — = 97.
const CP1252 = Uint8Array.from([
  ...Buffer.from('The caf', 'latin1'),
  0xe9,
  0x92,
  ...Buffer.from('s owner said ', 'latin1'),
  0x93,
  ...Buffer.from('no', 'latin1'),
  0x94,
  ...Buffer.from(' ', 'latin1'),
  0x97,
  ...Buffer.from(' twice.', 'latin1'),
]);

test('decodeBytes reads each encoding right', () => {
  const cases: [string, Uint8Array, string][] = [
    ['utf-8', new TextEncoder().encode(SENTENCE), 'utf-8'],
    ['utf-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SENTENCE)]), 'utf-8'],
    ['utf-16le with BOM', utf16(SENTENCE, 'le', true), 'utf-16le'],
    ['utf-16be with BOM', utf16(SENTENCE, 'be', true), 'utf-16be'],
    ['utf-16le without BOM', utf16(SENTENCE, 'le', false), 'utf-16le'],
    ['windows-1252', CP1252, 'windows-1252'],
  ];
  for (const [name, bytes, encoding] of cases) {
    const decoded = decodeBytes(bytes);
    assert.equal(decoded.text, SENTENCE, name);
    assert.equal(decoded.encoding, encoding, name);
    assert.equal(decoded.binary, false, name);
  }
});

test('decodeBytes: Latin-1 bytes and a declared HTML charset', () => {
  const latin1 = Buffer.from('Señor Müller paid 5 £ for the naïve façade.', 'latin1');
  assert.equal(decodeBytes(latin1).text, 'Señor Müller paid 5 £ for the naïve façade.');
  const koi8 = Uint8Array.from([
    ...Buffer.from('<meta charset="koi8-r"><p>', 'latin1'),
    0xf0,
    0xd2,
    0xc9,
    0xd7,
    0xc5,
    0xd4,
  ]);
  assert.match(decodeBytes(koi8).text, /<p>Привет$/);
  assert.equal(decodeBytes(koi8).encoding, 'koi8-r');
});

test('decodeBytes recognises binary files by signature or control characters', () => {
  const pdf = Uint8Array.from([...Buffer.from('%PDF-1.7\n', 'latin1'), 0xe2, 0xe3, 0xcf, 0xd3]);
  assert.deepEqual([decodeBytes(pdf).binary, decodeBytes(pdf).binaryKind], [true, 'PDF']);
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  assert.equal(decodeBytes(png).binaryKind, 'PNG');
  const noise = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 251);
  assert.equal(decodeBytes(noise).binary, true);
});

test('normalizeNewlines maps every line break to \\n', () => {
  assert.equal(normalizeNewlines('a\r\nb\rc\u2028d\u0085e'), 'a\nb\nc\nd\ne');
});
