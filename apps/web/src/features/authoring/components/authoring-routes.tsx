// The authoring area, loaded only when an instructor or admin opens it.
export { CourseEditorPage } from './CourseEditorPage';
export { MyCoursesPage } from './MyCoursesPage';
export { NewCoursePage } from './NewCoursePage';
