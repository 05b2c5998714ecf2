import { describeScenarios } from "./scenario-suite.ts";
import { createTeamsDriver } from "./teams-driver.ts";

describeScenarios("Microsoft Teams", createTeamsDriver);
