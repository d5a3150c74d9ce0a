/** The output formats of `thidua report`, by name. */
import { reportHtml } from './report-html.js';
import { reportJson } from './report-json.js';
import { reportJunit } from './report-junit.js';
import type { ReportFormatter } from './report-labels.js';
import { reportMarkdown } from './report-markdown.js';
import { reportTable } from './report-table.js';

export type ReportFormat = 'table' | 'markdown' | 'html' | 'json' | 'junit';

export const reportFormats: Record<ReportFormat, ReportFormatter> = {
  table: reportTable,
  markdown: reportMarkdown,
  html: reportHtml,
  json: reportJson,
  junit: reportJunit,
};

export const REPORT_FORMATS = Object.keys(reportFormats) as ReportFormat[];
