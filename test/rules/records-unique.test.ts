import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('records-unique');
