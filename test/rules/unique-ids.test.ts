import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('unique-ids');
