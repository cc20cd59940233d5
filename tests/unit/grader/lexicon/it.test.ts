import * as it_ from '../../../../src/grader/lexicon/it';
import { checkLanguage } from './check';

checkLanguage('it', it_);
