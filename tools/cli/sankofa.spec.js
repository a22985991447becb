const path = require('node:path');
const { resolveFolderArgs } = require('./sankofa');

describe('npm run sankofa', () => {
  it('resolves folder arguments from where the user stands, and leaves slugs and option values alone', () => {
    const cwd = '/home/ama/courses';
    expect(resolveFolderArgs(['course:validate', 'my-course'], cwd)).toEqual(['course:validate', path.join(cwd, 'my-course')]);
    expect(resolveFolderArgs(['course:import', 'my-course', '--as', 'a@b.co', '--publish', 'First'], cwd)).toEqual([
      'course:import',
      path.join(cwd, 'my-course'),
      '--as',
      'a@b.co',
      '--publish',
      'First',
    ]);
    expect(resolveFolderArgs(['course:export', 'python-for-data', 'out', '--version', '2'], cwd)).toEqual(['course:export', 'python-for-data', path.join(cwd, 'out'), '--version', '2']);
    expect(resolveFolderArgs(['course:publish', 'python-for-data', '--changelog', 'Fix'], cwd)).toEqual(['course:publish', 'python-for-data', '--changelog', 'Fix']);
    expect(resolveFolderArgs(['migrate'], cwd)).toEqual(['migrate']);
    expect(resolveFolderArgs(['catalog:import', 'my-catalog', '--overwrite-edits'], cwd)).toEqual(['catalog:import', path.join(cwd, 'my-catalog'), '--overwrite-edits']);
    expect(resolveFolderArgs(['catalog:export', 'out'], cwd)).toEqual(['catalog:export', path.join(cwd, 'out')]);
  });
});
