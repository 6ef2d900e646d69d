/**
 * An editor's note about the article itself, which tells no event of the story: a labelled note
 * ("Correction: …", "Update: …", "Editor's note: …") or a sentence whose subject is the article ("This
 * article was updated on Wednesday …", "An earlier version of this story …"). "report" is left out: "This
 * report" is as often a report the story tells of.
 */
export const EDITORS_NOTE =
  /^\s*(?:(?:correction|clarification|update|updated|editor['’]s note)\s*[:—–]|(?:this|an earlier version of this|a previous version of this)\s+(?:article|story|post)\b)/i;
