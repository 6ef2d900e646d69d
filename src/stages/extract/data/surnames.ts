/**
 * Common surnames (US, UK and Spanish-speaking), folded: a lone word that speaks or acts and is one of these is
 * more likely a person named by surname than a body. Surnames that are also well-known company or place names
 * when they stand alone ("Ford", "Chase", "Fox", "Houston") are left out.
 */
export const COMMON_SURNAMES: ReadonlySet<string> = new Set(
  `smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin jackson thompson
  white harris clark lewis robinson walker young allen king wright scott hall adams baker nelson mitchell
  campbell roberts carter phillips evans turner parker collins edwards stewart morris murphy cook rogers morgan
  peterson cooper reed bailey bell kelly howard ward cox richardson watson brooks wood james bennett gray grey
  hughes price sanders myers long ross foster powell jenkins perry russell sullivan butler barnes fisher
  henderson coleman simmons patterson reynolds hamilton graham kim wallace west cole hayes bryant gibson ellis
  stevens murray marshall owens harrison mcdonald woods kennedy warren freeman webb simpson tucker porter
  hunter hicks crawford henry boyd mason dixon burns gordon shaw holmes rice robertson hunt black daniels
  palmer mills nichols grant knight ferguson stone hawkins dunn perkins hudson spencer gardner stephens payne
  pierce berry matthews arnold wagner willis ray watkins olson carroll duncan snyder hart cunningham bradley
  lane andrews harper riley armstrong carpenter weaver greene lawrence elliott sims peters kelley
  franklin lawson ryan schmidt carr wheeler chapman oliver montgomery richards williamson johnston meyer
  bishop mccoy howell morrison hansen harvey little burton stanley nguyen jacobs reid fuller lynch dean
  gilbert welch larson frazier burke hanson bowman fowler brewer hoffman carlson douglas fleming
  jensen byrd davidson hopkins terry walters curtis neal caldwell lowe jennings barnett graves horton
  shelton barrett obrien o'brien sutton gregory mckinney miles craig chambers holt lambert fletcher watts bates
  hale beck newman haynes mcdaniel bush vaughn dawson norris hardy steele curry schultz barker
  keller chandler weber leonard walsh lyons ramsey wolfe schneider mullins benson bowen barber cummings
  hines baldwin griffith hubbard reeves warner stevenson burgess tate cross garner mann moss thornton
  mcgee farmer glover manning cohen harmon rodgers robbins newton todd blair higgins ingram reese cannon
  strickland townsend potter goodwin walton rowe hampton patton swanson erickson hodges conner adkins webster
  malone hammond cobb moody quinn blake maxwell floyd osborne mccarthy lindsey gibbs tyler gross fitzgerald
  stokes doyle sherman saunders wise gill greer ballard schwartz mcbride christensen klein pratt briggs
  parsons mclaughlin zimmerman buchanan moran copeland pittman brady mccormick holloway brock poole
  marsh drake wong park morton abbott norton huff clayton massey lloyd carson bowers roberson barton tran
  lamb harrington boone clarke mathis singleton wilkins cain underwood hogan mckenzie collier phelps
  mcguire allison wilkerson nash atkins davies jameson kerr hogg mcleod fraser macdonald mackenzie
  garcia rodriguez martinez hernandez lopez gonzalez gonzales perez sanchez ramirez torres flores rivera
  gomez diaz reyes cruz morales ortiz gutierrez chavez ramos ruiz alvarez mendoza castillo jimenez vasquez
  vazquez romero herrera medina aguilar vargas moreno guzman munoz castro delgado ortega salazar soto
  contreras nunez rojas guerrero luna dominguez pena rios mejia campos vega figueroa cabrera espinoza
  sandoval fuentes navarro cortez cortes acosta molina silva estrada padilla serrano valdez ibarra
  maldonado garza mendez santos alvarado colon velasquez suarez zamora trujillo rosales benitez
  calderon marquez cervantes villarreal solis aguirre lara juarez pacheco orozco ochoa`.split(/\s+/),
);

/**
 * Surnames that are also a plural or an -ing word of the English lexicon ("Banks", "Gates", "Wells",
 * "Manning"), folded: a name ending in one is no firm named by its trade (names/types.ts `tradeNoun`),
 * whatever given name stands before it. English surnames, not drawn from any corpus.
 */
export const WORD_SURNAMES: ReadonlySet<string> = new Set(
  `banks bates brooks browning burns childs collins combs downing fielding fields fleming gates golding
  harding hastings hawkes hobbs holmes jennings keeling knights lyons manning marks mills noakes oakes
  parsons powers rivers sands sparks spears stocks stokes styles sterling waters weeks wells woods yates`.split(
    /\s+/,
  ),
);
