/**
 * Every output format of every command, in one place. A command's `--help`
 * list, its `--format` check and the `-o` extension mapping all read this
 * table; to add a format, add one entry here.
 *
 * Renderers are imported when used, not when the table is read: `validate`
 * in a pre-commit hook should not load the calendar, table and HTML code.
 */
import type { AnniversaryReport } from '../views/anniversaries.js';
import type { ChecklistView } from '../views/checklist.js';
import type { ComplianceReport } from '../views/compliance-types.js';
import type { PlanDocumentView } from '../views/plan-document.js';
import type { ScheduleView } from '../views/schedule.js';
import type { Format, RenderContext, Rendered, Renderer } from './render-context.js';
import type { ValidateResult } from './validate-result.js';

/** The view each command renders. */
export interface Views {
  validate: ValidateResult;
  schedule: ScheduleView;
  checklist: ChecklistView;
  report: ComplianceReport;
  anniversaries: AnniversaryReport;
  document: PlanDocumentView;
}

export type FormatCommand = keyof Views;

/** A renderer loaded on first use. */
const lazy =
  <V>(load: () => Promise<(view: V, ctx: RenderContext) => Rendered | Promise<Rendered>>): Renderer<V> =>
  async (view, ctx) =>
    (await load())(view, ctx);

type Registry = { readonly [C in FormatCommand]: readonly Format<Views[C]>[] };

/** In the order `--help` lists them. */
export const registry: Registry = {
  validate: [
    { name: 'stylish', extensions: ['txt'], machine: false, terminal: true, render: lazy(async () => (await import('./stylish.js')).stylish) },
    { name: 'json', extensions: ['json'], machine: true, render: lazy(async () => (await import('./json.js')).json) },
    { name: 'sarif', extensions: ['sarif'], machine: true, render: lazy(async () => (await import('./sarif.js')).sarif) },
    { name: 'junit', extensions: ['xml'], machine: true, render: lazy(async () => (await import('./junit.js')).junit) },
    { name: 'github', extensions: [], machine: true, render: lazy(async () => (await import('./github.js')).github) },
  ],
  schedule: [
    { name: 'table', extensions: ['txt'], machine: false, terminal: true, render: lazy(async () => (await import('./schedule-table.js')).scheduleTable) },
    { name: 'markdown', extensions: ['md', 'markdown'], machine: false, render: lazy(async () => (await import('./schedule-markdown.js')).scheduleMarkdown) },
    { name: 'csv', extensions: ['csv'], machine: false, render: lazy(async () => (await import('./schedule-csv.js')).scheduleCsv) },
    { name: 'json', extensions: ['json'], machine: true, render: lazy(async () => (await import('./schedule-json.js')).scheduleJson) },
    { name: 'ics', extensions: ['ics'], machine: true, render: lazy(async () => (await import('./schedule-ics.js')).scheduleIcs) },
    { name: 'mermaid', extensions: ['mmd', 'mermaid'], machine: false, render: lazy(async () => (await import('./schedule-mermaid.js')).scheduleMermaid) },
    { name: 'html', extensions: ['html', 'htm'], machine: false, render: lazy(async () => (await import('./schedule-html.js')).scheduleHtml) },
    { name: 'xlsx', extensions: ['xlsx'], machine: false, binary: true, render: lazy(async () => (await import('./xlsx/schedule.js')).scheduleXlsx) },
  ],
  checklist: [
    { name: 'markdown', extensions: ['md', 'markdown'], machine: false, render: lazy(async () => (await import('./checklist-markdown.js')).checklistMarkdown) },
    { name: 'table', extensions: ['txt'], machine: false, terminal: true, render: lazy(async () => (await import('./checklist-table.js')).checklistTable) },
    { name: 'json', extensions: ['json'], machine: true, render: lazy(async () => (await import('./checklist-json.js')).checklistJson) },
    { name: 'csv', extensions: ['csv'], machine: false, render: lazy(async () => (await import('./checklist-csv.js')).checklistCsv) },
    { name: 'docx', extensions: ['docx'], machine: false, binary: true, render: lazy(async () => (await import('./docx/checklist.js')).checklistDocx) },
    { name: 'xlsx', extensions: ['xlsx'], machine: false, binary: true, render: lazy(async () => (await import('./xlsx/checklist.js')).checklistXlsx) },
  ],
  report: [
    { name: 'table', extensions: ['txt'], machine: false, terminal: true, render: lazy(async () => (await import('./report-table.js')).reportTable) },
    { name: 'markdown', extensions: ['md', 'markdown'], machine: false, render: lazy(async () => (await import('./report-markdown.js')).reportMarkdown) },
    { name: 'html', extensions: ['html', 'htm'], machine: false, render: lazy(async () => (await import('./report-html.js')).reportHtml) },
    { name: 'json', extensions: ['json'], machine: true, render: lazy(async () => (await import('./report-json.js')).reportJson) },
    { name: 'csv', extensions: ['csv'], machine: false, render: lazy(async () => (await import('./report-csv.js')).reportCsv) },
    { name: 'junit', extensions: ['xml'], machine: true, render: lazy(async () => (await import('./report-junit.js')).reportJunit) },
    { name: 'docx', extensions: ['docx'], machine: false, binary: true, render: lazy(async () => (await import('./docx/report.js')).reportDocx) },
    { name: 'xlsx', extensions: ['xlsx'], machine: false, binary: true, render: lazy(async () => (await import('./xlsx/report.js')).reportXlsx) },
  ],
  anniversaries: [
    { name: 'table', extensions: ['txt'], machine: false, terminal: true, render: lazy(async () => (await import('./anniversaries-table.js')).anniversariesTable) },
    { name: 'markdown', extensions: ['md', 'markdown'], machine: false, render: lazy(async () => (await import('./anniversaries-markdown.js')).anniversariesMarkdown) },
    { name: 'csv', extensions: ['csv'], machine: false, render: lazy(async () => (await import('./anniversaries-csv.js')).anniversariesCsv) },
    { name: 'json', extensions: ['json'], machine: true, render: lazy(async () => (await import('./anniversaries-json.js')).anniversariesJson) },
    { name: 'xlsx', extensions: ['xlsx'], machine: false, binary: true, render: lazy(async () => (await import('./xlsx/anniversaries.js')).anniversariesXlsx) },
  ],
  // The plan as the Kế hoạch to sign (thidua document): Word only.
  document: [{ name: 'docx', extensions: ['docx'], machine: false, binary: true, render: lazy(async () => (await import('./docx/plan.js')).planDocx) }],
};

/** The names `--format` takes for a command, in help order. */
export const formatNames = (command: FormatCommand): string[] => registry[command].map((f) => f.name);

/** The format of that name, or undefined (`toString` and other inherited names included). */
export function findFormat<C extends FormatCommand>(command: C, name: string): Format<Views[C]> | undefined {
  return (registry[command] as readonly Format<Views[C]>[]).find((f) => f.name === name);
}

/** The format a file's extension selects (`.md` → markdown, `.xml` → junit), or undefined. */
export function formatForFile<C extends FormatCommand>(command: C, path: string): Format<Views[C]> | undefined {
  const m = /\.([^./\\]+)$/.exec(path);
  const ext = m?.[1]?.toLowerCase();
  return ext === undefined ? undefined : (registry[command] as readonly Format<Views[C]>[]).find((f) => f.extensions.includes(ext));
}

/** Renders a view in a named format of a command; for scripts and the CLI alike. */
export async function render<C extends FormatCommand>(command: C, name: string, view: Views[C], ctx: RenderContext): Promise<Rendered> {
  const format = findFormat(command, name);
  if (!format) throw new Error(`${command}: no format ${name} (${formatNames(command).join(', ')})`);
  return format.render(view, ctx);
}
