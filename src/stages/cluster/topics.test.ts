import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type TopicVector, topicsOf, topicVector } from './topics.ts';

// An invented story's topic vector: unit length over the terms it is about (term ids stand for words
// of one town's beat: 1 ferry fares, 2 harbour dredging, 3 a pier's repair, 4 a fishing quota, ...).
const story = (...terms: number[]): TopicVector =>
  topicVector(new Map(terms.map((t) => [t, 1 / Math.sqrt(terms.length)])));

describe('topicsOf', () => {
  test('a chain A~B~C where A and C share nothing is not one topic', () => {
    // A and B share dredging, B and C the pier (cosine 0.5 each), A and C nothing: single link made one
    // topic of the three, and the report called the fares story and the quota story neighbours
    const topics = topicsOf([story(1, 2), story(2, 3), story(3, 4)]);
    assert.notEqual(topics[0], topics[2]);
    assert.equal(new Set(topics).size, 2);
  });

  test('a longer chain of one beat falls into pieces of stories close to one another', () => {
    const chain = [story(1, 2), story(2, 3), story(3, 4), story(4, 5), story(5, 6), story(6, 7)];
    const topics = topicsOf(chain);
    for (let i = 0; i < chain.length; i++)
      for (let j = i + 2; j < chain.length; j++) assert.notEqual(topics[i], topics[j], `${i} and ${j}`);
  });

  test('stories that all share the subject are one topic, and an unrelated one stays apart', () => {
    // four stories on the ferry fares (term 1), each with its own other term; one on a choir
    const topics = topicsOf([story(1, 2), story(1, 3), story(9, 10), story(1, 4), story(1, 5)]);
    assert.deepEqual(topics, [0, 0, 1, 0, 0]);
  });

  test('a story close to only one story of a topic does not join it', () => {
    // three fares stories close to one another; the fourth shares only term 4 with the third
    const topics = topicsOf([story(1, 2), story(1, 3), story(1, 4), story(4, 8)]);
    assert.deepEqual(topics, [0, 0, 0, 1]);
  });
});
