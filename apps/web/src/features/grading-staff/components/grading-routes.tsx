// The grading tools, loaded only when an instructor or admin opens them.
import '../grading-staff.css';
export { ExerciseSubmissionsPage } from './ExerciseSubmissionsPage';
export { GradingPage } from './GradingPage';
export { SubmissionReviewPage } from './SubmissionReviewPage';
