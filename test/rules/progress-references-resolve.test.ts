import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('progress-references-resolve');
