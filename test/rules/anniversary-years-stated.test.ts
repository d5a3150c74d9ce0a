import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('anniversary-years-stated');
