import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// "Sahyadri managing director Vikram Deshpande said": a body's name, a role and a person's name before the
// cue are one speaker, the person, with the role; a tagger's verb reading of "managing" or "acting" does not
// end the phrase. A role with no name ("the Acme spokesperson said") still names no person.

function speakerOf(text: string): { name: string; role: string } {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  const q = out.quotes.find((x) => x.kind !== 'indirect');
  assert.ok(q, 'no quote');
  const s = q.speaker && 'name' in q.speaker ? q.speaker : null;
  return { name: s ? String(s.name) : '', role: s?.role ? `${s.role.kind}: ${s.role.words}` : '' };
}

test('a body, a role with a qualifier read as a verb, and a name before "said" name the person', () => {
  assert.deepEqual(
    speakerOf(
      '"We are in talks about moving our orders to Spain," Sahyadri managing director Vikram Deshpande said.',
    ),
    { name: 'Vikram Deshpande', role: 'company: managing director' },
  );
  assert.deepEqual(
    speakerOf('"We are in talks," said Sahyadri managing director Vikram Deshpande.').name,
    'Vikram Deshpande',
  );
  assert.deepEqual(
    speakerOf('"The ferry will run," acting harbour master Ola Brun told reporters.').name,
    'Ola Brun',
  );
});

test('other shapes of body, role and name, and a role with no name, are read as before', () => {
  assert.deepEqual(speakerOf('"The plan is sound," Acme chief executive Jo Bell said.'), {
    name: 'Jo Bell',
    role: 'company: chief executive',
  });
  assert.equal(speakerOf('"We will fight this," Union leader Sam Ode told reporters.').name, 'Sam Ode');
  assert.equal(
    speakerOf('"No decision has been made," the Acme spokesperson said.').name,
    'Acme spokesperson',
  );
});
