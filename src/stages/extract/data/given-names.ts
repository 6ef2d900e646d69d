/**
 * Common given names (English, Spanish and others often in US news), lower-case: a two-word name that
 * starts with one of these is a person even without a title.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `aaron abby abdul abigail abraham ada adam adrian adriana agnes ahmed aisha al alan albert alberto alec
  alejandro alex alexander alexandra alexandria alexis alfred alfredo ali alice alicia alison allen allison alma
  alvin amanda amber amelia amir amy ana andre andrea andres andrew andy angel angela angelica angelina anita
  ann anna anne annie anthony antonio antony april ariel arnold arthur ashley audrey austin ava avery barack
  barbara barry beatriz ben benjamin bernard bernie beth betsy betty beverly bill billy bob bobby bonnie brad
  bradley brandon brenda brent brett brian bridget britney brittany brooke bruce bryan byron caitlin calvin
  cameron camila candace cara carl carla carlos carly carmen carol carolina caroline carrie carter casey
  catherine cathy cecilia chad charles charlie charlotte chelsea cheryl chris christian christina christine
  christopher chuck cindy claire clara clarence claudia clay clint cody colin connie conor constance cory
  courtney craig cristina crystal curtis cynthia dale dan dana daniel danielle danny darius darren dave david
  dean deb debbie deborah debra denis denise dennis derek devin diana diane dick diego dmitry dolores dominic
  don donald donna doris dorothy doug douglas dwayne dylan earl ed eddie edgar eduardo edward edwin elaine
  elena eli elijah elisa elizabeth ella ellen elliot emily emma emmanuel enrique eric erica erik erin ernest
  esther ethan eugene eva evan evelyn fatima felipe felix fernando frances francis francisco frank franklin
  fred frederick gabriel gabriela gail gary gavin gene george georgia gerald gilbert gina glen glenn gloria
  gordon grace graham grant greg gregory guadalupe guillermo gustavo hailey hakeem hal hannah harold harris
  harry hassan heather hector heidi helen henry herbert hillary hilary holly howard hugh hugo hunter ian
  ibrahim ilhan irene isaac isabel isabella ivan ivanka jack jackie jackson jacob jacqueline jaime jake james
  jamie jan jane janet janice jared jasmine jason javier jay jean jeanne jeb jeff jeffrey jen jennifer jenny
  jeremy jerome jerry jesse jessica jesus jill jim jimmy jo joan joanna joaquin jodi joe joel john johnny
  jon jonathan jordan jorge jose josef joseph josh joshua joy juan juanita judith judy julia julian julie
  julio justin kamala karen karine karl kate katherine kathleen kathryn kathy katie kay kayla keith kelly
  ken kenneth kevin kim kimberly kirk kris kristen kristin kristina kurt kyle kylie lamar lance larry laura
  lauren laurie lawrence leah lee leigh lena leo leon leonard leslie lewis liam lily linda lindsay lindsey
  lisa liz lloyd logan lois lori louis louise lucas lucia lucy luis luke lydia lynn madison maggie malcolm
  mandy manuel marc marcia marco marcos marcus margaret maria mariah marie marilyn mario marion marjorie mark
  marsha martha martin marvin mary mason matt matthew maura maureen max maxine megan melania melanie melinda
  melissa melvin mercedes michael michele michelle miguel mike mikhail miles mitch mitchell mohammed
  mohammad molly monica morgan muhammad nancy naomi natalie nathan neil nicholas nick nicole nikki nina noah
  nora norma oliver olivia omar oscar owen pablo pamela pat patricia patrick paul paula pedro peggy penny
  pete peter phil philip phillip priscilla rachel rafael ralph ramon randall randy raphael raul ray raymond
  rebecca regina reagan reince renee rex ricardo richard rick ricky rita rob robert roberto robin rod rodney
  roger roland ron ronald ronny rosa rose ross roy ruby rudy russell ruth ryan sally sam samantha samuel
  sandra sara sarah scott sean sergei sergio seth shannon sharon shawn sheila shirley sidney simon sofia
  sonia sophia stacey stanley stephanie stephen steve steven stuart sue susan suzanne sylvia tammy tanya tara
  ted teresa terrence terry theresa thomas tiffany tim timothy tina todd tom tommy toni tony tracy travis
  trevor troy tyler valerie vanessa vera veronica vicente victor victoria vince vincent virginia vivian
  vladimir walter wanda warren wayne wendy wesley whitney william willie wilson xavier yolanda yvonne zachary
  zoe`.split(/\s+/),
);

/** Capitalised words that are seldom part of a person's name ("National", "Security", "Senior"). */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  `national federal security homeland senior border public state states general international global central
  united new north south east west northern southern eastern western top chief deputy acting former
  american democratic republican health human humanitarian foreign domestic affairs justice defense defence
  energy trade economic financial world city county breaking live update special daily weekly first second
  third last next old great big little high low royal grand supreme joint mutual regional local civil
  military armed migrant migration immigration crisis policy talks meeting officials statement agreement
  christmas easter thanksgiving halloween hanukkah ramadan internet web`.split(/\s+/),
);

/**
 * Given names that are also common words ("Will", "Hope", "Rose"), lower-case, besides those of
 * GIVEN_NAMES: read as a given name only at a sentence's head, before a surname (names/runs.ts), never
 * alone nor in lower case.
 */
export const GIVEN_COMMON_WORDS: ReadonlySet<string> = new Set(
  `will hope faith grace joy rose may mark pat sue rob art jack june dawn iris ivy holly lily ruby pearl
  hazel heather olive violet gene frank guy dean drew grant miles sandy rusty chase hunter`.split(/\s+/),
);

/** Lower-case words that may join two capitalised parts of one name ("Secretary of State", "de la"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'de',
  'del',
  'la',
  'da',
  'van',
  'von',
  'bin',
  'al',
  'el',
  'le',
  'di',
  'du',
  'der',
  'den',
  'y',
]);

/** Prepositions a body's name may hold capitalised ("Research In Motion", "Bank Of America"). */
export const NAME_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'on', 'for', 'at', 'by', 'with']);

/** Words never taken as names even when capitalised (sentence openers, party labels). */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `i i'm mr mrs ms dr republican republicans democrat democrats democratic gop conservative conservatives liberal
  liberals independent independents the a an this that these those it its he she they we you his her their our
  my your god lord breaking update exclusive watch editor note photo video opinion analysis gmt utc est edt
  pst pdt cst cdt vp ceo cfo tv`.split(/\s+/),
);
