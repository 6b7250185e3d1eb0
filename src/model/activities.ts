import type { NodePath } from '../locate/locator.js';
import type { Activity } from '../schema/charter.js';

/** Calls `visit` on every activity, depth first, nested ones included, with its path. */
export function walkActivities(
  list: Activity[] | undefined,
  path: NodePath,
  visit: (activity: Activity, path: NodePath) => void,
): void {
  // An explicit stack: nesting depth is the user's to choose, the call stack is not.
  const stack: { list: Activity[]; path: NodePath; index: number }[] = [];
  if (list !== undefined) stack.push({ list, path, index: 0 });
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.index >= top.list.length) {
      stack.pop();
      continue;
    }
    const i = top.index++;
    const activity = top.list[i]!;
    const activityPath = [...top.path, i];
    visit(activity, activityPath);
    if (activity.activities !== undefined) stack.push({ list: activity.activities, path: [...activityPath, 'activities'], index: 0 });
  }
}
