import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('selections-qualify');
