import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('milestones-within-year');
