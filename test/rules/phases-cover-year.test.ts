import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('phases-cover-year');
