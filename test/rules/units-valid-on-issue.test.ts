import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('units-valid-on-issue');
