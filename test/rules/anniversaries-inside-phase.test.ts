import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('anniversaries-inside-phase');
