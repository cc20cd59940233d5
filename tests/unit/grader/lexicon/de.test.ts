import * as de from '../../../../src/grader/lexicon/de';
import { checkLanguage } from './check';

checkLanguage('de', de);
