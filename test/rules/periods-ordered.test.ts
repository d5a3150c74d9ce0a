import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('periods-ordered');
