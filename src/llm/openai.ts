import type { RewriteRequest, Rewriter } from './rewriter.ts';

/** Where and how to reach an OpenAI-compatible chat endpoint (llama.cpp server, Ollama, vLLM ...). */
export interface OpenAiRewriterOptions {
  /** Base URL, e.g. `http://127.0.0.1:8080`; `/v1/chat/completions` is appended. */
  readonly endpoint: string;
  readonly model: string;
  /** Whole-request timeout in milliseconds (default 30000). */
  readonly timeoutMs?: number;
  /** Sent as a bearer token when given. */
  readonly apiKey?: string;
  /** The fetch to use (default: the global one). */
  readonly fetch?: typeof fetch;
  /** Largest answer read, in bytes (default 1 MiB); a larger one is refused unread past the cap. */
  readonly maxResponseBytes?: number;
}

const MAX_RESPONSE_BYTES = 1 << 20;

// Read a response body as text, never more than `max` bytes: a larger body rejects.
async function readCappedText(response: Response, max: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > max) throw new Error(`LLM answer of ${declared} bytes is over the ${max}-byte cap`);
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new Error(`LLM answer is over the ${max}-byte cap`);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

const SYSTEM_PROMPT = [
  'You edit news summaries for fluency.',
  'Rewrite each numbered sentence so the paragraph reads smoothly, keeping its meaning exactly.',
  'Do not add, drop or change any fact, name, number or date; use only what the sentence and its sources say.',
  'Keep a neutral tone. Keep quotations exact.',
  'Answer with a JSON array of strings only, one string per input sentence, in the same order.',
].join(' ');

function userPrompt(request: RewriteRequest): string {
  return request.sentences
    .map((s, i) => {
      const sources = (request.sources[i] ?? []).map((t) => `   source: ${t}`).join('\n');
      return `${i + 1}. ${s}${sources ? `\n${sources}` : ''}`;
    })
    .join('\n');
}

/** The sentences in a model's answer: a JSON array of strings, or else numbered lines. */
export function parseSentences(content: string): string[] {
  const json = /\[[\s\S]*\]/.exec(content)?.[0];
  if (json) {
    try {
      const parsed: unknown = JSON.parse(json);
      if (Array.isArray(parsed) && parsed.every((s) => typeof s === 'string'))
        return parsed.map((s) => s.trim());
    } catch {
      // not JSON: fall through to numbered lines
    }
  }
  return content
    .split('\n')
    .map((line) => /^\s*\d+[.)]\s+(.+)$/.exec(line)?.[1]?.trim())
    .filter((s): s is string => !!s);
}

/**
 * A rewriter that calls an OpenAI-compatible `POST {endpoint}/v1/chat/completions` (temperature 0).
 * It rejects on network errors, timeouts, non-2xx answers and answers with the wrong number of sentences.
 * @example
 * const rewriter = openAiRewriter({ endpoint: 'http://127.0.0.1:11434', model: 'llama3.1' });
 */
export function openAiRewriter(options: OpenAiRewriterOptions): Rewriter {
  const base = options.endpoint.replace(/\/+$/, '').replace(/\/v1$/, '');
  const url = `${base}/v1/chat/completions`;
  const doFetch = options.fetch ?? fetch;
  return {
    async rewrite(request, signal) {
      if (!request.sentences.length) return [];
      const response = await doFetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model: options.model,
          temperature: 0,
          messages: [
            { role: 'system', content: SYSTEM_PROMPT },
            { role: 'user', content: userPrompt(request) },
          ],
        }),
        signal: AbortSignal.any([
          AbortSignal.timeout(options.timeoutMs ?? 30_000),
          ...(signal ? [signal] : []),
        ]),
      });
      if (!response.ok) throw new Error(`LLM endpoint answered ${response.status} ${response.statusText}`);
      const text = await readCappedText(response, options.maxResponseBytes ?? MAX_RESPONSE_BYTES);
      const body = JSON.parse(text) as { choices?: { message?: { content?: string } }[] };
      const content = body.choices?.[0]?.message?.content;
      if (typeof content !== 'string') throw new Error('LLM answer has no choices[0].message.content');
      const sentences = parseSentences(content);
      if (sentences.length !== request.sentences.length)
        throw new Error(`LLM returned ${sentences.length} sentences for ${request.sentences.length}`);
      return sentences;
    },
  };
}
