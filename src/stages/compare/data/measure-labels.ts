/**
 * Counted nouns that say nothing of what a count measures ("injured 15 others", "15 people were
 * injured"): a difference of such a count is named by the verb that tells it ("injured"), so one toll
 * told both ways is one measure. Plain words, general English, compared as stems.
 */
export const NAMELESS_COUNTED: readonly string[] = ['others', 'other', 'people', 'persons', 'individuals'];
