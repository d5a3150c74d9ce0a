import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('contents-evidenced');
