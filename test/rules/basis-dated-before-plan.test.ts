import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('basis-dated-before-plan');
