import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

type Nlp = ReturnType<typeof winkNLP>;
let shared: Nlp | undefined;

/** The one wink-nlp instance of the process, loaded on first use (loading costs ~0.3 s). */
export function getNlp(): Nlp {
  shared ??= winkNLP(model);
  return shared;
}
