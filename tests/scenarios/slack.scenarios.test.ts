import { describeScenarios } from "./scenario-suite.ts";
import { describeTeamScenarios } from "./team-scenarios.ts";
import { createSlackDriver } from "./slack-driver.ts";

describeScenarios("Slack", createSlackDriver);
describeTeamScenarios("Slack", createSlackDriver);
