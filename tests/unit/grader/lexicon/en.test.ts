import * as en from '../../../../src/grader/lexicon/en';
import { checkLanguage } from './check';

checkLanguage('en', en);
