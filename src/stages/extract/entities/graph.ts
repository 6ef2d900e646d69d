// The alias graph and the types its steps share (resolve.ts and the people, deferred, headlines, roles,
// organizations and build modules it calls), in a module of their own so that no step imports the orchestrator.
import type { Entity } from '../../../model/index.ts';
import type { Mention, RoleMention } from '../names/records.ts';
import type { NameKind } from '../names/types.ts';
import { UnionFind } from './union-find.ts';

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

/** The kind a node of the alias graph files a name under. */
export type NodeKind = 'person' | 'organization' | 'place' | 'other';

/** A node of the alias graph: one matching key ("antony blinken", "customs and border protection") of one kind. */
export interface AliasNode {
  readonly kind: NodeKind;
  readonly key: string;
}

/** What a node that holds names knows: the words of its name, how often it is mentioned and the kind it was given. */
export interface NamedNode {
  words: string[];
  count: number;
  kind: NameKind;
}

/**
 * The alias graph of a story: nodes interned by kind and key (one object each, so they compare by identity),
 * the nodes that hold names in the order they got one, and the sets that merging names has made of them.
 */
export class AliasGraph {
  /** The nodes that hold names, in the order each was first given one. */
  readonly named = new Map<AliasNode, NamedNode>();
  private readonly sets = new UnionFind<AliasNode>();
  private readonly interned = new Map<NodeKind, Map<string, AliasNode>>();

  /** The node of a kind and key (the same object for the same kind and key). */
  node(kind: NodeKind, key: string): AliasNode {
    let byKey = this.interned.get(kind);
    if (!byKey) {
      byKey = new Map();
      this.interned.set(kind, byKey);
    }
    let node = byKey.get(key);
    if (!node) {
      node = { kind, key };
      byKey.set(key, node);
    }
    return node;
  }

  /** What the node of a kind and key knows, if it holds names. */
  info(kind: NodeKind, key: string): NamedNode | undefined {
    return this.named.get(this.node(kind, key));
  }

  /** True when the node of a kind and key holds names. */
  has(kind: NodeKind, key: string): boolean {
    return this.named.has(this.node(kind, key));
  }

  /** The representative of a node's set. */
  find(node: AliasNode): AliasNode {
    return this.sets.find(node);
  }

  /** Merge the sets of two nodes; the first node's representative stays. */
  union(a: AliasNode, b: AliasNode): void {
    this.sets.union(a, b);
  }
}

/** A mention placed in a node of the alias graph. */
export type Item = {
  readonly m: Mention | RoleMention;
  node: AliasNode;
  kind: NameKind | 'other';
  weight: number;
};

/** Put a mention into a node of the alias graph, under the kind and words it is placed with. */
export type AddMention = (m: Mention, node: AliasNode, kind: NameKind | 'other', words: string[]) => void;
