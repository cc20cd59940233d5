import * as nl from '../../../../src/grader/lexicon/nl';
import { checkLanguage } from './check';

checkLanguage('nl', nl);
