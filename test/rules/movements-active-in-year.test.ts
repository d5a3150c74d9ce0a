import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('movements-active-in-year');
