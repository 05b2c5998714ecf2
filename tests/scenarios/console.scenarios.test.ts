import { describeScenarios } from "./scenario-suite.ts";
import { describeTeamScenarios } from "./team-scenarios.ts";
import { createConsoleDriver } from "./console-driver.ts";

describeScenarios("the console", createConsoleDriver);
describeTeamScenarios("the console", createConsoleDriver);
