import { ruleFixtureSuite } from '../helpers/rule-fixture.js';

ruleFixtureSuite('anniversary-date-in-window');
