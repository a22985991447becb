import 'reflect-metadata';
import { loadSettingsOrExit } from '@sankofa/config';
import { startApi } from './bootstrap';

startApi(loadSettingsOrExit()).catch((err: Error) => {
  process.stderr.write(`The API could not start: ${err.message}\n`);
  process.exit(1);
});
