import assert from 'node:assert/strict';
import { test } from 'node:test';
import { names } from './test-kit.ts';

// newuser22 #14: names of a place's people and of a facility's town (names/demonym.ts, names/mentions.ts).
// Invented articles.

test('a demonym of a place the story names is no place of its own', () => {
  const got = names(
    'The Tarnovian coast guard brought 40 people ashore on Friday.',
    'Tarnovia has seen more boats this year, ministers in Tarnovia said.',
  );
  assert.ok(!got.some((e) => e.endsWith('| Tarnovian')), got.join(', '));
  // a given name beside a shorter one is no demonym: it is no adjective before a noun
  const people = names('Julian Brask said the port was full. Julia Brask agreed.');
  assert.ok(people.includes('person | Julian Brask'), people.join(', '));
});

test('a town before an -ing word and a noun ("the Orrin holding centre") does no act: no body', () => {
  const got = names('The court ordered cuts at the Orrin holding centre on Monday.');
  assert.ok(!got.includes('organization | Orrin'), got.join(', '));
});

test('"MP" is a title, no body: "X, MP for …" is a person', () => {
  const got = names('Dorian Falk, MP for the Renewal party, said the ruling was wrong.');
  assert.ok(got.includes('person | Dorian Falk'), got.join(', '));
  assert.ok(!got.some((e) => e.endsWith('| MP')), got.join(', '));
});
