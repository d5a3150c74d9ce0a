import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('activities-within-phase');
