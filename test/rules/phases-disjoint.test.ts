import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('phases-disjoint');
