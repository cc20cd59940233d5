import * as fr from '../../../../src/grader/lexicon/fr';
import { checkLanguage } from './check';

checkLanguage('fr', fr);
