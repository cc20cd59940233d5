/**
 * English words of the grader's word lists: every key of `Lexicon` (./types.ts), empty where
 * the words are all in other languages. Words are written as the grader normalises them: lowercase,
 * no accents, contractions expanded.
 */
import type { Lexicon } from './types';

/** Words every exercise reads. */
export const shared: Lexicon['shared'] = {
  negations: 'not no never nor neither without',
  titles:
    'mr mrs ms miss mx dr prof professor sir madam general colonel captain lieutenant sergeant judge pastor',
  // Scandinavian "hej" is here until its languages have a file.
  greetingWords:
    'hi hey hello dear there thank you the and for your our good morning all team folks hej',
  rudeWords:
    'lie lies idiot idiotic stupid moron moronic loser pathetic creep creepy dumb clown jerk shameless weirdo supposedly allegedly desist escalate unprofessional lazy scripted trick nonsense gross sloppy embarrassing scam scammer scammy fraud fraudster fraudulent fake faker liar lied lying spam spammer spamming spammed spammy bot bots phony phoney catfish dishonest shady sleazy disgusting ridiculous garbage trash stalker stalking delusional clueless fuck fck fk shit shitty bullshit bs crap crappy damn dammit goddamn asshole arsehole bitch bastard pissed wtf stfu dick douche prick',
  rudePhrases:
    'nice try|yeah right|good one|sure you did|you know it|as if|how dare|shame on you|get lost|go away|screw you|give me a break|get a life|in your dreams|the hell|report you|reporting you|block you|blocking you|i will report|or else|you will regret|see you in court|my lawyer|nobody cares|waste of time|wasting my time|what a joke|who do you think|you people|bold move|spare me|not falling for|do not pretend|stop pretending|must be nice|the least you can do|waste my time|made up|be more honest|reporting your|report your|perfectly well|or i will|let me guess|try harder|try a little harder|can not be bothered|could not be bothered|do your homework|learn to read|check before you|get your facts',
  functionWords:
    'a an the i me my mine we us our you your yours he him his she her it its they them their this that these those is am are was were be been being have has had do does did done to of in on at for with from by about as into over after before since until and but or so if then than because while when where what who whom whose which why how can could would will shall should may might must let please there here just also very too really maybe perhaps any some each other all both either own same such only again once still yet already even ever one sure quite much many more most',
  rubricWords:
    'know knew known help helpful wrong mix mixup mistake reason thanks thank regards claim claimed greeting greet name names named correction correct corrected graceful courteous concise private accepted accepting connect advice pitch colleague colleagues classmate classmates friend friends group email note route worked studied kind honest limit within introduced person',
  rubricLabels:
    'greets names corrects offers asks says gives keeps stays avoids mentions includes points states',
  rubricTicks: 'done asked named needed included yes ok checked tick ticked covered',
};

/** Words the reply rules read. */
export const reply: Lexicon['reply'] = {
  questionWords:
    'how where when what why who which have has did do does are were was is could can would will may might should shall',
  requestWords:
    'tell remind share wonder curious explain clarify enlighten please kindly lmk refresh appreciate welcome',
  requestPhrases: 'let me know|fill me in',
  keen: 'like love glad happy keen interested want eager curious welcome appreciate need',
  learning: 'know hear learn understand tell share explain let',
  cancelling: 'need necessary matter care bother mind interested',
  orgGeneric:
    'university univ college school academy institute of the and at for in inc llc ltd co corp corporation company group association society club network llp plc limited community',
  orgOrdinary:
    'state city national american general united global international central north south east west new first data design digital health care bank capital energy media product tech technology technologies solutions services insurance consulting partners marketing sales finance software systems young professionals women leaders',
  streetTypes: 'street avenue ave road rd lane ln boulevard blvd terrace parkway pkwy highway hwy',
  streetTypesIfNamed:
    'st drive dr way place pl court ct circle square sq trail close crescent plaza row',
  streetTypesFirst: '',
  classmateRoute:
    'classmate class school college university uni studied study student alum alumni alumnus alumna grad graduate campus attend enrolled went go gone mater',
  colleagueRoute:
    'colleague coworker work workplace company employer employed employee job firm office team staff hired',
  workedTogetherRoute: 'project collaborate collaboration partnered client together dealings',
  friendRoute: 'friend friendship pal buddy buddies acquaintance acquainted hung hang catch caught',
  groupRoute: 'group',
  noteFiller:
    'hello there thanks thank would connect network professional invite invitation linkedin great about happy touch been have with that this from your they them were what when will just like here some time good nice glad love back keep',
  otherRoute: 'option route button choice',
  blankWhat: 'invite invitation request note message msg text',
  blank: 'blank empty default generic standard skip skipped',
  emailWords: 'email mail',
  missing:
    'msg stating giving reason note message why explanation context detail purpose mention explain say said says include personal',
  knowing:
    'met meet know known knew remember recall recognise recognize place crossed acquainted familiar right correct accurate true case idea heard spoken talked caught been there overlap overlapped recollection bell',
  falseWords: 'incorrect inaccurate untrue false',
  blankMind: 'drawing a blank|draw a blank|drew a blank|our first contact|first time we',
  notADenial: 'problem worries worry doubt hesitate wait matter rush pressure obligation only need',
  firstPerson: 'i my me am mine myself',
  grace:
    'mistake mistaken mistook accident accidental error oversight slip misclick muddle template mixup confusion confuse typo glitch autofill autocomplete algorithm',
  gracePhrases:
    'mix up|mixed up|mixing up|mixed me up|mix me up|someone else|somebody else|another person|different person|same name|similar name|similar names|common name|thinking of|forgive me|apologies if|sorry if|my memory|i forgot|i have forgotten|correct me|may be wrong|might be wrong|could be wrong|slipped my mind|bad with names|easy to do|happens to|mis click|gone wrong|went wrong|think you mean|you must mean|you meant',
  wrongObject:
    'person people guy one profile name button option box link account contact individual click',
  otherOne: 'wrong right another different other',
  guess: 'maybe perhaps possibly',
  someone: 'colleague someone somebody namesake brother sister cousin another',
  siteSlip: 'suggest suggestion recommended creative muddled wrong mix odd',
  knowHow:
    'know knew met meet connected acquainted found find came come heard familiar related linked across cross paths',
  knowWhere:
    'met meet know knew cross across find found remember talk talked spoke worked studied connected shared',
  knowAfterAux:
    'met meet know work study studied classmates colleagues friends crossed spoken talked chatted interacted collaborated',
  followUpPhrases: 'fill me in|remind me|enlighten me|tell me more|explain|clarify',
  how: 'how',
  where: 'where when which whether',
  knowUs: '',
  sharedEvent:
    'conference event meetup summit party wedding course class project webinar workshop fair expo cohort team lab department',
  link: 'connection link tie',
  gave: 'gave give given shared passed referred introduced told sent',
  help: 'helpful useful help assist assistance support benefit',
  gain: 'hope gain achieve accomplish purpose goal looking prompted brings brought motivated motivation interested reason objective expecting worthwhile valuable',
  whyObject: 'connect reach invitation link network add',
  helpCue: 'how what way anything something however',
  whyMe: 'invite invitation request add contact message',
  need: 'need needed want wanted expect seek like hope',
  you: 'you your',
  acceptPast: 'connected added',
  acceptNow: 'accept',
  condition:
    'if once when after until before unless soon then would could might may maybe perhaps consider',
  happy: 'happy glad love pleased delighted',
  reluctant: 'hesitant reluctant unwilling unable wary',
  subordinate: 'if once when after until before unless soon',
  habit: 'only usually generally normally always typically rarely sometimes often',
};

/** Words the note rules read. */
export const note: Lexicon['note'] = {
  pressure:
    'you ignored|ignored my|ignoring my|accept this|you must|you need to accept|last chance|why have not you|still waiting|do not ignore|but not mine|everyone else|reply me|reply now|respond now|answer now|surely you|never answered|never replied|never responded|never answer|accept quickly|until you do|keep resending|keep sending|you clearly|never heard back|limited offer|do not miss|miss out|not answering|imagine being|keep ignoring|ignoring me|accept today|do not like waiting|asap|reply today|invite today',
  howWeKnow:
    'publication piece essay interview episode audience fan friend met meeting spoke speak speech chatted chatting talking presentation presented post article podcast newsletter blog paper video thread comment follow mutual introduced introduction referred recommended suggested mentioned colleague classmate worked studied alum alumni alumna alumnus member both sat attended visited exhibition cohort neighbour neighbor across',
  noteEvent:
    'session webinar panel keynote workshop conference meetup mixer event summit hackathon fair expo exhibition exposition group',
  same: 'team class course cohort company school program project floor office',
  particular: 'your the that same at our his her their',
  admire: 'love enjoy admire like appreciate use',
  perceive: 'read heard saw seen watched listened noticed discovered',
  yours: 'you your',
  reason:
    'swapping conversation because since hope learn exchange swap share ask advice insight collaborate collaboration discuss chat coffee call demo minutes question opportunity opportunities hiring role job position project looking interested touch mentor mentorship feedback help support partner compare trade explore hear idea join recruit research involved speaking volunteer perspective tips brain stuck problem guidance grateful thoughts take recommend',
  purpose:
    'so i can|so we can|so that|in order to|work with you|work together|talk about|let us talk',
  pitch: 'demo purchase discount trial subscription subscribe roi crypto fee samples',
  pitchAfterOur:
    'software platform product solution service tool app agency offering seed masterclass prices',
  ours: 'our my',
  seller: 'supply supplier vendor reseller distributor',
  selfSubject: 'i we',
  freeWhat: 'trial quote consultation demo audit session',
  offer: 'session consultation call audit month week',
  customers:
    'companies businesses teams brands clients firms agencies organisations organizations startups studios founders shops owners you',
  getRich: 'earn from home|work from home|passive income|make money|extra income',
  noObligation: 'no obligation',
  salesTerms:
    'free of charge|we are a fit|buy now|show you what we|show you how we|investment opportunity',
};
