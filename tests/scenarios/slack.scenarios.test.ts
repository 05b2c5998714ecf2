import { describeScenarios } from "./scenario-suite.ts";
import { createSlackDriver } from "./slack-driver.ts";

describeScenarios("Slack", createSlackDriver);
