import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('plan-references-resolve');
