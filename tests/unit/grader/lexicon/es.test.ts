import * as es from '../../../../src/grader/lexicon/es';
import { checkLanguage } from './check';

checkLanguage('es', es);
