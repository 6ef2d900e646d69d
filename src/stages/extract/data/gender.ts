import { dict } from '../../../text/data/dict.ts';

/**
 * Given names that are almost always a woman's or a man's in English-language news (lower-case, accents
 * folded), honorifics and gendered role words: what lets "she" skip a man named just before it.
 * Names used for both (Alex, Jordan, Kelly, Lee, Chris, Leslie, Robin…) are in neither list.
 */
export const FEMALE_GIVEN: ReadonlySet<string> = new Set(
  `abby abigail ada adriana agnes aisha alexandra alexandria alice alicia alison allison alma amanda amber amelia
 amy ana andrea angela angelica angelina anita ann anna anne annie april ashley audrey ava barbara beatriz beth
 betsy betty beverly bonnie brenda bridget britney brittany brooke caitlin camila candace cara carla carly carmen
 carol carolina caroline carrie catherine cathy cecilia charlotte chelsea cheryl christina christine cindy claire
 clara claudia connie constance cristina crystal cynthia danielle deb debbie deborah debra denise
 diana diane dolores donna doris dorothy elaine elena elisa elizabeth ella ellen emily emma erica erin esther eva
 evelyn fatima frances gabriela gail georgia gina gloria grace gretchen hannah harriet hayley heather heidi
 helen hillary holly hope ilhan irene iris isabel isabella ivanka jacqueline jane janet janice jasmine
 jeanne jeannie jennifer jenny jessica jill joan joanna joanne jodi josephine joy joyce judith judy julia julie
 juliet june karen karin kate katherine kathleen kathryn kathy katie katrina kayla kayleigh kellyanne 
 kimberly kirsten kristen kristin laura lauren leah lily linda lindsay lisa liz lois loretta lori louise
 lucia lucy lydia lynn madeleine madison maggie maria mariah marie marilyn marsha martha mary maureen maxine
 megan megyn melania melissa meredith mia michele michelle mildred miriam molly monica nancy naomi natalie
 natasha nicole nikki nina nora olivia paige pamela patricia patty paula pauline peggy penny phyllis priscilla
 rachel rebecca regina rita roberta rosa rosalind rose ruth sally samantha sandra sara sarah sharon sheila
 shirley sofia sonia sophia stacey stephanie sue susan suzanne sylvia tamara tammy tara teresa theresa tiffany
 tina ursula valerie vanessa vera veronica victoria virginia wanda wendy yolanda yvonne zoe`.split(/\s+/),
);

/** Given names that are almost always a man's. */
export const MALE_GIVEN: ReadonlySet<string> = new Set(
  `aaron abdul abraham adam adrian ahmed alan albert alberto alec alejandro alexander alfred alfredo allen alvin
 amir andre andres andrew andy anthony antonio antony arnold arthur austin barack barry ben benjamin bernard
 bernie bill billy bob bobby brad bradley brandon brent brett brian bruce bryan byron calvin carl carlos chad
 charles christopher chuck clarence clay clint cody colin conor corey cory craig curtis dale dan daniel
 danny darius darren dave david dean dennis denis derek devin dick diego dmitry dominic don donald doug douglas
 dwayne dylan earl ed eddie edgar eduardo edward edwin eli elijah elliot emmanuel enrique eric erik ernest ethan
 eugene evan felipe felix fernando francis francisco frank franklin fred frederick gabriel gary gavin gene
 george gerald gilbert glen glenn gordon greg gregory gustavo hank harold harry hector henry herbert howard
 hugh hugo ian isaac ivan jack jacob jake james jared jason javier jeb jeff jeffrey jeremy jerome jerry jesse
 jesus jim jimmy joaquin joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian justin
 karl keith ken kenneth kevin kirk kyle larry lawrence leo leon leonard lewis lloyd louis lucas
 luis luke malcolm manuel marco marcus mario mark martin marvin matt matthew maurice max michael miguel mike
 mitch mitt mohammed muhammad nathan neil nicholas nick noah norman oliver omar oscar pablo patrick paul pedro
 pete peter phil philip ralph randy ray raymond reince reggie ricardo richard rick rob robert roberto rod roger
 ron ronald ross roy rudy russell ryan salvador samuel scott sean sergei sergio seth shane shawn sherrod
 simon stanley stephen steve steven stuart ted theodore thomas tim timothy todd tom tommy tony travis
 trey troy tyler victor vincent vladimir walter warren wayne wesley will william willie xavier zach zachary`.split(
    /\s+/,
  ),
);

/** Honorifics and role words that say a woman. */
export const FEMALE_WORDS: ReadonlySet<string> = new Set(
  `mrs mrs. ms ms. miss madam congresswoman spokeswoman chairwoman businesswoman councilwoman assemblywoman
 queen princess duchess lady sister mother daughter wife grandmother widow actress`.split(/\s+/),
);

/** Honorifics and role words that say a man. */
export const MALE_WORDS: ReadonlySet<string> = new Set(
  `mr mr. sir congressman spokesman businessman councilman assemblyman king prince duke lord brother father son
 husband grandfather widower actor`.split(/\s+/),
);

/** Spouse words: the person named after "the wife of", "one of the wives of" is of the other gender. */
export const SPOUSE_OF: Readonly<Record<string, 'female' | 'male'>> = dict({
  wife: 'male',
  wives: 'male',
  widow: 'male',
  widows: 'male',
  husband: 'female',
  husbands: 'female',
  widower: 'female',
});
