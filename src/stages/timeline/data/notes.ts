/**
 * An editor's note about the article itself, which tells no event of the story: a labelled note
 * ("Correction: …", "Clarification: …", "Editor's note: …") or a sentence whose subject is the article
 * ("This article was updated on Wednesday …", "An earlier version of this story …"). "Update:" and
 * "Updated:" are left out: a live-updated article labels its news so ("Update: The council voted on
 * Monday …"). "report" is left out: "This report" is as often a report the story tells of.
 */
export const EDITORS_NOTE =
  /^\s*(?:(?:correction|clarification|editor['’]s note)\s*[:—–]|(?:this|an earlier version of this|a previous version of this)\s+(?:article|story|post)\b)/i;
