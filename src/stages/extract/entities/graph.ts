// The types the alias steps share (aliases.ts and the alias-*, entities and org-aliases modules it
// calls), in a module of their own so that none of those steps imports the orchestrator.
import type { Entity } from '../../model/index.ts';
import type { Mention, RoleMention } from './names/records.ts';
import type { NameKind } from './names/types.ts';

/** A person mention located for pronoun and role resolution. */
export interface PersonMention {
  readonly token: number;
  readonly paragraph: number;
  readonly entityId: string;
}

/** The story's entities and how to find the entity behind a mention. */
export interface ResolvedEntities {
  readonly entities: Entity[];
  /** `articleId:start` of a name → the id of its entity. */
  readonly byMention: ReadonlyMap<string, string>;
  /** Person mentions per article, in text order. */
  readonly people: ReadonlyMap<string, readonly PersonMention[]>;
  readonly byId: ReadonlyMap<string, Entity>;
  /** Canonical role ("governor") → the people who hold it, most mentioned first. */
  readonly roles: ReadonlyMap<string, readonly string[]>;
}

/** A mention placed in a node of the alias graph. */
export type Item = {
  readonly m: Mention | RoleMention;
  node: string;
  kind: NameKind | 'other';
  weight: number;
};

/** The nodes of the alias graph: the words of each name, how often it is mentioned and the kind it was given. */
export type AliasNodes = Map<string, { words: string[]; count: number; kind: NameKind }>;

/** Put a mention into a node of the alias graph, under the kind and words it is placed with. */
export type AddMention = (m: Mention, node: string, kind: NameKind | 'other', words: string[]) => void;
