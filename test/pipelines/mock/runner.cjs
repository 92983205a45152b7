/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, __dirname */
// A TaskMockRunner script: runs the bundled task in-process with inputs and endpoints from MOCK_TASK (JSON set by
// test/pipelines/mock-runner.test.ts). The bundle has task-lib inlined, so nothing is mocked: this checks that the
// task runs under Microsoft's test harness the way it runs on an agent.
const path = require('node:path');
const { TaskMockRunner } = require('azure-pipelines-task-lib/mock-run');

const config = JSON.parse(process.env.MOCK_TASK || '{}');
for (const [key, value] of Object.entries(config.env || {})) process.env[key] = value;
const runner = new TaskMockRunner(path.join(__dirname, '..', '..', '..', 'task', 'dist', 'index.js'));
for (const [name, value] of Object.entries(config.inputs || {})) runner.setInput(name, value);
runner.run(true);
