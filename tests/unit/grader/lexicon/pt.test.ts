import * as pt from '../../../../src/grader/lexicon/pt';
import { checkLanguage } from './check';

checkLanguage('pt', pt);
