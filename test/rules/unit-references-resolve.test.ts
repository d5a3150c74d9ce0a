import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('unit-references-resolve');
