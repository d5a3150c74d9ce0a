import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('quotas-feasible');
