import { describeScenarios } from "./scenario-suite.ts";
import { createConsoleDriver } from "./console-driver.ts";

describeScenarios("the console", createConsoleDriver);
