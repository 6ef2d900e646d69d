/** Reading the article object out of a page's JSON-LD blocks. */

/** The JSON-LD fields Parallax reads, as plain strings. */
export interface JsonLdArticle {
  readonly headline?: string;
  readonly authors: readonly string[];
  readonly publisher?: string;
  readonly datePublished?: string;
  readonly dateModified?: string;
  readonly section?: string;
  /** `@type` ("NewsArticle", "OpinionNewsArticle"), which tells an opinion piece (text/genre.ts). */
  readonly type?: string;
  readonly language?: string;
  readonly url?: string;
  /** `articleBody`: the article's text, which a page rendered by script may hold nowhere else. */
  readonly body?: string;
}

const ARTICLE_TYPE = /Article|Posting|Report|NewsArticle|BlogPosting/;
type Json = Record<string, unknown>;

const str = (v: unknown): string | undefined => {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
};

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return str(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) return str((v as Json).name);
  return undefined;
}

function flatten(value: unknown, out: Json[]): void {
  if (Array.isArray(value)) for (const v of value) flatten(v, out);
  else if (value && typeof value === 'object') {
    out.push(value as Json);
    const graph = (value as Json)['@graph'];
    if (graph) flatten(graph, out);
  }
}

const typeOf = (o: Json): string => {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
};

/** The article-like object of a page's JSON-LD script texts (bad JSON is skipped), or null. */
export function readJsonLd(scripts: readonly string[]): JsonLdArticle | null {
  const objects: Json[] = [];
  for (const script of scripts) {
    try {
      flatten(JSON.parse(script.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), objects);
    } catch {
      // Pages often ship broken JSON-LD; it is simply not a source then.
    }
  }
  const article = objects.find((o) => ARTICLE_TYPE.test(typeOf(o)));
  if (!article) return null;
  const authorsRaw = article.author ?? article.creator;
  const authors = (Array.isArray(authorsRaw) ? authorsRaw : [authorsRaw])
    .map(nameOf)
    .filter((a): a is string => !!a);
  const page = article.mainEntityOfPage;
  const url = str(article.url) ?? (page && typeof page === 'object' ? str((page as Json)['@id']) : str(page));
  const result: JsonLdArticle = {
    headline: str(article.headline) ?? str(article.name),
    authors,
    publisher: nameOf(article.publisher) ?? nameOf(objects.find((o) => /Organization/.test(typeOf(o)))),
    datePublished: str(article.datePublished) ?? str(article.dateCreated),
    dateModified: str(article.dateModified),
    section: str(article.articleSection),
    type: typeOf(article) || undefined,
    language: str(article.inLanguage),
    url,
    body: str(article.articleBody),
  };
  return result;
}
