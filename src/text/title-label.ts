// A label an outlet puts before a headline ("UPDATE: …", "Live – …"), read once for every stage that
// shows a headline: the story's title (cluster) and its built headline (summarize) leave it out.
import { TITLE_LABELS } from './data/title-labels.ts';

const LABEL_RE = new RegExp(`^(?:${TITLE_LABELS.join('|')})\\s*[:|–—-]\\s+`, 'i');

/**
 * The headline without a label before it, or as it is.
 * @example
 * withoutTitleLabel('UPDATE: Ferry crews end strike') // "Ferry crews end strike"
 * withoutTitleLabel('Live: Tamsel flood in Marrowby') // "Tamsel flood in Marrowby"
 */
export const withoutTitleLabel = (title: string): string => title.replace(LABEL_RE, '');
