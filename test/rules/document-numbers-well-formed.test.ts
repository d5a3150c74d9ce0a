import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('document-numbers-well-formed');
