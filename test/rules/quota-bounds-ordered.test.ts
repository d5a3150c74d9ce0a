import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('quota-bounds-ordered');
