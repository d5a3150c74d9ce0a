import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('dates-exist');
